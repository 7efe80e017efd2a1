"""The clinic on paper: its logo, its contacts box, and the numbers line of the page footer.

A phone number is always set left to right in a run of its own, so it reads in the right order on
an Arabic page whatever its spaces, hyphens or brackets.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Table, TableStyle

from handbook.config import Clinic, svg_drawing
from handbook.handout import labelled
from handbook.pdf.flow import TextStyle, Typesetter
from handbook.pdf.layout import ACCENT, LABEL_FILL, Styles

#: The largest a logo is drawn, in points (about 5.6 × 2.1 cm).
LOGO_WIDTH = 160.0
LOGO_HEIGHT = 60.0
_SEPARATOR = " · "

Label = Callable[[str, str], str]  # (ui.yaml key, English default) -> the label in the handout's language


def logo(clinic: Clinic, rtl: bool) -> Flowable | None:
    """The clinic's logo, scaled to fit ``LOGO_WIDTH`` × ``LOGO_HEIGHT``, on the start side."""
    if clinic.logo is None:
        return None
    align = "RIGHT" if rtl else "LEFT"
    if clinic.logo.read_bytes()[:4] != b"\x89PNG":  # checked when the clinic file was read: an SVG
        found = svg_drawing(clinic.logo)
        if found is None or not found.width or not found.height:
            return None
        drawing = copy.deepcopy(found)  # the parsed file is kept for the next handout: scale a copy
        scale = min(LOGO_WIDTH / drawing.width, LOGO_HEIGHT / drawing.height)
        drawing.scale(scale, scale)
        drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        drawing.hAlign = align
        return drawing
    width, height = ImageReader(str(clinic.logo)).getSize()
    scale = min(LOGO_WIDTH / width, LOGO_HEIGHT / height)
    image = Image(str(clinic.logo), width=width * scale, height=height * scale)
    image.hAlign = align
    return image


def contacts_box(setter: Typesetter, style: Styles, clinic: Clinic, label: Label, lang: str, width: float) -> Table:
    """ "Your clinic": its name, address or department, numbers and note, in a framed box."""
    rtl = setter.rtl

    def text(words: str, text_style: TextStyle, ltr: bool = False) -> Any:
        return setter.block(words, text_style, rtl=False if ltr else rtl)

    rows: list[list[Any]] = [[text(label("your_clinic", "Your clinic"), style.cell_head), ""]]
    rows.append([text(clinic.name, style.term), ""])
    if clinic.line:
        rows.append([text(clinic.line, style.cell), ""])
    spans = len(rows)
    for key, number in clinic.numbers():
        name = labelled(label(key, key), "", lang).rstrip()
        rows.append([text(name, style.cell), text(number, style.cell_head, True)])
    note = clinic.note(lang)
    if note:
        rows.append([text(note, style.cell), ""])
    label_width = width * 0.42
    widths = [label_width, width - label_width]
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), LABEL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("SPAN", (0, i), (-1, i)) for i in range(spans)]
    if note:
        commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
    if rtl:  # the label on the right, its number to its left
        rows = [[row[1], row[0]] if row[1] != "" else [row[0], ""] for row in rows]
        widths = widths[::-1]
    table = Table(rows, colWidths=widths, style=TableStyle(commands), hAlign="RIGHT" if rtl else "LEFT")
    table.keepWithNext = False
    return table


def numbers_segments(clinic: Clinic, label: Label, lang: str) -> list[tuple[str, bool]]:
    """The footer's numbers line as (text, is a number) pieces, in reading order."""
    segments: list[tuple[str, bool]] = []
    for key, number in clinic.numbers():
        if segments:
            segments.append((_SEPARATOR, False))
        segments += [(labelled(label(key, key), "", lang), False), (number, True)]
    return segments
