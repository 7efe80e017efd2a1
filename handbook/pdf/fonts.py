"""The bundled fonts inside ReportLab: registered once per process, shaped with HarfBuzz where needed.

ReportLab embeds a subset of each TrueType font and writes a ``/ToUnicode`` map from each glyph code
to the text it stands for, which is what a PDF reader copies or extracts. For shaped text (Arabic
contextual forms, ligatures, mirrored brackets) a glyph may have no character of its own, or only a
presentation-form character; ``HandoutFont`` gives every such glyph a private code whose
``/ToUnicode`` entry is the plain text it was shaped from, so extraction yields ordinary letters.
"""

from __future__ import annotations

import itertools
import logging
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont

from handbook.fonts import FontFace, faces

log = logging.getLogger(__name__)

#: Private codes for shaped glyphs come from Supplementary Private Use Area-A, never used in content.
_PRIVATE_FIRST = 0xF0000
_PRIVATE_LAST = 0xFFFFD
_LOCK = threading.RLock()


def to_unicode_cmap(fontname: str, texts: Sequence[str]) -> str:
    """A ``/ToUnicode`` CMap mapping code ``i`` to ``texts[i]`` (any length, any plane, or none)."""

    def utf16(text: str) -> str:
        # An empty destination: a glyph whose text went to its neighbour (see ``glyph_texts``).
        return text.encode("utf-16-be").hex().upper()

    entries = [f"<{i:02X}> <{utf16(text)}>" for i, text in enumerate(texts)]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(texts) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block (PDF spec)
        chunk = entries[start : start + 100]
        lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class HandoutFont(TTFont):  # type: ignore[misc]
    """A ReportLab TrueType font whose shaped glyphs extract as the text they were shaped from."""

    def __init__(self, name: str, filename: str, subfont_index: int = 0) -> None:
        super().__init__(name, filename, subfontIndex=subfont_index, shapable=True)
        self.subfont_index = subfont_index
        self.private_text: dict[int, str] = {}
        self._private_codes: dict[tuple[int, str], int] = {}
        self._next_private = _PRIVATE_FIRST
        self._hb_font: Any = None

    @property
    def hb_font(self) -> Any:
        """A HarfBuzz font at the font's own units (positions in units per em)."""
        if self._hb_font is None:
            self._hb_font = hb.Font(hb.Face(hb.Blob(self.face._ttf_data), self.subfont_index))
        return self._hb_font

    def code_for(self, glyph: int, text: str) -> int:
        """The code to draw ``glyph`` with so that it extracts as ``text``."""
        face = self.face
        if len(text) == 1 and face.charToGlyph.get(ord(text)) == glyph:
            return ord(text)
        key = (glyph, text)
        code = self._private_codes.get(key)
        if code is None:
            code = self._next_private
            if code > _PRIVATE_LAST:
                raise RuntimeError(f"too many shaped glyphs in {self.fontName}")
            self._next_private += 1
            self._private_codes[key] = code
            self.private_text[code] = text
            face.charToGlyph[code] = glyph
            face.glyphToChar.setdefault(glyph, []).append(code)
            face.charWidths[code] = face._pdfScale(face.hmetrics[glyph][0])
        return code

    def addObjects(self, doc: Any) -> None:
        """ReportLab's ``TTFont.addObjects`` with a ``/ToUnicode`` map that knows shaped glyphs."""
        state = self._assignState(doc)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap_stream = pdfdoc.PDFStream()
            cmap_stream.content = to_unicode_cmap(base_name, [self._text_of(code) for code in subset])
            if doc.compression:
                cmap_stream.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap_stream, "toUnicodeCMap:" + base_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]

    def _text_of(self, code: int) -> str:
        found = self.private_text.get(code)
        return chr(code) if found is None else found


@dataclass(frozen=True)
class RLFace:
    """A bundled face as registered with ReportLab."""

    face: FontFace
    regular: str  # ReportLab font names
    bold: str
    fake_bold: bool  # no bold file: bold is drawn by also stroking the outline

    def name(self, bold: bool) -> str:
        return self.bold if bold else self.regular


@cache
def _register(key: str) -> RLFace:
    face = faces()[key]
    regular = face.key
    pdfmetrics.registerFont(HandoutFont(regular, str(face.regular), face.subfont_index))
    if face.bold is not None:
        bold = f"{face.key}-Bold"
        pdfmetrics.registerFont(HandoutFont(bold, str(face.bold), face.subfont_index))
    else:
        bold = regular
    log.debug("registered %s with ReportLab", face.family)
    return RLFace(face, regular, bold, face.bold is None)


