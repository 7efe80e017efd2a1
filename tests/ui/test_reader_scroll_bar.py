"""The reader's vertical scroll bar at start: kept until the view is first shown, so that the first page
is laid out once, at its final width (``TextView.keep_bar_until_shown``; docs/PERFORMANCE.md, "Seventh
round"), then shown only when needed. A page that fits goes without it, laid out at the full width; a
longer one keeps it, its handle sized for the whole page from the first paint."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handbook.content import Handbook
from handbook.ui.main_window import MainWindow
from handbook.ui.startup import SCREENSHOT_SIZE
from handbook.ui.textview import MEASURE_CHARS, MIN_SIDE_MARGIN, TextView

Unshown = Callable[[str], MainWindow]


@pytest.fixture
def unshown(make_window: Callable[..., MainWindow]) -> Unshown:
    """A window made as a start makes it, not shown yet (``handbook gui`` opens a page, then shows it)."""

    def make(lang: str) -> MainWindow:
        window = make_window(lang, shown=False)
        window.resize(*SCREENSHOT_SIZE)
        return window

    return make


def _shortest(handbook: Handbook, lang: str) -> str:
    return min(handbook.topics(lang), key=lambda t: len(t.words())).id


def _assert_laid_out_at_the_viewport_width(view: TextView) -> None:
    """The page, its margins and its lines follow the viewport's width as it is now."""
    width = view.viewport().width()
    assert view.viewport_width == width
    assert view.document().pageSize().width() == width
    measure = view.fontMetrics().averageCharWidth() * MEASURE_CHARS
    expected = max(MIN_SIDE_MARGIN, (width - measure) // 2)
    assert view.side_margin == expected
    root = QTextCursor(view.document()).currentFrame()
    while root.parentFrame() is not None:
        root = root.parentFrame()
    assert root.frameFormat().leftMargin() == expected == root.frameFormat().rightMargin()
    column = width - 2 * expected
    block = view.document().begin()
    widest = 0.0
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            assert layout.lineAt(i).width() <= column + 1
            widest = max(widest, layout.lineAt(i).width())
        block = block.next()
    assert abs(widest - column) <= 1  # no line laid out for a narrower column


def test_the_bar_is_kept_until_the_reader_is_shown(unshown: Unshown) -> None:
    view = unshown("en").reader.view
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_short_first_page_goes_without_the_bar_at_the_full_width(
    qtbot: QtBot, unshown: Unshown, handbook: Handbook, lang: str
) -> None:
    window = unshown(lang)
    window.open_topic(_shortest(handbook, lang))
    view = window.reader.view
    window.show()
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert not view.verticalScrollBar().isVisible()
    assert view.viewport().width() == view.maximumViewportSize().width()  # no room kept for a bar
    _assert_laid_out_at_the_viewport_width(view)  # already as the window is shown, before its paint
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert not view.verticalScrollBar().isVisible()
    _assert_laid_out_at_the_viewport_width(view)


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_a_long_first_page_keeps_the_bar_with_its_final_handle(qtbot: QtBot, unshown: Unshown, lang: str) -> None:
    window = unshown(lang)  # the home page
    view = window.reader.view
    bar = view.verticalScrollBar()
    window.show()
    # as the window is shown, before its first paint: the page is laid out to its end, and the bar's
    # range is the whole page's (not an estimate from a lazy layout still under way)
    assert bar.isVisible()
    shown_range = (bar.maximum(), bar.pageStep())
    height = view.document().size().height()  # Qt lays the rest of the page out here, if any was left
    assert shown_range == (bar.maximum(), bar.pageStep())
    assert bar.maximum() == int(height + 0.5) - bar.pageStep()  # as Qt rounds (qRound)
    assert view.viewport().width() == view.maximumViewportSize().width() - bar.width()
    _assert_laid_out_at_the_viewport_width(view)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert bar.isVisible()
    _assert_laid_out_at_the_viewport_width(view)
