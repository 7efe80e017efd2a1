"""Pages a start does not show are made on first use (issue 13): they must then work as if they had
been there from the start, in the window's current language, theme and text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import click_link

from handbook.content import Handbook
from handbook.ui import theme, typeface
from handbook.ui.main_window import MainWindow


def test_a_new_window_has_only_the_reader_among_its_pages(window: MainWindow) -> None:
    assert window.pages.count() == 1
    assert window.pages.currentWidget() is window.reader


def test_the_comparison_made_late_has_the_current_language_theme_and_size(
    qtbot: QtBot, window: MainWindow, handbook: Handbook
) -> None:
    window.set_language("ar")
    qtbot.mouseClick(window.command_bar.buttons["contrast"], Qt.MouseButton.LeftButton)
    window.set_zoom(150)
    assert window.zoom == 150
    ids = tuple(t.id for t in handbook.treatments("ar")[:2])
    window.open_compare(ids)
    view = window.compare_view
    assert window.pages.count() == 2
    assert window.pages.currentWidget() is view
    assert view.lang == "ar"
    assert view.selected() == ids
    assert view.table is not None and view.table.treatments[0].title == handbook.topic(ids[0], "ar").title
    assert view.view.document().defaultStyleSheet() == theme.document_css(theme.HIGH_CONTRAST)
    assert view.view.font().pointSizeF() == typeface.font("ar", typeface.CONTENT_POINT_SIZE * 1.5).pointSizeF()
    assert view.view.font().families() == typeface.families("ar")
    assert view.isRightToLeft()
    window.find_bar.open_bar()
    window.find_bar.box.setText("Xgeva")  # a brand name, as in English: found in the table, not elsewhere
    window.find_bar.refresh()
    assert window.find_bar.match_count >= 1
    assert view.view.extraSelections()
    assert window.windowTitle().startswith(handbook.ui("ar")["comparison"])


def test_the_comparison_made_late_follows_later_changes(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    window.open_compare(("zometa", "xgeva"))  # brand names: the topics are these two
    view = window.compare_view
    window.set_theme(theme.HIGH_CONTRAST)
    assert view.view.document().defaultStyleSheet() == theme.document_css(theme.HIGH_CONTRAST)
    window.set_zoom(200)
    assert window.zoom == 200
    assert view.view.font().pointSizeF() == typeface.font("en", typeface.CONTENT_POINT_SIZE * 2).pointSizeF()
    window.set_language("es")
    assert view.lang == "es" and view.selected() == ("bisphosphonates", "denosumab")
    window.reset_to_home()
    assert view.selected() == ()
    assert window.pages.currentWidget() is window.reader


def test_the_comparison_made_late_opens_topics_and_handouts(
    qtbot: QtBot, window: MainWindow, handbook: Handbook
) -> None:
    window.open_compare(("bisphosphonates", "denosumab"))
    click_link(qtbot, window.compare_view.view, "topic:denosumab")
    assert window.page == "denosumab"
    window.go_back()
    assert window.page == "compare:"
    dialog = window.open_export_dialog()
    assert dialog.request().compare == ("bisphosphonates", "denosumab")
    dialog.close()
