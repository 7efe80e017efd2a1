"""Text layout for the PDF handouts: font runs, bidirectional order, shaping and line breaking.

A paragraph (a list of spans, some bold) becomes lines of *pieces*, each one font at one
bidirectional level, in visual order, ready to draw:

1. the text is split into runs of one font, taken from the language's font chain
   (``handbook.fonts``): a letter takes the first face that has it, punctuation, digits and spaces
   stay with their neighbour's face when it has them (so "(Xgeva)" inside Arabic text is one Noto
   Sans run, and "3" stays with the Arabic face);
2. the Unicode bidirectional algorithm (python-bidi) gives each character its level in logical order;
   in right-to-left text, runs of digits and separators (phone numbers, dates, ``3-4``) are laid
   out as left-to-right isolates (``handbook.rtl``), so they keep their order; no isolate
   character is drawn, so the PDF's text stays the plain text;
3. the text is cut into unbreakable *atoms* at break opportunities: after spaces, and between
   Chinese, Japanese or Korean characters, but never before closing punctuation (，。、）」 ...) or
   after opening punctuation;
4. atoms fill lines greedily (a word longer than a line is cut between characters);
5. each line is reordered for display (rule L2 of the bidi algorithm); inside right-to-left text
   every piece is shaped by HarfBuzz, which joins Arabic letters and mirrors brackets, and
   left-to-right runs there (Latin words, numbers) are marked for text extraction.

Drawing runs one by one puts each glyph where it belongs, and the ``/ToUnicode`` maps of
``pdf_fonts`` make each run extract as its logical text; PDF text extractors such as poppler's
then restore logical order for right-to-left lines.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase.pdfmetrics import stringWidth

from handbook.fonts import FontFace, chain, face_cmap
from handbook.pdf.fonts import RLFace, rl_face, shape
from handbook.rtl import ISOLATE_CONTROLS, has_rtl, number_runs

#: Explicit embeddings and isolates are not drawn: number runs are isolated by the layout itself.
_REMOVED: Final = frozenset(bidi_algorithm.X9_REMOVED)
_NEUTRAL: Final = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: a neutral (ON) in the bidi algorithm
_CLOSING: Final = frozenset("，。、．：；！？）」』】〕〉》〗〙〛｝］’”〃々〜ー・…‥ゝゞヽヾｰ｡､!),.:;?]}%»›،؛؟")
_OPENING: Final = frozenset("（「『【〔〈《〖〘〚｛［‘“([{«‹")
_GLUE_SPACES: Final = frozenset("\u00a0\u202f\u2007")
_EPSILON: Final = 0.01

Span = tuple[str, bool]  # (text, bold)


def is_ideographic(char: str) -> bool:
    """Chinese, Japanese kana, Korean Hangul and their punctuation: a line may break before or
    after such a character (closing and opening punctuation aside)."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x30FF
        or 0x3100 <= code <= 0x31FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0x1100 <= code <= 0x11FF
        or 0x3130 <= code <= 0x318F
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def _is_space(char: str) -> bool:
    return char.isspace() and char not in _GLUE_SPACES


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character (even: left to right, odd: right to left).

    Each number run of ``handbook.rtl.number_runs`` is a left-to-right isolate: in the sentence it
    counts as one neutral character (rules X5a-X6a, BD13), and inside it is at the least even
    level above the paragraph's, where digits and separators read left to right.
    """
    if not rtl and not has_rtl(text):
        return [0] * len(text)
    runs = number_runs(text, rtl)
    if not runs:
        return _levels(text, rtl)
    masked = list(text)
    for start, end in runs:
        masked[start:end] = _NEUTRAL * (end - start)
    levels = _levels("".join(masked), rtl)
    isolate = 2  # the least even level above the paragraph's (0 or 1)
    for start, end in runs:
        levels[start:end] = [isolate] * (end - start)
    return levels


def _levels(text: str, rtl: bool) -> list[int]:
    storage: dict[str, Any] = bidi_algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    bidi_algorithm.get_embedding_levels(text, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    return [int(ch["level"]) for ch in storage["chars"]]


class FontChain:
    """A language's font chain registered with ReportLab, with a per-character choice of face."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.faces: tuple[FontFace, ...] = tuple(chain(lang))
        self._rl: dict[int, RLFace] = {}
        self._first: dict[str, int] = {}

    def rl(self, index: int) -> RLFace:
        found = self._rl.get(index)
        if found is None:
            found = self._rl[index] = rl_face(self.faces[index])
        return found

    def first(self, char: str) -> int:
        """The first face that has ``char`` (the primary face if none has it)."""
        found = self._first.get(char)
        if found is None:
            code = ord(char)
            found = next((i for i, face in enumerate(self.faces) if code in face_cmap(face)), 0)
            self._first[char] = found
        return found

    def has(self, index: int, char: str) -> bool:
        return ord(char) in face_cmap(self.faces[index])

    def assign(self, text: str) -> list[int]:
        """The face index of each character of ``text``."""
        strong = [unicodedata.category(c)[0] == "L" for c in text]
        fonts = [self.first(c) if s else -1 for c, s in zip(text, strong, strict=True)]
        next_strong = -1
        following = [0] * len(text)
        for i in range(len(text) - 1, -1, -1):
            following[i] = next_strong
            if strong[i]:
                next_strong = fonts[i]
        previous = -1
        for i, char in enumerate(text):
            if fonts[i] < 0:
                if previous >= 0 and self.has(previous, char):
                    fonts[i] = previous
                elif following[i] >= 0 and self.has(following[i], char):
                    fonts[i] = following[i]
                else:
                    fonts[i] = self.first(char)
            previous = fonts[i]
        return fonts


