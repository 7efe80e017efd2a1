"""Where Qt draws each glyph of a line: for checks of the visual order of right-to-left text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlock, QTextDocument, QTextLayout, QTextOption

from handbook.rtl import strip_isolates


def glyph_x(layout: QTextLayout, position: int) -> float:
    """The x of the glyph drawn for the character at ``position`` in ``layout``."""
    xs = [point.x() for run in layout.glyphRuns(position, 1) for point in run.positions()]
    assert xs, f"no glyph for position {position}"
    return min(xs)


def digits_left_to_right(layout: QTextLayout, text: str, number: str) -> bool:
    """Whether each character of ``number`` (found in ``text``) is drawn right of the one before it,
    and the cursor positions between them run left to right too."""
    start = text.index(number)
    xs = [glyph_x(layout, start + i) for i in range(len(number))]
    line = layout.lineForTextPosition(start + 1)
    cursors = [_x(line.cursorToX(start + i)) for i in range(1, len(number))]
    return xs == sorted(xs) and len(set(xs)) == len(xs) and cursors == sorted(cursors)


def _x(value: object) -> float:
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[index,arg-type]


def lay_out(text: str, rtl: bool) -> QTextLayout:
    """One line of ``text`` as a right-to-left (or left-to-right) label lays it out."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    return layout


def block_with(document: QTextDocument, needle: str) -> QTextBlock:
    document.size()  # lays the document out
    block = document.begin()
    while block.isValid():
        if needle in strip_isolates(block.text()):
            return block
        block = block.next()
    raise AssertionError(f"{needle!r} is not in the document")


def numbers_in_document(document: QTextDocument, needle: str, number: str) -> bool:
    block = block_with(document, needle)
    return digits_left_to_right(block.layout(), block.text(), number)
