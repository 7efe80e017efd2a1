"""Where the index lives, and how it heals: shipped, cached, stale, damaged, unwritable, concurrent.

Every test points the shipped index and the user cache at temporary folders: nothing is written into
the repository. Most use a small content pack (the English content alone) so builds are quick.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from handbook import content, resources, search
from handbook.cli import main
from handbook.content import Handbook
from handbook.errors import SearchError
from handbook.search import store


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A writable content pack: the bundled English content alone."""
    folder = tmp_path / "content"
    folder.mkdir()
    for name in ("names.yaml", "sources.yaml"):
        shutil.copy(resources.content_dir() / name, folder / name)
    shutil.copytree(resources.content_dir() / "en", folder / "en")
    return folder


@pytest.fixture
def handbook(small: Path) -> Handbook:
    return content.load(small)


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """(shipped folder, cache folder), both empty temporary folders; opened indexes forgotten."""
    shipped = tmp_path / "install" / "resources" / "index"
    cache = tmp_path / "cache"
    monkeypatch.setattr(resources, "shipped_index_dir", lambda: shipped)
    monkeypatch.setenv("HANDBOOK_CACHE_DIR", str(cache))
    search.forget_indexes()
    yield shipped, cache
    search.forget_indexes()


def _snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _works(index: search.SearchIndex) -> None:
    assert "fracture" in [h.id for h in index.search("broken bones", "en").hits]


def test_first_open_builds_into_the_user_cache(places: tuple[Path, Path], handbook: Handbook) -> None:
    shipped, cache = places
    index = search.open_index(handbook)
    folder = store.cache_folder(handbook.content_hash)
    assert index.where == str(folder)
    assert folder.is_relative_to(cache)
    meta = json.loads((folder / store.META).read_text(encoding="utf-8"))
    assert meta["content_hash"] == handbook.content_hash
    assert set(meta["languages"]) == set(handbook.packs)
    assert not shipped.exists()
    _works(index)
    assert search.open_index(handbook) is index  # cached per process


