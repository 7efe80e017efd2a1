"""Ranking quality: does the topic a reader needs come first? Ours next to SQLite FTS5, per language.

Case files are JSON lists of ``{"lang", "query", "top": [ids]}``: any id of ``top`` counts as the right
topic. Per language: success@1 (the right topic first), success@3 and MRR@10 (the mean of 1/rank of the
first right topic in the top 10). FTS5 (:class:`handbook.bench.search.Fts5`) searches the same titles and
texts in the same run.

- the shared sample: ``shared/eval/ranking_queries.json`` beside the project (a copy in
  ``tests/data/ranking_queries.json``, used where that folder is not there);
- held-out sets, each written before it was first run: ``tests/data/ranking_heldout.json`` (fixes
  were then made with it) and ``ranking_heldout2.json`` (written and first run after those fixes);
  ``ranking_heldout3.json`` (dental questions with and without a drug's name, and questions about
  the drug alone: written before the dental-work change, whose words it then informed, as set 4's
  did), ``ranking_heldout4.json`` and ``ranking_heldout5.json`` (written after it; set 5 after the
  last of it: the honest figure); ``ranking_heldout6.json`` (loose teeth and other warning signs typed
  as a verb, and comparisons of two treatments: written before that work, its honest figure);
- our own cases, written before tuning: ``tests/data/ranking_own.json``. Its cases of kind
  ``uncovered`` ("cost", "hospice") have no right topic: the handbook does not cover them; those of
  kind ``urgent`` (warning signs) count once the handbook has the topic in that language.

A case none of whose topics the handbook has in its language is left out (a topic still to come).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from handbook import content
from handbook.bench.search import Fts5
from handbook.content import Handbook
from handbook.resources import base_dir
from handbook.search import SearchIndex, documents, indexed_languages, memory_index

DEPTH: Final = 10
UNCOVERED: Final = "uncovered"
URGENT: Final = "urgent"


def _data(name: str) -> Path:
    shared = base_dir().parent / "shared" / "eval" / name
    return shared if shared.exists() else base_dir() / "tests" / "data" / name


SAMPLE_FILE: Final = _data("ranking_queries.json")
OWN_FILE: Final = base_dir() / "tests" / "data" / "ranking_own.json"
#: Held-out patient queries, each set written before it was first run (see the note in each file).
HELDOUT_FILE: Final = base_dir() / "tests" / "data" / "ranking_heldout.json"
HELDOUT2_FILE: Final = base_dir() / "tests" / "data" / "ranking_heldout2.json"
HELDOUT3_FILE: Final = base_dir() / "tests" / "data" / "ranking_heldout3.json"
HELDOUT4_FILE: Final = base_dir() / "tests" / "data" / "ranking_heldout4.json"
HELDOUT5_FILE: Final = base_dir() / "tests" / "data" / "ranking_heldout5.json"
HELDOUT6_FILE: Final = base_dir() / "tests" / "data" / "ranking_heldout6.json"
#: Every case file the benchmark scores, by the name it reports.
FILES: Final = {
    "sample": SAMPLE_FILE,
    "own": OWN_FILE,
    "heldout": HELDOUT_FILE,
    "heldout2": HELDOUT2_FILE,
    "heldout3": HELDOUT3_FILE,
    "heldout4": HELDOUT4_FILE,
    "heldout5": HELDOUT5_FILE,
    "heldout6": HELDOUT6_FILE,
}


@dataclass(frozen=True)
class Case:
    lang: str
    query: str
    top: tuple[str, ...]
    kind: str = ""


@dataclass(frozen=True)
class Scores:
    cases: int
    success_at_1: float
    success_at_3: float
    mrr_at_10: float
    misses: tuple[str, ...] = ()  # "query -> first hits" of the cases not right first

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "success@1": round(self.success_at_1, 3),
            "success@3": round(self.success_at_3, 3),
            "mrr@10": round(self.mrr_at_10, 3),
        }


def load_cases(path: Path) -> list[Case]:
    """The cases of a file (an entry without a query, such as a ``note`` on how the file was written, is
    not a case)."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    return [Case(e["lang"], e["query"], tuple(e.get("top", ())), e.get("kind", "")) for e in entries if "query" in e]


def ranked(cases: Sequence[Case], kind: str = "", but: str = "") -> list[Case]:
    """The cases that have a right topic (``kind`` given: only those of that kind; ``but``: not those)."""
    return [c for c in cases if c.top and (not kind or c.kind == kind) and (not but or c.kind != but)]


