"""Numbers keep their order in right-to-left text on screen, checked where Qt puts each glyph.

A line is laid out by Qt (the reader's document, a search result's document, a popup's text) and
the x position of each digit's glyph is read from ``QTextLayout.glyphRuns``; the cursor positions
between the digits (``QTextLine.cursorToX``) must agree. In an Arabic sentence a phone number
must still read 1, 8, 0, 0, 2, ... from left to right; separate numbers follow the reading order
(right to left) of the words around them. Copy, find in page and the plain text stay free of the
isolate marks that do this.
"""

from __future__ import annotations

from dataclasses import replace

from glyphs import block_with, digits_left_to_right, glyph_x, lay_out, numbers_in_document
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication

from handbook.compare import compare
from handbook.content import Handbook
from handbook.rtl import ISOLATE_CONTROLS, strip_isolates
from handbook.ui import markup
from handbook.ui.main_window import MainWindow

PHONE = "1-800-227-2345"


# ------------------------------------------------------------------------------------ the reader


def test_the_arabic_reader_shows_the_helpline_number_in_order(make_window: object) -> None:
    assert callable(make_window)
    window: MainWindow = make_window("ar")
    window.reader.show_topic("support")
    document = window.reader.view.document()
    assert numbers_in_document(document, PHONE, PHONE)
    assert numbers_in_document(document, "24/7", "24/7")
    block = block_with(document, PHONE)
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft


def test_the_english_reader_is_left_as_it_was(window: MainWindow) -> None:
    window.reader.show_topic("support")
    document = window.reader.view.document()
    assert not any(c in document.toPlainText() for c in ISOLATE_CONTROLS)
    assert numbers_in_document(document, PHONE, PHONE)


def test_copying_from_the_arabic_reader_gives_the_plain_text(make_window: object, handbook: Handbook) -> None:
    assert callable(make_window)
    window: MainWindow = make_window("ar")
    window.reader.show_topic("support")
    view = window.reader.view
    view.selectAll()
    view.copy()
    copied = QGuiApplication.clipboard().text()
    assert PHONE in copied and not any(c in copied for c in ISOLATE_CONTROLS)
    rich = QGuiApplication.clipboard().mimeData().html()
    assert PHONE in rich and not any(c in rich for c in ISOLATE_CONTROLS)
    assert handbook.topic("support", "ar").summary.split(".")[0] in copied


def test_find_in_page_finds_text_across_an_isolated_number(make_window: object) -> None:
    assert callable(make_window)
    window: MainWindow = make_window("ar")
    window.reader.show_topic("support")
    window.find_bar.open_bar()
    window.find_bar.box.setText(f"بالرقم {PHONE}")  # the words before the number and the number
    assert window.find_bar.match_count >= 2  # the summary and the list item


# ------------------------------------------------------------------ text the reader lays out


def test_dates_ranges_and_names_with_numbers_in_an_arabic_page(qapp: QApplication) -> None:
    """Through the page builder (the reader, the comparison, printing): an ISO date and a hyphen
    range read left to right; a name's number reads after the name; separate numbers follow the
    right-to-left reading order; the date form of Arabic reads day, month, year from the right."""
    body = (
        "<p>روجع في 2026-11-26 آخر مرة.</p><p>كل 3-4 أسابيع.</p><p>راديوم-223 (radium-223) يساعد.</p>"
        "<p>كل 3 أو 4 أسابيع، من 4 أسابيع إلى 6 أشهر.</p><p>في 26 نوفمبر 2026.</p>"
    )
    document = QTextDocument()
    document.setHtml(markup.isolate_html(f'<div dir="rtl">{body}</div>', True))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    document.setDefaultTextOption(option)
    assert numbers_in_document(document, "2026-11-26", "2026-11-26")
    assert numbers_in_document(document, "3-4", "3-4")
    radium = block_with(document, "radium-223")
    text, layout = radium.text(), radium.layout()
    assert digits_left_to_right(layout, text, "radium-223")
    assert digits_left_to_right(layout, text, "223")
    name_end = text.index("-223")  # the hyphen after the Arabic name: the number is left of it
    assert glyph_x(layout, name_end + 1) < glyph_x(layout, name_end) < glyph_x(layout, name_end - 1)
    ranges = block_with(document, "3 أو 4")
    text, layout = ranges.text(), ranges.layout()
    assert glyph_x(layout, text.index("3")) > glyph_x(layout, text.index("4"))  # 3 is read first
    assert glyph_x(layout, text.index("6")) < glyph_x(layout, text.rindex("4"))
    date = block_with(document, "نوفمبر")
    text, layout = date.text(), date.layout()
    assert glyph_x(layout, text.index("26")) > glyph_x(layout, text.index("2026"))  # the day first
    assert digits_left_to_right(layout, text, "2026")


def test_a_search_result_keeps_a_highlighted_number_in_order(qapp: QApplication) -> None:
    snippet = "اتصل بالرقم **1**-800-227-**2345** في أي وقت، 24/7."
    html = markup.result_html("المساعدة والدعم", "قسم", snippet, "ar")
    document = QTextDocument()
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    document.setTextWidth(3000)
    assert numbers_in_document(document, PHONE, PHONE)
    assert "<b>" in html and "**" not in html
    assert markup.result_text(snippet, "ar") == snippet.replace("**", "")


def test_the_glossary_popup_keeps_numbers_in_order(make_window: object) -> None:
    assert callable(make_window)
    window: MainWindow = make_window("ar")
    term = markup.GlossaryTerm("helpline", "خط المساعدة", f"اتصل بالرقم {PHONE} في أي وقت، 24/7.", ("خط",))
    popup = window.reader.popup
    popup.show_term(term, QPoint(200, 200))
    shown = popup.definition.text()
    assert strip_isolates(shown) == term.definition
    assert popup.definition.accessibleName() == term.definition  # spoken without marks
    assert digits_left_to_right(lay_out(shown, rtl=True), shown, PHONE)
    popup.close()


def test_without_the_isolates_qt_would_reverse_the_number(qapp: QApplication) -> None:
    """The check above can fail: the same line without isolates shows 2345-227-800-1."""
    text = f"اتصل بالرقم {PHONE} في أي وقت."
    assert not digits_left_to_right(lay_out(text, rtl=True), text, PHONE)
    shown = markup.shown(text, "ar")
    assert digits_left_to_right(lay_out(shown, rtl=True), shown, PHONE)


def test_the_arabic_comparison_keeps_numbers_in_order(handbook: Handbook, qapp: QApplication) -> None:
    """A comparison cell with a phone number and an ISO date, as the comparison view and the printed
    handout build it (the cells hold content text: its dates are written the Arabic way)."""
    table = compare(handbook, ["zometa", "xgeva"], "ar")
    cell = f"اتصل بالرقم {PHONE} قبل 2026-11-26."
    first = table.rows[0]
    table = replace(table, rows=(replace(first, values=(cell, *first.values[1:])), *table.rows[1:]))
    document = QTextDocument()
    document.setHtml(markup.comparison_html(table, "مقارنة العلاجات"))
    document.setTextWidth(3000)
    assert numbers_in_document(document, PHONE, PHONE)
    block = block_with(document, PHONE)
    assert "26 نوفمبر 2026" in strip_isolates(block.text())
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
