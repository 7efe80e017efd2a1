"""Full-text search of the handbook (Whoosh): what the CLI, the app and the benchmark call.

- :func:`open_index` gives the :class:`SearchIndex` of a handbook (the shipped index, the user cache's,
  or one built in memory); :meth:`SearchIndex.search` returns :class:`Results` of :class:`Hit`\\ s;
- :func:`ensure_index` builds or refreshes the index (``handbook index``); :func:`memory_index` builds
  one in memory; :func:`forget_indexes` drops the open ones; :func:`forget_queries` empties the caches
  that hold past queries' words (the kiosk's reset);
- for the benchmark: :func:`documents` (what is indexed, as :class:`IndexDoc`), :func:`index_docs`
  (an index of any documents), :func:`indexed_languages`, :func:`concepts`, :func:`synonym_groups`,
  :func:`is_cjk` and :func:`warm_up`.

Inside: ``analysis`` (words, stems, folding, n-grams per language), ``lexicon`` (synonyms, names,
spelling fixes), ``store`` (building, shipping and healing the index), ``scorer`` (BM25F in one pass),
``snippets`` (highlighted excerpts) and ``engine`` (queries and ranking).
"""

from __future__ import annotations

from handbook.content import Handbook
from handbook.search import analysis, snippets
from handbook.search.analysis import is_cjk, terms
from handbook.search.engine import (
    HELP_TOPICS,
    TOPICS,
    WORDS,
    Hit,
    Results,
    SearchIndex,
    clean_query,
    ensure_index,
    forget_indexes,
    memory_index,
    open_index,
)
from handbook.search.lexicon import groups_for as synonym_groups
from handbook.search.store import IndexDoc, Opened, build, concepts, documents, indexed_languages

__all__ = [
    "HELP_TOPICS",
    "TOPICS",
    "WORDS",
    "Hit",
    "IndexDoc",
    "Results",
    "SearchIndex",
    "clean_query",
    "concepts",
    "documents",
    "ensure_index",
    "forget_indexes",
    "forget_queries",
    "index_docs",
    "indexed_languages",
    "is_cjk",
    "memory_index",
    "open_index",
    "synonym_groups",
    "warm_up",
]


def index_docs(docs: list[IndexDoc], handbook: Handbook, languages: tuple[str, ...] = ("en",)) -> SearchIndex:
    """An in-memory index of the given documents (the benchmark's synthetic topics)."""
    return SearchIndex(Opened(build(docs), "memory", languages), handbook)


def forget_queries() -> None:
    """Forget the words of past queries kept to answer faster (the kiosk's reset: nothing of a visitor
    stays, not even in a cache). Searches go on working; the next ones fill the caches again."""
    analysis.forget_words()
    snippets.forget_terms()


def warm_up(lang: str = "en") -> None:
    """Load the analysis of a language (stemmers, stop words) before timing anything."""
    terms("warm up", lang)
