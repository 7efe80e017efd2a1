"""Faults from the world outside the handbook, each made to happen on purpose:

(a) the search index damaged between two runs, (b) an install and a home nobody may write to,
(c) processes building the index at once, (d) a broken content file, (e) exports into places that
cannot take them (read-only, a full disk, failing system calls), (f) a corrupted settings file.

The commands run as separate processes where the fault is about processes, users or files left
between runs; in-process (``main([...])``) where a system call is made to fail. Faults tested
elsewhere are not repeated here: the index healing through the Python API and the index kept in
memory when the cache cannot be made (tests/core/test_search_index.py), a missing output folder and
a full disk through ``export_pdf`` (tests/core/test_pdf.py), ``check`` naming broken YAML and
``show`` warning about it (tests/core/test_check.py).
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from pypdf import PdfReader

from handbook import content, resources
from handbook.cli import main
from handbook.pdf import export as pdf_module
from handbook.search import store

ROOT = os.geteuid() == 0
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
WORD = "zyxwordq"  # a word only the test packs hold
OLD_PDF = b"%PDF-1.4 the good handout printed yesterday"


# ------------------------------------------------------------------------------------- helpers


def make_pack(folder: Path) -> Path:
    """A content pack: the bundled English content with one new word, so the shipped index is stale
    for it and its index lives in the user cache."""
    folder.mkdir(parents=True)
    for name in ("names.yaml", "sources.yaml"):
        shutil.copy(resources.content_dir() / name, folder / name)
    shutil.copytree(resources.content_dir() / "en", folder / "en")
    about = folder / "en" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + f"\nThe test word {WORD} is here.\n", encoding="utf-8")
    return folder


def run(*args: str, env: dict[str, str], cwd: Path | None = None) -> Result:
    command = [sys.executable, "-m", "handbook", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env, cwd=cwd)
    return Result(done.returncode, done.stdout, done.stderr)


# ------------------------------------------------------------- running the handbook as another user


@dataclass(frozen=True)
class Install:
    """The handbook as another user runs it: an interpreter that user can run, and a copy of the
    handbook (code, content, resources) and of the packages it needs, in a folder every user can read.

    The tests' own interpreter and virtual environment may lie where only root can read (a clone in
    /root or in a private ``mktemp -d`` folder), so 'nobody' could not start them.
    """

    python: str
    base: Path  # holds handbook/, content/ and resources/, like an installed app
    site: Path  # the packages of the command line (no Qt: these tests run no window)

    def run(self, *args: str, env: dict[str, str], cwd: Path | None = None) -> Result:
        env = {**env, "PYTHONPATH": f"{self.base}{os.pathsep}{self.site}", "PYTHONNOUSERSITE": "1"}
        command = [*NOBODY, self.python, "-m", "handbook", *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env, cwd=cwd or self.base)
        return Result(done.returncode, done.stdout, done.stderr)


#: an interpreter nobody can run: it lies in a folder nobody may enter, and has what the command line needs
_PROBE = (
    "import os, sys, json, hashlib, tempfile, argparse, logging, zlib, unicodedata, sqlite3\n"
    "assert os.access(os.path.dirname(sys.executable), os.R_OK | os.X_OK)\n"
    "print(sys.version_info[:2])\n"
)


def _nobody_can_run(python: str) -> bool:
    try:
        done = subprocess.run(
            [*NOBODY, python, "-I", "-c", _PROBE], capture_output=True, text=True, timeout=60, cwd="/"
        )
    except OSError:
        return False
    return done.returncode == 0 and done.stdout.strip() == str(tuple(sys.version_info[:2]))


def _interpreter_for_nobody() -> str | None:
    """A Python of the same version as this one that 'nobody' can run: this one's base, or the system's."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    base = getattr(sys, "_base_executable", sys.executable)
    candidates = [os.path.realpath(base), f"/usr/local/bin/{version}", f"/usr/bin/{version}"]
    return next((c for c in dict.fromkeys(candidates) if os.path.isfile(c) and _nobody_can_run(c)), None)


def _needed_distributions() -> list[metadata.Distribution]:
    """The handbook's run-time dependencies, and theirs, without Qt."""
    found: dict[str, metadata.Distribution] = {}
    todo = [r for r in metadata.requires("handbook") or [] if "extra ==" not in r]
    while todo:
        name = todo.pop().split(";")[0].strip()
        for stop in "<>=!~[ (":
            name = name.split(stop)[0]
        key = name.lower().replace("_", "-")
        if key in found or key.startswith(("pyside6", "shiboken6")):
            continue
        dist = metadata.distribution(name)
        found[key] = dist
        todo += [r for r in dist.requires or [] if "extra ==" not in r]
    return list(found.values())


