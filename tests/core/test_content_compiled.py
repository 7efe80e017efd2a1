"""The compiled content (handbook/content/compiled.py): the same handbook as reading the files, read
without YAML or validation, healed when damaged or stale, kept in memory when the cache is locked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from handbook import content
from handbook.content import Handbook, compiled, files, loading
from handbook.resources import content_dir


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HANDBOOK_CACHE_DIR", str(folder))
    monkeypatch.setattr(compiled, "shipped_dir", lambda: tmp_path / "no-shipped")
    return folder


def everything(handbook: Handbook) -> dict[str, Any]:
    handbook.load_all()
    return {
        "packs": {lang: handbook.packs[lang] for lang in handbook.packs},
        "problems": list(handbook.found_problems),
        "broken": set(handbook.broken_ids),
        "sources": handbook.sources,
        "names": handbook.names,
    }


def broken_copy(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(content_dir(), pack)
    (pack / "en" / "ablation.md").write_text("no front matter\n", encoding="utf-8")
    shutil.copy(pack / "en" / "radiation.md", pack / "en" / "radiation-copy.md")  # an id unlike its file name
    glossary = pack / "en" / "glossary.yaml"
    entries = yaml.safe_load(glossary.read_text(encoding="utf-8"))
    glossary.write_text(yaml.safe_dump([*entries, entries[0]], allow_unicode=True), encoding="utf-8")  # a twin
    with (pack / "ko" / "glossary.yaml").open("a", encoding="utf-8") as out:
        out.write("- {id: broken\n")
    with (pack / "sources.yaml").open("a", encoding="utf-8") as out:
        out.write("odd: 1\n")
    return pack


def compiled_files(cache: Path) -> list[Path]:
    [folder] = [p for p in (cache / "content").iterdir() if p.is_dir()]
    return sorted(folder.glob("*.json"))


@pytest.mark.parametrize("which", ["bundled", "broken"])
def test_the_compiled_form_gives_the_same_handbook_as_the_files(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    root = content_dir() if which == "bundled" else broken_copy(tmp_path)
    first = everything(content.load(root))  # compiled now, from the files
    assert len(compiled_files(cache)) == 1 + len(first["packs"])
    if which == "broken":
        assert first["problems"] and first["broken"] == {"ablation", "radiation-copy"}
        assert any("(also in " in p.message for p in first["problems"])  # a path inside a message

    def no_files(*_args: object) -> object:
        raise AssertionError("the files were read again")

    monkeypatch.setattr(files, "load_pack", no_files)
    monkeypatch.setattr(files, "load_mapping", no_files)
    again = everything(content.load(root))  # from the compiled files only
    assert again == first


def test_the_packs_equal_what_the_file_readers_give(cache: Path) -> None:
    handbook = content.load(content_dir())
    for lang in handbook.packs:
        problems: list[content.Problem] = []
        direct = files.load_pack(lang, content_dir() / lang, loading._shower(content_dir()), problems)
        assert handbook.packs[lang] == direct


def test_paths_are_shown_from_where_the_reader_stands(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = broken_copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    relative = content.load(Path("pack")).found_problems
    assert relative and all(p.path.startswith("pack/") for p in relative)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    absolute = content.load(pack).found_problems  # the same compiled files, shown from elsewhere
    assert [p.path for p in absolute] == [str(tmp_path / p.path) for p in relative]
    duplicate = next(p for p in absolute if "(also in " in p.message)
    assert f"(also in {pack}/en/" in duplicate.message


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-10] ^= 0x01
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], object]] = {
    "deleted": Path.unlink,
    "cut short": lambda p: p.write_bytes(p.read_bytes()[:300]),
    "garbage": lambda p: p.write_bytes(os.urandom(2000)),
    "a byte changed": _flip_a_byte,
    "empty": lambda p: p.write_bytes(b""),
    "another version": lambda p: p.write_bytes(
        p.read_bytes().replace(f'"version": "{compiled.VERSION}"'.encode(), b'"version": "0"', 1)
    ),
    "a folder in its place": lambda p: (p.unlink(), p.mkdir()),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
@pytest.mark.parametrize("name", ["common", "en"])
def test_a_damaged_compiled_file_is_compiled_again(cache: Path, damage: str, name: str) -> None:
    before = everything(content.load(content_dir()))
    [path] = [p for p in compiled_files(cache) if p.stem == name]
    DAMAGE[damage](path)
    after = everything(content.load(content_dir()))
    assert after == before
    if damage != "a folder in its place":  # a folder is not replaced, the content is kept in memory
        assert compiled.read(path.parent, name, content.content_hash(content_dir())) is not None, "not healed"


def test_content_that_changed_is_compiled_again(tmp_path: Path, cache: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(content_dir(), pack)
    assert "zyxword" not in content.load(pack).topic("about").body_text()
    about = pack / "en" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nThe word zyxword is new.\n", encoding="utf-8")
    assert "zyxword" in content.load(pack).topic("about").body_text()
    assert len([p for p in (cache / "content").iterdir() if p.is_dir()]) == 1  # the old one is pruned


def test_a_cache_that_cannot_be_written_keeps_it_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("HANDBOOK_CACHE_DIR", str(blocker / "cache"))  # cannot be made, even by root
    monkeypatch.setattr(compiled, "shipped_dir", lambda: tmp_path / "no-shipped")
    handbook = content.load(content_dir())
    assert handbook.topic("denosumab").title
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


def test_compile_all_fills_the_cache_once(tmp_path: Path, cache: Path) -> None:
    folder = content.compile_all(content_dir(), shipped=False)
    assert sorted(p.stem for p in folder.glob("*.json")) == sorted(["common", *content.load(content_dir()).packs])
    stamps = {p: p.stat().st_mtime_ns for p in folder.glob("*.json")}
    assert content.compile_all(content_dir(), shipped=False) == folder
    assert {p: p.stat().st_mtime_ns for p in folder.glob("*.json")} == stamps  # fresh: not written again


def test_a_start_from_compiled_content_imports_no_yaml_nor_jsonschema(cache: Path) -> None:
    code = (
        "import sys\n"
        "from handbook import content\n"
        "h = content.load()\n"
        "h.pack('ar')\n"
        "print(sorted(m for m in ('yaml', 'jsonschema') if m in sys.modules))\n"
    )
    env = {**os.environ, "HANDBOOK_CACHE_DIR": str(cache)}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.strip() in ("[]", "['jsonschema', 'yaml']")  # [] when the shipped one is fresh
    assert again.stdout.strip() == "[]"
