"""What each visit used to leave behind, one quick check each (the soak test, ``test_soak.py``, measures
the memory of hundreds of visits): translators and menus per language switch, a text frame wrapper per
page shown, a gesture type per handout dialog, the words of a visitor's searches."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtGui import QTextFrame
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from handbook.config import KioskConfig
from handbook.content import Handbook
from handbook.i18n import LANGUAGES
from handbook.ui.kiosk import Kiosk, start_kiosk
from handbook.ui.main_window import MainWindow
from handbook.ui.startup import application


@pytest.fixture
def kiosk(qtbot: QtBot, qapp: QApplication, handbook: Handbook) -> Iterator[Kiosk]:
    made = start_kiosk(application(), handbook, KioskConfig(), "en", 60, 2, full_screen=False)
    qtbot.waitExposed(made.window)
    yield made
    made.uninstall()
    made.window.close()
    made.window.deleteLater()


def live(kind: type) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, kind) and shiboken6.isValid(o))


def wrappers(kind: type) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, kind))


def test_language_switches_leave_no_translators_or_menus(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QTranslator

    window.set_language("es")
    window.set_language("en")
    translators, menus = live(QTranslator), len(window.menuBar().findChildren(QMenu))
    for lang in [*LANGUAGES[1:], *LANGUAGES] * 2:
        window.set_language(lang)
    window.set_language("en")
    assert live(QTranslator) == translators
    assert len(window.menuBar().findChildren(QMenu)) == menus


def test_pages_leave_no_text_frame_wrappers(qtbot: QtBot, window: MainWindow) -> None:
    ids = [t.id for t in window.handbook.topics("en")]
    window.open_topic(ids[0])
    before = wrappers(QTextFrame)
    for topic_id in ids * 2:
        window.open_topic(topic_id)
    window.go_home()
    assert wrappers(QTextFrame) <= before


def test_handout_dialogs_register_no_new_gesture_types(qtbot: QtBot, kiosk: Kiosk) -> None:
    def one_dialog() -> None:
        dialog = kiosk.window.open_export_dialog()
        dialog.reject()
        QApplication.processEvents()

    one_dialog()
    gc.collect()
    enums = sum(1 for o in gc.get_objects() if type(o).__name__ == "GestureType")
    for _ in range(5):
        one_dialog()
    gc.collect()
    assert sum(1 for o in gc.get_objects() if type(o).__name__ == "GestureType") == enums


def test_a_reset_forgets_the_words_searched(qtbot: QtBot, kiosk: Kiosk) -> None:
    from handbook.search import analysis

    kiosk.window.search.set_query("zqxvbnmw bone pian")
    assert analysis.word_term.cache_info().currsize > 0
    kiosk.reset()
    assert analysis.word_term.cache_info().currsize == 0
    kiosk.window.search.set_query("bone pain")  # and search works on
    assert kiosk.window.search.hits