def score(cases: Sequence[Case], ids: Callable[[Case], list[str]]) -> Scores:
    """success@1, success@3 and MRR@10 of a search (``ids``: the ids it ranks for a case, best first)."""
    if not cases:
        return Scores(0, 0.0, 0.0, 0.0)
    first = third = 0
    reciprocal = 0.0
    misses = []
    for case in cases:
        found = ids(case)[:DEPTH]
        place = next((i + 1 for i, topic_id in enumerate(found) if topic_id in case.top), None)
        first += place == 1
        third += place is not None and place <= 3
        reciprocal += 1 / place if place else 0.0
        if place != 1:
            misses.append(f"{case.query} -> {', '.join(found[:3])} (want {' or '.join(case.top)})")
    n = len(cases)
    return Scores(n, first / n, third / n, reciprocal / n, tuple(misses))


def present(handbook: Handbook, cases: Sequence[Case]) -> list[Case]:
    """The cases one of whose topics the handbook has in their language."""
    return [c for c in cases if any(t in handbook.pack(c.lang).topics for t in c.top)]


def compare(handbook: Handbook, index: SearchIndex, cases: Sequence[Case]) -> dict[str, dict[str, Scores]]:
    """Per language: our scores and FTS5's on the same cases (languages with content only; cases
    whose topics the language does not have yet are left out)."""
    fts = Fts5(documents(handbook))
    out: dict[str, dict[str, Scores]] = {}
    for lang in indexed_languages(handbook):
        mine = [c for c in present(handbook, cases) if c.lang == lang]
        if not mine:
            continue
        out[lang] = {
            "ours": score(mine, lambda c: [h.id for h in index.search(c.query, c.lang, limit=DEPTH).hits]),
            "fts5": score(mine, lambda c: [str(row[0]) for row in fts.search(c.query, c.lang, DEPTH)]),
        }
    return out


def overall(results: dict[str, dict[str, Scores]], which: str) -> float:
    """success@1 over every case of every language."""
    total = sum(r[which].cases for r in results.values())
    right = sum(r[which].success_at_1 * r[which].cases for r in results.values())
    return right / total if total else 0.0


def run(handbook: Handbook, index: SearchIndex) -> dict[str, Any]:
    """The figures for the benchmark: sample and own cases, per language, ours and FTS5."""
    out: dict[str, Any] = {}
    for name, results in results_by_file(handbook, index).items():
        out[name] = {
            lang: {which: scores.to_json() for which, scores in found.items()} for lang, found in results.items()
        }
        out[name]["overall"] = {"ours": round(overall(results, "ours"), 3), "fts5": round(overall(results, "fts5"), 3)}
    return out


def results_by_file(handbook: Handbook, index: SearchIndex) -> dict[str, dict[str, dict[str, Scores]]]:
    """The scores of every case file there is (:data:`FILES`), by its name."""
    return {
        name: compare(handbook, index, ranked(load_cases(path), "")) for name, path in FILES.items() if path.exists()
    }


def table(name: str, results: dict[str, dict[str, Scores]], misses: bool = False) -> str:
    """One case file's figures per language, ours (FTS5), and overall; with ``misses``, each case
    not right first and what came first."""
    lines = [f"{name}: success@1 / success@3 / MRR@10, ours (FTS5)"]
    for lang, found in results.items():
        ours, fts = found["ours"], found["fts5"]
        lines.append(
            f"  {lang} ({ours.cases:2d}): {ours.success_at_1:.2f} / {ours.success_at_3:.2f} / {ours.mrr_at_10:.2f}"
            f"   ({fts.success_at_1:.2f} / {fts.success_at_3:.2f} / {fts.mrr_at_10:.2f})"
        )
    lines.append(f"  all: {overall(results, 'ours'):.3f} ({overall(results, 'fts5'):.3f})")
    if misses:
        lines.extend(f"    {lang}: {miss}" for lang, found in results.items() for miss in found["ours"].misses)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m handbook.bench.ranking``: the table of every case file (``--misses``: and each miss)."""
    parser = argparse.ArgumentParser(prog="python -m handbook.bench.ranking", description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list each case not right first")
    args = parser.parse_args(argv)
    handbook = content.load()
    index = memory_index(handbook)
    for name, results in results_by_file(handbook, index).items():
        sys.stdout.write(table(name, results, args.misses) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
