"""The Debian package: made from the one-folder build by scripts/make_deb.sh (``make deb``), checked
by lintian (no errors), installed with apt-get, run as an unprivileged user, removed leaving nothing.

Marked ``build``. Installing needs root (CI runs as root) and Debian's tools; without them it is
skipped with the reason. The dpkg database is shared by the whole machine, so the install-run-remove
part holds a lock (and apt-get waits for dpkg's own lock) while other test runs may want the same.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from handbook import __version__
from handbook.resources import base_dir

pytestmark = pytest.mark.build
ROOT = base_dir()
ID = "org.patienthandbook.Handbook"
#: the package manager's wait for another's lock, and this test's for another run of itself
LOCK_WAIT_S = 900
DEB_LOCK = Path(tempfile.gettempdir()) / "handbook-deb-test.lock"

#: where the package puts what (beside /opt/handbook)
EXPECTED = [
    "/usr/bin/handbook",
    f"/usr/share/applications/{ID}.desktop",
    f"/usr/share/metainfo/{ID}.metainfo.xml",
    f"/usr/share/icons/hicolor/scalable/apps/{ID}.svg",
    f"/usr/share/icons/hicolor/48x48/apps/{ID}.png",
    f"/usr/share/icons/hicolor/256x256/apps/{ID}.png",
    "/usr/lib/systemd/user/handbook-kiosk.service",
    "/usr/share/doc/handbook/copyright",
    "/usr/share/doc/handbook/examples/handbook-kiosk.desktop",
]


def _why_not() -> str:
    for tool in ("dpkg-deb", "lintian", "apt-get", "dpkg", "setpriv"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (scripts/setup.sh installs lintian; the rest is Debian's own)"
    if os.geteuid() != 0:
        return "installing a package needs root (CI runs as root)"
    return ""


@pytest.fixture(scope="module")
def deb(built_app: Path) -> Iterator[Path]:
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    out = Path(tempfile.mkdtemp(prefix="handbook-deb-"))
    made = subprocess.run(
        ["bash", str(ROOT / "scripts" / "make_deb.sh"), str(built_app), str(out)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert made.returncode == 0, made.stderr[-3000:]
    path = Path(made.stdout.strip().splitlines()[-1])
    assert path.name == f"handbook_{__version__}_amd64.deb" and path.is_file()
    print(f"\n.deb: {path.stat().st_size / 1e6:.1f} MB")
    yield path
    shutil.rmtree(out, ignore_errors=True)


#: issue 18: the package at most 60 MB
MAX_DEB_BYTES = 60_000_000


def test_the_package_stays_within_its_size(deb: Path) -> None:
    assert deb.stat().st_size <= MAX_DEB_BYTES, f"{deb.stat().st_size / 1e6:.1f} MB"


def test_lintian_finds_no_errors(deb: Path) -> None:
    done = subprocess.run(
        ["lintian", "--tag-display-limit", "0", str(deb)], capture_output=True, text=True, timeout=900
    )
    errors = [line for line in done.stdout.splitlines() if line.startswith("E:")]
    assert errors == [], "\n".join(errors)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def _apt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(
        ["apt-get", "-y", "-q", "-o", f"DPkg::Lock::Timeout={LOCK_WAIT_S}", *args],
        capture_output=True,
        text=True,
        timeout=LOCK_WAIT_S + 300,
        env=env,
    )


def _as_user(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", "handbook", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, cwd=home)


def test_the_package_installs_runs_as_a_user_and_leaves_nothing_when_removed(deb: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="handbook-user-"))
    os.chmod(home, 0o777)
    os.chmod(deb.parent, 0o755)
    with DEB_LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        installed_files: list[str] = []
        try:
            assert not Path("/opt/handbook").exists(), "a handbook package is installed already"
            done = _apt("install", "--no-install-recommends", str(deb))
            assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
            listed = subprocess.run(["dpkg", "-L", "handbook"], capture_output=True, text=True, check=True)
            installed_files = [p for p in listed.stdout.splitlines() if Path(p).is_file() or Path(p).is_symlink()]
            for path in EXPECTED:
                assert path in listed.stdout.splitlines(), path
            assert Path("/opt/handbook/handbook").is_file()
            if shutil.which("desktop-file-validate"):
                valid = subprocess.run(
                    ["desktop-file-validate", f"/usr/share/applications/{ID}.desktop"], capture_output=True, text=True
                )
                assert valid.returncode == 0, valid.stdout
            if shutil.which("appstreamcli"):
                valid = subprocess.run(
                    ["appstreamcli", "validate", "--no-net", f"/usr/share/metainfo/{ID}.metainfo.xml"],
                    capture_output=True,
                    text=True,
                )
                assert valid.returncode == 0, valid.stdout + valid.stderr

            version = _as_user(home, "--version")
            assert version.returncode == 0 and __version__ in version.stdout, version.stderr
            search = _as_user(home, "search", "zometa", "--json")
            assert search.returncode == 0 and "bisphosphonates" in search.stdout, search.stderr
            export = _as_user(home, "export", "--sections", "denosumab", "--lang", "ar", "-o", str(home / "h.pdf"))
            assert export.returncode == 0, export.stderr
            assert (home / "h.pdf").read_bytes().startswith(b"%PDF")
            shot = _as_user(home, "gui", "--lang", "zh", "--screenshot", str(home / "window.png"))
            assert shot.returncode == 0, shot.stderr
            assert (home / "window.png").read_bytes().startswith(b"\x89PNG")
        finally:
            removed = _apt("purge", "handbook")
            shutil.rmtree(home, ignore_errors=True)
        assert removed.returncode == 0, removed.stdout[-2000:] + removed.stderr[-2000:]
        left = [p for p in installed_files if Path(p).exists() or Path(p).is_symlink()]
        assert left == [], left[:20]
        assert not Path("/opt/handbook").exists()
