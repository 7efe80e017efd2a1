"""Numbers keep their order in right-to-left text: the isolation rule, and where the PDF puts glyphs.

The PDF checks look at where each glyph is drawn, not at the logical string: a line is drawn with
the handout's own typesetter, read back with pdfplumber, and its characters sorted by their x
position give what a reader sees from left to right. In right-to-left text a number must still
read left to right: the digits of 1-800-227-2345 from left to right are 1, 8, 0, 0, 2, ...
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfgen.canvas import Canvas

from handbook.content import Handbook
from handbook.pdf import HandoutRequest, export_pdf
from handbook.pdf.flow import TextStyle, Typesetter, draw_line
from handbook.rtl import LRI, PDI, isolate_numbers, number_runs, strip_isolates, tolerant_pattern

PHONE = "1-800-227-2345"

# ---------------------------------------------------------------------------- the rule itself


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        (f"اتصل بالرقم {PHONE}.", [PHONE]),
        ("روجع في 2026-11-26. وقد", ["2026-11-26"]),
        ("يعمل 24/7. أي", ["24/7"]),
        ("كل 3-4 أسابيع أو 3–4 أشهر", ["3-4", "3–4"]),
        ("اتصل على +1-800-227-2345", ["+1-800-227-2345"]),
        ("كل 3 أو 4 أسابيع، من 4 أسابيع إلى 6 أشهر", []),  # lone numbers need nothing
        ("راديوم-223 (radium-223) وسترونتيوم-89", []),  # a name and its number: one hyphen, one number
        ("النسخة 2.2023 و١-٨٠٠-٢٢٧-٢٣٤٥", ["2.2023", "١-٨٠٠-٢٢٧-٢٣٤٥"]),
    ],
)
def test_number_runs_in_right_to_left_text(text: str, runs: list[str]) -> None:
    assert [text[a:b] for a, b in number_runs(text)] == runs


@pytest.mark.parametrize(
    "text",
    [
        f"Call {PHONE} any time, 24/7.",
        "Last reviewed 2026-11-26; every 3 to 4 weeks; radium-223",
        "最近审阅：2026-11-26，拨打1-800-227-2345",
        "2026-11-26에 마지막으로 검토했습니다",
        "vào ngày 2023-11-22, gọi số 1-800-227-2345",
    ],
)
def test_left_to_right_text_is_left_unchanged(text: str) -> None:
    assert number_runs(text) == []
    assert isolate_numbers(text) == text


def test_isolates_wrap_each_run_and_come_off_again() -> None:
    text = f"اتصل بالرقم {PHONE} في 2026-11-26."
    shown = isolate_numbers(text)
    assert shown == f"اتصل بالرقم {LRI}{PHONE}{PDI} في {LRI}2026-11-26{PDI}."
    assert isolate_numbers(shown) == shown  # applying it twice changes nothing
    assert strip_isolates(shown) == text
    # a piece of a right-to-left sentence (between two links) has no Arabic letter of its own
    assert isolate_numbers(f" {PHONE} ", rtl=True) == f" {LRI}{PHONE}{PDI} "


def test_a_snippet_highlight_inside_a_number_does_not_split_the_isolate() -> None:
    shown = isolate_numbers("اتصل **1**-800-227-**2345**", transparent="**")
    assert shown == f"اتصل **{LRI}1**-800-227-**2345{PDI}**"


def test_find_in_page_sees_through_isolates() -> None:
    shown = isolate_numbers(f"اتصل بالرقم {PHONE}.")
    for query in ("بالرقم 1-800", PHONE, f"{PHONE}.", f"{LRI}1-800"):
        assert re.search(tolerant_pattern(query), shown), query


# ------------------------------------------------------------------------- glyphs in the PDF


def visual_lines(pdf: Path) -> list[str]:
    """Each line of each page as drawn: its characters sorted by x, left to right (format marks
    that the PDF adds for text extractors taken out). A right-to-left glyph that stands for
    several letters (lam-alef) lists them reversed, as drawn."""
    lines: list[str] = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            rows: dict[float, list[dict[str, object]]] = {}
            for char in page.chars:
                baseline = round(float(char["matrix"][5]), 1)  # type: ignore[index]
                rows.setdefault(baseline, []).append(char)
            for baseline in sorted(rows, reverse=True):
                chars = sorted(rows[baseline], key=lambda c: float(c["x0"]))  # type: ignore[arg-type]
                text = "".join(str(c["text"]) for c in chars)
                lines.append("".join(c for c in text if unicodedata.category(c) != "Cf"))
    return lines


def draw(tmp_path: Path, lang: str, texts: list[str], rtl: bool | None = None) -> list[str]:
    """``texts`` set by the handout's typesetter, one paragraph each on a wide line; the lines as drawn."""
    out = tmp_path / "lines.pdf"
    canvas = Canvas(str(out))
    setter = Typesetter(lang)
    style = TextStyle(size=10, leading=20)
    y = 800.0
    for text in texts:
        for line in setter.lines([(text, False)], style, 480, rtl):
            draw_line(canvas, line, setter.line_x(line, 50, 480, "start", rtl), y, style)
            y -= style.leading
    canvas.save()
    return visual_lines(out)


