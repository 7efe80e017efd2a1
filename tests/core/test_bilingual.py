"""Bilingual handouts: every block beside its translation (sections, at-a-glance rows, questions,
glossary, the comparison), each language's text extracting in order, each column in its own
direction and script, the first language's /Lang."""

from __future__ import annotations

import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from pdf_pages import in_order, squash
from pypdf import PdfReader

from handbook.content import Handbook, Topic
from handbook.errors import ExportError
from handbook.handout import at_a_glance
from handbook.i18n import LOCALE_TAGS
from handbook.my_questions import items
from handbook.pdf import HandoutRequest, export_pdf
from handbook.pdf.layout import MARGIN, body_width, footer_zone, styles
from handbook.pdf.pair import columns

SECTIONS = ("spread-to-bone", "denosumab")


def needles(handbook: Handbook, lang: str, ids: tuple[str, ...]) -> list[str]:
    """What a handout of ``ids`` shows in ``lang``, in order: each section's title, blocks and
    at-a-glance rows, then the questions and the glossary terms it brings."""
    out: list[str] = []
    topics = [handbook.topic(t, lang) for t in ids]
    for topic in sorted(topics, key=lambda t: t.order):
        out.append(topic.title)
        for block in topic.body:
            out += list(block.items) if block.kind == "ul" else [block.text]
        out += [part for row in at_a_glance(handbook, topic) for part in row]
    asked = [t for t in handbook.topics(lang) if t.kind == "questions" and t.treatment in ids]
    for topic in asked:
        out += [topic.title, *items(topic)]
    return out


def glossary(handbook: Handbook, first: str, second: str, ids: tuple[str, ...]) -> list[tuple[Topic, Topic]]:
    used = dict.fromkeys(term for t in ids for term in handbook.topic(t, first).glossary)
    return [(handbook.topic(term, first), handbook.topic(term, second)) for term in used]


def text(pdf: Path, lang: str, x: float = 0.0, width: float = 10_000.0, first_page: int = 2) -> str:
    """The squashed text of the body (above the footer) of each page from ``first_page`` on, read
    from ``width`` points starting at ``x``."""
    zone = footer_zone(styles(lang, False), 3)
    parts = []
    for number, page in enumerate(PdfReader(pdf).pages, 1):
        if number < first_page:
            continue
        height = float(page.mediabox.height) - zone
        crop = ["-x", str(int(x)), "-y", "0", "-W", str(int(width)), "-H", str(int(height))]
        args = ["pdftotext", "-q", "-enc", "UTF-8", "-f", str(number), "-l", str(number), *crop, str(pdf), "-"]
        parts.append(squash(subprocess.run(args, capture_output=True, text=True, check=True).stdout))
    return "".join(parts)


def test_latin_pair_extracts_each_language_in_order(handbook: Handbook, tmp_path: Path) -> None:
    out = export_pdf(handbook, HandoutRequest("es", sections=SECTIONS, second_lang="en"), tmp_path / "h.pdf")
    for lang, (left, right) in zip(("es", "en"), columns(body_width(), False), strict=True):
        column = text(out, "es", MARGIN + left - 2, right - left + 4)
        assert in_order(column, needles(handbook, lang, SECTIONS)) == [], lang
        glossary_text = column[column.rfind(squash(handbook.ui(lang)["glossary"])) :]
        terms = [t if lang == "es" else translated for t, translated in glossary(handbook, "es", "en", SECTIONS)]
        assert terms and all(squash(term.summary) in glossary_text for term in terms), lang
    # a page read whole gives each block and then its translation
    page = text(out, "es", first_page=2)
    first = handbook.topic("spread-to-bone", "es").body[1].text
    assert page.find(squash(first)) < page.find(squash(handbook.topic("spread-to-bone", "en").body[1].text))
    reader = PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == LOCALE_TAGS["es"]


@pytest.mark.parametrize(("first", "second"), [("ar", "en"), ("en", "ar")])
def test_arabic_with_english_each_column_extracts_in_order(
    handbook: Handbook, tmp_path: Path, first: str, second: str
) -> None:
    out = export_pdf(handbook, HandoutRequest(first, sections=SECTIONS, second_lang=second), tmp_path / "h.pdf")
    pages = len(PdfReader(out).pages)
    places = columns(body_width(), first == "ar")
    for lang, (left, right) in zip((first, second), places, strict=True):
        # the citations page (English, the whole width) is left out: the columns end before it
        column = text(out, "ar", MARGIN + left - 2, right - left + 4)
        found = [n for n in needles(handbook, lang, SECTIONS) if squash(n) in column]
        assert in_order(column, needles(handbook, lang, SECTIONS)) == [], (lang, pages, len(found))
    assert PdfReader(out).trailer["/Root"]["/Lang"] == LOCALE_TAGS[first]


