"""The reader, driven as a person would: the contents tree, glossary terms, see-also links, find in page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot
from ui_helpers import PATIENCE_MS, click_link, link_point

from handbook.content import Handbook
from handbook.dates import format_date
from handbook.ui.main_window import MainWindow


def _topic_with_terms(handbook: Handbook) -> str:
    return next(t.id for t in handbook.topics("en") if t.kind == "treatment" and t.glossary and t.see_also)


def test_contents_tree_lists_every_topic_in_handbook_order(window: MainWindow, handbook: Handbook) -> None:
    tree = window.contents
    listed = [
        str(tree.topLevelItem(g).child(i).data(0, Qt.ItemDataRole.UserRole))
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    ]
    assert listed == [t.id for t in handbook.topics("en")]
    assert tree.topLevelItemCount() == 3


def test_clicking_a_topic_in_the_contents_opens_it(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    topic_id = _topic_with_terms(handbook)
    item = window.contents.item_for(topic_id)
    assert item is not None
    window.contents.scrollToItem(item)
    rect = window.contents.visualItemRect(item)
    qtbot.mouseClick(window.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    topic = handbook.topic(topic_id, "en")
    assert window.reader.topic_id == topic_id
    text = window.reader.view.toPlainText()
    assert topic.title in text
    assert format_date(topic.reviewed, "en") in text  # the review date, as English writes dates
    assert handbook.sources[topic.sources[0]]["citation"] in text  # the sources
    assert topic.title in window.windowTitle()


def test_a_glossary_term_explains_itself_on_click_and_on_hover(
    qtbot: QtBot, window: MainWindow, handbook: Handbook
) -> None:
    window.open_topic(_topic_with_terms(handbook))
    view = window.reader.view
    href = next(h for h, _ in view.anchors() if h.startswith("term:"))
    term = handbook.topic(href.removeprefix("term:"), "en")

    # hover: a tooltip with the definition
    point = link_point(view, href)
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == term.summary
    QToolTip.hideText()

    # click or tap: a popup with the definition and a way to the glossary entry
    click_link(qtbot, view, href)
    popup = window.reader.popup
    qtbot.waitUntil(popup.isVisible, timeout=PATIENCE_MS)
    assert popup.definition.text() == term.summary
    assert popup.title.text() == term.title
    qtbot.mouseClick(popup.open_button, Qt.MouseButton.LeftButton)
    assert not popup.isVisible()
    assert window.reader.topic_id == term.id
    assert window.contents.current_topic() == term.id


def test_escape_closes_the_glossary_popup(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    window.open_topic(_topic_with_terms(handbook))
    href = next(h for h, _ in window.reader.view.anchors() if h.startswith("term:"))
    click_link(qtbot, window.reader.view, href)
    popup = window.reader.popup
    qtbot.waitUntil(popup.isVisible, timeout=PATIENCE_MS)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_see_also_links_open_topics_and_back_returns(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    start = _topic_with_terms(handbook)
    window.open_topic(start)
    target = handbook.topic(start, "en").see_also[0]
    click_link(qtbot, window.reader.view, f"topic:{target}")
    assert window.reader.topic_id == target
    qtbot.mouseClick(window.command_bar.buttons["back"], Qt.MouseButton.LeftButton)
    assert window.reader.topic_id == start


def test_home_lists_sections_and_treatments_as_links(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    window.go_home()
    hrefs = {h for h, _ in window.reader.view.anchors()}
    narrative = [t.id for t in handbook.topics("en") if t.kind in ("section", "treatment")]
    assert {f"topic:{i}" for i in narrative} <= hrefs
    click_link(qtbot, window.reader.view, f"topic:{narrative[0]}")
    assert window.reader.topic_id == narrative[0]


def test_find_in_page_highlights_every_match(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    window.open_topic(_topic_with_terms(handbook))
    window.activateWindow()
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible()
    assert bar.box.hasFocus()
    qtbot.keyClicks(bar.box, "bone")
    expected = window.reader.view.toPlainText().casefold().count("bone")
    assert expected > 1
    assert bar.match_count == expected
    assert len(window.reader.view.extraSelections()) == expected
    assert bar.current_index == 0
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.current_index == 1
    qtbot.keyClick(bar.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current_index == 0
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.reader.view.extraSelections() == []


def test_find_says_when_nothing_matches(qtbot: QtBot, window: MainWindow) -> None:
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.box, "zzzqqq")
    assert window.find_bar.match_count == 0
    assert window.find_bar.count.text() == "Not found"
