"""The ReportLab flowable that draws text laid out by ``pdf_text``, in every script and direction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from handbook.i18n import is_rtl
from handbook.pdf.text import FontChain, Line, Shaper, Span, layout

BULLET = "•"
BOX = "\u2610"  # drawn as an empty square to tick, not as a glyph


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float
    bold: bool = False
    color: Any = colors.black
    align: str = "start"  # start | center | end: start is the right edge in right-to-left text
    space_before: float = 0.0
    space_after: float = 0.0
    indent: float = 0.0  # on the start side, where a bullet goes
    keep_with_next: bool = False


class Typesetter:
    """Sets text for a handout in one language: its font chain and its direction.

    Text in another language (a topic that falls back to English, a citation) keeps its own
    direction: pass ``rtl`` to ``block`` and ``lines``.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.rtl = is_rtl(lang)
        self.fonts = FontChain(lang)
        self._shapers: dict[float, Shaper] = {}

    def shaper(self, size: float) -> Shaper:
        found = self._shapers.get(size)
        if found is None:
            found = self._shapers[size] = Shaper(self.fonts, size)
        return found

    def lines(self, spans: Sequence[Span], style: TextStyle, width: float, rtl: bool | None = None) -> list[Line]:
        spans = [(text, bold or style.bold) for text, bold in spans]
        return layout(spans, width, self.shaper(style.size), self.rtl if rtl is None else rtl)

    def block(
        self, text: str | Sequence[Span], style: TextStyle, bullet: str | None = None, rtl: bool | None = None
    ) -> TextBlock:
        spans = [(text, False)] if isinstance(text, str) else list(text)
        return TextBlock(self, spans, style, bullet, self.rtl if rtl is None else rtl)

    def line_x(self, line: Line, left: float, width: float, align: str, rtl: bool | None = None) -> float:
        """Where a line begins in ``width`` points of room starting at ``left``."""
        free = width - line.width
        if align == "center":
            return left + free / 2
        at_end = (align == "end") != (self.rtl if rtl is None else rtl)
        return left + free if at_end else left


def draw_line(canv: Any, line: Line, x: float, baseline: float, style: TextStyle) -> None:
    """Draw a laid-out line with its left end at ``x``; bold without a bold face is also stroked."""
    size = style.size
    canv.saveState()
    canv.setFillColor(style.color)
    canv.setStrokeColor(style.color)
    canv.setLineWidth(size * 0.035)
    text = canv.beginText()
    font = None
    mode = 0
    for piece in line.pieces:
        if piece.font != font:
            text.setFont(piece.font, size)
            font = piece.font
        wanted = 2 if piece.fake_bold else 0
        if wanted != mode:
            text.setTextRenderMode(wanted)
            mode = wanted
        text.setTextOrigin(x, baseline)
        text.textOut(piece.glyphs)
        x += piece.width
    canv.drawText(text)
    canv.restoreState()


def baseline_offset(style: TextStyle) -> float:
    """From the top of a line box to the baseline: the text's middle sits at the box's middle."""
    return style.leading / 2 + 0.32 * style.size


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph, heading or list item in any script, split across pages by whole lines."""

    def __init__(
        self,
        setter: Typesetter,
        spans: Sequence[Span],
        style: TextStyle,
        bullet: str | None,
        rtl: bool,
        lines: list[Line] | None = None,
    ) -> None:
        super().__init__()
        self.setter = setter
        self.spans = spans
        self.style = style
        self.bullet = bullet
        self.rtl = rtl
        self._lines = lines
        self._laid_width: float | None = None  # None with lines given: a split part, laid out already
        self.keepWithNext = style.keep_with_next
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def _text_width(self, width: float) -> float:
        return max(width - self.style.indent, self.style.size)

    def lines(self, width: float) -> list[Line]:
        if self._lines is None or (self._laid_width is not None and self._laid_width != width):
            self._lines = self.setter.lines(self.spans, self.style, self._text_width(width), self.rtl)
            self._laid_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # The lines of the last wrap: a table asks to split a cell with its width before padding.
        lines = self._lines if self._lines is not None else self.lines(availWidth)
        fit = int((availHeight + 0.001) // self.style.leading)
        if fit >= len(lines):
            return []  # it fits after all (a table measuring to the last fraction): nothing to split
        if len(lines) >= 4:
            fit = min(fit, len(lines) - 2)  # no widow: at least two lines go on
        if fit < 2:  # no orphan: at least two lines stay
            return []
        head_style = replace(self.style, space_after=0.0, keep_with_next=False)
        tail_style = replace(self.style, space_before=0.0)
        head = TextBlock(self.setter, self.spans, head_style, self.bullet, self.rtl, lines[:fit])
        tail = TextBlock(self.setter, self.spans, tail_style, None, self.rtl, lines[fit:])
        return [head, tail]

    def draw(self) -> None:
        style = self.style
        left = 0.0 if self.rtl else style.indent
        width = self._text_width(self.width)
        for i, line in enumerate(self._lines or []):
            baseline = self.height - i * style.leading - baseline_offset(style)
            draw_line(self.canv, line, self.setter.line_x(line, left, width, style.align, self.rtl), baseline, style)
            if i == 0 and self.bullet:
                self._draw_bullet(baseline)

    def _draw_bullet(self, baseline: float) -> None:
        style = self.style
        gap = style.size * 0.5
        if self.bullet == BOX:
            side = style.size * 0.75
            x = self.width - style.indent + gap if self.rtl else style.indent - gap - side
            self.canv.saveState()
            self.canv.setStrokeColor(style.color)
            self.canv.setLineWidth(max(0.8, style.size * 0.06))
            self.canv.rect(x, baseline - style.size * 0.08, side, side, stroke=1, fill=0)
            self.canv.restoreState()
            return
        mark = self.setter.lines([(self.bullet or BULLET, False)], replace(style, bold=False), style.indent, self.rtl)
        if mark:
            x = self.width - style.indent + gap if self.rtl else style.indent - gap - mark[0].width
            draw_line(self.canv, mark[0], x, baseline, style)
