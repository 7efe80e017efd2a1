"""One PyInstaller build of the app for every build test (the app test and the .deb test share it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from handbook.resources import base_dir

ROOT = base_dir()


@pytest.fixture(scope="session")
def built_app() -> Iterator[Path]:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("PyInstaller is not installed: run `make setup` (it is a dev dependency)")
    work = Path(tempfile.mkdtemp(prefix="handbook-build-"))
    os.chmod(work, 0o755)
    started = time.monotonic()
    out = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build_app.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    app = work / "dist" / "handbook"
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbuild: {time.monotonic() - started:.1f} s, {size / 1e6:.0f} MB in {app}")
    shutil.rmtree(work / "build", ignore_errors=True)
    yield app
    shutil.rmtree(work, ignore_errors=True)
