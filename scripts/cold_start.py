"""Start-up of an installed (or frozen) app on a real X server: process start to the first painted
window (the app's ``HANDBOOK_EXIT_AFTER_FIRST_PAINT`` hook ends it there, see handbook/ui/first_paint.py).

    python3 scripts/cold_start.py [--app /usr/bin/handbook] [--runs 7] [--json]

It starts its own Xvfb (a free display), runs the app once after dropping the page cache (the cold
start; needs root, else said so and that run is as warm as the rest), then ``--runs`` more times
(warm), each with an empty home, and prints the cold time and the warm median. Plain Python, no
project imports: it runs anywhere the app is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        display = answer.readline().strip()
    if not display:
        server.kill()
        raise SystemExit("cold_start: Xvfb did not start")
    return server, f":{display}"


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def one_start(app: str, display: str) -> tuple[float, float]:
    """Wall time from process start to its end after the first paint, and the CPU time it used."""
    home = Path(tempfile.mkdtemp(prefix="cold-start-home-"))
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "LANG": "C.UTF-8",
        "HANDBOOK_EXIT_AFTER_FIRST_PAINT": "1",
    }
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run([app, "gui"], env=env, capture_output=True, text=True, timeout=300)
        took = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if done.returncode != 0 or "painted" not in done.stdout:
        raise SystemExit(f"cold_start: the app did not paint a window: {done.stderr[-1000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default=shutil.which("handbook") or "/usr/bin/handbook")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    server, display = start_xvfb()
    try:
        cold_dropped = drop_caches()
        cold, cold_cpu = one_start(args.app, display)
        runs = [one_start(args.app, display) for _ in range(args.runs)]
        warm = [wall for wall, _cpu in runs]
    finally:
        server.terminate()
        server.wait()
    load = os.getloadavg()[0]
    result = {
        "app": args.app,
        "cold_s": round(cold, 3),
        "cold_cpu_s": round(cold_cpu, 3),
        "page_cache_dropped": cold_dropped,
        "warm_median_s": round(statistics.median(warm), 3),
        "warm_runs_s": [round(t, 3) for t in warm],
        "warm_cpu_median_s": round(statistics.median(cpu for _wall, cpu in runs), 3),
        "load_average": round(load, 2),
    }
    if args.json:
        print(json.dumps(result))
    else:
        note = "" if cold_dropped else " (page cache not dropped: not root)"
        print(f"cold start (first run{note}): {cold:.2f} s ({cold_cpu:.2f} s of CPU)")
        print(f"warm start, median of {args.runs}: {statistics.median(warm):.2f} s  (load average {load:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
