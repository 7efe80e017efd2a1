"""Search benchmarks: ``python -m handbook.bench.search`` prints the figures as JSON.

- :func:`bundled`: p50/p95 per query over the bundled content, per language, with SQLite FTS5 (python's
  ``sqlite3``, the same titles and texts, the same queries) measured in the same run;
- :func:`synthetic`: p95 at 10,000 topics generated from the real English vocabulary;
- :func:`build_time`: building the index of every language present.

Queries are the shared evaluation queries, each language's term list (terms and lay synonyms), words
of its titles, and prefixes as typed (search-as-you-type). Each query runs once to warm the caches
(as the second keystroke finds them), then ``repeat`` times; its time is the best of those runs
(wall clock, ms), which keeps other processes on a shared machine out of the figures. p50/p95 are
over the queries.
"""

from __future__ import annotations

import functools
import json
import random
import re
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from handbook import content
from handbook.content import Handbook
from handbook.resources import base_dir
from handbook.search import (
    IndexDoc,
    SearchIndex,
    concepts,
    documents,
    index_docs,
    indexed_languages,
    is_cjk,
    memory_index,
    synonym_groups,
    warm_up,
)

EVAL_FILE = base_dir().parent / "shared" / "eval" / "search_queries.json"
_WORD = re.compile(r"[^\W_]+")
_CJK = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _percentiles(times: Sequence[float]) -> dict[str, float]:
    ordered = sorted(times)
    if not ordered:
        return {"p50_ms": 0.0, "p95_ms": 0.0}
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 3), "p95_ms": round(p95, 3)}


def _time(fn: Callable[[str], object], queries: Sequence[str], repeat: int) -> list[float]:
    """Per query, the best of ``repeat`` timed runs after one warm-up run, in ms."""
    best = []
    for query in queries:
        fn(query)
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            fn(query)
            runs.append((time.perf_counter() - start) * 1000)
        best.append(min(runs))
    return best


