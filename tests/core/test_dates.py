"""Dates as each language writes them (Babel's CLDR data), in labels and in running text."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys

import pytest

from handbook.content import Handbook
from handbook.dates import format_date, localize_dates
from handbook.errors import NotFoundError
from handbook.handout import citation, cited
from handbook.i18n import LANGUAGES

DAY = datetime.date(2026, 11, 26)
EXPECTED = {
    "en": "26 November 2026",
    "es": "26 de noviembre de 2026",
    "zh": "2026年11月26日",
    "vi": "ngày 26 tháng 11 năm 2026",
    "ar": "26 نوفمبر 2026",
    "ko": "2026년 11월 26일",
}


def test_every_language_has_its_date_form() -> None:
    assert set(EXPECTED) == set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_date_in_each_language(lang: str) -> None:
    assert format_date(DAY, lang) == EXPECTED[lang]
    assert format_date("2026-11-26", lang) == EXPECTED[lang]  # content keeps ISO text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_single_digit_days_and_months(lang: str) -> None:
    shown = format_date(datetime.date(2027, 1, 5), lang)
    assert "5" in shown and "2027" in shown and "05" not in shown


def test_what_is_not_a_date_is_left_as_it_is() -> None:
    assert format_date("2026-13-45", "en") == "2026-13-45"
    assert format_date("soon", "es") == "soon"
    with pytest.raises(NotFoundError):
        format_date(DAY, "fr")


@pytest.mark.parametrize(
    ("lang", "text", "shown"),
    [
        ("en", "The page was last revised on 2023-11-22.", "The page was last revised on 22 November 2023."),
        ("es", "se revisó por última vez el 2023-11-22.", "se revisó por última vez el 22 de noviembre de 2023."),
        ("zh", "最近一次修订是在2023-11-22。", "最近一次修订是在2023年11月22日。"),
        ("vi", "sửa đổi lần cuối vào ngày 2023-11-22.", "sửa đổi lần cuối vào ngày 22 tháng 11 năm 2023."),
        ("vi", "Ngày 2023-11-22 và 2026-11-26", "Ngày 22 tháng 11 năm 2023 và ngày 26 tháng 11 năm 2026"),
        ("ar", "وقد عدلت الصفحة آخر مرة في 2023-11-22.", "وقد عدلت الصفحة آخر مرة في 22 نوفمبر 2023."),
        (
            "ko",
            "이 자료는 2023-11-22에 마지막으로 개정되었습니다.",
            "이 자료는 2023년 11월 22일에 마지막으로 개정되었습니다.",
        ),
    ],
)
def test_iso_dates_in_running_text_read_naturally(lang: str, text: str, shown: str) -> None:
    assert localize_dates(text, lang) == shown


@pytest.mark.parametrize(
    "text",
    [
        "Call 1-800-227-2345.",
        "radium-223, samarium-153",
        "Version 2.2023",
        "12026-11-26",
        "2026-11-266",
        "x-2026-11-26",
    ],
)
def test_other_numbers_are_not_dates(text: str) -> None:
    assert localize_dates(text, "en") == text


def test_a_highlighted_date_in_a_snippet_is_shown_whole_and_highlighted_whole() -> None:
    assert localize_dates("on **2023**-11-22 and **bone**", "en", "**") == "on **22 November 2023** and **bone**"
    assert localize_dates("vào **ngày** 2023-11-22", "vi", "**") == "vào **ngày** 22 tháng 11 năm 2023"
    assert localize_dates("no date, **bone**", "en", "**") == "no date, **bone**"


def test_the_dates_need_only_the_locale_data_the_app_bundle_ships() -> None:
    """Every locale-data file Babel opens to write each language's dates is one that
    ``build_app.spec`` keeps (a fresh interpreter, so no file is cached already)."""
    code = """
import datetime, babel.localedata as data
opened = set()
load = data.load
def spy(name, merge_inherited=True):
    opened.add(name)
    return load(name, merge_inherited)
data.load = spy
from handbook.dates import format_date, locale_data_names
from handbook.i18n import LANGUAGES
for lang in LANGUAGES:
    format_date(datetime.date(2026, 11, 26), lang)
print(sorted(opened), sorted(locale_data_names()))
assert opened <= locale_data_names(), opened - locale_data_names()
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "'root'" in done.stdout and "'en_001'" in done.stdout


def test_a_sources_dates_are_data_written_after_its_citation(handbook: Handbook) -> None:
    """Citations are English: their dates too (``revised``/``accessed`` in sources.yaml)."""
    assert cited(handbook, "acs-bone-2023").endswith("of radiopharmaceuticals). Last revised 22 November 2023.")
    assert cited(handbook, "kurup-2023").endswith("UpToDate. 2023. Accessed 11 August 2023.")
    assert citation(handbook, "kurup-2023").endswith(
        "Accessed 11 August 2023. " + handbook.sources["kurup-2023"]["url"]
    )
    written_out = re.compile(
        r"(January|February|March|April|May|June|July|August|September|October|November|December)"
        r" \d{1,2}, \d{4}"
    )
    for source_id, entry in handbook.sources.items():
        assert not written_out.search(entry["citation"]), f"{source_id}: a date in the text, not as data"
