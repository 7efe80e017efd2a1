"""UI fixtures: one offscreen QApplication (pytest-qt's), the real content, a window whose settings
live in a temporary INI file (never the user's), and the search index in a temporary cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handbook import content
from handbook.content import Handbook
from handbook.ui.main_window import MainWindow
from handbook.ui.prefs import Prefs
from handbook.ui.startup import application, build_window


@pytest.fixture(scope="session")
def handbook() -> Handbook:
    return content.load_cached()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "handbook.ini"


@pytest.fixture
def prefs(settings_file: Path) -> Prefs:
    return Prefs(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication, handbook: Handbook, prefs: Prefs) -> Iterator[object]:
    """Build a window (in a language, with given settings; shown, unless ``shown=False``: as a start makes
    it, before it shows it); closed and the language reset after the test."""
    made: list[MainWindow] = []

    def make(lang: str = "en", settings: Prefs | None = None, shown: bool = True) -> MainWindow:
        window = build_window(application(), handbook, settings or prefs, lang)
        qtbot.addWidget(window)
        if shown:
            window.show()
            qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.translations.lang != "en":
            window.translations.apply("en")
        window.set_theme("calm")
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window: object) -> MainWindow:
    assert callable(make_window)
    made = make_window()
    assert isinstance(made, MainWindow)
    return made


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A rebuilt search index goes to a temporary folder, not the user's cache."""
    import os

    old = os.environ.get("HANDBOOK_CACHE_DIR")
    os.environ["HANDBOOK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("HANDBOOK_CACHE_DIR", None)
    else:
        os.environ["HANDBOOK_CACHE_DIR"] = old
