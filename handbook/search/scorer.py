"""Scoring a whoosh query fast, with exactly whoosh's scores and order (see :class:`Scorer`)."""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from whoosh import scoring
from whoosh.matching import Matcher, UnionMatcher
from whoosh.query import Or, Query, Term
from whoosh.searching import Searcher
from whoosh.util import make_weighted_tree


class Scorer:
    """The ``limit`` best matches of a query, with the same scores and order as whoosh's search.

    ``searcher.search(query, limit)`` walks whoosh's tree of matchers document by document with
    block-quality skips, which costs more than it saves in an index of a few hundred topics. Here
    each leaf of the tree scores its postings in one pass, and each union node adds its children's
    scores per document as whoosh's ``UnionMatcher`` does (``a + b``, in the same tree), so the
    floats are the same. An ``Or`` of plain terms (every query the search builds) skips whoosh's
    matcher objects: its terms are scored with BM25F straight from the postings and field lengths,
    in the tree whoosh would build; any other query goes through whoosh's matchers.
    """

    def __init__(self, searcher: Searcher) -> None:
        self._searcher = searcher
        self._reader = searcher.reader()
        self._lengths: dict[str, list[int]] = {}  # field -> length in each document (BM25F's norms)
        weighting = searcher.weighting
        self._bm25 = type(weighting) is scoring.BM25F and searcher.is_atomic() and not self._reader.has_deletions()

    def top(self, query: Query, limit: int) -> list[tuple[int, float]]:
        """(docnum, score) of the best ``limit`` matches, best first, ties by docnum."""
        found = self._terms(query) if self._plain(query) else None
        if found is None:
            found = _scores(query.matcher(self._searcher, self._searcher.context()))
        return [(docnum, -neg) for neg, docnum in heapq.nsmallest(limit, [(-v, k) for k, v in found.items()])]

    def _plain(self, query: Query) -> bool:
        return (
            self._bm25
            and type(query) is Or
            and query.boost == 1.0
            and query.matcher_type == Or.DEFAULT_MATCHER
            and not query.minmatch
            and not query.scale
            and all(type(q) is Term and not q.minquality for q in query.subqueries)
        )

    def _terms(self, query: Query) -> dict[int, float] | None:
        """Scores of an ``Or`` of terms, as whoosh's ``DefaultOr`` tree of ``UnionMatcher`` sums them."""
        leaves = []
        for term in query.subqueries:
            if term.fieldname not in self._searcher.schema:
                return None
            field = self._searcher.schema[term.fieldname]
            if not field.scorable:
                return None
            text = field.to_bytes(term.text)
            leaves.append((self._reader.doc_frequency(term.fieldname, text), _Leaf(term.fieldname, text, term.boost)))
        if not leaves:
            return {}
        # whoosh's tree: the same weights (document frequencies); its matchers never compare less
        # than each other, and neither do the leaves here, so ties fall the same way.
        tree = make_weighted_tree(_Union, leaves) if len(leaves) > 1 else leaves[0][1]
        return self._sum(tree)

    def _sum(self, node: _Leaf | _Union) -> dict[int, float]:
        if isinstance(node, _Union):
            a, b = self._sum(node.a), self._sum(node.b)
            for docnum, score in b.items():
                a[docnum] = a[docnum] + score if docnum in a else score
            return a
        return self._leaf(node)

    def _leaf(self, leaf: _Leaf) -> dict[int, float]:
        """BM25F of one term, as ``BM25FScorer`` computes it (boosted as ``WrappingMatcher`` does)."""
        out: dict[int, float] = {}
        searcher, name = self._searcher, leaf.field
        if (name, leaf.text) not in self._reader:
            return out
        weighting = searcher.weighting
        b_param = weighting._field_B.get(name, weighting.B)
        k1 = weighting.K1
        idf = searcher.idf(name, leaf.text)
        avgfl = searcher.avg_field_length(name) or 1
        lengths = self._lengths.get(name)
        if lengths is None:
            lengths = [self._reader.doc_field_length(d, name, 1) for d in range(self._reader.doc_count_all())]
            self._lengths[name] = lengths
        postings = self._reader.postings(name, leaf.text)
        boost = leaf.boost
        while postings.is_active():
            docnum = postings.id()
            score = scoring.bm25(idf, postings.weight(), lengths[docnum], avgfl, b_param, k1)
            out[docnum] = score * boost if boost != 1.0 else score
            postings.next()
        return out


@dataclass(eq=False)
class _Leaf:
    field: str
    text: bytes
    boost: float

    def __lt__(self, other: object) -> bool:
        return False


@dataclass(eq=False)
class _Union:
    a: _Leaf | _Union
    b: _Leaf | _Union

    def __lt__(self, other: object) -> bool:
        return False


def _scores(matcher: Matcher) -> dict[int, float]:
    """Scores of every match of a whoosh matcher tree: leaves in one pass, unions summed as whoosh does."""
    if type(matcher) is UnionMatcher:
        a, b = _scores(matcher.a), _scores(matcher.b)
        for docnum, score in b.items():
            a[docnum] = a[docnum] + score if docnum in a else score
        return a
    out: dict[int, float] = {}
    while matcher.is_active():
        out[matcher.id()] = matcher.score()
        matcher.next()
    return out
