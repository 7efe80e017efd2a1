"""Full-text search of the handbook (whoosh): the public API the CLI and the GUI call.

A query is never handed to a query parser. It is read (:mod:`handbook.search.query`: filler words,
intents, definitions; Chinese words, Korean stems, Arabic clitics), worked out into plain terms
(:mod:`handbook.search.plan`), scored with BM25F normalised per kind of topic
(:mod:`handbook.search.scorer`) and ranked topic by topic (:mod:`handbook.search.rank`).

:class:`Results` holds the hits best first (Enter opens the first), the "did you mean" text, the typed
words the handbook has nothing on (then the topics that help further: the care team and support),
and the hits in groups: topics, and the glossary's "words explained".
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

from whoosh import scoring

from handbook.content import Handbook
from handbook.i18n import DEFAULT_LANGUAGE, LANGUAGES, check_language
from handbook.search import analysis, rank, scorer, snippets, store
from handbook.search.language import Language
from handbook.search.plan import Plan, Planner

log = logging.getLogger(__name__)

RERANK_POOL: Final = 40
CONCEPT_B: Final = 0.0
MAX_QUERY_CHARS: Final = 400
MAX_LIMIT: Final = 500
DOC_CACHE: Final = 2048
#: The topics offered when the handbook does not cover what was asked: who can help further.
HELP_TOPICS: Final = ("support", "care-team")
#: Result groups: the topics, and the glossary entries ("words explained").
TOPICS: Final = "topics"
WORDS: Final = "words"
_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    title: str
    score: float
    snippet: str  # plain text excerpt; each matched word wrapped in ** **
    row: str | None = None  # the comparison row the query asked for ("side effects of X")

    @property
    def group(self) -> str:
        return WORDS if self.kind == "glossary" else TOPICS

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "title": self.title, "score": self.score, "snippet": self.snippet}


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    suggestion: str | None  # "did you mean", built from the words typed, when a word was not known
    unknown: tuple[str, ...] = ()  # typed words the handbook has nothing on ("cost", "hospice")
    help: list[Hit] = field(default_factory=list)  # then: the topics that help further

    def groups(self) -> list[tuple[str, list[Hit]]]:
        """The hits in groups (topics; words explained), the group of the best hit first."""
        found: dict[str, list[Hit]] = {}
        for hit in self.hits:
            found.setdefault(hit.group, []).append(hit)
        return list(found.items())


def clean_query(query: object) -> str:
    """Any input as safe text: no control characters, lone surrogates or NULs; at most 400 characters."""
    if not isinstance(query, str):
        return ""
    return unicodedata.normalize("NFC", _UNSAFE.sub(" ", query[:MAX_QUERY_CHARS]))


@dataclass(frozen=True)
class _Doc:
    """What ranking and snippets need of one indexed topic, worked out once."""

    stored: dict[str, Any]
    text: snippets.Analyzed
    facts: rank.Facts


class SearchIndex:
    """An opened index: search it as often as you like (the searcher and analyzers are kept)."""

    def __init__(self, opened: store.Opened, handbook: Handbook) -> None:
        self.where = opened.where
        self.languages = opened.languages or (DEFAULT_LANGUAGE,)
        self._handbook = handbook
        self._chinese = store.chinese_words(opened.storage)
        self._index = opened.storage.open_index()
        # A topic that mentions many concepts is no less about each one: no length penalty there.
        weighting = scoring.BM25F(
            **{f"{field}_{lang}_B": CONCEPT_B for lang in LANGUAGES for field in ("concept", "tconcept")}
        )
        self._searcher = self._index.searcher(weighting=weighting)
        self._reader = self._searcher.reader()
        self._scorer = scorer.Scorer(self._searcher, by_kind=True)
        self._planners: dict[str, Planner] = {}
        self._docs: OrderedDict[int, _Doc] = OrderedDict()
        self._rows: dict[tuple[int, str], tuple[str, snippets.Analyzed]] = {}
        self._questions: dict[tuple[str, str], int] = {}  # (lang, treatment) -> its list of questions
        self._ids: dict[tuple[str, str], int] = {}  # (lang, topic id) -> docnum
        for docnum, stored in self._reader.iter_docs():
            self._ids[(stored.get("lang", ""), stored.get("id", ""))] = docnum
            if stored.get("kind") == "questions" and stored.get("treatment"):
                self._questions[(stored["lang"], stored["treatment"])] = docnum
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

    def _planner(self, lang: str) -> Planner:
        if lang not in self._planners:

            def known(word: str) -> bool:
                term = analysis.word_term(word, lang)
                return term is not None and any((f"{f}_{lang}", term) in self._reader for f in ("title", "body"))

            language = Language(self._handbook, lang, known, self._chinese if lang == "zh" else None)
            self._planners[lang] = Planner(language, self._reader.doc_frequency, self._reader.doc_count())
        return self._planners[lang]

    def _plan(self, text: str, lang: str) -> Plan:
        return self._planner(lang).plan(text)

    # ------------------------------------------------------------------------------- running

    def _doc(self, docnum: int) -> _Doc:
        doc = self._docs.get(docnum)
        if doc is None:
            stored = self._reader.stored_fields(docnum)
            lang = stored["lang"]
            text = snippets.analyze(stored["text"], lang)
            keywords = stored.get("keywords", "")
            heading = f"{stored['title']}\n{keywords}"
            terms, keys = analysis.keyed_terms(heading, lang)
            found = frozenset(terms) | text.where.keys() | text.grams.keys()
            language = self._planner(lang).language
            names = [frozenset(language.phrase_terms(name)[0]) for name in stored.get("names", ())]
            name_text = "\n".join(stored.get("names", ()))
            facts = rank.Facts(
                id=stored["id"],
                kind=stored["kind"],
                terms=found,
                keys=frozenset(keys) | frozenset(text.keys),
                concepts=frozenset(stored.get("concepts", ())),
                title_terms=frozenset(terms),
                head_terms=frozenset(terms) | frozenset(analysis.terms(stored.get("headings", ""), lang)),
                title_concepts=frozenset(store.concepts(language.groups, heading)),
                names=tuple(n for n in names if n),
                name_concepts=frozenset(store.concepts(language.groups, name_text)),
                uses=frozenset(stored.get("uses", ())),
                rows=tuple(key for key, _text in stored.get("rows", ())),
                treatment=stored.get("treatment", ""),
            )
            doc = _Doc(stored, text, facts)
            self._docs[docnum] = doc
            if len(self._docs) > DOC_CACHE:
                self._docs.popitem(last=False)
        return doc

    def _search(self, text: str, lang: str, limit: int) -> Results:
        plan = self._plan(text, lang)
        unknown = self._unknown(text, plan, lang)
        # A query with words the handbook has nothing on asks about something it does not cover
        # ("does medicare pay", "copay assistance"): a word near another one in spelling is then
        # most likely a word of that subject (medicare, copay), not a typo (medicine, copy). The
        # search still tries the near word; the reader is told what is not covered, not "did you mean".
        suggestion = None if unknown else self._suggestion(text, plan)
        if suggestion and plan.units and all(unit.shown for unit in plan.units):
            # every word was mistyped: read the corrected words as a query ("quetsions about x")
            plan = self._plan(suggestion, lang)
        help_hits = self._help(lang) if unknown and not suggestion else []
        if plan.query is None or limit == 0:
            return Results([], suggestion, unknown, help_hits)
        found = self._scorer.top(plan.query, max(limit, RERANK_POOL))
        ranked = rank.rank(plan, found, lambda d: self._doc(d).facts, lambda t: self._questions.get((lang, t)))
        # a phrase's filler-like words (ko 이 of 이가 흔들) are no words to mark on their own in an excerpt
        reader = self._planner(lang).language.reader
        quiet = {t for exp, _ in plan.groups for p in exp.group.phrases for t in p.terms if reader.is_filler_word(t)}
        hits = [self._hit(r.score, self._doc(r.docnum), plan, quiet, r.row) for r in ranked[:limit]]
        return Results(hits, suggestion, unknown, help_hits)

    def _hit(self, score: float, doc: _Doc, plan: Plan, quiet: set[str], row: str | None = None) -> Hit:
        stored = doc.stored
        matched = plan.terms & doc.facts.terms
        phrases = [p for exp, _ in plan.groups if exp.group.id in doc.facts.concepts for p in exp.group.phrases]
        if row is None:
            excerpt = snippets.make(doc.text, matched, phrases, exact=plan.exact, quiet=quiet)
        else:
            # the row's label always shows, then the part of its text that has the words
            label, text = self._row_text(doc, row)
            width = max(snippets.WIDTH - len(label), snippets.WIDTH // 2)
            excerpt = snippets.make(text, matched, phrases, width=width, exact=plan.exact, quiet=quiet)
            excerpt = f"{label} {excerpt}" if label else excerpt
        return Hit(stored["id"], stored["kind"], stored["title"], round(float(score), 4), excerpt, row)

    def _row_text(self, doc: _Doc, row: str) -> tuple[str, snippets.Analyzed]:
        """The label and the analyzed text of one comparison row of a treatment ("Common side
        effects:", "...")."""
        key = (id(doc), row)
        found = self._rows.get(key)
        if found is None:
            value = dict(doc.stored.get("rows", ())).get(row, "")
            label, colon, text = value.partition(": ")
            if not colon:
                label, text = "", value
            found = (f"{label}:" if label else "", snippets.analyze(text, doc.stored["lang"]) if text else doc.text)
            self._rows[key] = found
        return found

    def _unknown(self, text: str, plan: Plan, lang: str) -> tuple[str, ...]:
        """The typed words that nothing in the handbook matches: no topic has them, no synonym, no
        correction. (A query the handbook covers in part still names them.) Unknown words typed next
        to each other stay one phrase as typed: Chinese "临终关怀" is not shown as "临终 关怀"."""
        grouped: set[int] = set().union(*(covered for _exp, covered in plan.groups))
        planner = self._planner(lang)
        spans: list[tuple[int, int]] = []
        for i, unit in enumerate(plan.units):
            if i in grouped or unit.fixes or any(planner.in_index(t) for t in unit.terms):
                continue
            if spans and not text[spans[-1][1] : unit.start].strip():
                spans[-1] = (spans[-1][0], unit.end)
            else:
                spans.append((unit.start, unit.end))
        return tuple(text[start:end] for start, end in spans)

    def _help(self, lang: str) -> list[Hit]:
        """The topics that help further, in ``lang`` (those of :data:`HELP_TOPICS` the content has)."""
        out = []
        for topic_id in HELP_TOPICS:
            docnum = self._ids.get((lang, topic_id))
            if docnum is not None:
                doc = self._doc(docnum)
                excerpt = snippets.make(doc.text, (), ())
                out.append(Hit(doc.stored["id"], doc.stored["kind"], doc.stored["title"], 0.0, excerpt))
        return out

    @staticmethod
    def _suggestion(text: str, plan: Plan) -> str | None:
        """The typed words with each unknown one replaced by its best known spelling."""
        fixes = {(u.start, u.end): u.shown for u in plan.units if u.shown}
        if not fixes:
            return None
        words = []
        for token in plan.parsed.tokens:
            words.append(fixes.get((token.start, token.end), text[token.start : token.end].casefold()))
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
