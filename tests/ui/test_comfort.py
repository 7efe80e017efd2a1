"""Comfort and access: zoom (remembered), the high-contrast theme, keyboard use, accessible names."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import PATIENCE_MS

from handbook.config import ZOOM_DEFAULT, ZOOM_MAX, ZOOM_STEP
from handbook.ui import theme
from handbook.ui.main_window import MainWindow
from handbook.ui.prefs import Prefs

_CTRL = Qt.KeyboardModifier.ControlModifier


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = _CTRL) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=PATIENCE_MS)
    qtbot.keyClick(window.reader.view, key, modifier)


def test_ctrl_plus_minus_zero_zoom_rewrap_and_show_the_level(qtbot: QtBot, window: MainWindow, prefs: Prefs) -> None:
    window.open_topic(window.handbook.topics("en")[0].id)
    view = window.reader.view
    size = view.font().pointSizeF()
    height = view.document().size().height()
    _press(qtbot, window, Qt.Key.Key_Plus)
    _press(qtbot, window, Qt.Key.Key_Plus)
    assert window.zoom == ZOOM_DEFAULT + 2 * ZOOM_STEP
    assert view.font().pointSizeF() == pytest.approx(size * window.zoom / 100)
    assert view.document().size().height() > height  # bigger text, rewrapped onto more lines
    assert view.horizontalScrollBar().maximum() == 0
    assert f"{window.zoom}%" in window.zoom_label.text()
    assert prefs.zoom == window.zoom  # remembered
    _press(qtbot, window, Qt.Key.Key_Minus)
    assert window.zoom == ZOOM_DEFAULT + ZOOM_STEP
    _press(qtbot, window, Qt.Key.Key_0)
    assert window.zoom == ZOOM_DEFAULT
    for _ in range(40):
        window.actions_.zoom_in.trigger()
    assert window.zoom == ZOOM_MAX


def test_zoom_and_theme_are_restored_next_time(make_window: object, prefs: Prefs) -> None:
    assert callable(make_window)
    first = make_window()
    first.set_zoom(150)
    first.set_theme(theme.HIGH_CONTRAST)
    first.close()
    second = make_window(settings=Prefs(prefs._store))
    assert second.zoom == 150
    assert second.theme_name == theme.HIGH_CONTRAST
    assert second.actions_.contrast.isChecked()


def test_a_damaged_settings_file_falls_back_to_defaults(make_window: object, prefs: Prefs) -> None:
    store = prefs._store
    assert store is not None
    store.setValue("view/zoom", "huge")
    store.setValue("view/theme", "neon")
    assert callable(make_window)
    window = make_window()
    assert window.zoom == ZOOM_DEFAULT
    assert window.theme_name == theme.CALM


@pytest.mark.parametrize(("name", "minimum"), [(theme.HIGH_CONTRAST, 7.0), (theme.CALM, 7.0)])
def test_text_contrast(qtbot: QtBot, window: MainWindow, name: str, minimum: float) -> None:
    window.set_theme(name)
    palette = QApplication.palette()
    pairs = [
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    ]
    for fore, back in pairs:
        ratio = theme.contrast_ratio(palette.color(fore), palette.color(back))
        assert ratio >= minimum, (name, fore, back, ratio)
    assert window.reader.view.palette().color(QPalette.ColorRole.Text) == palette.color(QPalette.ColorRole.Text)


def test_contrast_ratio_formula() -> None:
    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert theme.contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def test_the_contrast_button_switches_the_theme(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.command_bar.buttons["contrast"], Qt.MouseButton.LeftButton)
    assert window.theme_name == theme.HIGH_CONTRAST
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor(theme.COLOURS[theme.HIGH_CONTRAST]["base"])
    assert window.command_bar.buttons["contrast"].isChecked()
    qtbot.mouseClick(window.command_bar.buttons["contrast"], Qt.MouseButton.LeftButton)
    assert window.theme_name == theme.CALM


def test_switching_the_theme_keeps_the_text_size(qtbot: QtBot, window: MainWindow) -> None:
    window.set_zoom(150)
    window.open_compare(["denosumab", "radiation"])
    window.go_home()
    views = (window.reader.view, window.compare_view.view, window.contents)
    zoomed = [view.font().pointSizeF() for view in views]
    for name in (theme.HIGH_CONTRAST, theme.CALM):
        qtbot.mouseClick(window.command_bar.buttons["contrast"], Qt.MouseButton.LeftButton)
        assert window.theme_name == name
        assert [view.font().pointSizeF() for view in views] == zoomed
    assert window.zoom_label.text() == "Text size: 150%"


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QAbstractSpinBox, QMenuBar)


def _interactive(root: QWidget) -> list[QWidget]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (scroll area corners, popups of combo boxes)
            continue
        parent = widget.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QComboBox | QLineEdit):
            continue
        if isinstance(widget.parentWidget(), QLineEdit | QComboBox):  # a line edit's clear button
            continue
        found.append(widget)
    return found


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    window.search.set_query("pain")
    window.open_compare(["denosumab", "radiation"])
    dialog = window.open_export_dialog()
    for root in (window, dialog, window.reader.popup):
        controls = _interactive(root)
        assert len(controls) >= 2
        unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in controls if not w.accessibleName().strip()]
        assert unnamed == [], root
    dialog.close()


def test_buttons_are_big_enough_to_touch(qtbot: QtBot, window: MainWindow) -> None:
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= 44, button.text()


def test_tab_moves_through_the_window_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    """Tab from the command bar goes to the search box, the contents, then the page."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=PATIENCE_MS)
    window.command_bar.language.setFocus()
    order = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:3] == [window.search.box, window.contents, window.reader.view]


def test_labels_point_at_their_controls(qtbot: QtBot, window: MainWindow) -> None:
    """Every label that names a control is tied to it (a screen reader reads them together)."""
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    assert window.command_bar.language in buddies
    assert window.find_bar.box in buddies


def test_none_survives_many_qt_calls(qtbot: QtBot, window: MainWindow) -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to None on every void call (see handbook/ui):
    the pinned version must not, or a long session would abort."""
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(50_000):
        label.setText(str(i % 7))
    assert sys.getrefcount(None) >= before - 100


@pytest.mark.parametrize("width", [1000, 1280, 1700])
def test_the_reading_column_follows_the_window_width(qtbot: QtBot, window: MainWindow, width: int) -> None:
    """The side margins centre a column of at most MEASURE_CHARS characters in the viewport's final
    width, whatever the order of the resize events and of the scroll bar showing or hiding."""
    from PySide6.QtGui import QTextCursor

    from handbook.ui.textview import MEASURE_CHARS, MIN_SIDE_MARGIN

    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width)
    view = window.reader.view
    qtbot.waitUntil(lambda: view.viewport_width == view.viewport().width())
    measure = view.fontMetrics().averageCharWidth() * MEASURE_CHARS
    expected = max(MIN_SIDE_MARGIN, (view.viewport().width() - measure) // 2)
    assert view.side_margin == expected
    root = QTextCursor(view.document()).currentFrame()
    while root.parentFrame() is not None:
        root = root.parentFrame()
    assert root.frameFormat().leftMargin() == expected == root.frameFormat().rightMargin()
    # the text is laid out in that column: each line of the page's first blocks is as wide as the
    # viewport less the two margins
    column = view.viewport().width() - 2 * expected
    block = view.document().begin()
    for _ in range(5):
        layout = block.layout()
        for i in range(layout.lineCount()):
            assert abs(layout.lineAt(i).width() - column) <= 1
        block = block.next()
