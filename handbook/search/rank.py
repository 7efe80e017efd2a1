"""Topic-level ranking: the topic that answers the question first.

Each candidate comes with its BM25F score (length-normalised within its kind, :mod:`handbook.search.scorer`).
The ranking then weighs what a reader asked for:

- **coverage**: the share of the typed content words a topic has (itself, a correction or a synonym);
- **kind**: a glossary entry explains one word. It keeps its full weight only when the query asks what
  a word means ("what is PSA") or is that word ("ONJ"), and no section or treatment is named by it
  (the name of a treatment, "Prolia", is asking for the treatment); otherwise it is weighed down,
  and it lifts the topics that use its term instead. A list of questions is weighed down unless the
  query asks what to ask;
- **intent**: "side effects of X", "how often", "who should not" pick the matching row of the
  comparison of the treatment the query names (:attr:`Ranked.row`); "questions about X" picks X's
  list of questions;
- **answered by**: a group of the term list that names the topic answering it (``answered_by``:
  "tooth pulled", "dentures" name the topic on the jaw) puts that topic ahead of the topics that
  only name something else the query has ("tooth pulled on Prolia": the drug is the context, the
  dental work the question), unless the query asks what to ask;
- **first**: a group of the term list marked ``first`` (a warning sign: "fever", "jaw hurts") puts
  the topic whose title names it first, whatever else is typed ("fever after Xofigo"), ahead of an
  answering topic too; only the word a definition question asks about ("what does weak legs mean")
  stays ahead of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from handbook.search import cues, lexicon
from handbook.search.plan import Plan

COVER_FLOOR: Final = 0.1
COVER_POWER: Final = 1.5
FOLD_CREDIT: Final = 0.0  # a look-alike (sống for sóng) is another word: it covers nothing ...
LOOSE_CREDIT: Final = 0.5  # ... unless the query has no marks but đ (Đau do): then it may be meant
DEFINITION_WEIGHT: Final = 2.0
GLOSSARY_WEIGHT: Final = 0.45
QUESTIONS_WEIGHT: Final = 0.7
ASKED_WEIGHT: Final = 1.6
ROW_WEIGHT: Final = 1.5
LIFT: Final = 0.35
NAMED_WEIGHT: Final = 1.25
EXACT_WEIGHT: Final = 2.0
ABOUT_WEIGHT: Final = 0.25
TITLE_WEIGHT: Final = 0.25
NAMES_CREDIT: Final = 0.5  # a treatment's other drug names (names.yaml) only suggest it is meant
CHAR_CREDIT: Final = 0.5  # a Chinese or Korean word whose characters a topic has, but not together
APART_CREDIT: Final = 0.5  # a word of a phrase typed ("jaw pain") that a topic has, but not in that phrase
LEAD: Final = 1.05  # a topic the term list puts first: this far ahead of the best other hit


@dataclass(frozen=True)
class Facts:
    """What ranking needs of one indexed topic, worked out once (see the engine's document cache)."""

    id: str
    kind: str
    terms: frozenset[str]  # every term of its title, keywords and text
    keys: frozenset[str]  # ... and every exact key
    concepts: frozenset[str]  # the synonym groups it mentions
    title_terms: frozenset[str]  # the terms of its title and keywords
    head_terms: frozenset[str]  # ... and of its headings: what it is about
    title_concepts: frozenset[str]
    names: tuple[frozenset[str], ...]  # the terms of each name: a glossary term and its forms, a
    # section's or treatment's title without its explanation, a treatment's drug names
    name_concepts: frozenset[str]  # the synonym groups its names are in
    uses: frozenset[str]  # the glossary entries it uses
    rows: tuple[str, ...]  # a treatment's comparison rows
    treatment: str = ""  # the treatment a list of questions is about


@dataclass(frozen=True)
class Ranked:
    score: float
    docnum: int
    row: str | None  # the comparison row the query asked for


@dataclass(frozen=True)
class _Need:
    """One typed word as coverage looks at it (worked out once per query)."""

    weight: float  # its weight times its share of a phrase
    terms: tuple[str, ...]
    fix_terms: tuple[str, ...]
    chars: str  # a Chinese or Korean word of two characters or more: its characters, else ""
    cjk: bool
    exact: str | None
    phrases: frozenset[str]  # the groups of the phrases of several typed words it is a word of


@dataclass(frozen=True)
class _Needs:
    words: tuple[_Need, ...]
    groups: tuple[tuple[str, float, frozenset[int]], ...]  # (group id, credit, the words it covers)
    total: float


def needs(plan: Plan) -> _Needs:
    """What coverage looks at in a query, worked out once."""
    phrases: dict[int, set[str]] = {}
    for exp, covered in plan.groups:
        if len(covered) > 1 and not exp.group.id.startswith(lexicon.NAMES_PREFIX):
            for i in covered:
                phrases.setdefault(i, set()).add(exp.group.id)
    words = tuple(
        _Need(
            u.weight * u.share,
            u.terms,
            u.fix_terms,
            u.raw if u.cjk and len(u.raw) > 1 else "",
            u.cjk,
            u.exact,
            frozenset(phrases.get(i, ())),
        )
        for i, u in enumerate(plan.units)
    )
    groups = tuple(
        (exp.group.id, NAMES_CREDIT if exp.group.id.startswith(lexicon.NAMES_PREFIX) else 1.0, frozenset(covered))
        for exp, covered in plan.groups
    )
    return _Needs(words, groups, sum(w.weight for w in words))


class _Ranking:
    """The tests the ranking makes of each topic, for one query."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.needs = needs(plan)
        self.typed = frozenset(t for unit in plan.units for t in unit.fix_terms or unit.terms)

    def coverage(
        self, facts: Facts, terms: frozenset[str] | None = None, concepts: Iterable[str] = (), apart: bool = False
    ) -> float:
        """The share of typed words a topic has (itself, a correction or a synonym).

        With ``terms``/``concepts``, only those of the topic count (its title, its name). A word typed
        with accents that make a difference, which the topic has only with other accents (a
        look-alike), counts ``FOLD_CREDIT`` (more where the query has no marks but đ). With
        ``apart``, a word of a phrase of several typed words ("jaw pain", "liệt chân") that the topic
        has, but never in that phrase or another of its group, counts ``APART_CREDIT``.
        """
        needs = self.needs
        if not needs.words:
            return 0.0
        named = terms is not None
        terms = facts.terms if terms is None else terms
        concepts = concepts if named else facts.concepts
        by_synonym: dict[int, float] = {}
        for group_id, credit, covered in needs.groups:
            if group_id in concepts:
                for i in covered:
                    if by_synonym.get(i, 0.0) < credit:
                        by_synonym[i] = credit
        total = 0.0
        for i, need in enumerate(needs.words):
            synonym = by_synonym.get(i, 0.0)
            if synonym == 1.0 or any(t in terms for t in need.fix_terms):
                total += need.weight
                continue
            if need.cjk:
                whole = sum(t in terms for t in need.terms) / len(need.terms)
                if whole < 1 and need.chars:
                    whole = max(whole, CHAR_CREDIT * sum(c in terms for c in need.chars) / len(need.chars))
            elif need.exact is not None and need.exact not in facts.keys:
                credit = FOLD_CREDIT if self.plan.toned else 1.0 if named else LOOSE_CREDIT
                whole = credit * any(t in terms for t in need.terms)
            else:
                whole = float(any(t in terms for t in need.terms))
            if apart and need.phrases and need.phrases.isdisjoint(concepts):
                whole *= APART_CREDIT
            total += need.weight * max(whole, synonym)
        return total / needs.total

    def names_all(self, facts: Facts, synonyms: bool = True) -> bool:
        """Whether the topic's names (with their synonyms, unless told not to) have every typed word."""
        concepts = facts.name_concepts if synonyms else frozenset()
        return self.coverage(facts, frozenset().union(*facts.names), concepts) >= 0.999

    def about(self, facts: Facts) -> bool:
        """Whether the topic's title or name has one of the typed words (the treatment asked about)."""
        return not self.plan.units or self.coverage(facts, facts.title_terms, facts.title_concepts) > 0

    def exact_name(self, facts: Facts) -> bool:
        """Whether the query is one of the topic's names, word for word (its synonyms aside)."""
        return self.typed in facts.names

    def asked(self, facts: Facts) -> bool:
        """Whether the query asks what this glossary entry's word means: it says so ("what is"), or
        it is that word: one of its names, or one word of its names ("ONJ", "hypercalcemia")."""
        parsed = self.plan.parsed
        if parsed.definition:
            return True
        # a lay word of its term ("fever" for infection) asks for the topics about it, not the word
        if parsed.intent or not self.names_all(facts, synonyms=False):
            return False
        # a lay phrase typed whole ("không đi tiểu được": "can't pass urine") is not the word left
        # without its small words ("tiểu", the word of "tiểu phẫu")
        if not self.plan.wide <= facts.name_concepts:
            return False
        return len(parsed.content) == 1 or self.exact_name(facts)


def coverage(plan: Plan, facts: Facts) -> float:
    """The share of typed words a topic has (itself, a correction or a synonym)."""
    return _Ranking(plan).coverage(facts)


def rank(plan: Plan, found: Sequence[tuple[int, float]], facts: Any, questions: Any = None) -> list[Ranked]:
    """Order the found ``(docnum, score)`` pairs; ``facts(docnum)`` gives a topic's :class:`Facts`,
    ``questions(treatment)`` the docnum of a treatment's list of questions (or None)."""
    test = _Ranking(plan)
    intent = plan.parsed.intent
    entries = [(docnum, score, facts(docnum)) for docnum, score in found]
    weighed: dict[int, float] = {}
    for docnum, score, fact in entries:
        cover = test.coverage(fact, apart=True) if plan.reranks or intent else 1.0
        # what it is about: its title, then its headings
        about = TITLE_WEIGHT * test.coverage(fact, fact.title_terms, fact.title_concepts, apart=True)
        about += ABOUT_WEIGHT * test.coverage(fact, fact.head_terms, fact.title_concepts, apart=True)
        weighed[docnum] = score * (COVER_FLOOR + (1 - COVER_FLOOR) * cover**COVER_POWER) * (1 + about)
    # a treatment's own name ("Xgeva", "kyphoplasty") asks for the treatment, its word explained next
    named = not plan.parsed.definition and any(f.kind == "treatment" and test.exact_name(f) for _d, _s, f in entries)
    glossary: dict[str, float] = {}
    out: dict[int, tuple[float, str | None]] = {}
    for docnum, _score, fact in entries:
        value, row = weighed[docnum], None
        if fact.kind == "glossary":
            asked = test.asked(fact)
            if not asked:  # the topics that use its word come first: they are lifted by it
                glossary[fact.id] = value
            if asked and named:  # after the treatment named: this word, then those that contain it
                value *= 1.0 if test.exact_name(fact) else 1 / EXACT_WEIGHT
            elif asked:
                value *= DEFINITION_WEIGHT * (EXACT_WEIGHT if test.exact_name(fact) else 1.0)
            else:
                value *= GLOSSARY_WEIGHT
        elif fact.kind == "questions":
            value *= ASKED_WEIGHT if intent == cues.QUESTIONS and test.about(fact) else QUESTIONS_WEIGHT
        else:
            if intent == cues.QUESTIONS:
                value *= QUESTIONS_WEIGHT
            if named and test.exact_name(fact):
                value *= NAMED_WEIGHT
            if intent in fact.rows and test.about(fact) and plan.units:
                value *= ROW_WEIGHT
                row = intent
        out[docnum] = (value, row)
    if glossary:
        for docnum, _score, fact in entries:
            if fact.kind != "glossary":
                lift = max((glossary.get(term, 0.0) for term in fact.uses), default=0.0)
                value, row = out[docnum]
                out[docnum] = (value + LIFT * lift, row)
    if intent == cues.QUESTIONS and questions is not None:
        # "questions about X": X's list of questions comes where X itself would
        for docnum, _score, fact in entries:
            if fact.kind == "treatment":
                listed = questions(fact.id)
                if listed is not None:
                    value, row = out.get(listed, (0.0, None))
                    out[listed] = (max(value, out[docnum][0] / QUESTIONS_WEIGHT * ASKED_WEIGHT), row)
    _put_first(plan, test, entries, out)
    ranked = [Ranked(value, docnum, row) for docnum, (value, row) in out.items()]
    ranked.sort(key=lambda r: -r.score)
    return ranked


def _put_first(
    plan: Plan, test: _Ranking, entries: Sequence[tuple[int, float, Facts]], out: dict[int, tuple[float, str | None]]
) -> None:
    """The topics the term list puts ahead of every other hit, but for the glossary entry a
    definition question asks about: first the topic that answers a group the query has
    (``answered_by``: "tooth pulled" with a drug's name puts the jaw topic ahead of the drug's),
    unless the query asks what to ask; then, ahead of that too, the topics whose titles name a
    group marked ``first`` (a warning sign)."""
    if not plan.answers and not plan.first:
        return
    asked = {docnum for docnum, _s, fact in entries if fact.kind == "glossary" and test.asked(fact)}
    if plan.answers and plan.parsed.intent != cues.QUESTIONS:
        answers = plan.answers
        _lead({docnum for docnum, _s, fact in entries if fact.kind != "glossary" and fact.id in answers}, asked, out)
    first = plan.first
    if first:
        titled = {d for d, _s, fact in entries if fact.kind != "glossary" and not first.isdisjoint(fact.title_concepts)}
        _lead(titled, asked, out)


def _lead(leaders: set[int], asked: set[int], out: dict[int, tuple[float, str | None]]) -> None:
    """Put ``leaders`` ``LEAD`` times ahead of the best other hit (``asked`` keeps its own score)."""
    top = max((value for docnum, (value, _row) in out.items() if docnum not in leaders | asked), default=0.0)
    for docnum in leaders:
        value, row = out[docnum]
        out[docnum] = (max(value, top * LEAD), row)
