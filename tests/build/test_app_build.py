"""Smoke test of the PyInstaller build: built from the spec, then run read-only, offline, with an
empty home, as a user who cannot write anywhere in the app folder.

Marked ``build``: CI runs it; skip it locally with ``-m 'not build'`` (it takes about a minute).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from handbook.resources import base_dir

pytestmark = pytest.mark.build
ROOT = base_dir()


def _snapshot(folder: Path) -> dict[str, tuple[int, float]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime)
        for p in folder.rglob("*")
        if p.is_file() or p.is_dir()
    }


def _as_visitor(app: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the built app offline with an empty, unwritable home; as root, as the user 'nobody'."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    command = [str(app / "handbook"), *args]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", *command]
        if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
            command = ["unshare", "-n", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def test_the_app_ships_the_date_data_of_its_six_languages_only(built_app: Path) -> None:
    from handbook.dates import locale_data_names

    shipped = {p.stem for p in (built_app / "_internal" / "babel" / "locale-data").glob("*.dat")}
    assert shipped == locale_data_names()
    assert (built_app / "_internal" / "babel" / "global.dat").is_file()


#: issue 18: the one-folder app at most 150 MB unpacked (as `du -sb` counts it: files, folders, links)
MAX_APP_BYTES = 150_000_000


def test_the_app_stays_within_its_size(built_app: Path) -> None:
    size = sum(path.lstat().st_size for path in [built_app, *built_app.rglob("*")])
    assert size <= MAX_APP_BYTES, f"{size / 1e6:.1f} MB unpacked"


def test_the_archive_table_is_read_from_a_short_tail_of_the_executable(built_app: Path) -> None:
    """build_app.spec's archive reader loads the archive's table of contents from the bytes that follow
    it to the end of the executable: the archive must stay its last entry (PyInstaller sorts it so)."""
    from PyInstaller.archive.readers import CArchiveReader

    package = CArchiveReader(str(built_app / "handbook"))
    last = max(package.toc.items(), key=lambda item: item[1][0])
    assert last[1][-1] == "z", f"the executable's last entry is {last[0]}, not the archive"


def test_the_app_carries_no_benchmark(built_app: Path) -> None:
    """The benchmarks run from the source tree (build_app.spec): neither handbook.bench nor the Qt
    programs of benchmarks/ are in the app, as modules (in the archive or as .pyc files beside it) or
    as files."""
    from PyInstaller.archive.readers import pkg_archive_contents

    internal = built_app / "_internal"
    modules = set(pkg_archive_contents(str(built_app / "handbook")))
    modules |= {".".join(p.relative_to(internal).with_suffix("").parts) for p in internal.rglob("*.pyc")}
    assert {"handbook.cli", "handbook.search.engine"} <= modules  # the app's own modules, in both places
    programs = {path.stem for path in (ROOT / "benchmarks").rglob("*.py")}
    assert programs
    assert sorted(m for m in modules if m.startswith("handbook.bench") or m.split(".")[-1] in programs) == []
    assert [path for path in built_app.rglob("*") if path.stem in programs] == []


def test_built_app_works_read_only_and_offline(built_app: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="handbook-home-"))
    out_dir = Path(tempfile.mkdtemp(prefix="handbook-out-"))
    os.chmod(home, 0o555)  # an empty home nobody can write to
    os.chmod(out_dir, 0o777)
    if os.geteuid() != 0:
        for path in [built_app, *built_app.rglob("*")]:
            if path.is_dir():
                path.chmod(0o555)
    before = _snapshot(built_app)
    try:
        version = _as_visitor(built_app, home, "--version")
        assert version.returncode == 0 and "handbook" in version.stdout, version.stderr

        about = _as_visitor(built_app, home, "show", "about", "--lang", "vi")
        assert about.returncode == 0, about.stderr
        assert "ngày 22 tháng 11 năm 2023" in about.stdout  # Babel's Vietnamese data, in the bundle

        search = _as_visitor(built_app, home, "search", "zometa", "--json")
        assert search.returncode == 0, search.stderr
        assert "bisphosphonates" in search.stdout

        pdf = out_dir / "handbook-ar.pdf"
        export = _as_visitor(built_app, home, "export", "--all", "--lang", "ar", "-o", str(pdf))
        assert export.returncode == 0, export.stderr
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000

        png = out_dir / "window.png"
        shot = _as_visitor(built_app, home, "gui", "--screenshot", str(png))
        assert shot.returncode == 0, shot.stderr
        assert png.read_bytes().startswith(b"\x89PNG")
    finally:
        if os.geteuid() != 0:
            for path in [built_app, *built_app.rglob("*")]:
                if path.is_dir():
                    path.chmod(0o755)
        os.chmod(home, 0o755)
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(out_dir, ignore_errors=True)
    assert _snapshot(built_app) == before, "the app wrote inside its own folder"
