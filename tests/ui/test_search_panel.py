"""Search as you type, driven from the keyboard: results, highlighted snippets, did you mean, Enter, Down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import PATIENCE_MS

from handbook.search import open_index
from handbook.ui.main_window import MainWindow
from handbook.ui.search_panel import HTML_ROLE, ID_ROLE


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.box.setFocus()
    if text.isascii():
        qtbot.keyClicks(window.search.box, text)
    else:  # keyClicks cannot type non-ASCII text: send key events that carry the text
        for char in text:
            QApplication.sendEvent(
                window.search.box,
                QKeyEvent(QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char),
            )


def test_results_update_while_typing_after_a_short_pause(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search
    _type(qtbot, window, "bone pain")
    assert panel.timer.isActive()  # debounced: nothing searched on every key
    assert panel.results.count() == 0
    qtbot.waitUntil(lambda: panel.results.count() > 0, timeout=PATIENCE_MS)
    assert panel.stack.currentIndex() == 1  # results replace the contents list
    expected = open_index(window.handbook).search("bone pain", "en", limit=20).hits
    assert [panel.results.item(i).data(ID_ROLE) for i in range(panel.results.count())] == [h.id for h in expected]
    first = panel.results.item(0)
    html = str(first.data(HTML_ROLE))
    assert "<b>" in html and "**" not in html  # matched words in bold
    assert expected[0].title in first.data(Qt.ItemDataRole.AccessibleTextRole)  # screen readers get text
    assert panel.kind_name(expected[0].kind) in first.data(Qt.ItemDataRole.AccessibleTextRole)


def test_enter_opens_the_best_hit(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "xgeva")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # before the pause ends: searches at once
    best = open_index(window.handbook).search("xgeva", "en").hits[0]
    assert window.reader.topic_id == best.id


def test_down_moves_from_the_box_into_the_results(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "fracture")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    results = window.search.results
    assert results.hasFocus()
    assert results.currentRow() == 0
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert results.currentRow() == 1
    chosen = results.currentItem().data(ID_ROLE)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert window.reader.topic_id == chosen


def test_did_you_mean_is_a_button_that_searches_again(qtbot: QtBot, window: MainWindow) -> None:
    typo = "osteonecrossis jaww"
    expected = open_index(window.handbook).search(typo, "en")
    assert expected.suggestion
    window.search.set_query(typo)
    button = window.search.suggestion_button
    assert button.isVisible()
    assert expected.suggestion in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.search.box.text() == expected.suggestion
    assert window.search.results.count() > 0


def test_non_latin_queries_search_in_the_reading_language(qtbot: QtBot, window: MainWindow) -> None:
    window.set_language("zh")
    _type(qtbot, window, "骨折")
    qtbot.waitUntil(lambda: window.search.results.count() > 0, timeout=PATIENCE_MS)
    assert window.search.box.text() == "骨折"


def test_clearing_the_box_brings_the_contents_back(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "pain")
    qtbot.waitUntil(lambda: window.search.results.count() > 0, timeout=PATIENCE_MS)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.search.box.text() == ""
    assert window.search.stack.currentWidget() is window.contents