@dataclass
class Piece:
    """Text of one face, weight and bidi level: the unit that is measured and drawn."""

    text: str  # logical order
    face: int  # index in the font chain
    bold: bool
    font: str  # ReportLab font name
    level: int
    width: float
    glyphs: str  # what to draw, in visual order (a ReportLab ShapedStr for shaped text)
    fake_bold: bool = False


@dataclass
class Atom:
    pieces: list[Piece]
    width: float
    space: bool
    breakable: bool  # a line may break before this atom


@dataclass
class Line:
    pieces: list[Piece]  # visual order
    width: float


def _breakable(prev: str, char: str) -> bool:
    """Whether a line may break between two non-space characters."""
    if char in _CLOSING or prev in _OPENING:
        return False
    return is_ideographic(prev) or is_ideographic(char)


def join_spans(spans: Sequence[Span]) -> tuple[str, list[bool]]:
    """The paragraph's text (NFC, single spaces, no embedding or isolate controls) and which
    characters are bold."""
    chars: list[str] = []
    bold: list[bool] = []
    for text, is_bold in spans:
        for char in unicodedata.normalize("NFC", text):
            if char in ISOLATE_CONTROLS or bidi_algorithm.bidirectional(char) in _REMOVED:
                continue
            if _is_space(char):
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            bold.append(is_bold)
    while chars and chars[-1] == " ":
        chars.pop()
        bold.pop()
    return "".join(chars), bold


class Shaper:
    """Turns the spans of a paragraph into atoms, for one language and size."""

    def __init__(self, fonts: FontChain, size: float) -> None:
        self.fonts = fonts
        self.size = size

    def piece(self, text: str, face: int, bold: bool, level: int) -> Piece:
        rl = self.fonts.rl(face)
        name = rl.name(bold)
        if level:  # inside right-to-left text: shaped, and marked for text extraction
            glyphs, advance = shape(name, text, rtl=bool(level % 2))
            width = advance * self.size / 1000
        else:
            glyphs, width = text, stringWidth(text, name, self.size)
        return Piece(text, face, bold, name, level, width, glyphs, fake_bold=bold and rl.fake_bold)

    def atoms(self, spans: Sequence[Span], rtl: bool) -> list[Atom]:
        """``rtl``: the paragraph's base direction."""
        text, bold = join_spans(spans)
        fonts = self.fonts.assign(text)
        levels = bidi_levels(text, rtl)
        atoms: list[Atom] = []
        start = 0
        for i in range(1, len(text) + 1):
            if i < len(text):
                prev, char = text[i - 1], text[i]
                cut = _is_space(prev) != _is_space(char) or (not _is_space(char) and _breakable(prev, char))
                if not cut:
                    continue
            atoms.append(self._atom(text, start, i, fonts, levels, bold))
            start = i
        return atoms

    def _atom(self, text: str, start: int, end: int, fonts: list[int], levels: list[int], bold: list[bool]) -> Atom:
        pieces: list[Piece] = []
        run = start
        for i in range(start + 1, end + 1):
            if i == end or (fonts[i], levels[i], bold[i]) != (fonts[run], levels[run], bold[run]):
                pieces.append(self.piece(text[run:i], fonts[run], bold[run], levels[run]))
                run = i
        first = text[start]
        space = _is_space(first)
        breakable = (
            start > 0
            and not space
            and first not in _CLOSING
            and (_is_space(text[start - 1]) or _breakable(text[start - 1], first))
        )
        return Atom(pieces, sum(p.width for p in pieces), space, breakable)

    def split_chars(self, atom: Atom) -> list[Atom]:
        """An atom too wide for a line, cut between characters (still never before closing or
        after opening punctuation)."""
        out: list[Atom] = []
        prev = ""
        for piece in atom.pieces:
            for char in piece.text:
                one = self.piece(char, piece.face, piece.bold, piece.level)
                breakable = atom.breakable if not out else char not in _CLOSING and prev not in _OPENING
                out.append(Atom([one], one.width, False, breakable))
                prev = char
        return out


