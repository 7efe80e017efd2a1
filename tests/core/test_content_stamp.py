"""The content hash remembered with a stamp of the files (handbook/content/stamp.py): a start that finds
the files as they were uses the kept hash; any change to a file is seen, and the files hashed again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from handbook.content import content_hash, stamp
from handbook.resources import content_dir


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HANDBOOK_CACHE_DIR", str(tmp_path / "cache"))
    copy = tmp_path / "content"
    shutil.copytree(content_dir(), copy)
    return copy


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each folder hashed from its files (not from a kept stamp)."""
    seen: list[Path] = []

    def count(root: Path) -> str:
        seen.append(root)
        return content_hash(root)

    monkeypatch.setattr(stamp, "content_hash", count)
    return seen


def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the files had been written long ago (their change times cannot be set back)."""
    monkeypatch.setattr(stamp, "SETTLE_NS", -(10**20))


def test_the_kept_hash_is_the_files_hash_and_is_used_while_nothing_changes(
    folder: Path, hashed: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    assert stamp.known_hash(folder) == content_hash(folder)
    assert stamp.known_hash(folder) == content_hash(folder)
    assert len(hashed) == 1  # the second start read no file


@pytest.mark.parametrize("change", ["same size", "times set back", "added", "removed", "renamed", "in a subfolder"])
def test_every_change_is_seen(folder: Path, hashed: list[Path], monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    _settled(monkeypatch)
    stamp.known_hash(folder)
    page = folder / "en" / "radiation.md"
    text = page.read_text(encoding="utf-8")
    if change == "same size":
        page.write_text(text.replace("a", "e", 1), encoding="utf-8")
    elif change == "times set back":
        info = page.stat()
        page.write_text(text.replace("a", "e", 1), encoding="utf-8")
        os.utime(page, ns=(info.st_atime_ns, info.st_mtime_ns))  # only the change time tells
    elif change == "added":
        (folder / "en" / "new.md").write_text(text, encoding="utf-8")
    elif change == "removed":
        page.unlink()
    elif change == "renamed":
        page.rename(folder / "en" / "radiation2.md")
    else:
        (folder / "en" / "more").mkdir()
        (folder / "en" / "more" / "x.md").write_text(text, encoding="utf-8")
    assert stamp.known_hash(folder) == content_hash(folder)
    assert len(hashed) == 2


def test_a_stamp_of_files_written_just_now_is_not_kept(folder: Path, hashed: list[Path]) -> None:
    (folder / "en" / "radiation.md").touch()
    assert stamp.known_hash(folder) == stamp.known_hash(folder) == content_hash(folder)
    assert len(hashed) == 2  # hashed at each start until the files have settled


def test_a_damaged_or_unwritable_stamp_only_costs_a_hash(
    folder: Path, hashed: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _settled(monkeypatch)
    stamp.known_hash(folder)
    [kept] = (tmp_path / "cache" / "content-stamps").glob("*.json")
    kept.write_text('{"version": 1, "root": ', encoding="utf-8")
    assert stamp.known_hash(folder) == content_hash(folder)
    monkeypatch.setenv("HANDBOOK_CACHE_DIR", str(folder / "en" / "radiation.md"))  # a file: no folder there
    assert stamp.known_hash(folder) == content_hash(folder)
    assert len(hashed) == 3


def test_linked_folders_and_links_count_as_the_hash_counts_them(
    folder: Path, hashed: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _settled(monkeypatch)
    (folder / "extra").mkdir()
    (folder / "extra" / "a.md").write_text("one\n", encoding="utf-8")
    (folder / "en" / "linked").symlink_to(folder / "extra", target_is_directory=True)  # followed once
    outside = tmp_path / "outside.md"
    outside.write_text("outside\n", encoding="utf-8")
    (folder / "en" / "link.md").symlink_to(folder / "extra" / "a.md")
    assert stamp.known_hash(folder) == content_hash(folder)
    (folder / "extra" / "a.md").write_text("two\n", encoding="utf-8")  # seen through the linked folder too
    assert stamp.known_hash(folder) == content_hash(folder)
    (folder / "en" / "link.md").unlink()
    (folder / "en" / "link.md").symlink_to(outside)  # now a link out of the folder: refused, by its reason
    assert stamp.known_hash(folder) == content_hash(folder)
    assert len(hashed) == 3
    assert stamp.known_hash(folder) == content_hash(folder)
    assert len(hashed) == 3  # nothing changed since
