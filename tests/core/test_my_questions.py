"""My questions: the reader's list (kept as data), a staff member's questions file, and the sheet
on paper: one or two pages, the questions by topic, lines for the answers, the date and the name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pdf_pages import in_order, page_texts, squash
from pypdf import PdfReader

from handbook.content import Handbook
from handbook.errors import ExportError
from handbook.my_questions import MAX_QUESTIONS, MyQuestions, from_lines, items, read_lines, sheet
from handbook.pdf import HandoutRequest, export_pdf


def asked(handbook: Handbook, list_id: str, lang: str = "en") -> tuple[str, ...]:
    return items(handbook.topic(list_id, lang))


def test_the_list_ticks_adds_removes_and_round_trips() -> None:
    mine = MyQuestions().toggled("questions-denosumab", 2).with_own("  Can I   travel? ").with_own("")
    assert mine.is_ticked("questions-denosumab", 2) and mine.own == ("Can I travel?",) and len(mine) == 2
    assert MyQuestions.from_json(mine.to_json()) == mine
    assert not mine.toggled("questions-denosumab", 2).ticked
    assert mine.with_own("Can I travel?") == mine  # no repeats
    assert not mine.without_own(0).own
    for damaged in ("{", "[1, 2]", '{"ticked": [["a"]]}', None, ""):
        assert MyQuestions.from_json(damaged) == MyQuestions()


def test_the_sheet_groups_by_topic_in_handbook_order_in_the_readers_language(handbook: Handbook) -> None:
    mine = MyQuestions().toggled("questions-denosumab", 1).toggled("questions-bisphosphonates", 0)
    mine = mine.toggled("questions-denosumab", 0).with_own("¿Puedo viajar?").toggled("questions-gone", 3)
    groups = sheet(handbook, "es", mine, "Mis propias preguntas")
    assert [g.title for g in groups] == [
        handbook.topic("questions-bisphosphonates", "es").title,
        handbook.topic("questions-denosumab", "es").title,
        "Mis propias preguntas",
    ]
    assert groups[1].questions == asked(handbook, "questions-denosumab", "es")[:2]
    assert groups[2].questions == ("¿Puedo viajar?",) and groups[2].refs == (("", 0),)


def test_a_questions_file_ticks_the_handbooks_questions_and_keeps_the_others(handbook: Handbook) -> None:
    spanish = asked(handbook, "questions-denosumab", "es")[0]
    english = asked(handbook, "questions-radiation")[0]
    mine = from_lines(handbook, "es", [spanish, f"  {english.upper()} ", "¿Puedo manejar?"])
    assert set(mine.ticked) == {("questions-denosumab", 0), ("questions-radiation", 0)}
    assert mine.own == ("¿Puedo manejar?",)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ":1: the questions file has no question"),
        (b"# only a comment\n\n", ":1: the questions file has no question"),
        (b"fine\n" + b"x" * 301 + b"\n", ":2: a question is too long (301 characters"),
        (b"\xff\xfe\x00bad", ":1: the questions file is not UTF-8 text"),
    ],
)
def test_a_bad_questions_file_is_one_line(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "q.txt"
    path.write_bytes(content)
    with pytest.raises(ExportError) as raised:
        read_lines(path)
    assert str(raised.value).startswith(str(path)) and words in str(raised.value)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "handbook", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_cli_makes_a_one_page_sheet(handbook: Handbook, tmp_path: Path, lang: str) -> None:
    questions = tmp_path / "questions.txt"
    mine = [
        asked(handbook, "questions-radiation", lang)[1],
        "Can I still travel?",
        asked(handbook, "questions-denosumab")[0],
    ]
    questions.write_text("\n".join(mine) + "\n", encoding="utf-8")
    target = tmp_path / "sheet.pdf"
    done = cli("export", "--lang", lang, "--my-questions", str(questions), "-o", str(target))
    assert done.returncode == 0, done.stderr
    pages = page_texts(target)
    assert len(pages) == 1
    ui = handbook.ui(lang)
    wanted = [ui["my_questions"], ui["visit_date"], ui["care_team_member"]]
    wanted += [handbook.topic("questions-denosumab", lang).title, asked(handbook, "questions-denosumab", lang)[0]]
    wanted += [handbook.topic("questions-radiation", lang).title, mine[0], ui["my_questions_own"]]
    assert in_order(pages[0], wanted) == []
    # (poppler puts the question mark of a left-to-right line first on a right-to-left page)
    assert squash("Can I still travel") in pages[0]


def test_cli_sheet_with_sections_comes_after_the_cover(handbook: Handbook, tmp_path: Path) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text("Can I still travel?\n", encoding="utf-8")
    target = tmp_path / "h.pdf"
    done = cli("export", "--sections", "radiation", "--my-questions", str(questions), "-o", str(target))
    assert done.returncode == 0, done.stderr
    pages = page_texts(target)
    ui = handbook.ui("en")
    assert squash(ui["handbook_title"]) in pages[0]
    assert squash(ui["my_questions"]) in pages[1] and squash("Can I still travel?") in pages[1]
    assert squash(handbook.topic("radiation").title) in "".join(pages[2:])


def test_a_full_sheet_fits_on_two_pages(handbook: Handbook, tmp_path: Path) -> None:
    long = "How will this treatment change what I can do at home and at work"
    mine = MyQuestions(own=tuple(f"{long} ({n})?" for n in range(MAX_QUESTIONS)))
    out = export_pdf(handbook, HandoutRequest("en", my_questions=mine), tmp_path / "full.pdf")
    assert len(PdfReader(out).pages) <= 2
    assert all(squash(q) in "".join(page_texts(out)) for q in mine.own)


def test_too_many_questions_is_one_clear_line_and_writes_nothing(handbook: Handbook, tmp_path: Path) -> None:
    mine = MyQuestions(own=tuple(f"Question {n}?" for n in range(MAX_QUESTIONS + 1)))
    with pytest.raises(ExportError, match=f"too many for the sheet: choose at most {MAX_QUESTIONS}"):
        export_pdf(handbook, HandoutRequest("en", my_questions=mine), tmp_path / "h.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cli_without_anything_to_export_names_every_choice(tmp_path: Path) -> None:
    done = cli("export", "-o", str(tmp_path / "h.pdf"))
    assert done.returncode == 1 and "--my-questions FILE" in done.stderr and "--all" in done.stderr
