"""The "My questions" sheet on paper: the chosen questions grouped by topic, each with a box to tick
and lines to write the answer on, and lines for the date of the visit and the care team member."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from handbook.pdf.flow import TextStyle, Typesetter, baseline_offset, draw_line
from handbook.pdf.layout import RULE

#: Lines to write an answer on, most first: the sheet takes the most that fit on two pages.
ANSWER_LINES = (3, 2, 1)
MAX_PAGES = 2


class WritingLines(Flowable):  # type: ignore[misc]
    """``count`` ruled lines to write on, ``gap`` points apart, indented on the start side."""

    def __init__(self, count: int, gap: float, indent: float, rtl: bool) -> None:
        super().__init__()
        self.count = count
        self.gap = gap
        self.indent = indent
        self.rtl = rtl
        self.spaceAfter = gap * 0.4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.gap
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        left, right = (0.0, self.width - self.indent) if self.rtl else (self.indent, self.width)
        for i in range(self.count):
            y = self.height - (i + 1) * self.gap + 2
            canv.line(left, y, right, y)
        canv.restoreState()


class Field(Flowable):  # type: ignore[misc]
    """A label ("Date of visit:") and a ruled line after it to write on, to the far edge."""

    def __init__(self, setter: Typesetter, label: str, style: TextStyle) -> None:
        super().__init__()
        self.setter = setter
        self.label = label
        self.style = style
        self.spaceBefore = style.size * 0.6
        self.spaceAfter = style.size * 0.6
        self._line: Any = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        lines = self.setter.lines([(self.label, False)], self.style, availWidth * 0.6)
        self._line = lines[0] if lines else None
        self.height = self.style.leading * 1.4
        return availWidth, self.height

    def draw(self) -> None:
        style, canv = self.style, self.canv
        baseline = self.height - style.leading - baseline_offset(style) + style.leading * 0.9
        used = 0.0
        if self._line is not None:
            used = self._line.width + style.size * 0.5
            x = self.width - self._line.width if self.setter.rtl else 0.0
            draw_line(canv, self._line, x, baseline, style)
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        y = baseline - style.size * 0.25
        if self.setter.rtl:
            canv.line(0.0, y, self.width - used, y)
        else:
            canv.line(used, y, self.width, y)
        canv.restoreState()
