"""Per-language text normalisation, shared by search (analysis) and ``check`` (numbers and names)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

#: The patterns are compiled on first use: the app's start imports this module but normalises
#: nothing, and a character class beyond Latin-1 costs ``re`` a bitmap (some 2 M instructions).
_ARABIC_DIACRITICS: Final = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]"
_ARABIC_MAP: Final = str.maketrans(
    {
        "\u0640": None,  # tatweel
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
    }
)
_DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER: Final = r"\d+"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Eastern Arabic-Indic digits become 0-9."""
    return text.translate(_DIGITS)


def normalize_arabic(text: str) -> str:
    """Remove diacritics and tatweel; unify alef/hamza forms, alef maqsura and taa marbuta."""
    return _compiled(_ARABIC_DIACRITICS).sub("", text).translate(_ARABIC_MAP)


def fold_accents(text: str) -> str:
    """``metástasis`` -> ``metastasis``, ``hoại tử`` -> ``hoai tu``, ``đau`` -> ``dau``.

    Only Latin letters lose their marks: Korean syllables and Arabic letters stay whole.
    """
    out = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            continue
        out.append(char)
    folded = unicodedata.normalize("NFC", "".join(out))
    return folded.replace("đ", "d").replace("Đ", "D")


def _is_latin_or_common(char: str) -> bool:
    return ord(char) < 0x0250 or 0x1E00 <= ord(char) <= 0x1EFF


def normalize(text: str, lang: str | None = None) -> str:
    """The form both the index and a query are reduced to before tokenising."""
    text = unicodedata.normalize("NFKC", text)
    text = ascii_digits(text).casefold()
    if lang == "ar" or lang is None:
        text = normalize_arabic(text)
    if lang == "ko":
        # Decomposing Hangul would split syllables: fold only the Latin runs.
        return "".join(fold_accents(c) if _is_latin_or_common(c) else c for c in text)
    return fold_accents(text)


def numbers(text: str) -> set[str]:
    """Every run of digits in ``text`` (any digit form), e.g. {'3', '4', '223'}."""
    return set(_compiled(_NUMBER).findall(ascii_digits(unicodedata.normalize("NFKC", text))))


def contains_name(text: str, name: str) -> bool:
    """Whether ``name`` (a Latin drug or brand name) occurs in ``text`` as a whole word."""
    pattern = r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])"
    return re.search(pattern, unicodedata.normalize("NFKC", text), flags=re.IGNORECASE) is not None
