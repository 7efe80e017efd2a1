"""Any input at all gives results or an empty list: never an exception, never a logged failure."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handbook import search
from handbook.content import Handbook
from handbook.errors import NotFoundError
from handbook.search import Results, SearchIndex

LANGS = ["en", "es", "zh", "vi", "ar", "ko"]

NASTY = [
    "",
    " ",
    "\t\n\r",
    "x" * 10_000,
    "bone " * 2_000,
    "AND OR (((",
    "NOT AND OR",
    "title:",
    "title:bone body:",
    "*",
    "bone*",
    "?",
    '"unclosed phrase',
    "bone~2",
    "[a TO z]",
    "{}[]()<>^~!@#$%&|\\/",
    "\x00",
    "bone\x00pain",
    "\x07\x1b[31mred",
    "\ud800",
    "bone\udfffpain",
    "\ufeff\ufffe\uffff",
    "\u200b\u200d\u2028\u2029",
    "e\u0301\u0301\u0301",
    "Xgeva 骨折 العظام 뼈 xương métastasis",
    "𠀀𠀁𪜀",  # CJK extension B
    "🦴💉",
    "ـــــ",  # only tatweel
    "\u064e\u064f",  # only Arabic marks
    "-1",
    "0" * 500,
    "'; DROP TABLE t; --",
]


@pytest.fixture(scope="module")
def index(handbook: Handbook) -> SearchIndex:
    return search.memory_index(handbook)


def _check(results: Results, limit: int) -> None:
    assert isinstance(results, Results)
    assert len(results.hits) <= max(0, limit)
    for hit in results.hits:
        assert hit.id and hit.title and isinstance(hit.snippet, str)
        assert hit.snippet.count("**") % 2 == 0
        hit.to_json()
    assert results.suggestion is None or isinstance(results.suggestion, str)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("query", NASTY, ids=range(len(NASTY)))
def test_nasty_input(index: SearchIndex, query: str, lang: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="handbook"):
        _check(index.search(query, lang), 10)
    assert not caplog.records, "search logged a failure instead of handling the input"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.one_of(
        st.text(max_size=60),
        st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()), max_size=60),
        st.lists(
            st.sampled_from(["bone", "AND", "OR", "(", ")", "*", "title:", "骨", "عظم", "뼈", "x", '"']), max_size=12
        ).map(" ".join),
    ),
    lang=st.sampled_from(LANGS),
    limit=st.integers(min_value=-5, max_value=60),
)
def test_any_query_never_raises(
    index: SearchIndex, query: str, lang: str, limit: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="handbook"):
        _check(index.search(query, lang, limit=limit), limit)
    assert not caplog.records


def test_non_text_query_is_empty(index: SearchIndex) -> None:
    assert index.search(None, "en").hits == []  # type: ignore[arg-type]
    assert index.search(b"bone", "en").hits == []  # type: ignore[arg-type]


def test_unknown_language_is_a_clear_error(index: SearchIndex) -> None:
    with pytest.raises(NotFoundError, match="unknown language"):
        index.search("bone", "xx")


def test_search_as_you_type_prefixes(index: SearchIndex) -> None:
    word = "bisphosphonates"
    for end in range(len(word) + 1):
        _check(index.search(word[:end], "en"), 10)
    assert index.search(word, "en").hits
