"""The handout's look: type sizes, pages (cover, body, landscape), footer, the comparison table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from handbook.handout import page_number
from handbook.pdf.flow import TextStyle, Typesetter, baseline_offset, draw_line
from handbook.pdf.text import Line

MARGIN = 56.0  # points (about 2 cm) on every side of the body frame
FOOTER_GAP = 18.0  # between the body frame and the footer rule
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4a4a4a")
ACCENT = colors.HexColor("#1f4e79")
HEADER_FILL = colors.HexColor("#dce6f0")
LABEL_FILL = colors.HexColor("#f2f5f8")
RULE = colors.HexColor("#9aa8b5")

#: Line height as a multiple of the type size: scripts with tall marks or dense glyphs need more.
_LEADING = {"ar": 1.75, "zh": 1.6, "ko": 1.6, "vi": 1.5}


@dataclass(frozen=True)
class Styles:
    title: TextStyle
    subtitle: TextStyle
    h1: TextStyle
    h2: TextStyle
    body: TextStyle
    term: TextStyle
    item: TextStyle
    meta: TextStyle
    cell: TextStyle
    cell_head: TextStyle
    footer: TextStyle


def styles(lang: str, large_print: bool, also: str | None = None) -> Styles:
    """Type sizes for a language (and ``also`` a second one, beside it); large print sets body text
    at 16 pt and lets it reflow."""
    factor = max(_LEADING.get(lang, 1.4), _LEADING.get(also or lang, 1.4))

    def style(size: float, **kw: Any) -> TextStyle:
        return TextStyle(size=size, leading=round(size * factor, 1), color=kw.pop("color", INK), **kw)

    body = 16.0 if large_print else 11.0
    return Styles(
        title=style(body * (2.0 if large_print else 2.4), bold=True, color=ACCENT, space_after=body),
        subtitle=style(body * 1.35, color=MUTED, space_after=body * 1.5),
        h1=style(
            body * 1.65, bold=True, color=ACCENT, space_before=body * 1.4, space_after=body * 0.5, keep_with_next=True
        ),
        h2=style(body * 1.25, bold=True, space_before=body * 0.9, space_after=body * 0.3, keep_with_next=True),
        body=style(body, space_after=body * 0.6),
        term=style(body, bold=True, space_before=body * 0.5, keep_with_next=True),
        item=style(body, indent=body * 1.4, space_after=body * 0.3),
        meta=style(body if large_print else body * 0.9, color=MUTED, space_after=body * 0.3),
        cell=style(body if large_print else body * 0.9),
        cell_head=style(body if large_print else body * 0.9, bold=True),
        footer=style(12.0 if large_print else 8.5, color=MUTED),
    )


@dataclass(frozen=True)
class PageFurniture:
    """What every page shows besides the body: the footer lines and the page number."""

    footer: str  # "Talk with your care team ... · Last reviewed 2026-11-26"
    page_label: str  # "Page"
    #: further footer paragraphs (the care-team line in a second language, the clinic's name), each
    #: with the typesetter of its language (None: the handout's)
    more: tuple[tuple[str, Typesetter | None], ...] = ()
    #: a row of (text, is a number) pieces: the clinic's numbers, each number set left to right
    numbers: tuple[tuple[str, bool], ...] = ()


class HandoutDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages: ``cover`` and ``body`` upright, ``wide`` on its side (for a wide comparison table)."""

    def __init__(self, out: BytesIO, setter: Typesetter, style: Styles, furniture: PageFurniture, **meta: Any):
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER_GAP,
            pageCompression=1,
            initialFontName=setter.fonts.rl(0).regular,
            **meta,
        )
        self.setter = setter
        self.style = style
        self.furniture = furniture
        footer_room = self._footer_height()
        self.bottomMargin = MARGIN + footer_room
        upright = self._template("body", A4, footer_room)
        cover = self._template("cover", A4, footer_room)
        wide = self._template("wide", landscape(A4), footer_room)
        self.addPageTemplates([cover, upright, wide])

    def _footer_height(self) -> float:
        lines = self._footer_lines(A4[0] - 2 * MARGIN)
        return footer_zone(self.style, len(lines)) + FOOTER_GAP / 2

    def _template(self, name: str, size: tuple[float, float], footer_room: float) -> PageTemplate:
        width, height = size
        frame = Frame(
            MARGIN,
            MARGIN + footer_room,
            width - 2 * MARGIN,
            height - 2 * MARGIN - footer_room,
            id=f"{name}-frame",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=self._furnish)

    def _footer_lines(self, width: float) -> list[tuple[Any, Typesetter] | list[tuple[Any, float]]]:
        """Each footer row: a laid-out line and its typesetter, or a row of placed number pieces."""
        number_room = self.style.footer.size * 8
        style = self.style.footer
        rows: list[tuple[Any, Typesetter] | list[tuple[Any, float]]] = []
        for text, setter in ((self.furniture.footer, None), *self.furniture.more):
            setter = setter or self.setter
            rows += [(line, setter) for line in setter.lines([(text, False)], style, width - number_room)]
        if self.furniture.numbers:
            rows.append(place_segments(self.setter, self.furniture.numbers, style))
        return rows

    def _furnish(self, canv: Any, doc: Any) -> None:
        width = canv._pagesize[0]
        style = self.style.footer
        rows = self._footer_lines(width - 2 * MARGIN)
        line_y = footer_zone(self.style, len(rows))
        top = line_y - FOOTER_GAP / 2
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, line_y, width - MARGIN, line_y)
        canv.restoreState()
        for i, row in enumerate(rows):
            baseline = top - i * style.leading - baseline_offset(style)
            if isinstance(row, list):  # pieces placed from the start side
                for line, offset in row:
                    x = width - MARGIN - offset - line.width if self.setter.rtl else MARGIN + offset
                    draw_line(canv, line, x, baseline, style)
                continue
            line, setter = row
            x = setter.line_x(line, MARGIN, width - 2 * MARGIN, "start")
            draw_line(canv, line, x, baseline, style)
        label = page_number(self.furniture.page_label, canv.getPageNumber())
        number = self.setter.lines([(label, False)], style, width)
        if number:
            baseline = top - baseline_offset(style)
            x = self.setter.line_x(number[0], MARGIN, width - 2 * MARGIN, "end")
            draw_line(canv, number[0], x, baseline, style)


