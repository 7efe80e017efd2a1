"""Search from the command line in a batch: ``handbook search - --json`` against an FTS5 batch.

Both run as fresh processes fed the same queries on stdin, one JSON line out per query (FTS5: this
module's ``fts5`` command, which loads the content, fills an SQLite FTS5 table and searches it).

- ours: the batch of one query (the process's start: Python, the content, the index, the first
  query of the language) is timed, then that query and the whole batch; the difference over the
  batch is the time per query of a running batch (its JSON out included);
- FTS5: the process times its own loop over the batch (search and JSON out), which leaves out
  nothing but its start; its start is reported too.

The whole time per query (start included, spread over the batch) is reported for both. Each figure is
the best of ``repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any, Final

from handbook import content
from handbook.bench.search import Fts5, queries_for
from handbook.content import Handbook
from handbook.search import documents, indexed_languages

TARGET_RATIO: Final = 10.0
QUERIES: Final = 400  # asked of queries_for: a batch of about 250 different queries a language


def _run(command: list[str], stdin: str, repeat: int) -> tuple[float, str]:
    """Best wall time of ``repeat`` runs, and the standard error of the best one."""
    best, said = float("inf"), ""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, input=stdin, capture_output=True, text=True, check=True, env=env, timeout=600)
        took = time.perf_counter() - start
        if took < best:
            best, said = took, done.stderr
    return best, said


def measure(handbook: Handbook | None = None, langs: Sequence[str] | None = None, repeat: int = 3) -> dict[str, Any]:
    """Per language: ms per query of our CLI batch and of the FTS5 batch, with and without the start."""
    handbook = handbook or content.load()
    out: dict[str, Any] = {}
    for lang in langs or indexed_languages(handbook):
        # each query once: a batch answers new queries, not the same ones again from its caches
        queries = list(dict.fromkeys(q for q in queries_for(handbook, lang, count=QUERIES) if q.strip()))
        first = queries[0] + "\n"
        queries = queries[1:]
        batch = first + "\n".join(queries) + "\n"
        n = len(queries)
        ours = [sys.executable, "-m", "handbook", "search", "-", "--json", "--lang", lang]
        started, _ = _run(ours, first, repeat)
        whole, _ = _run(ours, batch, repeat)
        fts_start, _ = _run([sys.executable, "-m", "handbook.bench.batch", "fts5", "--lang", lang], "", repeat)
        fts_whole, said = _run([sys.executable, "-m", "handbook.bench.batch", "fts5", "--lang", lang], batch, repeat)
        fts_loop = float(said.strip().splitlines()[-1]) if said.strip() else 0.0
        figures: dict[str, Any] = {
            "queries": n,
            "ours": {
                "start_s": round(started, 3),
                "ms_per_query": round(max(whole - started, 0.0) * 1000 / n, 3),
                "ms_per_query_with_start": round(whole * 1000 / (n + 1), 3),
            },
            "fts5": {
                "start_s": round(fts_start, 3),
                "ms_per_query": round(fts_loop * 1000 / (n + 1), 3),
                "ms_per_query_with_start": round(fts_whole * 1000 / (n + 1), 3),
            },
        }
        base = figures["fts5"]["ms_per_query"]
        figures["ratio"] = round(figures["ours"]["ms_per_query"] / base, 1) if base else None
        out[lang] = figures
    return out


def fts5_batch(lang: str) -> None:
    """What ``handbook search - --json`` does, with FTS5: one JSON line of hits per query on stdin."""
    fts = Fts5(documents(content.load()))
    write = sys.stdout.write
    queries = sys.stdin.read().splitlines()
    start = time.perf_counter()
    for query in queries:
        rows = fts.search(query, lang)
        write(json.dumps([{"id": r[0], "title": r[1], "snippet": r[2], "score": r[3]} for r in rows]) + "\n")
    sys.stdout.flush()
    sys.stderr.write(f"{time.perf_counter() - start}\n")  # the loop's seconds, for measure()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook.bench.batch", description=__doc__)
    parser.add_argument("command", choices=["fts5", "measure"])
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    if args.command == "fts5":
        fts5_batch(args.lang)
    else:
        sys.stdout.write(json.dumps(measure(langs=[args.lang]), indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
