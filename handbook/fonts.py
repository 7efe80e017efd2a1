"""The bundled fonts and one font chain per language, shared by the Qt layer and the PDF handouts.

A chain lists the faces to try in order for each character: the language's own face first, then
the other bundled faces as fallbacks, so a Latin brand name inside Arabic text or a stray Chinese
character in English still has a glyph. No Qt here: the GUI registers ``FontFace.regular`` and
``FontFace.bold`` with ``QFontDatabase`` and uses the family names as its fallback list; ReportLab
registers the same files (``handbook.pdf.fonts``).
"""

from __future__ import annotations

import logging
import unicodedata
from functools import cache
from pathlib import Path
from typing import Final

from handbook.i18n import check_language
from handbook.records import record
from handbook.resources import fonts_dir

log = logging.getLogger(__name__)


@record
class FontFace:
    """One bundled font family: ``family`` is the family name inside the font files."""

    key: str  # a short name, also the ReportLab font name of the regular face
    family: str
    regular: Path
    bold: Path | None = None  # None: no bold file (draw bold by stroking the regular face)
    subfont_index: int = 0  # the face inside a TrueType collection (.ttc)

    @property
    def files(self) -> tuple[Path, ...]:
        return (self.regular,) if self.bold is None else (self.regular, self.bold)


def _face(key: str, family: str, regular: str, bold: str | None = None, index: int = 0) -> FontFace:
    folder = fonts_dir()
    return FontFace(key, family, folder / regular, folder / bold if bold else None, index)


@cache
def faces() -> dict[str, FontFace]:
    """Every bundled face by key."""
    found = (
        _face("NotoSans", "Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        _face("NotoNaskhArabic", "Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
        _face("WenQuanYiMicroHei", "WenQuanYi Micro Hei", "wqy-microhei.ttf"),
    )
    return {face.key: face for face in found}


#: The faces each language tries first; every other bundled face follows as a fallback.
_PRIMARY: Final = {
    "en": ("NotoSans",),
    "es": ("NotoSans",),
    "vi": ("NotoSans",),
    "ar": ("NotoNaskhArabic", "NotoSans"),
    "zh": ("WenQuanYiMicroHei", "NotoSans"),
    "ko": ("WenQuanYiMicroHei", "NotoSans"),
}
_FALLBACK_ORDER: Final = ("NotoSans", "NotoNaskhArabic", "WenQuanYiMicroHei")


def chain(lang: str) -> list[FontFace]:
    """The faces to try, in order, for text in ``lang``."""
    return list(_chain(check_language(lang)))


@cache
def _chain(lang: str) -> tuple[FontFace, ...]:
    primary = _PRIMARY.get(lang, ("NotoSans",))
    keys = [*primary, *(key for key in _FALLBACK_ORDER if key not in primary)]
    table = faces()
    return tuple(table[key] for key in keys)


def families(lang: str) -> list[str]:
    """The family names of ``chain(lang)``, for a Qt font's family list."""
    return [face.family for face in chain(lang)]


@cache
def cmap(path: Path, subfont_index: int = 0) -> frozenset[int]:
    """The code points a font file maps to a glyph (read once per process)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    font = TTFontFile(str(path), subfontIndex=subfont_index)
    log.debug("read the cmap of %s (%d code points)", path.name, len(font.charToGlyph))
    return frozenset(code for code, glyph in font.charToGlyph.items() if glyph)


def face_cmap(face: FontFace) -> frozenset[int]:
    return cmap(face.regular, face.subfont_index)


def needs_glyph(char: str) -> bool:
    """Whether ``char`` is drawn with a glyph (not whitespace, a control or a format character)."""
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf")


def face_for(lang: str, char: str) -> FontFace | None:
    """The first face of ``lang``'s chain that has a glyph for ``char``, or None."""
    code = ord(char)
    for face in _chain(check_language(lang)):
        if code in face_cmap(face):
            return face
    return None


def covers(lang: str, text: str) -> set[str]:
    """The characters of ``text`` that no face of ``lang``'s chain can draw (empty: all covered)."""
    missing = set()
    for char in set(text):
        if needs_glyph(char) and face_for(lang, char) is None:
            missing.add(char)
    return missing
