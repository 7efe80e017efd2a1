"""Start-up benchmark: the whole process, from launch to the first painted window, side by side with
a bare PySide6 window of the same size holding a tree and a text view.

``python -m handbook.bench.startup [--runs N] [--frozen dist/handbook/handbook] [--json]``

- **First paint** (the target, HANDBOOK.md: within 1.5x the bare window): the benchmark writes two small
  programs to a temporary folder, the bare window and a launcher of ``handbook gui``, both started the
  same way: an event filter on the main window notes its first paint, and when that paint is done the
  process ends at once. Each figure is the wall time from launch to the end of the process. (The
  filter watches the main window only: an application-wide filter in Python is called for every event
  of every widget and makes PySide6 build the Python type of each kind of widget, some 20 % more work
  for the bare window, which flattered the ratio.)
- **Screenshot**: ``handbook gui --screenshot`` against the bare window doing the same (show, lay out,
  grab, save a PNG, exit).
- **The frozen app** (``--frozen``), which cannot take the launcher: its first paint, ended by the app's
  own hook (``HANDBOOK_EXIT_AFTER_FIRST_PAINT=1``, handbook/ui/first_paint.py, the same event filter),
  against the bare window's first paint, and its screenshot against the bare window's.

Runs alternate between the two programs (bare first, then the app first, and so on), after one run of
each that is not counted, with bytecode written and cached (``PYTHONDONTWRITEBYTECODE`` unset); each
figure is the median. The reader's settings are not used (an empty configuration folder). No Qt is
imported here: the programs run in their own processes.
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

TARGET_RATIO = 1.5
SIZE = (1280, 800)

#: Ends the process when the main window's first paint is done (both programs start with it).
_ON_FIRST_PAINT = """
import importlib.abc, importlib.machinery, os, sys


def _on_first_paint(widgets):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: (sys.stdout.write("painted\\n"), sys.stdout.flush(), os._exit(0)))
            return False

    class MainWindow(widgets.QMainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._first_paint = FirstPaint(self)
            self.installEventFilter(self._first_paint)

    widgets.QMainWindow = MainWindow


class _Finder(importlib.abc.MetaPathFinder):
    # Qt's widgets module gets the hook when the program imports it, not before: nothing is imported
    # earlier or in another order than the program itself does.
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            _on_first_paint(module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _Finder())
"""

#: The bare window: the same size as the handbook's, a tree and a text view, nothing else.
_BARE = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem

app = QApplication(sys.argv[:1])
window = QMainWindow()
splitter = QSplitter(Qt.Orientation.Horizontal)
tree = QTreeWidget()
tree.setHeaderHidden(True)
for group in range(3):
    parent = QTreeWidgetItem(tree, [f"Group {group + 1}"])
    for item in range(10):
        QTreeWidgetItem(parent, [f"Topic {group + 1}.{item + 1}"])
tree.expandAll()
text = QTextBrowser()
text.setHtml("<h1>Title</h1>" + "<p>" + "A few plain words of a page. " * 40 + "</p>" * 4)
splitter.addWidget(tree)
splitter.addWidget(text)
splitter.setSizes([340, 940])
window.setCentralWidget(splitter)
window.resize(WIDTH, HEIGHT)
window.show()
if len(sys.argv) > 2 and sys.argv[1] == "--screenshot":
    app.processEvents()
    if not window.grab().save(sys.argv[2], "PNG"):
        sys.exit(1)
    sys.exit(0)
sys.exit(app.exec())
""".replace("WIDTH, HEIGHT", f"{SIZE[0]}, {SIZE[1]}")

_HANDBOOK = """
import sys
from handbook.cli import main

sys.exit(main(sys.argv[1:]))
"""


def write_programs(folder: Path) -> dict[str, Path]:
    """The two programs the benchmark runs, written into ``folder``."""
    programs = {
        "bare": _BARE,
        "bare_first_paint": _ON_FIRST_PAINT + _BARE,
        "app_first_paint": _ON_FIRST_PAINT + _HANDBOOK,
    }
    paths = {}
    for name, source in programs.items():
        paths[name] = folder / f"{name}.py"
        paths[name].write_text(source, encoding="utf-8")
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
    results = measure(args.runs, args.frozen, args.lang)
    if args.json:
        sys.stdout.write(json.dumps(results) + "\n")
    else:
        sys.stdout.write("\n".join(report(results)) + "\n")
    return 0 if results["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
