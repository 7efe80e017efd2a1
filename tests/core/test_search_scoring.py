"""The fast paths of search give exactly what the plain ones give: scores, order and snippets.

``scorer.Scorer`` replaces whoosh's ``searcher.search`` (every float and every tie must be the
same), and ``snippets`` finds its window with a bisection instead of a scan.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh import scoring
from whoosh.query import And, Or, Query, Term

from handbook import search
from handbook.bench.search import queries_for
from handbook.content import Handbook
from handbook.search import SearchIndex, scorer, snippets


@pytest.fixture(scope="module")
def index(handbook: Handbook) -> SearchIndex:
    return search.memory_index(handbook)


def _whoosh(index: SearchIndex, query: Query, limit: int) -> list[tuple[int, float]]:
    return [(hit.docnum, hit.score) for hit in index._searcher.search(query, limit=limit)]


@pytest.mark.parametrize("lang", ["en", "es", "vi", "ar", "zh", "ko"])
def test_scores_and_order_are_whooshs(index: SearchIndex, handbook: Handbook, lang: str) -> None:
    if lang not in index.languages:
        pytest.skip(f"no content in '{lang}' yet")
    fast = scorer.Scorer(index._searcher)
    checked = 0
    for typed in queries_for(handbook, lang):
        for text in (typed, typed[: max(1, len(typed) // 2)]):
            plan = index._plan(search.clean_query(text), lang)
            if plan.query is None:
                continue
            assert fast._plain(plan.query), text  # every query search builds takes the fast path
            for limit in (10, 500):
                assert fast.top(plan.query, limit) == _whoosh(index, plan.query, limit), (text, limit)
            checked += 1
    assert checked > 20


_OTHER_QUERIES: list[Query] = [
    Or([Term("title_en", "bone"), Term("body_en", "pain")], boost=2.0),
    Or([Term("body_en", "bone"), And([Term("body_en", "pain"), Term("body_en", "bone")])]),
    Or([Term("body_en", "bone"), Term("body_en", "nosuchword")]),
    Or([Term("body_en", "bone")]),
    Or([Term("nosuchfield", "bone"), Term("body_en", "pain")]),
    Term("body_en", "pain", boost=1.5),
    And([Term("body_en", "bone"), Term("title_en", "pain")]),
]


@pytest.mark.parametrize("query", _OTHER_QUERIES, ids=repr)
def test_other_queries_score_as_whoosh_does(index: SearchIndex, query: Query) -> None:
    fast = scorer.Scorer(index._searcher)
    assert fast.top(query, 50) == _whoosh(index, query, 50)


def test_another_weighting_scores_as_whoosh_does(index: SearchIndex) -> None:
    searcher = index._index.searcher(weighting=scoring.TF_IDF())
    try:
        query = Or([Term("title_en", "bone", boost=2.5), Term("body_en", "bone"), Term("body_en", "pain")])
        expected = [(hit.docnum, hit.score) for hit in searcher.search(query, limit=30)]
        assert expected
        assert scorer.Scorer(searcher).top(query, 30) == expected
    finally:
        searcher.close()


def _scan_window(marks: list[tuple[int, int, str]], width: int) -> int:
    """The window search as a plain scan (what the bisection must equal)."""
    best, best_count = 0, 0
    for i, (start, _end, _key) in enumerate(marks[:200]):
        keys = {key for s, _e, key in marks[i:] if s < start + width}
        if len(keys) > best_count:
            best, best_count = i, len(keys)
    return best


@given(
    st.lists(st.tuples(st.integers(0, 2000), st.integers(1, 12), st.sampled_from("abcde")), max_size=300),
    st.integers(1, 300),
)
def test_best_window_equals_a_scan(raw: list[tuple[int, int, str]], width: int) -> None:
    marks = sorted((start, start + size, key) for start, size, key in raw)
    assert snippets._best_window(marks, width) == _scan_window(marks, width)
