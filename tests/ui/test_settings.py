"""The settings registry (core, no Qt) and its QSettings store (a temporary INI file, never the user's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from handbook.config import settings
from handbook.ui.prefs import Prefs


@pytest.mark.parametrize(
    ("key", "raw", "value"),
    [
        ("view/zoom", "120", 120),
        ("view/zoom", 150, 150),
        ("view/zoom", "130%", 130),
        ("view/zoom", "5000", settings.ZOOM_DEFAULT),
        ("view/zoom", "big", settings.ZOOM_DEFAULT),
        ("view/zoom", None, settings.ZOOM_DEFAULT),
        ("view/theme", "high-contrast", "high-contrast"),
        ("view/theme", "neon", "calm"),
        ("language", "ar", "ar"),
        ("language", "fr", "en"),
    ],
)
def test_stored_values_are_checked(key: str, raw: object, value: object) -> None:
    assert settings.REGISTRY[key].coerce(raw) == value


@pytest.mark.parametrize(("asked", "kept"), [(105, 100), (115, 120), (10, 50), (900, 300)])
def test_zoom_steps_and_limits(asked: int, kept: int) -> None:
    assert settings.clamp_zoom(asked) == kept


def test_prefs_are_written_to_the_given_file(tmp_path: Path) -> None:
    path = tmp_path / "handbook.ini"
    prefs = Prefs(QSettings(str(path), QSettings.Format.IniFormat))
    assert prefs.stored() == settings.defaults()
    prefs.zoom = 140
    prefs.theme = "high-contrast"
    prefs.language = "ko"
    again = Prefs(QSettings(str(path), QSettings.Format.IniFormat))
    assert (again.zoom, again.theme, again.language) == (140, "high-contrast", "ko")
    assert "zoom=140" in path.read_text()


def test_prefs_without_a_file_keep_values_in_memory() -> None:
    prefs = Prefs()
    prefs.zoom = 170
    assert prefs.zoom == 170
    assert Prefs().zoom == settings.ZOOM_DEFAULT
