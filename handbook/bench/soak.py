"""Soak benchmark: KB of memory kept per kiosk visitor and per round of desktop actions.

``python -m handbook.bench.soak [--cycles N] [--json]``. Each mode runs in a fresh process (``handbook/ui/soak.py``,
offscreen, no wall clock); the figure is the slope over the cycles after warm-up, and the growth from the end of the
warm-up to the last cycle, of the process's private memory (the resident set's growth beside it: see
``handbook.ui.soak.Report``). Target (issue 19): at most 5 MB over 300 cycles. No Qt is imported here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from typing import Any

GROWTH_TARGET_MB = 5.0
MODES = ("kiosk", "desktop")


def run_once(mode: str, cycles: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="handbook-soak-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_STATE_HOME": os.path.join(home, "state"),
        }
        done = subprocess.run(
            [sys.executable, "-m", "handbook.ui.soak", mode, "--cycles", str(cycles)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=3600,
        )
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    report.pop("samples", None)
    report.pop("rss_samples", None)
    limit = GROWTH_TARGET_MB * cycles / 300
    report["growth_ok"] = report["growth_mb"] <= limit and report["rss_growth_mb"] <= limit
    return report


def measure(cycles: int = 300) -> dict[str, Any]:
    return {mode: run_once(mode, cycles) for mode in MODES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook.bench.soak", description=__doc__)
    parser.add_argument("--cycles", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = measure(args.cycles)
    if args.json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")
    else:
        for mode, report in results.items():
            sys.stdout.write(
                f"{mode}: {report['kb_per_cycle']:.1f} KB per cycle, {report['growth_mb']:.2f} MB private memory "
                f"over {report['cycles']} cycles after warm-up (resident {report['rss_growth_mb']:+.1f} MB; "
                f"{report['seconds']:.0f} s)\n"
            )
    return 0 if all(r["growth_ok"] for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
