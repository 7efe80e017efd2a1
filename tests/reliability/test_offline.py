"""The handbook never opens a network connection: every socket is made to fail, and it all still works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the CLI with every way to reach the network replaced by a function that records the attempt
# and fails; at exit, the attempts are written to a file the test reads.
_NO_NETWORK = r"""
import atexit, json, socket, sys
attempts = []
def _refuse(name):
    def refuse(*args, **kwargs):
        attempts.append(name)
        raise OSError(101, "network is unreachable (test)")
    return refuse
for name in ("connect", "connect_ex", "sendto", "bind"):
    setattr(socket.socket, name, _refuse("socket." + name))
socket.create_connection = _refuse("create_connection")
socket.getaddrinfo = _refuse("getaddrinfo")
socket.gethostbyname = _refuse("gethostbyname")
record = sys.argv[1]
atexit.register(lambda: open(record, "w").write(json.dumps(attempts)))
from handbook.cli import main
sys.argv = sys.argv[:1] + sys.argv[2:]
raise SystemExit(main(sys.argv[1:]))
"""


def offline(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    record = tmp_path / f"attempts-{len(list(tmp_path.iterdir()))}.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HANDBOOK_CACHE_DIR": str(tmp_path / "cache"),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = subprocess.run(
        [sys.executable, "-c", _NO_NETWORK, str(record), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    attempts = json.loads(record.read_text()) if record.exists() else ["<no record written>"]
    return out, attempts


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--json"],
        ["show", "radiation", "--lang", "es"],
        ["search", "zometa", "--json"],
        ["search", "my bones hurt", "--lang", "en"],
        ["compare", "zometa", "xgeva", "--json"],
        ["export", "--sections", "denosumab,jaw-osteonecrosis", "--lang", "ar", "-o", "{tmp}/handout.pdf"],
        ["gui", "--screenshot", "{tmp}/window.png", "--view", "search:pain"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_works_with_every_socket_failing(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "home").mkdir()
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    out, attempts = offline(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    assert attempts == [], f"network attempted: {attempts}"
    for a in args:
        if a.endswith((".pdf", ".png")):
            assert Path(a).stat().st_size > 1000


def _can_unshare() -> bool:
    try:
        return subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.mark.skipif(not _can_unshare(), reason="unshare -rn (an empty network namespace) is not allowed here")
def test_search_and_export_in_an_empty_network_namespace(tmp_path: Path) -> None:
    """Also at the C level (Qt, libraries): no network interface exists at all."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HANDBOOK_CACHE_DIR": str(tmp_path / "cache")}
    for args in (
        ["search", "xgeva", "--json"],
        ["export", "--compare", "zometa,xgeva", "--lang", "zh", "-o", str(tmp_path / "c.pdf")],
        ["gui", "--screenshot", str(tmp_path / "w.png")],
    ):
        out = subprocess.run(
            ["unshare", "-rn", sys.executable, "-m", "handbook", *args],
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
        )
        assert out.returncode == 0, (args, out.stderr)
