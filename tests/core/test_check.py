"""``handbook check`` catches each kind of broken content, naming the file and line."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from handbook import content
from handbook.content import check


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def broken_yaml(root: Path) -> tuple[str, int]:
    path = root / "en" / "kyphoplasty.md"
    _edit(path, "order: 100", "order: [100")
    return "en/kyphoplasty.md", _line_of(path, "order: [100")


def missing_field(root: Path) -> tuple[str, int]:
    path = root / "en" / "denosumab.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^summary:.*\n", "", text, count=1, flags=re.MULTILINE), encoding="utf-8")
    return "en/denosumab.md", 2


def unknown_reference(root: Path) -> tuple[str, int]:
    path = root / "en" / "radiation.md"
    _edit(path, "see_also: [", "see_also: [no-such-topic, ")
    return "en/radiation.md", _line_of(path, "id: radiation")


def unknown_glossary_term(root: Path) -> tuple[str, int]:
    path = root / "en" / "radiation.md"
    _edit(path, "glossary: [", "glossary: [no-such-term, ")
    return "en/radiation.md", _line_of(path, "id: radiation")


def duplicate_id(root: Path) -> tuple[str, int]:
    path = root / "en" / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text + "\n- id: osteoclast\n  term: Again\n  definition: A copy.\n"
        "  reviewed: 2026-11-01\n  sources: [acs-bone-2023]\n",
        encoding="utf-8",
    )
    return "en/glossary.yaml", len(text.splitlines()) + 2


def bad_date(root: Path) -> tuple[str, int]:
    path = root / "en" / "ablation.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(r"^reviewed: .*$", "reviewed: 2026-13-45", text, count=1, flags=re.MULTILINE), encoding="utf-8"
    )
    return "en/ablation.md", _line_of(path, "reviewed: 2026-13-45")


def bad_source_date(root: Path) -> tuple[str, int]:
    path = root / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("revised: 2023-11-22", "revised: November 22, 2023", 1), encoding="utf-8")
    return "sources.yaml", _line_of(path, "revised: November 22, 2023")


def unknown_source(root: Path) -> tuple[str, int]:
    path = root / "en" / "corticosteroids.md"
    _edit(path, "sources: [", "sources: [made-up-source, ")
    return "en/corticosteroids.md", _line_of(path, "id: corticosteroids")


def wrong_type(root: Path) -> tuple[str, int]:
    path = root / "en" / "about.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^order: .*$", "order: first", text, count=1, flags=re.MULTILINE), encoding="utf-8")
    return "en/about.md", _line_of(path, "order: first")


def broken_glossary_file(root: Path) -> tuple[str, int]:
    path = root / "en" / "glossary.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    target = next(i for i, line in enumerate(lines) if line.startswith("- id:") and i > 5)
    lines[target + 1] = '  term: "unclosed'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "en/glossary.yaml", target + 2


def bad_first(root: Path) -> tuple[str, int]:
    """The term list's ``first`` (a warning sign's topic comes first in search) is yes or no."""
    path = root / "en" / "terms.yaml"
    _edit(path, "  first: true", "  first: always")
    return "en/terms.yaml", _line_of(path, "first: always")


def bad_answered_by(root: Path) -> tuple[str, int]:
    """A term group's ``answered_by`` (the topic that answers it in search) must be a section or treatment."""
    path = root / "en" / "terms.yaml"
    _edit(path, "  answered_by: jaw-osteonecrosis", "  answered_by: dental-work")
    return "en/terms.yaml", _line_of(path, "answered_by: dental-work")


CASES: dict[str, tuple[Callable[[Path], tuple[str, int]], str]] = {
    "broken yaml": (broken_yaml, "broken YAML"),
    "missing field": (missing_field, "missing field 'summary'"),
    "unknown see_also": (unknown_reference, "see_also 'no-such-topic'"),
    "unknown glossary term": (unknown_glossary_term, "glossary term 'no-such-term'"),
    "duplicate id": (duplicate_id, "duplicate id 'osteoclast'"),
    "bad date": (bad_date, "bad date"),
    "bad source date": (bad_source_date, "bad date in 'acs-bone-2023.revised'"),
    "unknown source": (unknown_source, "unknown source 'made-up-source'"),
    "wrong type": (wrong_type, "'order' must be a whole number"),
    "broken glossary yaml": (broken_glossary_file, "broken YAML"),
    "bad first": (bad_first, "first' must be true or false"),
    "bad answered_by": (bad_answered_by, "answered by 'dental-work', which is no section or treatment"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_names_file_line_and_problem(content_copy: Path, case: str) -> None:
    breaker, words = CASES[case]
    relative, line = breaker(content_copy)
    problems = [str(p) for p in check(content.load(content_copy))]
    expected_prefix = f"{content_copy / relative}:{line}: "
    matching = [p for p in problems if p.startswith(expected_prefix) and words in p]
    assert matching, f"wanted {expected_prefix}...{words}... in {problems}"


@pytest.mark.parametrize("case", ["broken yaml", "duplicate id", "bad date", "bad first"])
def test_cli_check_reports_and_exits_1(content_copy: Path, case: str) -> None:
    breaker, words = CASES[case]
    relative, line = breaker(content_copy)
    out = subprocess.run(
        [sys.executable, "-m", "handbook", "--content", str(content_copy), "check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert "Traceback" not in out.stderr + out.stdout
    assert any(
        ln.startswith(f"{content_copy / relative}:{line}: ") and words in ln for ln in out.stdout.splitlines()
    ), out.stdout


def test_a_broken_file_does_not_stop_the_rest_loading(content_copy: Path) -> None:
    broken_yaml(content_copy)
    handbook = content.load(content_copy)
    ids = {t.id for t in handbook.topics("en")}
    assert "kyphoplasty" not in ids
    assert {"denosumab", "radiation", "osteoclast"} <= ids


def test_a_date_in_the_future_is_reported(content_copy: Path) -> None:
    path = content_copy / "en" / "support.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(r"^reviewed: .*$", "reviewed: 2999-01-01", text, count=1, flags=re.MULTILINE), encoding="utf-8"
    )
    assert any("in the future" in str(p) and "support.md" in p.path for p in check(content.load(content_copy)))


def test_other_commands_still_work_on_broken_content_and_say_so(content_copy: Path) -> None:
    broken_yaml(content_copy)
    out = subprocess.run(
        [sys.executable, "-m", "handbook", "--content", str(content_copy), "show", "denosumab"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0
    assert "Xgeva" in out.stdout
    assert "warning: 1 problem(s)" in out.stderr and "kyphoplasty.md" in out.stderr
    assert "Traceback" not in out.stderr
