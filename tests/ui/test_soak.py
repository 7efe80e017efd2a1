"""Soak: 300 visitors through the real kiosk and 300 rounds of desktop actions, and the memory kept.

Each run is a fresh process (``python -m handbook.ui.soak``), so only the app's own memory is measured, whatever
else the machine is doing: its private memory (the heap). The kiosk's resident set is held to the limit too (it
reads its fonts once and maps none); the desktop's is only reported, as it counts the font files once per mapping
Qt makes (the desktop soak under load: +13.1 MB resident in steps of the 5 MB CJK font, +3.55 MB private). Marked
``soak``: CI's ``make test`` runs them (a few minutes each); skip them locally with ``PYTEST_ARGS="-m 'not soak'"``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from handbook.ui.soak import Report

#: What may be left after 300 cycles that follow the warm-up (issue 19).
LIMIT_MB = 5.0
CYCLES = 300


def run_soak(mode: str, cycles: int, tmp_path: Path, *options: str) -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "handbook.ui.soak", mode, "--cycles", str(cycles), *options],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def explain(report: dict[str, Any]) -> str:
    """A failure's message: the summary and every sample (cycle: MB), so a failing run shows whether the
    memory rose steadily (a leak) or jumped at a few samples (the allocator)."""
    summary = {k: v for k, v in report.items() if k not in ("samples", "rss_samples")}

    def series(name: str) -> str:
        return " ".join(f"{cycle}:{kb / 1024:.1f}" for cycle, kb in report.get(name, []))

    return f"{summary}\nprivate MB: {series('samples')}\nresident MB: {series('rss_samples')}"


@pytest.mark.soak
@pytest.mark.parametrize("mode", ["kiosk", "desktop"])
def test_memory_stays_flat_over_300_cycles(mode: str, tmp_path: Path) -> None:
    report = run_soak(mode, CYCLES, tmp_path)
    why = explain(report)
    assert report["errors"] == [], why
    assert report["qt_warnings"] == [], why
    assert report["cycles"] == CYCLES
    assert report["growth_mb"] <= LIMIT_MB, why  # the process's own memory (its heap)
    if mode == "kiosk":  # and what it holds resident: the kiosk maps no font file (it reads them once)
        assert report["rss_growth_mb"] <= LIMIT_MB, why


#: A leak made on purpose (KB kept per visitor) and the visitors it runs for: some 19 MB a day at a kiosk that sees
#: 300 visitors a day, near 600 MB a month; about four times what the limit allows (5 MB in 300 visitors: 17 KB
#: each). Not smaller: the kept blocks first fill free memory the heap already holds, so a leak of 32 KB a visitor
#: measured 1.86 MB where 2.5 MB were kept, once under load (the limit for 100 visitors is 1.67 MB).
LEAK_KB = 64
LEAK_CYCLES = 100


@pytest.mark.soak
def test_the_limit_catches_a_small_leak(tmp_path: Path) -> None:
    """The same kiosk soak, with 64 KB kept after every visitor: the growth measured is over the limit for 100
    visitors (1.7 MB) and holds most of the leak (the samples' medians are 80 cycles apart: 5 MB kept; the heap's
    free memory takes some of it, the allocator's steps move it by about 2 MB either way)."""
    report = run_soak("kiosk", LEAK_CYCLES, tmp_path, "--leak-kb", str(LEAK_KB))
    why = explain(report)
    assert report["errors"] == [], why
    leaked_mb = LEAK_KB * 80 / 1024  # from the middle sample of the first three to that of the last three
    assert report["growth_mb"] > LIMIT_MB * LEAK_CYCLES / CYCLES, why
    assert report["growth_mb"] >= 0.6 * leaked_mb, why  # the measure does not hide the leak


def test_growth_is_measured_after_the_warm_up() -> None:
    report = Report("kiosk", cycles=30, warmup=10)
    report.samples = [(0, 100_000), (10, 150_000), (20, 150_200), (30, 150_400), (40, 150_600)]
    report.rss_samples = [(0, 200_000), (10, 260_000), (20, 270_000), (30, 262_000), (40, 264_000)]
    assert report.growth_kb == 600
    assert report.kb_per_cycle == pytest.approx(20.0)
    assert report.rss_growth_kb == 4000
    report.objects_before = {"dict": 10, "QMenu": 2}
    report.objects_after = {"dict": 10, "QMenu": 5, "QTranslator": 1}
    assert report.object_growth() == {"QMenu": 3, "QTranslator": 1}


def test_growth_is_what_is_kept_not_one_high_sample() -> None:
    """A single sample taken at a high point at the end is not memory kept; a steady rise is."""
    report = Report("kiosk", cycles=90, warmup=10)
    flat = [(10 * i, 150_000 + (i % 2) * 100) for i in range(1, 11)]
    report.samples = [(0, 100_000), *flat[:-1], (100, 150_000 + 6_000)]
    assert report.growth_kb == 0
    report.samples = [(0, 100_000), *((10 * i, 150_000 + 1_000 * i) for i in range(1, 11))]
    assert report.growth_kb == 7_000  # 1 MB every 10 cycles: the medians of the two ends, 70 cycles apart


def test_a_failure_shows_every_sample() -> None:
    report = Report("kiosk", cycles=20, warmup=10)
    report.samples = [(0, 102_400), (10, 153_600), (20, 157_696), (30, 154_112)]
    report.rss_samples = [(0, 204_800), (10, 256_000), (20, 260_096), (30, 256_512)]
    why = explain(json.loads(json.dumps(report.to_json())))
    assert "private MB: 0:100.0 10:150.0 20:154.0 30:150.5" in why
    assert "resident MB: 0:200.0 10:250.0 20:254.0 30:250.5" in why
    assert "'growth_mb': 0.5" in why