def words(pdf: Path, page: int) -> list[tuple[float, float, str]]:
    """(left, right, text) of each word above the footer of a page, as pdftotext places them."""
    args = ["pdftotext", "-q", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"]
    html = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>', html)
    bottom = float(PdfReader(pdf).pages[page - 1].mediabox.height) - footer_zone(styles("ar", False), 3)
    return [(float(a), float(b), unescape(t)) for a, y, b, t in found if float(y) < bottom]


@pytest.mark.parametrize(
    ("first", "second", "script"), [("ar", "en", "[\u0600-\u06ff]"), ("en", "zh", "[\u4e00-\u9fff]")]
)
def test_each_column_keeps_its_side_direction_and_wrapping(
    handbook: Handbook, tmp_path: Path, first: str, second: str, script: str
) -> None:
    """The other script stays in its column (CJK wrapped within it), right-to-left text is set
    flush right in its column and left-to-right text flush left."""
    out = export_pdf(handbook, HandoutRequest(first, sections=SECTIONS, second_lang=second), tmp_path / "h.pdf")
    places = columns(body_width(), first == "ar")
    other = dict(zip((first, second), places, strict=True))
    lang = first if first in ("ar", "zh") else second
    left, right = (MARGIN + edge for edge in other[lang])
    latin_left, latin_right = (MARGIN + edge for edge in other["en"])
    for page in (2, 3):
        found = words(out, page)
        theirs = [(a, b) for a, b, t in found if re.search(script, t)]
        latin = [(a, b) for a, b, t in found if re.fullmatch(r"[A-Za-z]{4,}[.,]?", t)]
        assert theirs and latin
        assert all(left - 1 <= a and b <= right + 1 for a, b in theirs), (page, min(theirs), max(theirs))
        assert all(latin_left - 1 <= a and b <= latin_right + 1 for a, b in latin if a < latin_right), page
        assert min(a for a, _b in latin) == pytest.approx(latin_left, abs=1.5)  # flush left
        if lang == "ar":
            assert max(b for _a, b in theirs) == pytest.approx(right, abs=1.5)  # flush right


def test_the_comparison_has_both_languages(handbook: Handbook, tmp_path: Path) -> None:
    request = HandoutRequest("es", compare=("zometa", "xgeva"), second_lang="en")
    out = export_pdf(handbook, request, tmp_path / "c.pdf")
    body = text(out, "es")
    for lang in ("es", "en"):
        labels = handbook.ui(lang)["compare_rows"]
        assert in_order(body, [labels["what"], labels["how_often"], labels["who_may_not"]]) == [], lang
        for tid in ("bisphosphonates", "denosumab"):
            assert squash(handbook.topic(tid, lang).compare["how_often"]) in body, (lang, tid)


def test_the_footer_has_both_care_team_lines(handbook: Handbook, tmp_path: Path) -> None:
    out = export_pdf(handbook, HandoutRequest("zh", sections=("support",), second_lang="ko"), tmp_path / "h.pdf")
    zone = footer_zone(styles("zh", False), 3)
    for number, page in enumerate(PdfReader(out).pages, 1):
        y = float(page.mediabox.height) - zone
        args = ["pdftotext", "-q", "-f", str(number), "-l", str(number), "-y", str(int(y)), "-H", str(int(zone))]
        bottom = squash(
            subprocess.run([*args, "-W", "1000", "-x", "0", str(out), "-"], capture_output=True, text=True).stdout
        )
        for lang in ("zh", "ko"):
            assert squash(handbook.ui(lang)["footer"]) in bottom, (number, lang)


def test_the_second_language_must_differ(handbook: Handbook, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="must differ"):
        export_pdf(handbook, HandoutRequest("es", sections=SECTIONS, second_lang="es"), tmp_path / "h.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cli_bilingual_export(tmp_path: Path) -> None:
    target = tmp_path / "h.pdf"
    run = [sys.executable, "-m", "handbook", "export", "--sections", "denosumab", "--lang", "ko", "--second-lang", "en"]
    done = subprocess.run([*run, "-o", str(target)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert PdfReader(target).trailer["/Root"]["/Lang"] == LOCALE_TAGS["ko"]
    bad = subprocess.run([*run[:-1], "xx", "-o", str(target)], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("value", "offered"), [("", True), ("en", True), ("off", False)])
def test_the_kiosk_configuration_sets_the_second_language(tmp_path: Path, value: str, offered: bool) -> None:
    from handbook.config import KioskConfigError, load_kiosk_config

    config = tmp_path / "kiosk.ini"
    config.write_text(f"[kiosk]\nsecond_language = {value}\n", encoding="utf-8")
    loaded = load_kiosk_config(config)
    assert loaded.second_language == value and loaded.offers_second_language == offered
    config.write_text("[kiosk]\n\nsecond_language = fr\n", encoding="utf-8")
    with pytest.raises(KioskConfigError, match=r"kiosk\.ini:3: second_language 'fr'"):
        load_kiosk_config(config)
