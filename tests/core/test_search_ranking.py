"""Ranking: the topic that answers the question comes first, measured next to SQLite FTS5.

The shared sample (``ranking_queries.json``) must score success@1 >= 0.90 in every language; our own
cases (``tests/data/ranking_own.json``, written before the ranking was tuned: lay words, typos, brand
names, questions, intent words, no accents, Korean endings, Chinese without spaces, Arabic clitics)
are held to what they score, well ahead of FTS5. Each run prints the table (``pytest -s``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook import search
from handbook.bench import ranking
from handbook.content import Handbook
from handbook.search import SearchIndex


@pytest.fixture(scope="module")
def index(handbook: Handbook) -> SearchIndex:
    return search.memory_index(handbook)


def _table(title: str, results: dict[str, dict[str, ranking.Scores]]) -> str:
    lines = [f"{title}: success@1 / success@3 / MRR@10, ours (FTS5)"]
    for lang, found in results.items():
        ours, fts = found["ours"], found["fts5"]
        lines.append(
            f"  {lang} ({ours.cases:2d}): {ours.success_at_1:.2f} / {ours.success_at_3:.2f} / {ours.mrr_at_10:.2f}"
            f"   ({fts.success_at_1:.2f} / {fts.success_at_3:.2f} / {fts.mrr_at_10:.2f})"
        )
    return "\n".join(lines)


def test_the_sample_puts_the_right_topic_first_in_every_language(index: SearchIndex, handbook: Handbook) -> None:
    cases = ranking.ranked(ranking.load_cases(ranking.SAMPLE_FILE), "")
    results = ranking.compare(handbook, index, cases)
    print("\n" + _table("shared sample", results))
    assert set(results) == set(search.indexed_languages(handbook))
    for lang, found in results.items():
        assert found["ours"].success_at_1 >= 0.9, (lang, found["ours"].misses)
        assert found["ours"].success_at_1 >= found["fts5"].success_at_1


def test_our_own_cases_rank_well_ahead_of_fts5(index: SearchIndex, handbook: Handbook) -> None:
    cases = ranking.ranked(ranking.load_cases(ranking.OWN_FILE), but=ranking.URGENT)
    assert all(sum(c.lang == lang for c in cases) >= 20 for lang in search.indexed_languages(handbook))
    results = ranking.compare(handbook, index, cases)
    print("\n" + _table("own cases", results))
    for lang, found in results.items():
        ours = found["ours"]
        assert ours.success_at_1 >= 0.8, (lang, ours.misses)
        assert ours.success_at_3 >= 0.9, (lang, ours.misses)
    assert ranking.overall(results, "ours") >= 0.85
    assert ranking.overall(results, "ours") >= ranking.overall(results, "fts5") + 0.25


@pytest.mark.parametrize(
    ("path", "first", "third", "whole"),
    [(ranking.HELDOUT_FILE, 0.78, 0.95, 0.84), (ranking.HELDOUT2_FILE, 0.85, 0.85, 0.95)],
    ids=["heldout", "heldout2"],
)
def test_held_out_patient_queries_keep_their_figures(
    index: SearchIndex, handbook: Handbook, path: Path, first: float, third: float, whole: float
) -> None:
    """Two sets of patient queries written before they were first run (warning signs, comparisons,
    brands as each language writes them, no accents, lay words): held a little under what they
    score (set 1: 0.85 to 0.96 by language, 0.91 overall; set 2: 0.91 to 1.00, 0.98), so a
    regression fails."""
    cases = ranking.ranked(ranking.load_cases(path))
    assert all(sum(c.lang == lang for c in cases) >= 10 for lang in search.indexed_languages(handbook))
    results = ranking.compare(handbook, index, cases)
    print("\n" + _table(path.stem, results))
    for lang, found in results.items():
        ours = found["ours"]
        assert ours.success_at_1 >= first, (lang, ours.misses)
        assert ours.success_at_3 >= third, (lang, ours.misses)
    assert ranking.overall(results, "ours") >= whole
    assert ranking.overall(results, "ours") >= ranking.overall(results, "fts5") + 0.25


def test_what_the_handbook_does_not_cover_is_said_and_help_offered(index: SearchIndex, handbook: Handbook) -> None:
    """ "cost", "hospice": never a "did you mean" to an unrelated word; the words are named as not
    covered and the care-team and support topics offered (where the language lets us tell)."""
    cases = [c for c in ranking.load_cases(ranking.OWN_FILE) if c.kind == ranking.UNCOVERED]
    assert cases
    told = []
    for case in cases:
        results = index.search(case.query, case.lang)
        assert results.suggestion is None, (case.query, results.suggestion)
        if results.unknown:
            assert {h.id for h in results.help} == {"support", "care-team"}, case.query
            told.append(case.query)
    # Vietnamese is written in syllables that each occur somewhere ("bảo hiểm" is "bảo" and
    # "hiểm"), and a word can be in the handbook in another sense ("cuesta", as in "le cuesta
    # caminar"): a word the handbook lacks is not always seen as one.
    assert len(told) >= 0.75 * len(cases), sorted({c.query for c in cases} - set(told))


def test_warning_sign_words_put_the_urgent_topic_near_the_top(index: SearchIndex, handbook: Handbook) -> None:
    """Symptom words ("my legs are weak", "can't pee", "fever after Xofigo") put the topic on getting
    help right away first, in every language that has it (the synonym groups of the term list, which
    say ``first``): all do; one miss a language is let through."""
    cases = ranking.present(handbook, ranking.ranked(ranking.load_cases(ranking.OWN_FILE), ranking.URGENT))
    if not cases:
        pytest.skip("no language has the warning-signs topic yet")
    results = ranking.compare(handbook, index, cases)
    print("\n" + _table("warning signs", results))
    for lang, found in results.items():
        assert found["ours"].success_at_1 >= 0.8, (lang, found["ours"].misses)
