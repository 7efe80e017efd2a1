"""A content pack from anywhere stays harmless: links out of the pack, devices and pipes, huge files,
deep or aliased YAML and text that is not UTF-8 are refused with a clear ``path:line: message``,
never read, and the rest of the content still loads."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from handbook import content
from handbook.content import reading
from handbook.content.yamlio import MAX_DEPTH, MAX_VALUES

Breaker = Callable[[Path], tuple[str, int]]


def _link_to_passwd(root: Path) -> tuple[str, int]:
    (root / "en" / "passwd.md").symlink_to("/etc/passwd")
    return "en/passwd.md", 1


def _link_to_a_topic_outside(root: Path) -> tuple[str, int]:
    outside = root.parent / "elsewhere.md"
    outside.write_text(
        (root / "en" / "radiation.md").read_text(encoding="utf-8").replace("id: radiation", "id: stolen")
    )
    (root / "en" / "stolen.md").symlink_to(outside)
    return "en/stolen.md", 1


def _link_to_a_device(root: Path) -> tuple[str, int]:
    (root / "en" / "zero.md").symlink_to("/dev/zero")
    return "en/zero.md", 1


def _a_pipe(root: Path) -> tuple[str, int]:
    os.mkfifo(root / "en" / "pipe.md")
    return "en/pipe.md", 1


def _a_huge_file(root: Path) -> tuple[str, int]:
    with (root / "en" / "huge.md").open("wb") as handle:
        handle.write(b"---\nid: huge\n---\n")
        handle.truncate(reading.MAX_FILE_BYTES + 10)  # sparse: no disk used
    return "en/huge.md", 1


def _a_huge_glossary(root: Path) -> tuple[str, int]:
    path = root / "es" / "glossary.yaml"
    path.write_text(path.read_text(encoding="utf-8") * (reading.MAX_FILE_BYTES // path.stat().st_size + 1))
    return "es/glossary.yaml", 1


def _deep_front_matter(root: Path) -> tuple[str, int]:
    path = root / "en" / "radiation.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle:", "\ndeep: " + "[" * 50 + "]" * 50 + "\ntitle:", 1), encoding="utf-8")
    line = text.splitlines().index(next(ln for ln in text.splitlines() if ln.startswith("title:"))) + 1
    return "en/radiation.md", line


def _deeper_than_libyaml_allows(root: Path) -> tuple[str, int]:
    (root / "vi" / "terms.yaml").write_text("- id: x\n  term: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    return "vi/terms.yaml", 2


def _alias_bomb(root: Path) -> tuple[str, int]:
    lines = ['- &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
        lines.append(f"- &{name} [{', '.join([f'*{previous}'] * 9)}]")
    lines.append("- id: laughs\n  title: *i")
    (root / "ko" / "questions.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "ko/questions.yaml", 6  # &f: 9 to the 6th values, past the limit


def _alias_loop(root: Path) -> tuple[str, int]:
    (root / "zh" / "terms.yaml").write_text("- &me\n  id: loop\n  term: x\n  synonyms: [*me]\n", encoding="utf-8")
    return "zh/terms.yaml", 1


def _latin1_text(root: Path) -> tuple[str, int]:
    path = root / "es" / "radiation.md"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("latin-1", errors="replace"))
    first = next(i for i, ln in enumerate(text.splitlines(), start=1) if not ln.isascii())
    return "es/radiation.md", first


CASES: dict[str, tuple[Breaker, str]] = {
    "link to /etc/passwd": (_link_to_passwd, "refused: a link to /etc/passwd, outside the content folder"),
    "link to a topic outside": (_link_to_a_topic_outside, "outside the content folder"),
    "link to a device": (_link_to_a_device, "refused: a link to /dev/zero, outside the content folder"),
    "a named pipe": (_a_pipe, "refused: not a regular file"),
    "a huge topic": (
        _a_huge_file,
        "refused: the file is too large (1,000,010 bytes; a content file may have at most 1 MB)",
    ),
    "a huge glossary": (_a_huge_glossary, "refused: the file is too large"),
    "deep front matter": (_deep_front_matter, f"at most {MAX_DEPTH} levels deep"),
    "5000 levels deep": (_deeper_than_libyaml_allows, f"at most {MAX_DEPTH} levels deep"),
    "an alias bomb": (_alias_bomb, f"too many values: a content file may hold at most {MAX_VALUES:,}"),
    "an alias inside itself": (_alias_loop, "an alias (*name) is used inside what it names"),
    "Latin-1 text": (_latin1_text, "the file is not UTF-8 text"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_files_are_refused_with_a_clear_message(content_copy: Path, case: str) -> None:
    breaker, words = CASES[case]
    relative, line = breaker(content_copy)
    handbook = content.load(content_copy)
    problems = [str(p) for p in handbook.problems]
    wanted = f"{content_copy / relative}:{line}: "
    assert any(p.startswith(wanted) and words in p for p in problems), f"wanted {wanted}...{words}... in {problems}"
    assert {"denosumab", "radiation"} <= {t.id for t in handbook.topics("es")}  # the rest still loads


def test_a_link_to_passwd_is_never_a_topic(content_copy: Path) -> None:
    _link_to_passwd(content_copy)
    _link_to_a_topic_outside(content_copy)
    out = subprocess.run(
        [sys.executable, "-m", "handbook", "--content", str(content_copy), "list", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "root:" not in out.stdout and '"passwd"' not in out.stdout and '"stolen"' not in out.stdout
    assert "outside the content folder" in out.stderr and "Traceback" not in out.stderr


def test_check_reports_every_refusal_without_hanging(content_copy: Path) -> None:
    """A pipe, a device and a huge file together: ``handbook check`` names each and exits 1 (a read of
    any of them would block or fill the memory)."""
    expected = [_a_pipe(content_copy), _link_to_a_device(content_copy), _a_huge_file(content_copy)]
    out = subprocess.run(
        [sys.executable, "-m", "handbook", "--content", str(content_copy), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1
    for relative, line in expected:
        assert f"{content_copy / relative}:{line}: refused: " in out.stdout
    assert "Traceback" not in out.stdout + out.stderr


def test_links_inside_the_pack_are_followed(content_copy: Path) -> None:
    shared = content_copy / "shared"
    shared.mkdir()
    (content_copy / "en" / "radiation.md").rename(shared / "radiation.md")
    (content_copy / "en" / "radiation.md").symlink_to(shared / "radiation.md")
    handbook = content.load(content_copy)
    assert handbook.topic("radiation", "en").title
    assert not [p for p in handbook.problems if "radiation.md" in p.path]


def test_the_content_hash_reads_no_refused_file(content_copy: Path) -> None:
    before = content.content_hash(content_copy)
    _a_pipe(content_copy)  # reading it would block for ever
    _link_to_a_device(content_copy)  # reading it would never end
    (content_copy / "en" / "outside-folder").symlink_to("/etc", target_is_directory=True)
    after = content.content_hash(content_copy)
    assert after != before  # the refused files still count: the compiled content is made again


def test_a_file_that_grows_after_it_was_measured_is_still_cut_off(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = content_copy / "en" / "radiation.md"
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(reading, "refusal", lambda _path, _root: "")  # as if it was small when measured
    with pytest.raises(reading.RefusedFile, match="too large"):
        reading.read_text(path, content_copy)


def test_an_alias_that_stands_for_little_is_read(content_copy: Path) -> None:
    """YAML tools write aliases for repeated values (PyYAML does): a handful is fine."""
    path = content_copy / "en" / "terms.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "- id: extra-term\n  term: &word bone pain\n  synonyms: [*word]\n", encoding="utf-8")
    handbook = content.load(content_copy)
    assert not [p for p in handbook.problems if "terms.yaml" in p.path]
    assert any(t.id == "extra-term" and t.synonyms == ("bone pain",) for t in handbook.terms("en"))