def left_to_right(line: str, *pieces: str) -> bool:
    """Whether ``pieces`` appear in ``line`` in this order from left to right."""
    at = 0
    for piece in pieces:
        found = line.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


ARABIC_NUMBERS = {
    "phone": (f"اتصل بالرقم {PHONE} في أي وقت.", [PHONE]),
    "date": ("روجع هذا الدليل آخر مرة في 2026-11-26. وقد تتغير النصائح.", ["2026-11-26"]),
    "range": ("يُعطى كل 3-4 أسابيع.", ["3-4"]),
    "24/7": ("يعمل الخط الهاتفي 24/7. أي في أي وقت.", ["24/7"]),
    "radium-223": ("قد يساعد راديوم-223 (radium-223) وسترونتيوم-89 بعض الرجال.", ["radium-223", "223", "89"]),
}


@pytest.mark.parametrize("case", ARABIC_NUMBERS)
def test_numbers_read_left_to_right_in_an_arabic_pdf_line(tmp_path: Path, case: str) -> None:
    text, numbers = ARABIC_NUMBERS[case]
    (line,) = draw(tmp_path, "ar", [text])
    for number in numbers:
        assert number in line, f"{number} is not drawn left to right in {line!r}"
    assert number_runs(text) or case in ("24/7", "radium-223")


def test_in_arabic_the_words_and_separate_numbers_follow_the_reading_order(tmp_path: Path) -> None:
    """Right to left: the first number read is the rightmost ("every 3 or 4 weeks", "from 4 weeks
    to 6 months", "26 November 2026"), and a drug's number sits left of its name, after the hyphen."""
    lines = draw(tmp_path, "ar", ["كل 3 أو 4 أسابيع", "من 4 أسابيع إلى 6 أشهر", "26 نوفمبر 2026", "راديوم-223 يساعد"])
    three_or_four, weeks_to_months, date, radium = lines
    assert left_to_right(three_or_four, "4", "3")
    assert left_to_right(weeks_to_months, "6", "4")
    assert left_to_right(date, "2026", "26")
    assert left_to_right(radium, "223", "-", "راديوم"[::-1])  # letters are drawn right to left


def test_a_phone_number_reads_right_in_the_arabic_handout(handbook: Handbook, tmp_path: Path) -> None:
    pdf = export_pdf(handbook, HandoutRequest(lang="ar", sections=("support",)), tmp_path / "support.pdf")
    lines = visual_lines(pdf)
    with_phone = [line for line in lines if any(c.isdigit() for c in line) and "227" in line]
    assert with_phone, lines
    for line in with_phone:
        assert PHONE in line, line
        assert "2345-227-800-1" not in line
    assert any("24/7" in line for line in lines)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Call {PHONE} any time, 24/7, every 3 to 4 weeks; reviewed 2026-11-26; radium-223."),
        ("es", f"Llame al {PHONE}; revisado el 2026-11-26; radio-223 cada 4 semanas."),
        ("vi", f"Gọi số {PHONE} vào ngày 2023-11-22, 24/7."),
    ],
)
def test_left_to_right_languages_are_drawn_as_written(tmp_path: Path, lang: str, text: str) -> None:
    (line,) = draw(tmp_path, lang, [text])
    assert line == unicodedata.normalize("NFC", text)


def test_arabic_letters_and_marks_all_come_out_where_ligatures_are_drawn(tmp_path: Path) -> None:
    """Lam-alef (لا, لأ, لإ) and vowel marks: read back glyph by glyph, no letter is lost and no NUL
    comes out; a wholly right-to-left line read from right to left is the text itself."""
    texts = ["الألم لا يزال يُعطى كسرًا جدًّا", "الإسهال والأعراض الأخرى إلا قليلًا"]
    lines = draw(tmp_path, "ar", texts)
    assert len(lines) == 2
    for text, line in zip(texts, lines, strict=True):
        assert "\0" not in line and "\ufffd" not in line
        assert unicodedata.normalize("NFKC", line[::-1]) == unicodedata.normalize("NFKC", text)
