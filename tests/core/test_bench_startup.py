"""The start-up benchmark's programs (``benchmarks/startup/``, written out by ``write_programs``): the
first-paint hook in front of the bare window and of the handbook's launcher, each runnable as a script,
the bare window importing nothing of the handbook. No Qt in this process: each program runs in its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from handbook.bench import startup


def test_the_hook_goes_in_front_of_both_timed_programs_the_same_way(tmp_path: Path) -> None:
    programs = startup.write_programs(tmp_path)
    assert set(programs) == {"bare", "bare_first_paint", "app_first_paint"}
    assert all(path.parent == tmp_path for path in programs.values())
    hook = (startup.PROGRAMS / startup.HOOK).read_text(encoding="utf-8")
    bare = programs["bare"].read_text(encoding="utf-8")
    app = programs["app_first_paint"].read_text(encoding="utf-8")
    assert "PySide6.QtWidgets" in hook and "QMainWindow" in bare and "first_paint" not in bare
    assert programs["bare_first_paint"].read_text(encoding="utf-8") == hook + bare
    assert app.startswith(hook) and "from handbook.cli import main" in app.removeprefix(hook)


def test_the_bare_window_paints_and_ends_having_imported_nothing_of_the_handbook(tmp_path: Path) -> None:
    programs = startup.write_programs(tmp_path)
    (tmp_path / "config").mkdir()
    env = startup._env(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-X", "importtime", str(programs["bare_first_paint"])],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.strip() == "painted", done.stderr[-2000:]
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert {"PySide6.QtWidgets", "PySide6.QtCore"} <= imported
    assert sorted(name for name in imported if name.split(".")[0] == "handbook") == []


def test_the_bare_window_takes_a_screenshot_of_the_handbooks_size(tmp_path: Path) -> None:
    programs = startup.write_programs(tmp_path)
    (tmp_path / "config").mkdir()
    shot = tmp_path / "shot.png"
    startup.run_once(
        [sys.executable, str(programs["bare"]), "--screenshot", str(shot)], startup._env(tmp_path / "config")
    )
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG") and (int.from_bytes(png[16:20]), int.from_bytes(png[20:24])) == (1280, 800)


def test_the_handbook_paints_behind_the_hook_and_ends(tmp_path: Path) -> None:
    programs = startup.write_programs(tmp_path)
    (tmp_path / "config").mkdir()
    command = [sys.executable, str(programs["app_first_paint"]), "gui", "--lang", "en"]
    wall, cpu = startup.run_once(command, startup._env(tmp_path / "config"), expect="painted")
    assert wall > 0 and cpu > 0