def _readable_by_all(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode | 0o444 | (0o111 if path.is_dir() or mode & 0o100 else 0))


@pytest.fixture(scope="module")
def nobody_install() -> Iterator[Install]:
    """The handbook installed where 'nobody' can read it (root only: the commands run as nobody)."""
    python = _interpreter_for_nobody()
    if python is None:
        pytest.skip(
            f"no Python {sys.version_info.major}.{sys.version_info.minor} that the user 'nobody' can run: this one "
            f"({os.path.realpath(sys.executable)}) lies in a folder nobody may not enter, and no system one was found"
        )
    folder = Path(tempfile.mkdtemp(prefix="handbook-nobody-"))
    try:
        base, site = folder / "app", folder / "site"
        source = resources.base_dir()
        shutil.copytree(source / "handbook", base / "handbook", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(resources.content_dir(), base / "content")
        shutil.copytree(resources.resources_dir(), base / "resources")
        for dist in _needed_distributions():
            for file in dist.files or []:
                if ".." in file.parts or "__pycache__" in file.parts:
                    continue
                target = site / file
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(dist.locate_file(file), target)
        _readable_by_all(folder)
        yield Install(python, base, site)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def ok(self) -> Result:
        assert self.code == 0, self.err
        assert "Traceback" not in self.err
        return self

    def one_line_error(self, *words: str) -> None:
        assert self.code == 1, (self.code, self.err)
        assert "Traceback" not in self.err
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        for word in words:
            assert word in lines[0], lines[0]

    def hit_ids(self) -> list[str]:
        return [hit["id"] for hit in json.loads(self.out)]


def env_with(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HANDBOOK_CACHE_DIR", "HANDBOOK_DEBUG")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **values}


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        for p in sorted(folder.rglob("*"))
    }


def index_folders(cache: Path) -> list[Path]:
    return [p for p in (cache / "search-index").iterdir() if p.is_dir() and not p.name.startswith(".")]


def leftovers(cache: Path) -> list[str]:
    """Temporary folders a build may leave behind (lock files are fine)."""
    return [p.name for p in (cache / "search-index").iterdir() if p.name.startswith(".")]


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary folder every user may enter (pytest's own is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="handbook-faults-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):  # give back write permission taken away by a test
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


def cannot_write(folder: Path) -> bool:
    """Whether this user really cannot create a file in ``folder``."""
    try:
        probe = folder / ".probe"
        probe.write_text("x")
    except OSError:
        return True
    probe.unlink()
    return False


# -------------------------------------------------------------- (a) an index damaged between runs


def _biggest(folder: Path) -> Path:
    return max((p for p in folder.iterdir() if p.name != store.META), key=lambda p: p.stat().st_size)


def _garbage_everywhere(folder: Path) -> None:
    for path in folder.iterdir():
        path.write_bytes(os.urandom(max(64, path.stat().st_size)))


DAMAGE: dict[str, Callable[[Path], object]] = {
    "index folder deleted": shutil.rmtree,
    "index file deleted": lambda f: _biggest(f).unlink(),
    "index file truncated": lambda f: _biggest(f).write_bytes(_biggest(f).read_bytes()[:200]),
    "every file filled with garbage": _garbage_everywhere,
    "meta.json not JSON": lambda f: (f / store.META).write_bytes(b"\x00{garbage"),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_an_index_damaged_between_two_runs_heals_on_the_next_search(tmp_path: Path, damage: str) -> None:
    pack = make_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    env = env_with(HANDBOOK_CACHE_DIR=str(cache))
    first = run("--content", str(pack), "search", WORD, "--json", env=env).ok()
    assert first.hit_ids() == ["about"]
    [folder] = index_folders(cache)
    DAMAGE[damage](folder)

    again = run("--content", str(pack), "search", WORD, "--json", env=env).ok()
    assert again.hit_ids() == ["about"]
    assert len(again.err.splitlines()) <= 2  # at most the notes that it was damaged and rebuilt
    assert index_folders(cache) == [folder]
    assert store.load(folder, content.content_hash(pack)) is not None, "not healed on disk"
    assert not leftovers(cache)
    healed = snapshot(folder)
    run("--content", str(pack), "search", WORD, "--json", env=env).ok()
    assert snapshot(folder) == healed  # the healed index is used as it is, not built again


# ------------------------------------------------- (b) read-only install, home nobody may write to


@pytest.fixture
def locked_home(shared_tmp: Path) -> Path:
    """A home (and XDG folders) the user running the commands cannot write to."""
    home = shared_tmp / "home"
    home.mkdir()
    home.chmod(0o555)
    if not ROOT and not cannot_write(home):
        pytest.skip("chmod cannot stop this user writing")
    return home


def locked_env(home: Path) -> dict[str, str]:
    xdg = ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")
    return env_with(HOME=str(home), **{name: str(home) for name in xdg})


def test_a_read_only_install_and_home_work_from_memory(
    shared_tmp: Path, locked_home: Path, request: pytest.FixtureRequest
) -> None:
    install: Install | None = request.getfixturevalue("nobody_install") if ROOT else None
    if install is not None:  # the commands run as nobody: nothing of the install belongs to them
        for folder in (install.base, install.base / "resources", install.base / "resources" / "index"):
            assert not folder.stat().st_mode & 0o002
    pack = make_pack(shared_tmp / "pack")
    env = locked_env(locked_home)
    before = snapshot(shared_tmp)

    def cli(*args: str) -> Result:
        if install is not None:
            return install.run("--content", str(pack), *args, env=env, cwd=shared_tmp)
        return run("--content", str(pack), *args, env=env, cwd=shared_tmp)

    assert cli("index").ok().out.strip() == f"search index: {store.MEMORY}"
    assert cli("search", WORD, "--json").ok().hit_ids() == ["about"]
    assert "fracture" in cli("search", "broken bones", "--json").ok().hit_ids()
    assert "Xgeva" in cli("show", "denosumab").ok().out
    table = json.loads(cli("compare", "zometa", "xgeva", "--json").ok().out)
    assert [t["id"] for t in table["treatments"]] == ["bisphosphonates", "denosumab"]
    cli("export", "--sections", "denosumab", "-o", str(locked_home / "h.pdf")).one_line_error("permission denied")
    assert snapshot(shared_tmp) == before, "something was written"


# ----------------------------------------------------------------- (c) two builds at the same time


def test_two_rebuilds_and_a_search_at_once_all_succeed(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    env = env_with(HANDBOOK_CACHE_DIR=str(cache))
    commands = [["index", "--rebuild"], ["index", "--rebuild"], ["search", WORD, "--json"]]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "handbook", "--content", str(pack), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in commands
    ]
    results = [Result(p.wait(timeout=180), *p.communicate(timeout=10)) for p in procs]
    for result in results:
        result.ok()
    [folder] = index_folders(cache)
    assert results[0].out.strip() == results[1].out.strip() == f"search index: {folder}"
    assert results[2].hit_ids() == ["about"]
    assert store.load(folder, content.content_hash(pack)) is not None
    assert not leftovers(cache)
    assert run("--content", str(pack), "search", WORD, "--json", env=env).ok().hit_ids() == ["about"]


# ----------------------------------------------------------------------- (d) a broken content file


def _garbage_bytes(pack: Path) -> str:
    (pack / "en" / "kyphoplasty.md").write_bytes(b"\xff\xfe" + os.urandom(500))
    return "kyphoplasty"


def _no_front_matter(pack: Path) -> str:
    (pack / "en" / "kyphoplasty.md").write_text("Just some words, no front matter.\n", encoding="utf-8")
    return "kyphoplasty"


def _empty_file(pack: Path) -> str:
    (pack / "en" / "radiation.md").write_bytes(b"")
    return "radiation"


def _cut_short(pack: Path) -> str:
    path = pack / "en" / "ablation.md"
    path.write_bytes(path.read_bytes()[:150])  # a copy that stopped halfway through the front matter
    return "ablation"


BREAKAGE: dict[str, Callable[[Path], str]] = {
    "garbage bytes": _garbage_bytes,
    "no front matter": _no_front_matter,
    "empty file": _empty_file,
    "cut short": _cut_short,
}


def _listed(out: str, broken: str) -> None:
    ids = [t["id"] for t in json.loads(out)]
    assert broken not in ids and {"denosumab", "spread-to-bone", "osteoclast"} <= set(ids)


def _shown(out: str, broken: str) -> None:
    assert "Xgeva" in out


def _found(out: str, broken: str) -> None:
    assert [json.loads(line)[0]["id"] for line in out.splitlines()] == ["denosumab", "about"]


def _compared(out: str, broken: str) -> None:
    assert [t["id"] for t in json.loads(out)["treatments"]] == ["bisphosphonates", "denosumab"]


COMMANDS: dict[str, tuple[list[str], Callable[[str, str], None]]] = {
    "list": (["list", "--json"], _listed),
    "show": (["show", "denosumab"], _shown),
    "batch search": (["search", "-", "--json"], _found),
    "compare": (["compare", "zometa", "xgeva", "--json"], _compared),
    "export": (["export", "--sections", "denosumab,spread-to-bone", "-o", "{tmp}/h.pdf"], lambda out, broken: None),
}


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
@pytest.mark.parametrize("breakage", BREAKAGE, ids=list(BREAKAGE))
def test_a_broken_file_leaves_the_rest_working_with_one_warning(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    breakage: str,
    command: str,
) -> None:
    pack = make_pack(tmp_path / "pack")
    broken = BREAKAGE[breakage](pack)
    monkeypatch.setenv("HANDBOOK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"xgeva\n{WORD}\n"))
    args, check = COMMANDS[command]
    code = main(["--content", str(pack), *(a.replace("{tmp}", str(tmp_path)) for a in args)])
    out, err = capsys.readouterr()
    assert code == 0, err
    warnings = [line for line in err.splitlines() if line.startswith("handbook: warning:")]
    assert len(warnings) == 1, err
    assert f"{broken}.md" in warnings[0] and "handbook check" in warnings[0]
    check(out, broken)
    if command == "export":
        assert PdfReader(tmp_path / "h.pdf").pages


@pytest.mark.parametrize("breakage", BREAKAGE, ids=list(BREAKAGE))
def test_check_names_the_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], breakage: str) -> None:
    pack = make_pack(tmp_path / "pack")
    broken = BREAKAGE[breakage](pack)
    assert main(["--content", str(pack), "check"]) == 1
    out, err = capsys.readouterr()
    named = [line for line in out.splitlines() if line.startswith(f"{pack / 'en' / broken}.md:")]
    assert named, out
    assert err.strip() == f"{len(out.splitlines())} problem(s) found"


# ------------------------------------------------------------------ (e) exports that cannot land


def test_an_export_into_a_read_only_folder_is_refused_in_one_line(
    shared_tmp: Path, request: pytest.FixtureRequest
) -> None:
    """Folders the user may not write to (another's, their own without write permission) and a
    read-only file: the old file stays, nothing else appears."""
    theirs, own, writable = shared_tmp / "theirs", shared_tmp / "own", shared_tmp / "writable"
    for folder in (theirs, own, writable):
        folder.mkdir()
        (folder / "handout.pdf").write_bytes(OLD_PDF)
    if ROOT:
        for path in (own, own / "handout.pdf", writable, writable / "handout.pdf"):
            os.chown(path, 65534, 65534)
    (writable / "handout.pdf").chmod(0o444)
    own.chmod(0o555)
    theirs.chmod(0o555)
    if not ROOT and not cannot_write(own):
        pytest.skip("chmod cannot stop this user writing")
    before = snapshot(shared_tmp)
    env = locked_env(shared_tmp)
    for folder in (theirs, own, writable):
        args = ("export", "--sections", "denosumab", "-o", str(folder / "handout.pdf"))
        out = request.getfixturevalue("nobody_install").run(*args, env=env) if ROOT else run(*args, env=env)
        out.one_line_error("permission denied", str(folder))
    assert snapshot(shared_tmp) == before


def faulty(module: types.ModuleType, **replacements: object) -> types.ModuleType:
    """A stand-in for ``module`` with some functions replaced (only the caller sees it)."""
    stand_in = types.ModuleType(module.__name__)
    stand_in.__dict__.update(module.__dict__)
    stand_in.__dict__.update(replacements)
    return stand_in


def _fails(code: int) -> Callable[..., object]:
    def fail(*_args: object, **_kwargs: object) -> object:
        raise OSError(code, os.strerror(code))

    return fail


def _half_then_full() -> Callable[[int, bytes], int]:
    calls = []

    def write(fd: int, data: bytes) -> int:
        calls.append(fd)
        if len(calls) == 1:
            return os.write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    return write


FAULTS: dict[str, tuple[Callable[[], dict[str, object]], str]] = {
    "disk full halfway through": (lambda: {"os": {"write": _half_then_full()}}, "not enough disk space"),
    "disk full at fsync": (lambda: {"os": {"fsync": _fails(errno.ENOSPC)}}, "not enough disk space"),
    "quota exceeded at fsync": (lambda: {"os": {"fsync": _fails(errno.EDQUOT)}}, "quota"),
    "disk full making the file": (lambda: {"tempfile": {"mkstemp": _fails(errno.ENOSPC)}}, "not enough disk space"),
    "read-only file system": (lambda: {"tempfile": {"mkstemp": _fails(errno.EROFS)}}, "read-only"),
    "I/O error at rename": (lambda: {"os": {"replace": _fails(errno.EIO)}}, "cannot write"),
}


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_a_failing_disk_leaves_the_old_file_and_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fault: str
) -> None:
    make, words = FAULTS[fault]
    target = tmp_path / "handout.pdf"
    target.write_bytes(OLD_PDF)
    for name, replacements in make().items():
        monkeypatch.setattr(pdf_module, name, faulty(getattr(pdf_module, name), **replacements))
    code = main(["export", "--compare", "zometa,xgeva", "--lang", "vi", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and str(target) in lines[0], err
    assert target.read_bytes() == OLD_PDF
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


# ----------------------------------------------------------------- (f) a corrupted settings file

# Qt itself notes a stored value of a type it does not know; that note is expected here.
QVARIANT_NOTE = pytest.mark.qt_log_ignore("QVariant::load: unknown user type")

SETTINGS_FILES: dict[str, tuple[bytes, set[str]]] = {
    # raw file -> the keys whose stored value must be reported as ignored
    "wrong types": (b"[view]\nzoom=huge\ntheme=42\n[General]\nlanguage=fr\n", {"view/zoom", "view/theme", "language"}),
    "out of range": (b"[view]\nzoom=99999999999999999999999999\ntheme=\n", {"view/zoom", "view/theme"}),
    "lists and bytes": (b"[view]\nzoom=120, 130\ntheme=@ByteArray(calm)\n", {"view/zoom", "view/theme"}),
    "broken variant": (
        b"[General]\nlanguage=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1\\0)\n[view]\nzoom=-5\n",
        {"view/zoom"},
    ),
    "a line break in a value": (b"[General]\nlanguage=en\\n\n", {"language"}),
}


@pytest.fixture
def read_prefs(qapp: object) -> Callable[[Path], object]:
    from PySide6.QtCore import QSettings

    from handbook.ui.prefs import Prefs

    return lambda path: Prefs(QSettings(str(path), QSettings.Format.IniFormat))


@QVARIANT_NOTE
@pytest.mark.parametrize("case", SETTINGS_FILES, ids=list(SETTINGS_FILES))
def test_bad_stored_settings_fall_back_to_defaults_with_a_warning(
    tmp_path: Path, read_prefs: Callable[[Path], object], caplog: pytest.LogCaptureFixture, case: str
) -> None:
    from handbook.config import settings

    raw, reported = SETTINGS_FILES[case]
    path = tmp_path / "handbook.ini"
    path.write_bytes(raw)
    with caplog.at_level(logging.WARNING, logger="handbook"):
        prefs = read_prefs(path)
        assert prefs.stored() == settings.defaults()  # type: ignore[attr-defined]
    warned = {key for key in settings.REGISTRY for r in caplog.records if f"setting {key}:" in r.getMessage()}
    assert warned == reported
    prefs.zoom = 140  # type: ignore[attr-defined]
    assert read_prefs(path).zoom == 140  # type: ignore[attr-defined]  # and the file works again


UNREADABLE_SETTINGS: dict[str, Callable[[Path], object]] = {
    "garbage bytes": lambda p: p.write_bytes(os.urandom(400) + b"\x00\xff\n["),
    "not INI at all": lambda p: p.write_bytes(b"[view\nzoom\n[[[\n=\n\\\n"),
    "UTF-16": lambda p: p.write_bytes("[view]\nzoom=140\n".encode("utf-16")),
    "cut short": lambda p: p.write_bytes(b"[view]\nzo"),
    "a folder": lambda p: p.mkdir(),
}


@pytest.mark.parametrize("case", UNREADABLE_SETTINGS, ids=list(UNREADABLE_SETTINGS))
def test_an_unreadable_settings_file_gives_the_defaults(
    tmp_path: Path, read_prefs: Callable[[Path], object], case: str
) -> None:
    from handbook.config import settings

    path = tmp_path / "handbook.ini"
    UNREADABLE_SETTINGS[case](path)
    prefs = read_prefs(path)
    assert prefs.stored() == settings.defaults()  # type: ignore[attr-defined]
    prefs.zoom = 160  # type: ignore[attr-defined]
    assert prefs.zoom == 160  # type: ignore[attr-defined]


def test_a_settings_file_that_cannot_be_parsed_is_reported(
    tmp_path: Path, read_prefs: Callable[[Path], object], caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "handbook.ini"
    path.write_bytes(os.urandom(400) + b"\x00\xff\n[")
    with caplog.at_level(logging.WARNING, logger="handbook"):
        read_prefs(path).stored()  # type: ignore[attr-defined]
    assert any(str(path) in r.getMessage() for r in caplog.records)