def queries_for(handbook: Handbook, lang: str, count: int = 60, seed: int = 7) -> list[str]:
    """A mix of what people type in ``lang``: eval queries, terms and synonyms, title words, prefixes."""
    rng = random.Random(seed)
    found: list[str] = []
    if EVAL_FILE.exists():
        found += [q["query"] for q in json.loads(EVAL_FILE.read_text(encoding="utf-8")) if q["lang"] == lang]
    phrases = [p for t in handbook.terms(lang) for p in (t.term, *t.synonyms)]
    found += rng.sample(phrases, min(len(phrases), count // 2))
    titles = [w for t in handbook.topics(lang) for w in _WORD.findall(t.title)]
    found += rng.sample(titles, min(len(titles), count // 4))
    found += [w[: max(1, len(w) // 2)] for w in rng.sample(titles, min(len(titles), count // 8))]
    return found


# -------------------------------------------------------------------------------------- FTS5


class Fts5:
    """The same topics in an SQLite FTS5 table: the baseline for speed.

    unicode61 would take a whole run of Chinese or Korean as one token (and find almost nothing), so
    CJK characters are spaced apart on both sides and a CJK query run is searched as a phrase.
    """

    def __init__(self, docs: Sequence[IndexDoc]) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, lang UNINDEXED, title, body,"
            " tokenize='unicode61 remove_diacritics 2')"
        )
        self.db.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?)",
            [(d.id, d.lang, _spaced(f"{d.title} {d.keywords}"), _spaced(d.text)) for d in docs],
        )
        self.db.commit()

    def search(self, query: str, lang: str, limit: int = 10) -> list[tuple[Any, ...]]:
        parts = [" ".join(word) if is_cjk(word) else word for word in _WORD.findall(query)[:24]]
        if not parts:
            return []
        match = " OR ".join('"' + p.replace('"', "") + '"' for p in parts)
        return self.db.execute(
            "SELECT id, title, snippet(t, 3, '**', '**', '…', 24), bm25(t, 0, 0, 2.5, 1.0) AS s FROM t"
            " WHERE t MATCH ? AND lang = ? ORDER BY s LIMIT ?",
            (match, lang, limit),
        ).fetchall()


def _spaced(text: str) -> str:
    return _CJK.sub(r" \g<0> ", text)


# --------------------------------------------------------------------------------- benchmarks


def _ours(index: SearchIndex, query: str, lang: str) -> object:
    return index.search(query, lang)


def _fts5(fts: Fts5, query: str, lang: str) -> object:
    return fts.search(query, lang)


def build_time(handbook: Handbook | None = None, repeat: int = 3) -> dict[str, Any]:
    """Seconds to build the index of every language present (documents, analysis, whoosh)."""
    handbook = handbook or content.load()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        docs = documents(handbook)
        index_docs(docs, handbook, indexed_languages(handbook))
        times.append(time.perf_counter() - start)
    return {
        "languages": list(indexed_languages(handbook)),
        "docs": len(docs),
        "build_s": round(min(times), 3),
        "target_s": 3.0,
    }


def bundled(handbook: Handbook | None = None, repeat: int = 5) -> dict[str, Any]:
    """Per language: whoosh search (the full pipeline) and FTS5, p50/p95 ms per query."""
    handbook = handbook or content.load()
    index = memory_index(handbook)
    fts = Fts5(documents(handbook))
    out: dict[str, Any] = {}
    for lang in indexed_languages(handbook):
        queries = queries_for(handbook, lang)
        ours = _percentiles(_time(functools.partial(_ours, index, lang=lang), queries, repeat))
        base = _percentiles(_time(functools.partial(_fts5, fts, lang=lang), queries, repeat))
        out[lang] = {
            "queries": len(queries),
            "whoosh": ours,
            "fts5": base,
            "p95_ratio": round(ours["p95_ms"] / base["p95_ms"], 1) if base["p95_ms"] else None,
        }
    return out


def synthetic_docs(handbook: Handbook, count: int, seed: int = 11) -> list[IndexDoc]:
    """``count`` English topics made of the real vocabulary, words drawn by their real frequency."""
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    for topic in handbook.topics("en"):
        counts.update(w.lower() for w in _WORD.findall(topic.words()))
    words, weights = zip(*counts.items(), strict=True)
    groups = synonym_groups(handbook, "en")
    docs = []
    for i in range(count):
        title = " ".join(rng.choices(words, weights, k=rng.randint(2, 6))).capitalize()
        body = " ".join(rng.choices(words, weights, k=rng.randint(30, 300))) + "."
        found = (concepts(groups, body), concepts(groups, title))
        docs.append(IndexDoc(f"synthetic-{i}", "section", "en", title, "", body, *found))
    return docs


def synthetic(handbook: Handbook | None = None, count: int = 10_000, repeat: int = 3) -> dict[str, Any]:
    """Search p50/p95 at ``count`` synthetic English topics (and FTS5 on the same topics)."""
    handbook = handbook or content.load()
    docs = synthetic_docs(handbook, count)
    start = time.perf_counter()
    index = index_docs(docs, handbook)
    build_s = time.perf_counter() - start
    fts = Fts5(docs)
    queries = queries_for(handbook, "en")
    return {
        "topics": count,
        "build_s": round(build_s, 2),
        "queries": len(queries),
        "whoosh": _percentiles(_time(functools.partial(_ours, index, lang="en"), queries, repeat)),
        "fts5": _percentiles(_time(functools.partial(_fts5, fts, lang="en"), queries, repeat)),
        "target_p95_ms": 50.0,
    }


def run_all(count: int = 10_000) -> dict[str, Any]:
    handbook = content.load()
    warm_up()
    return {
        "build": build_time(handbook),
        "bundled": bundled(handbook),
        "synthetic": synthetic(handbook, count),
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    count = int(args[0]) if args else 10_000
    sys.stdout.write(json.dumps(run_all(count), indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
