"""Numbers that keep their order in right-to-left text (no Qt here: the UI and the PDF both use it).

The Unicode bidirectional algorithm turns European digits that follow an Arabic letter into
"Arabic numbers", and a hyphen (or an en dash) between two of those is neutral, so it takes the
direction of the Arabic text around it: ``اتصل بالرقم 1-800-227-2345`` shows its digit groups
right to left, as 2345-227-800-1, and an ISO date 2026-11-26 as 26-11-2026. A colon, a full stop,
a comma or a slash between digits is a "common separator" and keeps them together (``24/7``
already shows as it is written), but nothing is lost by isolating those runs too.

The cure is a *left-to-right isolate* around each run of digits joined by separators: the run is
laid out on its own, left to right, and counts as one neutral character in the sentence around
it. It is applied where text is laid out, never typed into content:

- :func:`isolate_numbers` wraps each run in U+2066 LEFT-TO-RIGHT ISOLATE ... U+2069 POP
  DIRECTIONAL ISOLATE, for Qt (which implements isolates);
- :func:`number_runs` gives the runs' positions, for the PDF text pipeline, which lays them out as
  isolates without putting any character into the PDF (so extracted text is the plain text);
- :func:`strip_isolates` takes the marks out again (copying, searching).

Only text that is, or sits in, right-to-left text is touched: a left-to-right paragraph without
right-to-left letters is returned unchanged.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

LRI: Final = "\u2066"  # LEFT-TO-RIGHT ISOLATE
RLI: Final = "\u2067"  # RIGHT-TO-LEFT ISOLATE
FSI: Final = "\u2068"  # FIRST STRONG ISOLATE
PDI: Final = "\u2069"  # POP DIRECTIONAL ISOLATE
ISOLATE_CONTROLS: Final = frozenset((LRI, RLI, FSI, PDI))

#: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, ..., and their presentation forms (compiled on
#: first use: its class costs ``re`` a bitmap, some 2.5 M instructions at start, and a text with no
#: character from U+0590 on, as every text of an English or Spanish start, has no right-to-left letter).
_RTL_LETTER: Final = "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
#: the first character of the class above
_FIRST_RTL: Final = "\u0590"

#: Digits (any script's) joined by separators that the bidi algorithm would let come apart:
#: hyphens and dashes (phone numbers, ISO dates, ranges "3-4"), slash, colon, full stop and comma,
#: optionally with a leading plus sign (+1-800-...). A lone number needs no isolate.
#: (Compiled on first use: a left-to-right start never needs it, and its class of dashes costs ``re``
#: a bitmap, some 1.6 M instructions.)
_NUMBER_RUN: Final = r"(?<![\d+])\+?\d+(?:[-\u2010\u2011\u2012\u2013\u2014\u2212/:.,]\d+)+"
_STRIP: Final = str.maketrans(dict.fromkeys(map(ord, ISOLATE_CONTROLS)))
_ANY_ISOLATES: Final = f"[{LRI}-{PDI}]*"


@cache
def _number_run() -> re.Pattern[str]:
    return re.compile(_NUMBER_RUN)


@cache
def _rtl_letter() -> re.Pattern[str]:
    return re.compile(_RTL_LETTER)


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a right-to-left letter (Arabic, Hebrew, ...)."""
    if not text or max(text) < _FIRST_RTL:
        return False
    return _rtl_letter().search(text) is not None


def needs_isolation(text: str, rtl: bool = False) -> bool:
    """Whether number runs in ``text`` must be isolated: it is laid out right to left (``rtl``)
    or it has right-to-left letters of its own."""
    return rtl or has_rtl(text)


def number_runs(text: str, rtl: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of digits and separators to lay out as a left-to-right
    isolate; none when ``text`` is wholly left to right (see :func:`needs_isolation`)."""
    if not needs_isolation(text, rtl):
        return []
    return [match.span() for match in _number_run().finditer(text)]


def isolate_numbers(text: str, rtl: bool = False, transparent: str = "") -> str:
    """``text`` with each number run between U+2066 and U+2069 (see the module's notes).

    ``rtl``: the text is laid out in a right-to-left paragraph even if it has no Arabic letter of
    its own (a piece of a sentence between two links). ``transparent``: a marker that may sit
    inside a run without breaking it (a search snippet's ``**`` around a match); the isolate then
    encloses the markers. A run already isolated gets no second isolate.
    """
    plain, where = _without(text, transparent)
    runs = number_runs(plain, rtl)
    if not runs:
        return text
    out: list[str] = []
    last = 0
    for start, end in runs:
        first, after = where[start], where[end - 1] + 1
        if text[first - 1 : first] == LRI and text[after : after + 1] == PDI:
            continue
        out += [text[last:first], LRI, text[first:after], PDI]
        last = after
    out.append(text[last:])
    return "".join(out)


def _without(text: str, marker: str) -> tuple[str, list[int]]:
    """``text`` without ``marker``, and where each of its characters is in ``text``."""
    if not marker or marker not in text:
        return text, list(range(len(text)))
    plain: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(text):
        if text.startswith(marker, i):
            i += len(marker)
            continue
        plain.append(text[i])
        where.append(i)
        i += 1
    return "".join(plain), where


def strip_isolates(text: str) -> str:
    """``text`` without isolate marks (U+2066..U+2069): what is copied, searched or spoken."""
    return text.translate(_STRIP)


def tolerant_pattern(text: str) -> str:
    """A regular expression (Python ``re`` and PCRE alike) that finds ``text`` in laid-out text
    whatever isolate marks sit between its characters (find in page over isolated numbers)."""
    chars = strip_isolates(text)
    return _ANY_ISOLATES.join(re.escape(c) for c in chars)