def place_segments(
    setter: Typesetter, segments: Sequence[tuple[str, bool]], style: TextStyle
) -> list[tuple[Line, float]]:
    """Each segment laid out as one line in its own direction (numbers left to right), with its
    offset from the start of the row, in reading order; draw from the start side (the right edge in
    a right-to-left handout)."""
    placed: list[tuple[Line, float]] = []
    offset = 0.0
    for words, number in segments:
        lines = setter.lines([(words, False)], style, 10_000.0, rtl=False if number else None)
        if lines:
            placed.append((lines[0], offset))
            offset += lines[0].width
        offset += style.size * 0.3  # a space between pieces (laid out alone, a piece loses its spaces)
    return placed


def footer_zone(style: Styles, lines: int = 2) -> float:
    """Height from the bottom of the page to the footer's rule: nothing of the body goes below it.
    Room for two footer lines is always kept, so the body ends at the same height on every page."""
    return MARGIN + max(lines, 2) * style.footer.leading + FOOTER_GAP / 2


def rule(color: Any = RULE, thickness: float = 0.8, space: float = 6.0) -> Flowable:
    return HRFlowable(width="100%", thickness=thickness, color=color, spaceBefore=space, spaceAfter=space)


@dataclass(frozen=True)
class TableText:
    """A comparison's words in one language: its treatments' names, its rows (label, one value per
    treatment), whether each treatment's text runs right to left, and whether the labels do."""

    setter: Typesetter
    names: Sequence[str]
    rows: Sequence[tuple[str, Sequence[str]]]
    directions: Sequence[bool]
    rtl: bool


def compare_table(setter: Typesetter, style: Styles, texts: Sequence[TableText], width: float) -> Table:
    """The comparison grid: one column per treatment, the same rows for each, the header repeated on
    each page, tall rows split between pages. Right-to-left handouts mirror the column order. With
    two ``texts`` (a bilingual handout) each cell holds its text and, under it, the translation."""
    pad = 5.0

    def cell(parts: Sequence[tuple[TableText, str, TextStyle, bool]]) -> list[Flowable]:
        return [text.setter.block(words, cell_style, rtl=rtl) for text, words, cell_style, rtl in parts if words]

    first = texts[0]
    head = [
        cell([]),
        *(cell([(t, t.names[i], style.cell_head, t.directions[i]) for t in texts]) for i in range(len(first.names))),
    ]
    body = [
        [
            cell([(t, t.rows[r][0], style.cell_head, t.rtl) for t in texts]),
            *(
                cell([(t, t.rows[r][1][i], style.cell, t.directions[i]) for t in texts])
                for i in range(len(first.names))
            ),
        ]
        for r in range(len(first.rows))
    ]
    data = [head, *body]
    widths = table_columns(len(first.names), width)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    label_col = 0
    if setter.rtl:
        data = [row[::-1] for row in data]
        widths = widths[::-1]
        label_col = len(widths) - 1
    commands.append(("BACKGROUND", (label_col, 1), (label_col, -1), LABEL_FILL))
    table = Table(
        data,
        colWidths=widths,
        repeatRows=1,
        splitByRow=1,
        splitInRow=style.cell.leading * 2 + 2 * pad,
        style=TableStyle(commands),
        hAlign="RIGHT" if setter.rtl else "LEFT",
    )
    return table


def table_columns(count: int, width: float) -> list[float]:
    """The widths of the comparison's columns, left to right as in English: the row labels, then
    ``count`` treatments (a right-to-left handout shows them mirrored)."""
    label = width * (0.24 if count <= 2 else 0.16)
    return [label, *([(width - label) / count] * count)]


def body_width(landscape_page: bool = False) -> float:
    """The width of the body frame on an upright (or, with ``landscape_page``, a sideways) page."""
    size = landscape(A4) if landscape_page else A4
    return float(size[0]) - 2 * MARGIN