def fill(atoms: list[Atom], width: float, shaper: Shaper) -> list[list[Atom]]:
    """Greedy line filling: each line holds as many atoms as fit in ``width``."""
    expanded: list[Atom] = []
    for atom in atoms:
        expanded.extend(shaper.split_chars(atom) if not atom.space and atom.width > width else [atom])
    lines: list[list[Atom]] = []
    current: list[Atom] = []
    used = 0.0  # width of ``current`` including any trailing spaces
    for atom in expanded:
        if atom.space:
            if current:
                current.append(atom)
                used += atom.width
            continue
        if current and used + atom.width > width + _EPSILON:
            cut = len(current) if atom.breakable else _last_break(current)
            if cut > 0:
                lines.append(current[:cut])
                current = _strip_leading(current[cut:])
                used = sum(a.width for a in current)
        current.append(atom)
        used += atom.width
    if current:
        lines.append(current)
    return [_strip_trailing(line) for line in lines]


def _last_break(atoms: list[Atom]) -> int:
    for i in range(len(atoms) - 1, 0, -1):
        if atoms[i].breakable:
            return i
    return 0


def _strip_leading(atoms: list[Atom]) -> list[Atom]:
    i = 0
    while i < len(atoms) and atoms[i].space:
        i += 1
    return atoms[i:]


def _strip_trailing(atoms: list[Atom]) -> list[Atom]:
    end = len(atoms)
    while end and atoms[end - 1].space:
        end -= 1
    return atoms[:end]


def visual_line(atoms: list[Atom]) -> Line:
    """The line's pieces in display order (rule L2), neighbours of one font and level merged."""
    pieces = [piece for atom in atoms for piece in atom.pieces]
    if any(p.level for p in pieces):
        pieces = reorder(pieces)
    merged: list[Piece] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        if last and last.font == piece.font and last.level == piece.level and last.fake_bold == piece.fake_bold:
            text = piece.text + last.text if piece.level % 2 else last.text + piece.text
            merged[-1] = Piece(
                text,
                last.face,
                last.bold,
                last.font,
                last.level,
                last.width + piece.width,
                last.glyphs + piece.glyphs,
                last.fake_bold,
            )
        else:
            merged.append(piece)
    _isolate_ltr_runs(merged)
    return Line(merged, sum(p.width for p in merged))


def _isolate_ltr_runs(pieces: list[Piece]) -> None:
    """Mark each left-to-right run inside right-to-left text for extraction (see ``shape``)."""
    i = 0
    while i < len(pieces):
        if pieces[i].level and not pieces[i].level % 2:
            j = i
            while j + 1 < len(pieces) and pieces[j + 1].level and not pieces[j + 1].level % 2:
                j += 1
            for k in range(i, j + 1):
                piece = pieces[k]
                glyphs, _advance = shape(piece.font, piece.text, rtl=False, isolate=(k == i, k == j))
                pieces[k] = replace(piece, glyphs=glyphs)
            i = j + 1
        else:
            i += 1


def reorder(pieces: list[Piece]) -> list[Piece]:
    """Reverse every maximal run at level >= k, for k from the highest level down to the lowest odd."""
    levels = [p.level for p in pieces]
    lowest_odd = min(levels) | 1
    out = list(pieces)
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(out):
            if out[i].level >= level:
                j = i
                while j < len(out) and out[j].level >= level:
                    j += 1
                out[i:j] = out[i:j][::-1]
                i = j
            else:
                i += 1
    return out


def layout(spans: Sequence[Span], width: float, shaper: Shaper, rtl: bool) -> list[Line]:
    """Lay a paragraph out in lines no wider than ``width`` (points); ``rtl``: its base direction."""
    return [visual_line(line) for line in fill(shaper.atoms(spans, rtl), width, shaper) if line]
