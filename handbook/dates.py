"""Dates as each language writes them: one function for every date the handbook shows or prints.

Content keeps dates as ISO data (``reviewed: 2026-11-26``, and "2023-11-22" in running text), so
``check`` compares them across languages like any number. What a reader sees comes from Babel's
CLDR data, each language's long date form:

======  ==========================  ===================================================
en      26 November 2026            CLDR ``en_001`` (international English): day, month, year
es      26 de noviembre de 2026     CLDR ``es``
zh      2026年11月26日               CLDR ``zh``
vi      ngày 26 tháng 11 năm 2026   the form Vietnamese prose and documents use (CLDR's long
                                    form "26 tháng 11, 2026" is a computer's shorthand)
ar      26 نوفمبر 2026               CLDR ``ar``, with the digits the Arabic content uses (0-9)
ko      2026년 11월 26일              CLDR ``ko``
======  ==========================  ===================================================

The UI uses these functions too (not QLocale), so screen and paper always agree.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

from handbook.i18n import check_language

if TYPE_CHECKING:
    import datetime

    from babel import Locale

#: The CLDR locale of each language's dates, and a pattern where CLDR's long form is not the
#: one people write (``None``: CLDR's long form).
DATE_LOCALES: Final = {"en": "en_001", "es": "es", "zh": "zh", "vi": "vi", "ar": "ar", "ko": "ko"}
_PATTERNS: Final[dict[str, str]] = {"vi": "'ngày' d 'tháng' M 'năm' y"}

#: An ISO date in running text (not part of a longer run of digits and hyphens).
_ISO_DATE: Final = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")


# Babel (and its CLDR data) and datetime are imported on the first date to write, not when the app
# starts (its home page shows no date).


@cache
def _locale(lang: str) -> Locale:
    from babel import Locale

    return Locale.parse(DATE_LOCALES[check_language(lang)])


def locale_data_names() -> frozenset[str]:
    """The Babel locale-data files (``<name>.dat``) these dates need: each locale and the locales
    it inherits from, down to ``root``. The app bundle ships these and no others."""
    from babel.core import get_global

    exceptions = get_global("parent_exceptions")
    names = {"root"}
    for name in DATE_LOCALES.values():
        while name != "root":
            names.add(name)
            name = exceptions.get(name) or "_".join(name.split("_")[:-1]) or "root"
    return frozenset(names)


def format_date(value: datetime.date | str, lang: str) -> str:
    """``value`` (a date or an ISO date string) as ``lang`` writes it: ``26 de noviembre de 2026``.

    A string that is not an ISO date is returned as it is (content that ``check`` already
    reports); an unknown language raises ``NotFoundError``.
    """
    import datetime

    if isinstance(value, str):
        try:
            day = datetime.date.fromisoformat(value.strip())
        except ValueError:
            return value
    else:
        day = value
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(day, _PATTERNS.get(lang, "long"), locale=_locale(lang)))


def localize_dates(text: str, lang: str, transparent: str = "") -> str:
    """``text`` with each ISO date in it written as ``lang`` writes dates.

    A date form that begins with a word the text already has just before the date ("vào ngày
    2023-11-22" in Vietnamese) does not repeat it. ``transparent``: a marker that may sit inside
    a date (a search snippet's ``**`` around a match): such a date is shown whole, marked whole.
    """
    if "-" not in text or (not transparent and _ISO_DATE.search(text) is None):
        return text
    marker = transparent if transparent and transparent in text else ""
    plain, inside = _split_marks(text, marker)
    found = [(m.start(), m.end(), format_date(m.group(0), lang)) for m in _ISO_DATE.finditer(plain)]
    found = [(start, end, shown) for start, end, shown in found if shown != plain[start:end]]  # 2023-13-45
    if not found:
        return text
    out: list[str] = []
    last = 0
    for start, end, shown in found:
        out.append(_marked(plain, inside, last, start, marker))
        shown = _without_repeated_word(plain[last:start], shown)
        out.append(f"{marker}{shown}{marker}" if any(inside[start:end]) else shown)
        last = end
    out.append(_marked(plain, inside, last, len(plain), marker))
    return "".join(out)


def _without_repeated_word(before: str, shown: str) -> str:
    """``shown`` less its first word when the text just before the date ends with that word."""
    first, _space, rest = shown.partition(" ")
    if not rest or not before.endswith(" "):
        return shown
    word = before[:-1]
    if word.casefold().endswith(first.casefold()):
        cut = len(word) - len(first)
        if cut == 0 or not word[cut - 1].isalnum():
            return rest
    return shown


def _split_marks(text: str, marker: str) -> tuple[str, list[bool]]:
    """``text`` without ``marker``, and whether each of its characters was between two markers."""
    if not marker:
        return text, [False] * len(text)
    plain: list[str] = []
    inside: list[bool] = []
    for i, piece in enumerate(text.split(marker)):  # odd pieces: between a pair of markers
        plain.append(piece)
        inside += [bool(i % 2)] * len(piece)
    return "".join(plain), inside


def _marked(plain: str, inside: list[bool], start: int, end: int, marker: str) -> str:
    """``plain[start:end]`` with its marked stretches between markers again."""
    if not marker:
        return plain[start:end]
    out: list[str] = []
    for i in range(start, end):
        if inside[i] and (i == start or not inside[i - 1]):
            out.append(marker)
        out.append(plain[i])
        if inside[i] and (i == end - 1 or not inside[i + 1]):
            out.append(marker)
    return "".join(out)
