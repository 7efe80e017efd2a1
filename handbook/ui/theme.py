"""The two colour themes (calm and high contrast): palettes, the shared style sheet and the
reader's document CSS. ``contrast_ratio`` is the WCAG formula the tests hold the themes to."""

from __future__ import annotations

import logging
from functools import cache
from string import Template

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from handbook.config import THEMES
from handbook.resources import resources_dir

log = logging.getLogger(__name__)

CALM, HIGH_CONTRAST = THEMES

_R = QPalette.ColorRole

#: Each theme's colours by palette role; "muted", "border" and "header" are for the document CSS.
COLOURS: dict[str, dict[str, str]] = {
    CALM: {
        "window": "#f4f2ed",
        "window_text": "#1d2126",
        "base": "#fffefb",
        "alternate_base": "#f1eee7",
        "text": "#1d2126",
        "button": "#ffffff",
        "button_text": "#1d2126",
        "highlight": "#164a8c",
        "highlighted_text": "#ffffff",
        "link": "#174f94",
        "link_visited": "#5a3a8a",
        "tooltip_base": "#fff7d6",
        "tooltip_text": "#1d2126",
        "placeholder": "#5b626b",
        "mid": "#8a8f96",
        "midlight": "#e3e7ee",
        "dark": "#4a5058",
        "muted": "#4a5058",
        "border": "#8a8f96",
        "header": "#ece8df",
    },
    HIGH_CONTRAST: {
        "window": "#000000",
        "window_text": "#ffffff",
        "base": "#000000",
        "alternate_base": "#1a1a1a",
        "text": "#ffffff",
        "button": "#000000",
        "button_text": "#ffffff",
        "highlight": "#ffd700",
        "highlighted_text": "#000000",
        "link": "#ffff00",
        "link_visited": "#ffd0ff",
        "tooltip_base": "#000000",
        "tooltip_text": "#ffffff",
        "placeholder": "#d0d0d0",
        "mid": "#ffffff",
        "midlight": "#333333",
        "dark": "#ffffff",
        "muted": "#e8e8e8",
        "border": "#ffffff",
        "header": "#222222",
    },
}

_ROLES = {
    "window": _R.Window,
    "window_text": _R.WindowText,
    "base": _R.Base,
    "alternate_base": _R.AlternateBase,
    "text": _R.Text,
    "button": _R.Button,
    "button_text": _R.ButtonText,
    "highlight": _R.Highlight,
    "highlighted_text": _R.HighlightedText,
    "link": _R.Link,
    "link_visited": _R.LinkVisited,
    "tooltip_base": _R.ToolTipBase,
    "tooltip_text": _R.ToolTipText,
    "placeholder": _R.PlaceholderText,
    "mid": _R.Mid,
    "midlight": _R.Midlight,
    "dark": _R.Dark,
}


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else float(((value + 0.055) / 1.055) ** 2.4)

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def palette(theme: str) -> QPalette:
    colours = COLOURS.get(theme, COLOURS[CALM])
    pal = QPalette()
    for name, role in _ROLES.items():
        colour = QColor(colours[name])
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, role, colour)
        pal.setColor(QPalette.ColorGroup.Disabled, role, colour)
    disabled_text = QColor(colours["mid"])
    for role in (_R.Text, _R.WindowText, _R.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled_text)
    return pal


@cache
def _read_style(name: str) -> str:
    path = resources_dir() / "styles" / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        log.warning("style %s not found (%s): using Qt's plain look", path, err)
        return ""


def document_css(theme: str) -> str:
    """The CSS for generated HTML, in ``theme``'s colours."""
    colours = COLOURS.get(theme, COLOURS[CALM])
    return Template(_read_style("document.css")).safe_substitute(colours)


def highlight_colours(theme: str) -> tuple[QColor, QColor]:
    """Background and text colours for find-in-page matches."""
    if theme == HIGH_CONTRAST:
        return QColor("#00e5ff"), QColor("#000000")
    return QColor("#ffe066"), QColor("#1d2126")


def apply(app: QApplication, theme: str) -> bool:
    """Give the whole app ``theme``'s palette and the shared style sheet (re-styling every widget,
    so nothing is done when both are already in place); whether anything was done.

    Re-styling gives the widgets styled before back the font they had then: a caller that set fonts
    of its own since (the text size) sets them again."""
    wanted = palette(theme)
    sheet = _read_style("app.qss")
    if app.palette() == wanted and app.styleSheet() == sheet:
        return False
    app.setPalette(wanted)
    app.setStyleSheet(sheet)
    return True
