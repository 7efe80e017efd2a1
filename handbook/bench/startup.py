"""Start-up benchmark: the whole process, from launch to the first painted window, side by side with
a bare PySide6 window of the same size holding a tree and a text view.

``python -m handbook.bench.startup [--runs N] [--frozen dist/handbook/handbook] [--json]``

- **First paint** (the target, HANDBOOK.md: within 1.5x the bare window): two small programs, the bare
  window and a launcher of ``handbook gui``, both started the same way: an event filter on the main
  window notes its first paint, and when that paint is done the process ends at once. Each figure is the
  wall time from launch to the end of the process. The programs are Qt code, kept out of the core in
  ``benchmarks/startup/`` (the hook, the bare window, the launcher): ``write_programs`` puts the hook in
  front of each and writes them into a temporary folder, from where they run as scripts.
- **Screenshot**: ``handbook gui --screenshot`` against the bare window doing the same (show, lay out,
  grab, save a PNG, exit).
- **The frozen app** (``--frozen``), which cannot take the launcher: its first paint, ended by the app's
  own hook (``HANDBOOK_EXIT_AFTER_FIRST_PAINT=1``, handbook/ui/first_paint.py, the same event filter),
  against the bare window's first paint, and its screenshot against the bare window's.

Runs alternate between the two programs (bare first, then the app first, and so on), after one run of
each that is not counted, with bytecode written and cached (``PYTHONDONTWRITEBYTECODE`` unset); each
figure is the median. The reader's settings are not used (an empty configuration folder). No Qt is
imported here: the programs run in their own processes. Like the other benchmarks, it runs from the
source tree (not from the frozen app nor a wheel).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from handbook.resources import base_dir

TARGET_RATIO = 1.5
#: The programs the benchmark runs, Qt code kept out of the core: benchmarks/startup/ in the source tree.
PROGRAMS = base_dir() / "benchmarks" / "startup"
#: Ends the process when the main window's first paint is done: put in front of both timed programs.
HOOK = "first_paint_hook.py"
#: Each program written by ``write_programs``: its name, and the files it is made of, in order.
COMPOSITION = {
    "bare": ("bare_window.py",),
    "bare_first_paint": (HOOK, "bare_window.py"),
    "app_first_paint": (HOOK, "handbook_launcher.py"),
}


def write_programs(folder: Path) -> dict[str, Path]:
    """The three programs the benchmark runs, written into ``folder``: the bare window, and the bare window
    and the handbook's launcher each behind the first-paint hook (the hook's file, then the program's, as
    one script). Run them as scripts (``python folder/bare.py``), not as modules: the bare window imports
    nothing of the handbook, which would cost it time and flatter the ratio."""
    if not PROGRAMS.is_dir():
        raise FileNotFoundError(f"the start-up benchmark's programs are not in {PROGRAMS}: run it from the source tree")
    paths = {}
    for name, parts in COMPOSITION.items():
        paths[name] = folder / f"{name}.py"
        paths[name].write_text("".join((PROGRAMS / part).read_text(encoding="utf-8") for part in parts), "utf-8")
    return paths


def _env(config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(config)  # default settings: the reader's own do not change the figure
    return env


def run_once(command: Sequence[str], env: Mapping[str, str], expect: str = "") -> tuple[float, float]:
    """Seconds from launch to the end of the process (which must succeed), and the CPU seconds it used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(list(command), capture_output=True, text=True, env=env, timeout=300, check=False)
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or expect not in done.stdout:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, cpu


