"""Scoring a whoosh query fast, with exactly whoosh's scores and order (see :class:`Scorer`)."""

from __future__ import annotations

import heapq
from collections import OrderedDict
from dataclasses import dataclass
from typing import Final

from whoosh import scoring
from whoosh.matching import Matcher, UnionMatcher
from whoosh.query import Or, Query, Term
from whoosh.searching import Searcher
from whoosh.util import make_weighted_tree

TERM_CACHE: Final = 20_000  # terms whose scores are kept


class Scorer:
    """The ``limit`` best matches of a query, with the same scores and order as whoosh's search.

    With ``by_kind``, BM25F's length normalisation compares a topic with the average of its own
    kind in its own language (the documents that have the field), not with every document: a short
    glossary entry is then not worth more than a long treatment topic only for being short.

    ``searcher.search(query, limit)`` walks whoosh's tree of matchers document by document with
    block-quality skips, which costs more than it saves in an index of a few hundred topics. Here
    each leaf of the tree scores its postings in one pass, and each union node adds its children's
    scores per document as whoosh's ``UnionMatcher`` does (``a + b``, in the same tree), so the
    floats are the same. An ``Or`` of plain terms (every query the search builds) skips whoosh's
    matcher objects: its terms are scored with BM25F straight from the postings and field lengths,
    in the tree whoosh would build; any other query goes through whoosh's matchers.
    """

    def __init__(self, searcher: Searcher, by_kind: bool = False) -> None:
        self._searcher = searcher
        self._reader = searcher.reader()
        self._lengths: dict[str, list[int]] = {}  # field -> length in each document (BM25F's norms)
        self._averages: dict[str, list[float]] = {}  # field -> the average length each document is compared with
        self._kinds: list[str] | None = None
        self._scores: OrderedDict[tuple[str, bytes], dict[int, float]] = OrderedDict()
        if by_kind:
            reader = self._reader
            self._kinds = [reader.stored_fields(d).get("kind", "") for d in range(reader.doc_count_all())]
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
        unboosted = self._unboosted(leaf.field, leaf.text)
        boost = leaf.boost
        if boost == 1.0:
            return dict(unboosted)
        return {docnum: score * boost for docnum, score in unboosted.items()}

    def _unboosted(self, name: str, text: bytes) -> dict[int, float]:
        """A term's BM25F score in each document that has it; kept, as the index never changes
        (the next keystroke of search-as-you-type asks for most of the same terms)."""
        key = (name, text)
        found = self._scores.get(key)
        if found is not None:
            self._scores.move_to_end(key)
            return found
        out: dict[int, float] = {}
        if key in self._reader:
            out = self._score_postings(name, text)
        self._scores[key] = out
        if len(self._scores) > TERM_CACHE:
            self._scores.popitem(last=False)
        return out

    def _score_postings(self, name: str, text: bytes) -> dict[int, float]:
        out: dict[int, float] = {}
        searcher = self._searcher
        weighting = searcher.weighting
        b_param = weighting._field_B.get(name, weighting.B)
        k1 = weighting.K1
        idf = searcher.idf(name, text)
        lengths = self._lengths.get(name)
        if lengths is None:
            lengths = [self._reader.doc_field_length(d, name, 1) for d in range(self._reader.doc_count_all())]
            self._lengths[name] = lengths
        averages = self._averages.get(name)
        if averages is None:
            averages = self._average_lengths(name, lengths)
            self._averages[name] = averages
        postings = self._reader.postings(name, text)
        while postings.is_active():
            docnum = postings.id()
            out[docnum] = scoring.bm25(idf, postings.weight(), lengths[docnum], averages[docnum], b_param, k1)
            postings.next()
        return out

    def _average_lengths(self, name: str, lengths: list[int]) -> list[float]:
        """Per document, the average field length BM25F compares it with."""
        if self._kinds is None:
            return [self._searcher.avg_field_length(name) or 1] * len(lengths)
        totals: dict[str, list[int]] = {}
        for kind, length in zip(self._kinds, lengths, strict=True):
            if length:
                totals.setdefault(kind, []).append(length)
        means = {kind: sum(found) / len(found) for kind, found in totals.items()}
        return [means.get(kind, 1.0) for kind in self._kinds]


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
