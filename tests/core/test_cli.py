"""The command-line contract, driven through a subprocess as scripts and staff use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from handbook import __version__
from handbook.content import COMPARE_KEYS


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "handbook", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def assert_one_line_error(out: subprocess.CompletedProcess[str], *words: str) -> None:
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    for word in words:
        assert word in lines[0]


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert __version__ in out.stdout


def test_list_json_has_every_topic_with_text() -> None:
    out = run("list", "--json")
    assert out.returncode == 0, out.stderr
    topics = json.loads(out.stdout)
    assert {"id", "kind", "title", "text"} == set(topics[0])
    kinds = {t["kind"] for t in topics}
    assert kinds == {"section", "treatment", "glossary", "questions"}
    assert all(t["text"].strip() for t in topics)
    ids = [t["id"] for t in topics]
    assert len(ids) == len(set(ids))
    assert ids.index("spread-to-bone") < ids.index("about")


def test_list_plain() -> None:
    out = run("list")
    assert out.returncode == 0
    assert "denosumab" in out.stdout


def test_show_prints_text_sources_and_review_date() -> None:
    out = run("show", "denosumab")
    assert out.returncode == 0, out.stderr
    assert "Xgeva" in out.stdout
    assert "Sources:" in out.stdout
    assert "Last reviewed: " in out.stdout


def test_show_in_chinese_labels_with_full_width_colons() -> None:
    """The CLI's labels read as the app's and the handout's do: "参考资料：", not "参考资料:"."""
    out = run("show", "denosumab", "--lang", "zh")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "参考资料：" in lines
    assert any(line.startswith("最近审核：") for line in lines)
    assert any(line.startswith("另请参阅：") for line in lines)
    assert ":" not in "".join(line for line in lines if line.startswith(("参考资料", "最近审核", "另请参阅")))


@pytest.mark.parametrize(
    ("names", "ids"),
    [
        (["zometa", "xgeva"], ["bisphosphonates", "denosumab"]),
        (["Xofigo", "radiation", "kyphoplasty"], ["radiopharmaceuticals", "radiation", "kyphoplasty"]),
        (["zoledronic acid", "Prolia"], ["bisphosphonates", "denosumab"]),
        (["dexamethasone,HIFU"], ["corticosteroids", "ablation"]),
    ],
)
def test_compare_json_same_rows_for_each(names: list[str], ids: list[str]) -> None:
    out = run("compare", *names, "--json")
    assert out.returncode == 0, out.stderr
    table = json.loads(out.stdout)
    assert [t["id"] for t in table["treatments"]] == ids
    assert [r["key"] for r in table["rows"]] == list(COMPARE_KEYS)
    for row in table["rows"]:
        assert len(row["values"]) == len(ids)
        assert all(v.strip() for v in row["values"])
        assert row["label"]


def test_compare_plain() -> None:
    out = run("compare", "zometa", "xgeva")
    assert out.returncode == 0
    assert "How often" in out.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["show", "no-such-topic"], ["no-such-topic"]),
        (["compare", "zometa", "aspirin-x"], ["aspirin-x"]),
        (["compare", "zometa"], ["2 to 4"]),
        (["compare", "zometa", "zoledronic acid"], ["same treatment"]),
        (["compare", "zometa", "xgeva", "sbrt", "hifu", "kyphoplasty"], ["2 to 4"]),
        (["--lang", "fr", "list"], ["fr"]),
        (["list", "--lang", "xx"], ["xx"]),
        (["--content", "/nonexistent/folder", "list"], ["/nonexistent/folder"]),
        (["frobnicate"], ["frobnicate"]),
    ],
)
def test_user_errors_give_one_clear_line(args: list[str], words: list[str]) -> None:
    assert_one_line_error(run(*args), *words)


def test_lang_works_globally_and_per_command() -> None:
    a = run("--lang", "en", "show", "about")
    b = run("show", "about", "--lang", "en")
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout


def test_content_dir_option_uses_that_content(tmp_path: Path) -> None:
    import shutil

    from handbook.resources import content_dir

    shutil.copytree(content_dir(), tmp_path / "pack")
    topic = tmp_path / "pack" / "en" / "about.md"
    topic.write_text(
        topic.read_text(encoding="utf-8").replace("About this handbook", "About our clinic's handbook", 1),
        encoding="utf-8",
    )
    out = run("--content", str(tmp_path / "pack"), "show", "about")
    assert out.returncode == 0, out.stderr
    assert "About our clinic's handbook" in out.stdout


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("handbook")
    out = subprocess.run([str(script), "list", "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0
    assert json.loads(out.stdout)


def test_search_shows_the_words_explained_apart() -> None:
    out = run("search", "i broke a bone because of the cancer")
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert lines[0] == "Topics:" and "Words explained:" in lines
    words = lines.index("Words explained:")
    assert all("[glossary]" not in line for line in lines[:words])
    assert lines[1].startswith("bone-problems ")


@pytest.mark.parametrize(
    ("lang", "query", "said"),
    [
        ("en", "hospice", "This handbook does not cover “hospice”. Your care team can help."),
        ("es", "hospicio", "Este manual no trata sobre «hospicio»."),
        ("ko", "호스피스", "이 안내서에는 “호스피스”에 관한 내용이 없습니다."),
    ],
)
def test_search_says_what_the_handbook_does_not_cover_in_the_readers_language(lang: str, query: str, said: str) -> None:
    out = run("search", query, "--lang", lang)
    assert out.returncode == 0
    assert said in out.stdout
    assert "support  [section]" in out.stdout and "care-team  [glossary]" in out.stdout
    assert "Did you mean" not in out.stdout


def test_search_in_chinese_names_an_unknown_phrase_as_typed_with_chinese_colons() -> None:
    """The phrase 临终关怀 (hospice) is two words to the segmenter but one phrase to the reader; the group
    headings take the full-width colon, as every other Chinese label does."""
    out = run("search", "临终关怀", "--lang", "zh")
    assert out.returncode == 0
    assert "本手册没有涉及“临终关怀”。" in out.stdout
    assert "可以向谁求助：" in out.stdout.splitlines()


@pytest.mark.parametrize(
    "argv",
    [
        ["gui"],
        ["gui", "--lang", "ar", "--view", "section:denosumab", "--screenshot", "x.png"],
        ["gui", "--kiosk", "--idle-timeout", "30", "--reset-countdown", "5", "--kiosk-config", "k.ini"],
        ["gui", "--clinic", "c.ini"],
        ["gui", "--help"],
        ["gui", "--lang", "xx"],
        ["gui", "--idle-timeout", "0"],
        ["gui", "--nonsense"],
        ["gui", "extra"],
    ],
)
def test_the_gui_command_reads_the_same_with_its_parser_alone(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A start builds only the gui command's parser: it must read (and refuse) exactly what the whole one does."""
    from handbook.cli import build_parser

    seen = []
    for parser in (build_parser(), build_parser(gui_only=True)):
        try:
            outcome: object = vars(parser.parse_args(argv))
        except SystemExit as done:
            outcome = done.code
        seen.append((outcome, capsys.readouterr()))
    assert seen[0] == seen[1]
