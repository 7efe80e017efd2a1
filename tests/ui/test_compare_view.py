"""The comparison view: tick treatments, read them side by side, the same rows for each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextTable
from pytestqt.qtbot import QtBot
from ui_helpers import click_link

from handbook.compare import compare
from handbook.content import COMPARE_KEYS, Handbook
from handbook.ui.compare_view import ID_ROLE, CompareView
from handbook.ui.main_window import MainWindow


def _tick(qtbot: QtBot, view: CompareView, treatment_id: str) -> None:
    """Tick a treatment the way a keyboard user does: select it, press Space."""
    item = next(
        view.choices.item(i) for i in range(view.choices.count()) if view.choices.item(i).data(ID_ROLE) == treatment_id
    )
    view.choices.setFocus()
    view.choices.setCurrentItem(item)
    qtbot.keyClick(view.choices, Qt.Key.Key_Space)


def _table(view: CompareView) -> QTextTable:
    cursor = QTextCursor(view.view.document())
    while not cursor.atEnd():
        table = cursor.currentTable()
        if table is not None:
            return table
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    raise AssertionError("no table on the page")


def _cell(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", " ").replace("\u2028", " ")


def test_ticking_treatments_shows_them_side_by_side(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    qtbot.mouseClick(window.command_bar.buttons["compare"], Qt.MouseButton.LeftButton)
    view = window.compare_view
    assert window.pages.currentWidget() is view
    ids = [t.id for t in handbook.treatments("en")[:3]]
    _tick(qtbot, view, ids[0])
    assert view.table is None  # one is not a comparison
    assert not view.save_button.isEnabled()
    _tick(qtbot, view, ids[1])
    _tick(qtbot, view, ids[2])
    assert view.selected() == tuple(ids)
    assert view.save_button.isEnabled()
    table = _table(view)
    expected = compare(handbook, ids, "en")
    assert table.columns() == 1 + len(ids)
    assert table.rows() == 1 + len(COMPARE_KEYS)  # the same rows for each treatment
    for r, row in enumerate(expected.rows, start=1):
        assert _cell(table, r, 0) == row.label
        for c, value in enumerate(row.values, start=1):
            assert _cell(table, r, c) == value


def test_no_more_than_four(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    window.open_compare()
    view = window.compare_view
    ids = [t.id for t in handbook.treatments("en")]
    assert len(ids) >= 5
    for treatment_id in ids[:5]:
        _tick(qtbot, view, treatment_id)
    assert view.selected() == tuple(ids[:4])
    assert "4" in view.hint.text()


def test_large_text_turns_the_table_into_a_list_per_question(
    qtbot: QtBot, window: MainWindow, handbook: Handbook
) -> None:
    ids = [t.id for t in handbook.treatments("en")[:4]]
    window.open_compare(ids)
    view = window.compare_view
    assert not view.stacked  # at normal size: the table
    window.set_zoom(250)
    assert view.stacked  # columns would be too narrow: each question in turn
    text = view.view.toPlainText()
    expected = compare(handbook, ids, "en")
    positions = [text.index(row.label) for row in expected.rows]
    assert positions == sorted(positions)  # the same rows, in the same order
    for row in expected.rows:
        for value in row.values:
            assert value in text
    assert view.view.horizontalScrollBar().maximum() == 0  # nothing runs off the side
    window.set_zoom(100)
    assert not view.stacked
    assert _table(view).rows() == 1 + len(COMPARE_KEYS)


def test_a_column_title_opens_the_treatment(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    ids = [t.id for t in handbook.treatments("en")[:2]]
    window.open_compare(ids)
    click_link(qtbot, window.compare_view.view, f"topic:{ids[1]}")
    assert window.reader.topic_id == ids[1]
    assert window.pages.currentWidget() is window.reader


def test_clear_unticks_everything(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    window.open_compare([t.id for t in handbook.treatments("en")[:2]])
    qtbot.mouseClick(window.compare_view.clear_button, Qt.MouseButton.LeftButton)
    assert window.compare_view.selected() == ()
