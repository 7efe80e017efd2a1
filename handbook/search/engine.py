"""Full-text search of the handbook (whoosh): the public API the CLI and the GUI call.

A query is never handed to a query parser: it is cut into words (and CJK runs) by the same analysis
as the index (:mod:`handbook.search.analysis`), and the query is built from plain terms:

- each word's terms, in the title (weighted higher) or the body;
- for a word typed with accents that make a difference (``đầu``, not ``dau``), its exact key too
  (:mod:`handbook.search.analysis`), so the word as typed counts more than its folded look-alikes (``đau``);
- the phrases of every synonym group the words match (:mod:`handbook.search.lexicon`), weighted lower, so
  brand and generic names, and lay and medical words, find each other;
- for a word the language does not know, its nearest known spellings, weighted lower, which also
  make the "did you mean" text.

Results are ranked by whoosh's BM25F score, scaled by how many of the typed words a topic covers; a
word typed with accents and found only as a look-alike with other accents covers it only in part.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from whoosh.query import Or, Query, Term

from handbook.content import Handbook
from handbook.i18n import DEFAULT_LANGUAGE, check_language
from handbook.search import analysis, lexicon, scorer, snippets, store
from handbook.search.lexicon import Expansion, Lexicon, SynonymGroups

log = logging.getLogger(__name__)

TITLE_BOOST: Final = 2.5
SYNONYM_BOOST: Final = 0.5
CONCEPT_BOOST: Final = 1.0
EXACT_BOOST: Final = 1.0
FOLD_CREDIT: Final = 0.0  # a look-alike (sống for sóng) is another word: it covers nothing
CHEAP_DOCS: Final = 200
COMMON_DOCS: Final = 1000
COMMON_SHARE: Final = 0.2
FIX_BOOST: Final = 0.7
MAX_FIXES: Final = 3
COVER_FLOOR: Final = 0.3
RERANK_POOL: Final = 20
MAX_QUERY_CHARS: Final = 400
MAX_WORDS: Final = 24
MAX_LIMIT: Final = 500
DOC_CACHE: Final = 2048
_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    title: str
    score: float
    snippet: str  # plain text excerpt; each matched word wrapped in ** **

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "title": self.title, "score": self.score, "snippet": self.snippet}


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    suggestion: str | None  # "did you mean", built from the words typed, when a word was not known


@dataclass
class _Unit:
    """One typed word or CJK run."""

    raw: str  # normalized, not stemmed
    start: int
    end: int
    cjk: bool
    terms: tuple[str, ...]
    key: str  # the exact key (``terms[0]``, or the term of a CJK run, when accents make no difference)
    fixes: list[str] = field(default_factory=list)  # known spellings, best first
    fix_terms: tuple[str, ...] = ()
    shown: str | None = None  # the best fix that is a word of the content: the "did you mean"

    @property
    def exact(self) -> str | None:
        """The exact key when the word was typed with accents that make a difference."""
        return None if self.cjk or self.key == self.terms[0] else self.key


def clean_query(query: object) -> str:
    """Any input as safe text: no control characters, lone surrogates or NULs; at most 400 characters."""
    if not isinstance(query, str):
        return ""
    return unicodedata.normalize("NFC", _UNSAFE.sub(" ", query[:MAX_QUERY_CHARS]))


@dataclass(frozen=True)
class _Doc:
    """What re-ranking and snippets need of one indexed topic, worked out once."""

    stored: dict[str, Any]
    text: snippets.Analyzed
    terms: frozenset[str]  # every term of its title, keywords and text
    keys: frozenset[str]  # ... and every exact key
    concepts: frozenset[str]


@dataclass
class _Plan:
    """A query worked out: the typed units, the synonym groups they matched, the whoosh query."""

    units: list[_Unit]
    groups: list[tuple[Expansion, set[int]]]
    terms: set[str]
    query: Query | None
    exact: dict[str, frozenset[str]] = field(default_factory=dict)  # term -> the keys typed for it

    @property
    def reranks(self) -> bool:
        """Whether coverage can tell the hits apart (several words, or a word typed with accents)."""
        return len(self.units) > 1 or any(u.exact for u in self.units)


class SearchIndex:
    """An opened index: search it as often as you like (the searcher and analyzers are kept)."""

    def __init__(self, opened: store.Opened, handbook: Handbook) -> None:
        self.where = opened.where
        self.languages = opened.languages or (DEFAULT_LANGUAGE,)
        self._handbook = handbook
        self._index = opened.storage.open_index()
        self._searcher = self._index.searcher()
        self._reader = self._searcher.reader()
        self._scorer = scorer.Scorer(self._searcher)
        self._lexicons: dict[str, Lexicon] = {}
        self._docs: OrderedDict[int, _Doc] = OrderedDict()
        self._lock = threading.RLock()

    def field_language(self, lang: str) -> str:
        """The indexed language a search in ``lang`` uses (English until ``lang`` has content)."""
        check_language(lang)
        return lang if lang in self.languages else DEFAULT_LANGUAGE

    def search(self, query: str, lang: str, limit: int = 10) -> Results:
        """Best topics for ``query`` in ``lang``. Never raises on any query text."""
        flang = self.field_language(lang)
        try:
            with self._lock:
                return self._search(clean_query(query), flang, max(0, min(int(limit), MAX_LIMIT)))
        except Exception:
            log.exception("search failed for %r", query[:80] if isinstance(query, str) else query)
            return Results([], None)

    # ------------------------------------------------------------------------------ planning

    def _lexicon(self, lang: str) -> Lexicon:
        if lang not in self._lexicons:
            self._lexicons[lang] = lexicon.Lexicon(self._handbook, lang)
        return self._lexicons[lang]

    def _in_index(self, name: str, text: str) -> bool:
        return (name, text) in self._reader

    def _fix_spelling(self, units: list[_Unit], lex: Lexicon) -> None:
        """Find known spellings for each word that no topic has and the language does not know."""
        for unit in units:
            if unit.cjk or any(self._in_index(f"{f}_{lex.lang}", t) for f in ("title", "body") for t in unit.terms):
                continue
            speller = lex.speller
            if unit.raw in speller:
                continue
            unit.fixes = speller.corrections(unit.raw)[:MAX_FIXES]
            unit.fix_terms = tuple(t for fix in unit.fixes for t in analysis.terms(fix, lex.lang, query=True))
            unit.shown = next((speller.shown(w) for w in unit.fixes if w in speller.counts), None)

    def _leaves(self, lang: str, text: str, boost: float, prefix: str = "") -> list[tuple[int, Term]]:
        """(document frequency, query) of the term in the title (weighted higher) and the body.

        ``prefix="x"`` looks up an exact key in the exact fields.
        """
        out = []
        for name, weight in ((f"{prefix}title_{lang}", TITLE_BOOST), (f"{prefix}body_{lang}", 1.0)):
            df = self._reader.doc_frequency(name, text)
            if df:
                out.append((df, Term(name, text, boost=boost * weight)))
        return out

    def _plan(self, text: str, lang: str) -> _Plan:
        units = []
        for piece in analysis.pieces(text, lang)[:MAX_WORDS]:
            found = analysis.piece_terms(piece.text, piece.cjk, lang, query=True)
            if found:
                key = found[0]
                if not piece.cjk:
                    key = analysis.word_key(text[piece.start : piece.end], piece.text, key, lang)
                units.append(_Unit(piece.text, piece.start, piece.end, piece.cjk, found, key))
        lex = self._lexicon(lang)
        for unit in units:
            if unit.exact is not None and not any(self._in_index(f"x{f}_{lang}", unit.key) for f in ("title", "body")):
                # accents no topic writes (``đot``, ``sông``: left out or mistyped) tell nothing: fold
                unit.key = unit.terms[0]
        self._fix_spelling(units, lex)
        weights: dict[str, float] = {}
        for unit in units:
            for t in unit.terms:
                weights[t] = 1.0
        for unit in units:
            for rank, fix in enumerate(unit.fixes):
                for t in analysis.terms(fix, lang, query=True):
                    weights.setdefault(t, FIX_BOOST / (1 + rank))
        groups = self._expansions(units, lex.groups)
        total = self._reader.doc_count()
        cheap = max(CHEAP_DOCS, total // 10)
        for exp, _ in groups:
            for phrase in exp.siblings:
                # One-word synonyms are searched themselves where that is cheap (rare words); every
                # synonym, however common or long, is found through the group's concept term.
                if len(phrase.terms) == 1 and self._reader.doc_frequency(f"body_{lang}", phrase.terms[0]) <= cheap:
                    weights.setdefault(phrase.terms[0], SYNONYM_BOOST)
        leaves = [leaf for t, w in weights.items() for leaf in self._leaves(lang, t, w)]
        exact = self._exact_terms(units)
        for key in {k for keys in exact.values() for k in keys}:
            leaves.extend(self._leaves(lang, key, EXACT_BOOST, prefix="x"))
        name = f"concept_{lang}"
        for exp, _ in groups:
            df = self._reader.doc_frequency(name, exp.group.id)
            if df:
                leaves.append((df, Term(name, exp.group.id, boost=CONCEPT_BOOST)))
        query = self._combine(leaves, max(COMMON_DOCS, int(COMMON_SHARE * total)))
        return _Plan(units, groups, set(weights), query, exact)

    @staticmethod
    def _exact_terms(units: list[_Unit]) -> dict[str, frozenset[str]]:
        """Term -> the exact keys typed for it (``đau đầu``: ``dau -> {đau, đầu}``), for the terms
        typed only with accents that make a difference (in ``dau đầu``, any accents will do)."""
        keys: dict[str, set[str]] = {}
        free: set[str] = set()
        for unit in units:
            if unit.exact is None:
                free.update(unit.terms)
            else:
                keys.setdefault(unit.terms[0], set()).add(unit.exact)
        return {term: frozenset(found) for term, found in keys.items() if term not in free}

    @staticmethod
    def _combine(leaves: list[tuple[int, Term]], common: int) -> Query | None:
        """OR the leaves; in a big index, leave out terms most topics have (as a common-terms query).

        Such a term adds little to a topic's score but costs a pass over most of the index; it still
        counts in the re-ranking by coverage. When every term is that common, the rarest one is used.
        """
        if not leaves:
            return None
        rare = [q for df, q in leaves if df <= common]
        if not rare:
            rarest = min(leaves, key=lambda leaf: leaf[0])[1].text
            rare = [q for _df, q in leaves if q.text == rarest]
        query = Or(rare)
        # whoosh preloads small indexes into arrays; walking the postings is faster here.
        query.matcher_type = Or.DEFAULT_MATCHER
        return query

    @staticmethod
    def _expansions(units: list[_Unit], groups: SynonymGroups) -> list[tuple[Expansion, set[int]]]:
        """Matched synonym groups, each with the units it stands for (typed and corrected words)."""
        found: dict[str, tuple[Expansion, set[int]]] = {}
        for corrected in (False, True):
            seq: list[str] = []
            keys: list[str] = []
            owner: list[int] = []
            for i, unit in enumerate(units):
                use = unit.fix_terms[:1] if corrected and unit.fixes else unit.terms
                seq.extend(use)
                keys.extend([unit.key] if len(use) == 1 and use == unit.terms and unit.exact else use)
                owner.extend([i] * len(use))
            for exp in groups.match(seq, keys):
                covered = {owner[k] for k in range(exp.start, exp.end)}
                if exp.group.id not in found:
                    found[exp.group.id] = (exp, covered)
                else:
                    found[exp.group.id][1].update(covered)
            if not any(u.fixes for u in units):
                break
        # names.yaml groups a whole treatment's names; where the finer term list already matched the
        # same words (one drug and its brand), the coarse group would only blur the ranking.
        fine: set[int] = set()
        for exp, covered in found.values():
            if not exp.group.id.startswith(lexicon.NAMES_PREFIX):
                fine |= covered
        return [
            (exp, covered)
            for exp, covered in found.values()
            if not (exp.group.id.startswith(lexicon.NAMES_PREFIX) and covered <= fine)
        ]

    # ------------------------------------------------------------------------------- running

    def _doc(self, docnum: int) -> _Doc:
        doc = self._docs.get(docnum)
        if doc is None:
            stored = self._reader.stored_fields(docnum)
            lang = stored["lang"]
            text = snippets.analyze(stored["text"], lang)
            heading = f"{stored['title']}\n{stored.get('keywords', '')}"
            terms, keys = analysis.keyed_terms(heading, lang)
            found = frozenset(terms) | text.where.keys() | text.grams.keys()
            concepts = frozenset(stored.get("concepts", ()))
            doc = _Doc(stored, text, found, frozenset(keys) | frozenset(text.keys), concepts)
            self._docs[docnum] = doc
            if len(self._docs) > DOC_CACHE:
                self._docs.popitem(last=False)
        return doc

    def _search(self, text: str, lang: str, limit: int) -> Results:
        plan = self._plan(text, lang)
        suggestion = self._suggestion(text, plan.units, self._lexicon(lang))
        if plan.query is None or limit == 0:
            return Results([], suggestion)
        pool = max(limit, RERANK_POOL) if plan.reranks else limit
        ranked = []
        for docnum, score in self._scorer.top(plan.query, pool):
            doc = self._doc(docnum)
            cover = self._coverage(plan, doc) if plan.reranks else 1.0
            ranked.append((score * (COVER_FLOOR + (1 - COVER_FLOOR) * cover), doc.stored, doc))
        ranked.sort(key=lambda r: -r[0])
        hits = [self._hit(score, stored, doc, plan) for score, stored, doc in ranked[:limit]]
        return Results(hits, suggestion)

    @staticmethod
    def _coverage(plan: _Plan, doc: _Doc) -> float:
        """The share of typed words a topic has (itself, a correction or a synonym).

        A word typed with accents that make a difference, which the topic has only with other accents
        (a look-alike), counts ``FOLD_CREDIT``.
        """
        by_synonym: set[int] = set()
        for exp, covered in plan.groups:
            if exp.group.id in doc.concepts:
                by_synonym |= covered
        total = 0.0
        for i, unit in enumerate(plan.units):
            if i in by_synonym or any(t in doc.terms for t in unit.fix_terms):
                total += 1
            elif unit.cjk:
                total += sum(t in doc.terms for t in unit.terms) / len(unit.terms)
            elif unit.exact is not None and unit.exact not in doc.keys:
                total += FOLD_CREDIT * any(t in doc.terms for t in unit.terms)
            else:
                total += any(t in doc.terms for t in unit.terms)
        return total / len(plan.units)

    @staticmethod
    def _hit(score: float, stored: dict[str, Any], doc: _Doc, plan: _Plan) -> Hit:
        matched = plan.terms & doc.terms
        phrases = [p for exp, _ in plan.groups if exp.group.id in doc.concepts for p in exp.group.phrases]
        excerpt = snippets.make(doc.text, matched, phrases, exact=plan.exact)
        return Hit(stored["id"], stored["kind"], stored["title"], round(float(score), 4), excerpt)

    @staticmethod
    def _suggestion(text: str, units: list[_Unit], lex: Lexicon) -> str | None:
        """The typed words with each unknown one replaced by its best known spelling."""
        fixes = {(u.start, u.end): u.shown for u in units if u.shown}
        if not fixes:
            return None
        words = []
        for piece in analysis.pieces(text, lex.lang):
            words.append(fixes.get((piece.start, piece.end), text[piece.start : piece.end].casefold()))
        return " ".join(words)


# ---------------------------------------------------------------------------------- entry points

_OPEN: dict[tuple[Path, str], SearchIndex] = {}
_OPEN_LOCK = threading.Lock()


def _key(handbook: Handbook) -> tuple[Path, str]:
    return (Path(handbook.root).resolve(), handbook.content_hash)


def open_index(handbook: Handbook) -> SearchIndex:
    """The search index of this content, ready to search; opened once per process per content folder."""
    key = _key(handbook)
    with _OPEN_LOCK:
        if key not in _OPEN:
            _OPEN[key] = SearchIndex(store.open_storage(handbook), handbook)
        return _OPEN[key]


def memory_index(handbook: Handbook) -> SearchIndex:
    """A new index of ``handbook`` built in memory and never saved (tests, benchmarks)."""
    storage = store.build(store.documents(handbook))
    languages = store.indexed_languages(handbook)
    return SearchIndex(store.Opened(storage, store.MEMORY, languages), handbook)


def ensure_index(handbook: Handbook, rebuild: bool = False, shipped: bool = False) -> str:
    """Build or refresh the index; returns where it is (a folder, or ``memory``).

    ``shipped=True`` builds into ``resources/index`` (build time); otherwise a fresh shipped or cached
    index is kept unless ``rebuild``, and a new one goes to the user cache (or memory).
    """
    opened = store.ensure(handbook, rebuild=rebuild, shipped=shipped)
    with _OPEN_LOCK:
        # An index handed out before stays usable (it lives in memory); new callers get this one.
        _OPEN[_key(handbook)] = SearchIndex(opened, handbook)
    return opened.where


def forget_indexes() -> None:
    """Forget every opened index, so the next ``open_index`` looks on disk again (tests, reloads)."""
    with _OPEN_LOCK:
        _OPEN.clear()