def test_a_fresh_cached_index_is_not_rebuilt(
    places: tuple[Path, Path], handbook: Handbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    search.open_index(handbook)
    search.forget_indexes()
    before = _snapshot(places[1])

    def no_build(*_args: object) -> None:
        raise AssertionError("rebuilt a fresh index")

    monkeypatch.setattr(store, "build", no_build)
    _works(search.open_index(handbook))
    assert _snapshot(places[1]) == before


def _biggest(folder: Path) -> Path:
    return max((p for p in folder.iterdir() if p.name != store.META), key=lambda p: p.stat().st_size)


def _empty(folder: Path) -> None:
    for path in folder.iterdir():
        path.unlink()


def _all_garbage(folder: Path) -> None:
    for path in folder.iterdir():
        path.write_bytes(b"\x00garbage" * 50)


def _gone(folder: Path) -> None:
    _empty(folder)
    folder.rmdir()


def _a_file(folder: Path) -> None:
    _gone(folder)
    folder.write_text("x")


DAMAGE: dict[str, Callable[[Path], object]] = {
    "file deleted": lambda f: _biggest(f).unlink(),
    "file truncated": lambda f: _biggest(f).write_bytes(_biggest(f).read_bytes()[:100]),
    "file emptied": lambda f: _biggest(f).write_bytes(b""),
    "file filled with garbage": lambda f: _biggest(f).write_bytes(os.urandom(_biggest(f).stat().st_size)),
    "every file garbage": _all_garbage,
    "meta garbage": lambda f: (f / store.META).write_text("{not json", encoding="utf-8"),
    "meta deleted": lambda f: (f / store.META).unlink(),
    "folder emptied": _empty,
    "folder deleted": _gone,
    "folder is a file": _a_file,
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_damaged_index_heals_on_next_open(places: tuple[Path, Path], handbook: Handbook, damage: str) -> None:
    running = search.open_index(handbook)
    folder = Path(running.where)
    DAMAGE[damage](folder)
    _works(running)  # an index already open lives in memory: damage on disk cannot break it
    search.forget_indexes()
    healed = search.open_index(handbook)
    _works(healed)
    if healed.where != store.MEMORY:
        assert store.load(Path(healed.where), handbook.content_hash) is not None


def test_stale_index_is_rebuilt_and_the_old_one_pruned(
    places: tuple[Path, Path], handbook: Handbook, small: Path
) -> None:
    first = handbook
    old = Path(search.open_index(first).where)
    topic = small / "en" / "about.md"
    topic.write_text(topic.read_text(encoding="utf-8") + "\nA brand new zyxwordq paragraph.\n", encoding="utf-8")
    changed = content.load(small)
    assert changed.content_hash != first.content_hash
    index = search.open_index(changed)
    assert Path(index.where) != old and not old.exists()
    assert [h.id for h in index.search("zyxwordq", "en").hits] == ["about"]


def test_a_content_pack_gets_its_own_index(places: tuple[Path, Path], handbook: Handbook, tmp_path: Path) -> None:
    other = tmp_path / "clinic-pack"
    shutil.copytree(handbook.root, other)
    (other / "en" / "about.md").write_text(
        (other / "en" / "about.md").read_text(encoding="utf-8") + "\nClinic pack words.\n", encoding="utf-8"
    )
    pack = content.load(other)
    assert search.open_index(pack).where != search.open_index(handbook).where
    assert search.open_index(pack).search("clinic pack", "en").hits


def test_shipped_index_is_used_read_only(places: tuple[Path, Path], handbook: Handbook) -> None:
    shipped, cache = places
    assert search.ensure_index(handbook, shipped=True) == str(shipped)
    search.forget_indexes()
    before = _snapshot(shipped)
    index = search.open_index(handbook)
    assert index.where == str(shipped)
    _works(index)
    assert _snapshot(shipped) == before
    assert not (cache / "search-index").exists()  # no index written anywhere (the content's compiled form may be)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_shipped_index_is_readable_by_every_user(places: tuple[Path, Path], handbook: Handbook) -> None:
    """An install is owned by whoever built it; everyone else must still read its index."""
    shipped, _cache = places
    search.ensure_index(handbook, shipped=True)
    assert shipped.stat().st_mode & 0o005 == 0o005
    for path in shipped.iterdir():
        assert path.stat().st_mode & 0o004, path


def test_stale_shipped_index_falls_back_to_the_cache(
    places: tuple[Path, Path], handbook: Handbook, small: Path
) -> None:
    shipped, cache = places
    search.ensure_index(handbook, shipped=True)
    before = _snapshot(shipped)
    (small / "en" / "support.md").unlink()
    changed = content.load(small)
    index = search.open_index(changed)
    assert Path(index.where).is_relative_to(cache)
    assert _snapshot(shipped) == before


def test_nothing_writable_keeps_the_index_in_memory(
    places: tuple[Path, Path], handbook: Handbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HANDBOOK_CACHE_DIR", str(blocker / "cache"))  # cannot be created, even by root
    index = search.open_index(handbook)
    assert index.where == store.MEMORY
    _works(index)
    assert search.ensure_index(handbook, rebuild=True) == store.MEMORY


def test_shipped_build_into_an_unwritable_place_is_a_clear_error(
    places: tuple[Path, Path], handbook: Handbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(resources, "shipped_index_dir", lambda: blocker / "index")
    with pytest.raises(SearchError, match="cannot write the search index"):
        search.ensure_index(handbook, shipped=True)


def test_rebuild_replaces_the_cached_index(places: tuple[Path, Path], handbook: Handbook) -> None:
    first = search.ensure_index(handbook)
    before = _snapshot(Path(first))
    again = search.ensure_index(handbook, rebuild=True)
    assert again == first
    assert _snapshot(Path(again)) != before  # written anew (new files, new times)
    assert not [p for p in Path(again).parent.iterdir() if p.name.startswith(".") and p.is_dir()]
    _works(search.open_index(handbook))


def test_processes_rebuilding_at_once_leave_a_good_index(places: tuple[Path, Path], handbook: Handbook) -> None:
    _shipped, cache = places
    script = (
        "import sys; from handbook import content, search; "
        "print(search.ensure_index(content.load(sys.argv[1]), rebuild=True))"
    )
    env = {**os.environ, "HANDBOOK_CACHE_DIR": str(cache)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(handbook.root)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err.decode() for _out, err in outputs]
    folders = {out.decode().strip() for out, _err in outputs}
    assert folders == {str(store.cache_folder(handbook.content_hash))}
    assert store.load(Path(folders.pop()), handbook.content_hash) is not None
    leftovers = [p.name for p in (cache / "search-index").iterdir() if p.name.startswith(".")]
    assert not leftovers


# -------------------------------------------------------------------------------------- the CLI


def test_cli_index_and_search(places: tuple[Path, Path], small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shipped, cache = places
    assert main(["--content", str(small), "index"]) == 0
    assert str(cache) in capsys.readouterr().out
    assert main(["--content", str(small), "index", "--shipped"]) == 0
    assert str(shipped) in capsys.readouterr().out
    assert main(["--content", str(small), "search", "broken bones", "--json", "--limit", "3"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert "bone-problems" in [h["id"] for h in hits] and len(hits) <= 3
    assert main(["--content", str(small), "search", "osteoclasst"]) == 0
    assert "Did you mean: osteoclasts?" in capsys.readouterr().out


def test_cli_batch_search(
    places: tuple[Path, Path], small: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("broken bones\n\nAND OR (((\n骨折\n"))
    assert main(["--content", str(small), "search", "-", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    results = [json.loads(line) for line in lines]
    assert results[0] and results[1] == [] and isinstance(results[2], list)
