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
    results = open_index(window.handbook).search("bone pain", "en", limit=20)
    expected = [hit for _group, hits in results.groups() for hit in hits]  # shown in their groups
    rows = [panel.results.item(i).data(ID_ROLE) for i in range(panel.results.count())]
    assert [r for r in rows if r] == [h.id for h in expected]
    first = panel.results.item(panel.results.currentRow())
    html = str(first.data(HTML_ROLE))
    assert "<b>" in html and "**" not in html  # matched words in bold
    assert expected[0].title in first.data(Qt.ItemDataRole.AccessibleTextRole)  # screen readers get text
    assert panel.kind_name(expected[0].kind) in first.data(Qt.ItemDataRole.AccessibleTextRole)


def test_enter_opens_the_best_hit(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "xgeva")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # before the pause ends: searches at once
    best = open_index(window.handbook).search("xgeva", "en").hits[0]
    assert window.reader.topic_id == best.id


def _shown_ids(window: MainWindow) -> list[str]:
    results = window.search.results
    return [str(results.item(i).data(ID_ROLE)) for i in range(results.count()) if results.item(i).data(ID_ROLE)]


def test_down_moves_from_the_box_into_the_results(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "fracture")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    results = window.search.results
    assert results.hasFocus()
    ids = _shown_ids(window)
    assert results.currentItem().data(ID_ROLE) == ids[0]
    for expected in ids[1:4]:  # Down goes from topic to topic, over the group headings
        qtbot.keyClick(results, Qt.Key.Key_Down)
        assert results.currentItem().data(ID_ROLE) == expected
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


def test_words_explained_are_shown_apart_from_the_topics(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search
    panel.set_query("i broke a bone because of the cancer")
    rows = [panel.results.item(i) for i in range(panel.results.count())]
    headings = [(i, r.text()) for i, r in enumerate(rows) if not r.data(ID_ROLE)]
    assert [text for _i, text in headings] == [panel.tr("Topics"), panel.tr("Words explained")]
    words_from = headings[1][0]
    kinds = {r.data(ID_ROLE): i for i, r in enumerate(rows) if r.data(ID_ROLE)}
    glossary = {t.id for t in window.handbook.topics("en") if t.kind == "glossary"}
    assert all((i > words_from) == (topic in glossary) for topic, i in kinds.items())
    assert all(r.flags() == Qt.ItemFlag.NoItemFlags for r in rows if not r.data(ID_ROLE))  # never chosen
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert window.reader.topic_id == "bone-problems"


def test_what_the_handbook_does_not_cover_is_said_with_who_can_help(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search
    panel.set_query("hospice")
    assert "hospice" in panel.status.text()
    assert panel.tr("This handbook does not cover “%1”. Your care team can help.").replace("%1", "hospice") in (
        panel.status.text()
    )
    assert not panel.suggestion_button.isVisible()
    assert panel.results.item(0).text() == panel.tr("Who can help")
    assert _shown_ids(window) == ["support", "care-team"]
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert window.reader.topic_id == "support"


def test_the_not_covered_message_is_in_the_readers_language(qtbot: QtBot, window: MainWindow) -> None:
    window.set_language("es")
    window.search.set_query("hospicio")
    assert "no trata sobre «hospicio»" in window.search.status.text()
    assert window.search.results.item(0).text() == "Quién puede ayudarle"
