"""GUI benchmark: start-up time to a usable window and resident memory, each run in a fresh process.

``python -m handbook.bench.gui [--runs N] [--lang L] [--json]``. The window is rendered offscreen
(QT_QPA_PLATFORM=offscreen); targets (HANDBOOK.md): start under 1.0 s, memory under 250 MB.
No Qt is imported here: the probe (``handbook/ui/startup_probe.py``) runs in a child process.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import time
from typing import Any

log = logging.getLogger(__name__)

START_TARGET_S = 1.0
RSS_TARGET_MB = 250.0


def run_once(lang: str = "en") -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "handbook.ui.startup_probe", repr(started), lang],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    line = done.stdout.strip().splitlines()[-1]
    result: dict[str, float] = json.loads(line)
    return result


def measure(runs: int = 5, lang: str = "en") -> dict[str, Any]:
    samples = [run_once(lang) for _ in range(runs)]
    starts = sorted(s["start_to_usable_s"] for s in samples)
    summary: dict[str, Any] = {
        "lang": lang,
        "runs": runs,
        "start_to_usable_s_median": round(statistics.median(starts), 3),
        "start_to_usable_s_max": starts[-1],
        "first_search_s_median": round(statistics.median(s["first_search_s"] for s in samples), 3),
        "rss_ready_mb_max": max(s["rss_ready_mb"] for s in samples),
        "rss_after_use_mb_max": max(s["rss_after_use_mb"] for s in samples),
    }
    summary["start_ok"] = summary["start_to_usable_s_median"] < START_TARGET_S
    summary["memory_ok"] = summary["rss_after_use_mb_max"] < RSS_TARGET_MB
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook.bench.gui", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    summary = measure(args.runs, args.lang)
    if args.json:
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        for key, value in summary.items():
            sys.stdout.write(f"{key}: {value}\n")
    return 0 if summary["start_ok"] and summary["memory_ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
