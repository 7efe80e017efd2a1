"""``python -m handbook.bench`` (``make bench``): every performance figure of the design, in one table.

Runs the whole set ``--runs`` times (default 3) and reports the median of each figure, prints a table
against the targets of HANDBOOK.md and writes every figure as JSON (``--json-out``, default
``bench-results.json``). The figures in docs/PERFORMANCE.md come from here. The soak figures (KB of
memory kept per kiosk visitor and per round of desktop actions) are measured once, after the rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from handbook import content
from handbook.bench import batch as batch_bench
from handbook.bench import gui as gui_bench
from handbook.bench import pdf as pdf_bench
from handbook.bench import ranking as ranking_bench
from handbook.bench import search as search_bench
from handbook.bench import soak as soak_bench
from handbook.bench import startup as startup_bench
from handbook.search import memory_index, warm_up


def _median_tree(samples: Sequence[Any]) -> Any:
    """The median of each numeric leaf across samples of the same shape (other leaves: the first)."""
    first = samples[0]
    if isinstance(first, dict):
        return {key: _median_tree([s[key] for s in samples]) for key in first}
    if isinstance(first, list) and all(isinstance(s, list) and len(s) == len(first) for s in samples):
        return [_median_tree([s[i] for s in samples]) for i in range(len(first))]
    if isinstance(first, (int, float)) and not isinstance(first, bool):
        value = statistics.median(samples)
        return round(value, 3) if isinstance(value, float) else value
    return first


def one_round(synthetic_topics: int) -> dict[str, Any]:
    handbook = content.load()
    warm_up()
    return {
        "index_build": search_bench.build_time(handbook, repeat=1),
        "search_bundled": search_bench.bundled(handbook, repeat=3),
        "search_synthetic": search_bench.synthetic(handbook, synthetic_topics, repeat=1),
        "pdf": pdf_bench.run(handbook, repeat=2),
        "gui_en": gui_bench.measure(runs=1, lang="en"),
        "gui_ar": gui_bench.measure(runs=1, lang="ar"),
    }


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISS"


def table(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for lang, figures in results["search_bundled"].items():
        ours, base = figures["whoosh"], figures["fts5"]
        ok = ours["p95_ms"] < 10 and (not base["p95_ms"] or ours["p95_ms"] <= 5 * base["p95_ms"])
        rows.append(
            (
                f"search p50/p95, {lang} (FTS5 p50/p95)",
                f"{ours['p50_ms']:.2f} / {ours['p95_ms']:.2f} ms ({base['p50_ms']:.2f} / {base['p95_ms']:.2f})",
                "p95 < 10 ms, <= 5x FTS5",
                _mark(ok),
            )
        )
    batch = results.get("search_cli_batch", {})
    for lang, figures in batch.items():
        ours, base = figures["ours"], figures["fts5"]
        ok = figures["ratio"] is not None and figures["ratio"] <= batch_bench.TARGET_RATIO
        rows.append(
            (
                f"CLI batch search per query, {lang} (FTS5)",
                f"{ours['ms_per_query']:.2f} ms ({base['ms_per_query']:.2f}): {figures['ratio']}x",
                f"<= {batch_bench.TARGET_RATIO:.0f}x FTS5",
                _mark(ok),
            )
        )
    rows.extend(ranking_rows(results.get("ranking", {})))
    syn = results["search_synthetic"]
    rows.append(
        (
            f"search p95 at {syn['topics']:,} topics (FTS5)",
            f"{syn['whoosh']['p95_ms']:.1f} ms ({syn['fts5']['p95_ms']:.1f})",
            "< 50 ms",
            _mark(syn["whoosh"]["p95_ms"] < 50),
        )
    )
    build = results["index_build"]
    rows.append(("index build, all languages", f"{build['build_s']:.2f} s", "< 3 s", _mark(build["build_s"] < 3)))
    for key in ("gui_en", "gui_ar"):
        gui = results[key]
        start = gui["start_to_usable_s_median"]
        rows.append((f"start to usable window ({gui['lang']})", f"{start:.2f} s", "< 1.0 s", _mark(start < 1.0)))
    startup = results.get("startup")
    if startup:
        first = startup["first_paint"]
        rows.append(
            (
                "first painted window vs a bare one (CPU)",
                f"{first['app_s']:.2f} s vs {first['bare_s']:.2f} s: {first['ratio']:.2f}x ({first['cpu_ratio']:.2f}x)",
                f"<= {startup_bench.TARGET_RATIO}x",
                _mark(startup["ok"]),
            )
        )
    rss = max(results["gui_en"]["rss_after_use_mb_max"], results["gui_ar"]["rss_after_use_mb_max"])
    rows.append(("GUI memory after use (RSS)", f"{rss:.0f} MB", "< 250 MB", _mark(rss < 250)))
    for pair in results["pdf"].get("bilingual", []):
        rows.append(
            (
                f"PDF --all bilingual, {pair['pair']}",
                f"{pair['best_s']:.2f} s (CPU {pair['best_cpu_s']:.2f} s), {pair['bytes'] / 1024:.0f} KB",
                f"< 1.5 s, < {pair['target_bytes'] // 1024} KB",
                _mark(pair["meets_targets"]),
            )
        )
    for mode, soak in results.get("soak", {}).items():
        rows.append(
            (
                f"memory per {'kiosk visitor' if mode == 'kiosk' else 'round of desktop actions'} (private)",
                f"{soak['kb_per_cycle']:.1f} KB ({soak['growth_mb']:.2f} MB over {soak['cycles']}; "
                f"resident {soak['rss_growth_mb']:+.1f} MB)",
                "<= 5 MB over 300",
                _mark(soak["growth_ok"]),
            )
        )
    for entry in results["pdf"]["languages"]:
        lang = entry["lang"]
        limit = results["pdf"]["targets"]["bytes"][lang]
        rows.append(
            (
                f"PDF --all, {lang}",
                f"{entry['all']['best_s']:.2f} s, {entry['all']['bytes'] / 1024:.0f} KB",
                f"< 2 s, < {limit // 1024} KB",
                _mark(entry["all"]["best_s"] < 2 and entry["all"]["bytes"] < limit),
            )
        )
        rows.append(
            (
                f"PDF 3 sections, {lang}",
                f"{entry['three']['best_s']:.2f} s, {entry['three']['bytes'] / 1024:.0f} KB",
                "< 0.5 s",
                _mark(entry["three"]["best_s"] < 0.5),
            )
        )
    return rows


def ranking_rows(ranking: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """success@1 / success@3 / MRR@10 per language, ours (FTS5): the shared sample (target: success@1
    >= 0.90 in every language) and our own cases (held to the issue's bar for unseen queries: 0.75
    in every language, 0.85 overall, 0.25 ahead of FTS5)."""
    rows = []
    for name, floor in (("sample", 0.9), ("own", 0.75)):
        found = ranking.get(name, {})
        for lang, figures in found.items():
            if lang == "overall":
                continue
            ours, base = figures["ours"], figures["fts5"]
            measured = f"{ours['success@1']:.2f} / {ours['success@3']:.2f} / {ours['mrr@10']:.2f}"
            rows.append(
                (
                    f"ranking s@1/s@3/MRR, {name}, {lang} (FTS5 s@1)",
                    f"{measured} ({base['success@1']:.2f})",
                    f"s@1 >= {floor:.2f}",
                    _mark(ours["success@1"] >= floor),
                )
            )
        if "overall" in found:
            ours_all, base_all = found["overall"]["ours"], found["overall"]["fts5"]
            rows.append(
                (
                    f"ranking s@1, {name}, all languages (FTS5)",
                    f"{ours_all:.2f} ({base_all:.2f})",
                    ">= 0.85, FTS5 + 0.25",
                    _mark(ours_all >= 0.85 and ours_all >= base_all + 0.25),
                )
            )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook.bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="rounds; each figure is the median (3)")
    parser.add_argument("--topics", type=int, default=10_000, help="synthetic topics for the scale test")
    parser.add_argument("--json-out", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--startup-runs", type=int, default=9, help="alternating start-up runs of each program (9)")
    parser.add_argument("--batch-runs", type=int, default=2, help="runs of each CLI batch; the best counts (2)")
    parser.add_argument("--soak-cycles", type=int, default=300, help="kiosk visitors and desktop rounds (0: skip)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    rounds = []
    for i in range(args.runs):
        sys.stderr.write(f"round {i + 1} of {args.runs}...\n")
        rounds.append(one_round(args.topics))
    results = _median_tree(rounds)
    sys.stderr.write("ranking, and the CLI batch against FTS5...\n")
    handbook = content.load()
    results["ranking"] = ranking_bench.run(handbook, memory_index(handbook))
    results["search_cli_batch"] = batch_bench.measure(handbook, repeat=args.batch_runs)
    sys.stderr.write("start-up against a bare window...\n")
    results["startup"] = startup_bench.measure(runs=args.startup_runs)
    if args.soak_cycles > 0:
        sys.stderr.write(f"soak: {args.soak_cycles} kiosk visitors and desktop rounds...\n")
        results["soak"] = soak_bench.measure(args.soak_cycles)  # once: memory growth, not a timing
    results["machine"] = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "processor": platform.processor() or platform.machine(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "date": time.strftime("%Y-%m-%d"),
    }
    results["runs"] = args.runs
    rows = table(results)
    width = [max(len(r[i]) for r in rows) for i in range(4)]
    out = sys.stdout
    out.write(f"Medians of {args.runs} runs on {os.cpu_count()} CPUs ({results['machine']['platform']})\n\n")
    header = ("figure", "measured", "target", "")
    out.write("  ".join(h.ljust(w) for h, w in zip(header, width, strict=True)).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, width, strict=True)).rstrip() + "\n")
    args.json_out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    out.write(f"\nall figures: {args.json_out} ({time.perf_counter() - started:.0f} s)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
