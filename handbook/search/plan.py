"""A query worked out: its units, the synonym groups they match, and the whoosh query to score.

The query is read (:mod:`handbook.search.query`): only its *content* words become :class:`Unit`\\ s;
question and filler words never score, and an intent ("side effects", "how often") or a definition
cue ("what is") is kept aside for the ranking (:mod:`handbook.search.rank`). Then:

- each unit's terms, in the title (weighted higher) or the body;
- for a word typed with accents that make a difference (``đầu``, not ``dau``), its exact key too
  (:mod:`handbook.search.analysis`), so the word as typed counts more than its folded look-alikes (``đau``);
- the phrases of every synonym group the words match (:mod:`handbook.search.lexicon`), weighted lower,
  so brand and generic names, and lay and medical words, find each other; each group is also one
  term of the topics that mention it (``concept_<lang>``);
- for a word the language does not know, its nearest known spellings, weighted lower, which also
  make the "did you mean" text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from whoosh.query import Or, Query, Term

from handbook.search import analysis, lexicon
from handbook.search.language import Language
from handbook.search.lexicon import Expansion
from handbook.search.query import Parsed

TITLE_BOOST: Final = 2.5
HEADING_BOOST: Final = 1.0
SYNONYM_BOOST: Final = 0.5
CONCEPT_BOOST: Final = 1.0
PHRASE_WORD: Final = 0.5  # a word of a phrase typed ("jaw" of "jaw pain"): the phrase says more
TCONCEPT_BOOST: Final = 2.5  # a concept named in the title, as a field of its own
NAMES_BOOST: Final = 0.5
EXACT_BOOST: Final = 1.0
FIX_BOOST: Final = 0.7
MAX_FIXES: Final = 3
CHEAP_DOCS: Final = 200
COMMON_DOCS: Final = 1000
COMMON_SHARE: Final = 0.2
MAX_WORDS: Final = 24
DF_CACHE: Final = 100_000
#: A single Chinese or Korean character says less than a word (피 is in 피부 and 피하 too).
CHAR_WEIGHT: Final = 0.5


@dataclass
class Unit:
    """One content word (or Chinese word, or Korean stem) of the query."""

    raw: str  # normalized, not stemmed
    start: int  # span of the typed word in the NFC query
    end: int
    cjk: bool
    terms: tuple[str, ...]
    key: str  # the exact key (``terms[0]``, or the term of a CJK run, when accents make no difference)
    fixes: list[str] = field(default_factory=list)  # known spellings, best first
    fix_terms: tuple[str, ...] = ()
    shown: str | None = None  # the best fix that is a word of the content: the "did you mean"
    weight: float = 1.0  # in scores and coverage
    share: float = 1.0  # a part of a phrase counts only as its share of it in coverage

    @property
    def exact(self) -> str | None:
        """The exact key when the word was typed with accents that make a difference."""
        return None if self.cjk or self.key == self.terms[0] else self.key


@dataclass
class Plan:
    """A query worked out: the reading, the units, the synonym groups they matched, the whoosh query."""

    parsed: Parsed
    units: list[Unit]
    groups: list[tuple[Expansion, set[int]]]
    terms: set[str]
    query: Query | None
    exact: dict[str, frozenset[str]] = field(default_factory=dict)  # term -> the keys typed for it
    toned: bool = True  # typed with accent or tone marks (not only đ): the marks typed are meant
    #: the groups matched by a phrase that takes in typed words which are no content words ("không
    #: đi tiểu được", "can't pee"): the query is that phrase, not the word left without them
    wide: frozenset[str] = frozenset()
    #: the groups marked ``first`` in the term list (warning signs) that the query has as typed: one of
    #: their phrases with all its words, as the index reads text (not "heat" for "I have a temperature"
    #: read without its filler words)
    first: frozenset[str] = frozenset()
    #: the topics the term list says answer a group the query has (its ``answered_by``): "tooth
    #: pulled", "dentures" are answered by the topic on the jaw, whatever drug is named with them
    answers: frozenset[str] = frozenset()

    @property
    def reranks(self) -> bool:
        """Whether coverage can tell the hits apart (several words, or a word typed with accents)."""
        return len(self.units) > 1 or any(u.exact for u in self.units)


class Planner:
    """Works out queries of one language against one index.

    ``doc_frequency(field, term)`` and ``doc_count`` come from the index.
    """

    def __init__(self, language: Language, doc_frequency: Callable[[str, str], int], doc_count: int) -> None:
        self.language = language
        self.lang = language.lang
        self._index_df = doc_frequency
        self._dfs: dict[tuple[str, str], int] = {}
        self._total = doc_count

    def _df(self, name: str, text: str) -> int:
        """A term's document frequency (the index never changes: kept once looked up)."""
        key = (name, text)
        found = self._dfs.get(key)
        if found is None:
            if len(self._dfs) > DF_CACHE:
                self._dfs.clear()
            found = self._dfs[key] = self._index_df(name, text)
        return found

    def in_index(self, text: str, prefix: str = "") -> bool:
        return any(self._df(f"{prefix}{f}_{self.lang}", text) for f in ("title", "body"))

    def units(self, text: str, parsed: Parsed) -> list[Unit]:
        out = []
        for token in parsed.content[:MAX_WORDS]:
            found, key = self.language.token_terms(token, text[token.start : token.end])
            if found:
                weight = CHAR_WEIGHT if token.cjk and len(token.text) == 1 else 1.0
                out.append(Unit(token.text, token.start, token.end, token.cjk, found, key, weight=weight))
        for unit in out:
            if unit.exact is not None and not self.in_index(unit.key, prefix="x"):
                # accents no topic writes (``đot``, ``sông``: left out or mistyped) tell nothing: fold
                unit.key = unit.terms[0]
        return out

    def fix_spelling(self, units: list[Unit]) -> None:
        """Find known spellings for each word that no topic has and the language does not know."""
        for unit in units:
            if unit.cjk or any(self.in_index(t) for t in unit.terms):
                continue
            speller = self.language.speller
            if unit.raw in speller:
                continue
            unit.fixes = [c for c in speller.corrections(unit.raw) if lexicon.related(unit.raw, c)][:MAX_FIXES]
            unit.fix_terms = tuple(t for fix in unit.fixes for t in analysis.terms(fix, self.lang, query=True))
            unit.shown = next((speller.shown(w) for w in speller.suggest(unit.raw, unit.fixes)), None)

    def _leaves(self, text: str, boost: float, prefix: str = "") -> list[tuple[int, Term]]:
        """(document frequency, query) of the term in the title (weighted higher) and the body.

        ``prefix="x"`` looks up an exact key in the exact fields.
        """
        out = []
        fields = [(f"{prefix}title_{self.lang}", TITLE_BOOST), (f"{prefix}body_{self.lang}", 1.0)]
        if not prefix:
            fields.append((f"head_{self.lang}", HEADING_BOOST))
        for name, weight in fields:
            df = self._df(name, text)
            if df:
                out.append((df, Term(name, text, boost=boost * weight)))
        return out

    def plan(self, text: str) -> Plan:
        parsed = self.language.reader.read(text)
        units = self.units(text, parsed)
        self.fix_spelling(units)
        wide: set[str] = set()
        whole: set[str] = set()
        groups = self.expansions(text, parsed, units, wide, whole)
        phrased: set[int] = set()
        for exp, covered in groups:
            # the words of one phrase ("giảm đau", "broken bones") count as one word in coverage
            if len(covered) > 1:
                for i in covered:
                    units[i].share = min(units[i].share, 1 / len(covered))
                if not exp.group.id.startswith(lexicon.NAMES_PREFIX):
                    phrased |= covered
        weights: dict[str, float] = {}
        keyed: dict[str, float] = {}
        for i, unit in enumerate(units):
            # a word of a phrase is found with the phrase (its group's concept): alone, it says less
            weight = unit.weight * (PHRASE_WORD if i in phrased else 1.0)
            for t in unit.terms:
                weights[t] = max(weights.get(t, 0.0), weight)
            if unit.exact is not None:
                keyed[unit.key] = max(keyed.get(unit.key, 0.0), weight)
        for unit in units:
            for rank, fix in enumerate(unit.fixes):
                for t in analysis.terms(fix, self.lang, query=True):
                    weights.setdefault(t, FIX_BOOST / (1 + rank))
        cheap = max(CHEAP_DOCS, self._total // 10)
        for exp, _ in groups:
            for phrase in exp.siblings:
                # One-word synonyms are searched themselves where that is cheap (rare words); every
                # synonym, however common or long, is found through the group's concept term.
                if len(phrase.terms) == 1 and self._df(f"body_{self.lang}", phrase.terms[0]) <= cheap:
                    weights.setdefault(phrase.terms[0], SYNONYM_BOOST)
        leaves = [leaf for t, w in weights.items() for leaf in self._leaves(t, w)]
        exact = exact_terms(units)
        for key in {k for keys in exact.values() for k in keys}:
            leaves.extend(self._leaves(key, EXACT_BOOST * keyed.get(key, 1.0), prefix="x"))
        name = f"concept_{self.lang}"
        for exp, covered in groups:
            df = self._df(name, exp.group.id)
            if df:
                # names.yaml groups a whole treatment's names: they find its topics, but a finer
                # group (one drug and its brand) says more; a phrase of n typed words counts as n
                coarse = exp.group.id.startswith(lexicon.NAMES_PREFIX)
                boost = NAMES_BOOST if coarse else CONCEPT_BOOST * max(1, len(covered))
                leaves.append((df, Term(name, exp.group.id, boost=boost)))
                titled = self._df(f"t{name}", exp.group.id)
                if titled and TCONCEPT_BOOST:
                    leaves.append((titled, Term(f"t{name}", exp.group.id, boost=boost * TCONCEPT_BOOST)))
        query = combine(leaves, max(COMMON_DOCS, int(COMMON_SHARE * self._total)))
        first = frozenset(exp.group.id for exp, _covered in groups if exp.group.first and exp.group.id in whole)
        answers = frozenset(exp.group.answer for exp, _covered in groups if exp.group.answer)
        marks = analysis.has_marks(text)
        return Plan(parsed, units, groups, set(weights), query, exact, marks, frozenset(wide), first, answers)

    def expansions(
        self, text: str, parsed: Parsed, units: list[Unit], wide: set[str], whole: set[str]
    ) -> list[tuple[Expansion, set[int]]]:
        """Matched synonym groups, each with the units it stands for (into ``wide``: the groups
        matched by a phrase with typed words in it that are no units, see :attr:`Plan.wide`; into
        ``whole``: the groups matched on the whole query).

        Phrases are matched twice: on the units as read (Chinese words, Korean stems, typed words
        and their corrections) and on the whole query as the index analyzes text (so a phrase with
        particles or filler words in it, as people type it, matches as typed).
        """
        found: dict[str, tuple[Expansion, set[int]]] = {}
        joins = self._joins(text)

        def kept(exps: list[Expansion], seq: list[str], spans: list[tuple[int, int]]) -> list[Expansion]:
            """The matches not made across a preposition (``_across``)."""
            return [exp for exp in exps if not self._across(exp, seq, spans, joins)] if joins else exps

        def add(exps: list[Expansion], owners: list[set[int]]) -> None:
            for exp in exps:
                covered = set().union(*owners[exp.start : exp.end])
                if covered and not all(owners[exp.start : exp.end]):
                    wide.add(exp.group.id)
                if exp.group.id not in found:
                    found[exp.group.id] = (exp, covered)
                else:
                    found[exp.group.id][1].update(covered)

        # words read as filler words but written as nouns (ko 이가): no unit, but in their place
        # for the phrases that have them (:meth:`Language.noun_like_filler`)
        nouns = [
            (t.start, self.language.token_terms(t, text[t.start : t.end])[0])
            for t in parsed.tokens
            if self.language.noun_like_filler(t)
        ]
        for corrected in (False, True):
            seq: list[str] = []
            keys: list[str] = []
            owner: list[set[int]] = []
            spans: list[tuple[int, int]] = []
            pending = list(nouns)
            for i, unit in enumerate([*units, None]):
                while pending and (unit is None or pending[0][0] < unit.start):
                    start, noun = pending.pop(0)
                    seq.extend(noun)
                    keys.extend(noun)
                    owner.extend([set() for _ in noun])
                    spans.extend([(start, start + 1)] * len(noun))
                if unit is None:
                    break
                use = unit.fix_terms[:1] if corrected and unit.fixes else unit.terms
                seq.extend(use)
                keys.extend([unit.key] if len(use) == 1 and use == unit.terms and unit.exact else use)
                owner.extend([{i}] * len(use))
                spans.extend([(unit.start, unit.end)] * len(use))
            add(kept(self.language.read_groups.match(seq, keys), seq, spans), owner)
            if not any(u.fixes for u in units):
                break
        seq, keys, owner, spans = self._whole(text, units)
        typed = kept(self.language.groups.match(seq, keys), seq, spans)
        whole.update(exp.group.id for exp in typed)
        add(typed, owner)
        matched = [(exp, covered) for exp, covered in found.values() if covered]
        # the longest phrase wins: "jaw" inside "jaw pain" is that phrase's word, not a phrase of
        # its own (a group matching only words that a longer matched phrase has is left out)
        return [(exp, covered) for exp, covered in matched if not any(covered < other for _e, other in matched)]

    def _joins(self, text: str) -> list[int]:
        """Where the query has a preposition of its language (``joins`` in its cues): the start of each."""
        words = self.language.joins
        if not words:
            return []
        return [p.start for p in analysis.pieces(text, self.lang) if not p.cjk and p.text in words]

    @staticmethod
    def _across(exp: Expansion, seq: list[str], spans: list[tuple[int, int]], joins: list[int]) -> bool:
        """Whether a phrase written without a preposition was matched across one ("se me duermen
        las piernas", my legs go numb, in "me duermo con las piernas en alto", I sleep with my legs
        up): a preposition ties the words after it to something else."""
        first, last = spans[exp.start][1], spans[exp.end - 1][0]
        if not any(first <= at < last for at in joins):
            return False
        matched = tuple(seq[exp.start : exp.end])
        return not any(p.joined for p in exp.group.phrases if p.terms == matched)

    def _whole(
        self, text: str, units: list[Unit]
    ) -> tuple[list[str], list[str], list[set[int]], list[tuple[int, int]]]:
        """The query's terms as the index analyzes text, each with the units its characters overlap
        and its span in the query."""
        seq: list[str] = []
        keys: list[str] = []
        owner: list[set[int]] = []
        spans: list[tuple[int, int]] = []
        for piece in analysis.pieces(text, self.lang):
            more = analysis.piece_terms(piece.text, piece.cjk, self.lang, query=True)
            if not more:
                continue
            seq.extend(more)
            spans.extend([(piece.start, piece.end)] * len(more))
            if piece.cjk:
                keys.extend(more)
                aligned = piece.end - piece.start == len(piece.text) and len(more) == max(1, len(piece.text) - 1)
                for i in range(len(more)):
                    start, end = (piece.start + i, piece.start + i + 2) if aligned else (piece.start, piece.end)
                    owner.append({k for k, u in enumerate(units) if u.start < end and start < u.end})
            else:
                keys.append(analysis.word_key(text[piece.start : piece.end], piece.text, more[0], self.lang))
                owner.append({k for k, u in enumerate(units) if u.start < piece.end and piece.start < u.end})
        return seq, keys, owner, spans


def exact_terms(units: list[Unit]) -> dict[str, frozenset[str]]:
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


def combine(leaves: list[tuple[int, Term]], common: int) -> Query | None:
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