def rl_face(face: FontFace) -> RLFace:
    """Register ``face`` with ReportLab (once per process) and return its names."""
    with _LOCK:
        return _register(face.key)


def handout_font(name: str) -> HandoutFont:
    font = pdfmetrics.getFont(name)
    assert isinstance(font, HandoutFont)
    return font


def export_lock() -> threading.RLock:
    """ReportLab fonts keep per-document state: one handout is built at a time per process."""
    return _LOCK


_shape_cache: dict[tuple[str, str, bool, tuple[bool, bool]], tuple[ShapedStr, float]] = {}


def glyph_texts(text: str, clusters: Sequence[int], advances: Sequence[int], rtl: bool) -> list[str]:
    """The text each glyph stands for, for the ``/ToUnicode`` map.

    A cluster's text goes to its first glyph in logical order; a cluster's further glyphs (rare)
    stand for no text at all (an empty ``/ToUnicode`` entry). The text of a glyph without advance
    (a vowel mark; the alef that Naskh tucks under a lam in the lam-alef ligature) goes with the
    letter before it, and its own glyph stands for no text either: it sits inside that letter,
    where poppler would otherwise start a new word. (Such glyphs once stood for U+0000, which
    poppler skips but pdfminer, pypdf and copy and paste keep: NULs in the middle of words.)
    Extractors (poppler, PDFium) turn a right-to-left run into logical order by reversing its
    characters in position order, the characters of one glyph included, so a right-to-left glyph
    standing for several characters lists them reversed.
    Right-to-left punctuation also carries a right-to-left mark (``_mark_rtl``).
    """
    end_of = dict(itertools.pairwise([*sorted(set(clusters)), len(text)]))
    order = range(len(clusters) - 1, -1, -1) if rtl else range(len(clusters))
    texts = [""] * len(clusters)
    seen: set[int] = set()
    base = -1  # the glyph of the last base letter, in logical order
    for i in order:
        cluster = clusters[i]
        piece = text[cluster : end_of[cluster]] if cluster not in seen else ""
        seen.add(cluster)
        if advances[i] == 0 and base >= 0:
            texts[base] += piece
            texts[i] = ""
        else:
            texts[i] = piece
            base = i
    if rtl:
        texts = [_mark_rtl(t)[::-1] for t in texts]
    return texts


def _mark_rtl(text: str) -> str:
    """Punctuation drawn right to left extracts between right-to-left marks: extractors that guess
    direction per character (poppler) would otherwise attach it to a neighbouring Latin word or
    number, or treat it as the start of a left-to-right run."""
    if not text.strip():
        return text
    if any(unicodedata.bidirectional(c) in ("R", "AL", "L") for c in text):
        return text
    return f"\u200f{text}\u200f"


def shape(font_name: str, text: str, rtl: bool, isolate: tuple[bool, bool] = (False, False)) -> tuple[ShapedStr, float]:
    """Shape ``text`` with HarfBuzz: glyphs in visual (left to right) order, and the advance in
    thousandths of the font size. Right-to-left runs come out reversed, mirrored and joined.

    ``isolate`` (start, end): a left-to-right run inside right-to-left text (Latin words, a number)
    extracts between right-to-left marks, so that extractors keep it, and only it, as one
    left-to-right run; the run's first piece is marked at its start and its last at its end.
    """
    key = (font_name, text, rtl, isolate)
    found = _shape_cache.get(key)
    if found is not None:
        return found
    font = handout_font(font_name)
    scale = font.face._pdfScale
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font.hb_font, buf, {"kern": True, "liga": True})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    texts = glyph_texts(text, [i.cluster for i in infos], [p.x_advance for p in positions], rtl)
    if isolate[0] and texts:
        texts[0] = "\u200f" + texts[0]
    if isolate[1] and texts:
        texts[-1] = texts[-1] + "\u200f"
    chars, data, advance = [], [], 0.0
    for info, pos, piece in zip(infos, positions, texts, strict=True):
        code = font.code_for(info.codepoint, piece)
        chars.append(chr(code))
        x_advance = scale(pos.x_advance)
        advance += x_advance
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                scale(pos.y_advance),
                scale(pos.x_offset),
                scale(pos.y_offset),
                font.face.charWidths[code],
            )
        )
    result = (ShapedStr("".join(chars), shapeData=data), advance)
    if len(_shape_cache) > 50_000:
        _shape_cache.clear()
    _shape_cache[key] = result
    return result