def pair(
    commands: dict[str, list[str]],
    env: dict[str, str],
    runs: int,
    expect: str = "",
    extra_env: Mapping[str, Mapping[str, str]] | None = None,
) -> dict[str, Any]:
    """Medians of ``runs`` alternating runs of the two commands (``bare`` and ``app``), after a warm-up.

    ``extra_env`` adds variables to one command's environment. The wall time is the figure; the CPU
    time (user + system) is shown beside it, because on a machine that other work keeps busy it varies
    much less than the wall time.
    """
    names = list(commands)
    envs = {name: {**env, **(extra_env or {}).get(name, {})} for name in names}
    for name in names:  # not counted: bytecode written, files in the page cache
        run_once(commands[name], envs[name], expect)
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for i in range(runs):
        for name in names if i % 2 == 0 else reversed(names):
            took, used = run_once(commands[name], envs[name], expect)
            wall[name].append(took)
            cpu[name].append(used)
    result: dict[str, Any] = {}
    for name in names:
        result[f"{name}_s"] = round(statistics.median(wall[name]), 3)
        result[f"{name}_cpu_s"] = round(statistics.median(cpu[name]), 3)
    result["ratio"] = round(statistics.median(wall["app"]) / statistics.median(wall["bare"]), 2)
    result["cpu_ratio"] = round(statistics.median(cpu["app"]) / statistics.median(cpu["bare"]), 2)
    result["runs"] = runs
    result["samples"] = {name: [round(s, 3) for s in wall[name]] for name in names}
    return result


def measure(runs: int = 9, frozen: Path | None = None, lang: str = "en") -> dict[str, Any]:
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="handbook-startup-") as tmp:
        folder = Path(tmp)
        programs = write_programs(folder)
        (folder / "config").mkdir()
        env = _env(folder / "config")
        shot = str(folder / "shot.png")
        results: dict[str, Any] = {
            "first_paint": pair(
                {
                    "bare": [python, str(programs["bare_first_paint"])],
                    "app": [python, str(programs["app_first_paint"]), "gui", "--lang", lang],
                },
                env,
                runs,
                expect="painted",
            ),
            "screenshot": pair(
                {
                    "bare": [python, str(programs["bare"]), "--screenshot", shot],
                    "app": [python, "-m", "handbook", "gui", "--lang", lang, "--screenshot", shot],
                },
                env,
                runs,
            ),
        }
        if frozen is not None:
            results["frozen_first_paint"] = pair(
                {
                    "bare": [python, str(programs["bare_first_paint"])],
                    "app": [str(frozen), "gui", "--lang", lang],
                },
                env,
                runs,
                expect="painted",
                extra_env={"app": {"HANDBOOK_EXIT_AFTER_FIRST_PAINT": "1"}},
            )
            results["frozen_screenshot"] = pair(
                {
                    "bare": [python, str(programs["bare"]), "--screenshot", shot],
                    "app": [str(frozen), "gui", "--lang", lang, "--screenshot", shot],
                },
                env,
                runs,
            )
    results["target_ratio"] = TARGET_RATIO
    first = results["first_paint"]
    # met only when the CPU time agrees: on a busy machine the wall time alone can pass by chance
    results["ok"] = first["ratio"] <= TARGET_RATIO and first["cpu_ratio"] <= TARGET_RATIO
    return results


def report(results: dict[str, Any]) -> list[str]:
    lines = []
    labels = {
        "first_paint": "first painted window",
        "screenshot": "screenshot (gui --screenshot)",
        "frozen_first_paint": "frozen app, first painted window",
        "frozen_screenshot": "frozen app, screenshot",
    }
    for key, label in labels.items():
        if key in results:
            r = results[key]
            lines.append(
                f"{label}: bare {r['bare_s']:.3f} s, handbook {r['app_s']:.3f} s, {r['ratio']:.2f}x "
                f"(CPU {r['bare_cpu_s']:.3f} s and {r['app_cpu_s']:.3f} s, {r['cpu_ratio']:.2f}x; "
                f"medians of {r['runs']})"
            )
    verdict = "ok" if results["ok"] else "MISS"
    lines.append(f"target: first painted window within {TARGET_RATIO}x the bare one: {verdict}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook.bench.startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="counted runs of each program (9)")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--frozen", type=Path, help="also time this frozen app (dist/handbook/handbook)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        results = measure(args.runs, args.frozen, args.lang)
    except FileNotFoundError as error:  # the programs outside a source tree, or no app at --frozen
        sys.stderr.write(f"{parser.prog}: {error}\n")
        return 2
    if args.json:
        sys.stdout.write(json.dumps(results) + "\n")
    else:
        sys.stdout.write("\n".join(report(results)) + "\n")
    return 0 if results["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
