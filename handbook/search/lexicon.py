"""The words of one language that search knows: synonym groups and a spelling corrector.

- :class:`SynonymGroups`: each entry of ``content/<lang>/terms.yaml`` (a term and the lay words people
  type for it) and each treatment of ``content/names.yaml`` (generic and brand names) is a group. A
  phrase of several words that analysis leaves one word of ("who to call") is left out.
  When a query's terms contain one of a group's phrases, the other phrases of the group are added
  to the query. Matching compares analyzed (normalized, stemmed) term sequences, so plurals and
  accents do not matter and a phrase matches only as a whole; but where the words matched carry
  accents that make a difference (exact keys, :mod:`handbook.search.analysis`), they must be the accents of
  one of the phrase's accented spellings (``đầu xương`` is not ``đau xương``, nor its unaccented
  spelling ``dau xuong``).
- :class:`Speller`: a spelling corrector over the *raw* words of the language (normalized but not
  stemmed), so a "did you mean" shows words a person would write. Candidates come from a
  symmetric-delete index (edit distance 1 for words of 4-5 letters, 2 for longer ones) and from a
  rough sound-alike key for Latin words ("bisfosfonate" ~ "bisphosphonate").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from handbook.content import Handbook, Topic
from handbook.i18n import DEFAULT_LANGUAGE
from handbook.search import analysis, cues

MAX_SIBLINGS: Final = 16
NAMES_PREFIX: Final = "names:"
_SOUND_RULES: Final = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ck|qu|q"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"z"), "s"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(?<=[^aeiou])h"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"e$"), ""),
)


@dataclass(frozen=True)
class Phrase:
    """One way of saying a concept: its normalized text, its query terms and its exact spellings.

    ``forms`` holds the exact keys of each text of the group with these terms (``Đau xương`` and
    ``dau xuong`` are one phrase with two forms); a form equal to ``terms`` is an unaccented one.
    """

    text: str
    terms: tuple[str, ...]
    forms: frozenset[tuple[str, ...]] = frozenset()
    #: written with a preposition of the language (``joins`` in its cues): "dolor de mandíbula" may
    #: be matched across one, "se me duermen las piernas" may not
    joined: bool = False

    def accepts(self, keys: Sequence[str]) -> bool:
        """Whether words with these exact keys (aligned with ``terms``) are this phrase.

        A marked word (key != term) must have the key of an accented spelling of the phrase; a
        phrase only ever written without accents accepts any accents.
        """
        marked = [form for form in self.forms if form != self.terms]
        if not marked or all(k == t for k, t in zip(keys, self.terms, strict=False)):
            return True
        return any(all(k in (t, f) for k, t, f in zip(keys, self.terms, form, strict=False)) for form in marked)


@dataclass(frozen=True)
class Group:
    id: str
    phrases: tuple[Phrase, ...]
    #: the term list says a query with one of its phrases puts the topic whose title names it first
    first: bool = False
    #: the id of the topic the term list says answers a query with one of its phrases ("" for none)
    answer: str = ""


@dataclass(frozen=True)
class Expansion:
    """A group a query matched: which query terms matched it, and the other phrases to add."""

    group: Group
    start: int  # index range in the query's term sequence
    end: int
    siblings: tuple[Phrase, ...]


class SynonymGroups:
    """The synonym groups of one language, indexed by each phrase's first term."""

    def __init__(
        self,
        lang: str,
        groups: Iterable[tuple[str, Sequence[str]]],
        analyze: Callable[[str], tuple[list[str], list[str]]] | None = None,
        common: frozenset[str] = frozenset(),
        first: frozenset[str] = frozenset(),
        answers: Mapping[str, str] | None = None,
    ) -> None:
        """``analyze`` gives a phrase's terms and exact keys (by default as the index analyzes text);
        ``common`` are the terms many topics have (see :func:`common_terms`); ``first`` the ids of
        the groups that put the topic whose title names them first (:attr:`Group.first`);
        ``answers`` the topic that answers each group that has one (:attr:`Group.answer`)."""
        answers = answers or {}
        self.lang = lang
        self.groups: list[Group] = []
        self._by_first: dict[str, list[tuple[Phrase, int]]] = {}
        analyze = analyze or (lambda text: analysis.keyed_terms(text, lang, query=True))
        joins = joins_of(lang)
        for group_id, texts in groups:
            forms: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
            shown: dict[tuple[str, ...], str] = {}
            joined: set[tuple[str, ...]] = set()
            for text in texts:
                terms, keys = analyze(text)
                found = tuple(terms)
                if len(found) == 1 and found[0] in common and _words(text, lang) > 1:
                    # "who to call", "help now": a phrase whose other words are stop words stands
                    # for its whole, not for its one remaining word when many topics have that word
                    # ("call", "help"); "can't pee" still stands for "pee"
                    continue
                if found:
                    forms.setdefault(found, set()).add(tuple(keys))
                    shown.setdefault(found, analysis.normalize_text(text, lang))
                    if joins and any(w in joins for w, _cjk in analysis.raw_words(analysis.normalize_text(text, lang))):
                        joined.add(found)
            phrases = [Phrase(shown[f], f, frozenset(keys), f in joined) for f, keys in forms.items()]
            if len(phrases) < 2:
                continue
            index = len(self.groups)
            self.groups.append(Group(group_id, tuple(phrases), group_id in first, answers.get(group_id, "")))
            for phrase in phrases:
                self._by_first.setdefault(phrase.terms[0], []).append((phrase, index))

    def match(self, query_terms: Sequence[str], keys: Sequence[str] | None = None) -> list[Expansion]:
        """Every group one of whose phrases occurs (as a whole) in ``query_terms``.

        ``keys``, aligned with ``query_terms``, are their exact keys: a phrase matches only words
        whose accents it accepts (:meth:`Phrase.accepts`).
        """
        found: dict[int, Expansion] = {}
        for i, term in enumerate(query_terms):
            for phrase, index in self._by_first.get(term, ()):
                end = i + len(phrase.terms)
                if tuple(query_terms[i:end]) != phrase.terms:
                    continue
                if keys is not None and not phrase.accepts(keys[i:end]):
                    continue
                old = found.get(index)
                if old is not None and old.end - old.start >= end - i:
                    continue
                group = self.groups[index]
                siblings = tuple(p for p in group.phrases if p.terms != phrase.terms)[:MAX_SIBLINGS]
                found[index] = Expansion(group, i, end, siblings)
        return list(found.values())


def joins_of(lang: str) -> frozenset[str]:
    """The prepositions of ``lang`` (``joins`` in its cues), normalized."""
    return frozenset(analysis.normalize_text(w, lang) for w in cues.load(lang).joins)


def _words(text: str, lang: str) -> int:
    """How many words (or runs of Chinese or Korean characters) a phrase is written with."""
    return len(analysis.pieces(text, lang))


# ------------------------------------------------------------------------------------ spelling


def sound_key(word: str) -> str:
    """A rough sound-alike key for a Latin word: ``bisfosfonate`` and ``bisphosphonate`` share one."""
    for pattern, repl in _SOUND_RULES:
        word = pattern.sub(repl, word)
    return word


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance between ``a`` and ``b``; ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = i
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[len(b)], limit + 1)


def max_distance(word: str) -> int:
    """How many edits a typed word may be away from a known one (an Arabic word counted without its
    article): two only from seven letters on, as a shorter word two letters away is another word
    (``seguro``, ``según``)."""
    size = len(word) - 2 if word.startswith("ال") else len(word)
    if size < 4:
        return 0
    return 1 if size < 7 else 2


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


class Speller:
    """Corrects a typed word to the known raw words of one language, best first.

    ``counts`` holds the words of the content, with how often they occur: only these are ever shown
    as a "did you mean". Words in ``also_known`` (the lay synonyms of the term list, some of them
    misspellings people type) are known, and a search may be corrected to them, but never shown.
    """

    def __init__(self, counts: Counter[str], display: dict[str, str], also_known: Iterable[str] = ()) -> None:
        self.counts = counts
        self.display = display
        self.known = set(counts) | set(also_known)
        self._deleted: dict[str, list[str]] | None = None
        self._sounds: dict[str, list[str]] = {}

    def __contains__(self, word: str) -> bool:
        return word in self.known

    def _build(self) -> dict[str, list[str]]:
        deleted: dict[str, list[str]] = {}
        for word in self.known:
            if len(word) < 3 or word.isdigit():
                continue
            for variant in _deletes(word, 2 if len(word) >= 5 else 1):
                deleted.setdefault(variant, []).append(word)
            if word.isascii() and len(word) >= 5:
                self._sounds.setdefault(sound_key(word), []).append(word)
        return deleted

    def corrections(self, word: str) -> list[str]:
        """Known words close to ``word`` (normalized), nearest first, then content words by frequency."""
        limit_d = max_distance(word)
        if limit_d == 0 or word.isdigit() or analysis.is_cjk(word):
            return []
        if self._deleted is None:
            self._deleted = self._build()
        scored: dict[str, int] = {}
        for variant in _deletes(word, limit_d):
            for candidate in self._deleted.get(variant, ()):
                if candidate not in scored:
                    scored[candidate] = edit_distance(word, candidate, limit_d)
        if word.isascii() and len(word) >= 5:
            for candidate in self._sounds.get(sound_key(word), ()):
                scored[candidate] = min(scored.get(candidate, limit_d), limit_d)
        ranked = sorted((d, -self.counts[c], c) for c, d in scored.items() if d <= limit_d and c != word)
        return [c for _d, _n, c in ranked]

    def suggest(self, word: str, corrections: Sequence[str] | None = None, limit: int = 3) -> list[str]:
        """The content words among the corrections of ``word`` that a "did you mean" may show.

        Only a correction that keeps the word's first letter or its sound (``bisfosfonate`` for
        ``bisphosphonate``): a short word one letter away from another (``cost``, ``most``) is
        another word, not a typo.
        """
        found = self.corrections(word) if corrections is None else corrections
        return [c for c in found if c in self.counts and related(word, c)][:limit]

    def shown(self, word: str) -> str:
        """How a content word is written (accents kept), lower case."""
        return self.display.get(word, word)


def related(word: str, correction: str) -> bool:
    """Whether a correction may be what was meant: it keeps the word's first letter or its sound."""
    if word[:1] == correction[:1]:
        return True
    return word.isascii() and correction.isascii() and sound_key(word) == sound_key(correction)


def build_speller(
    texts: Iterable[str], lang: str, also_known: Iterable[str] = (), never: Iterable[str] = ()
) -> Speller:
    """A speller suggesting the words of ``texts``; the words of ``also_known`` are known but never
    suggested; stop words and the words of ``never`` (normalized) are neither known nor suggested."""
    counts: Counter[str] = Counter()
    display: dict[str, str] = {}
    skip = set(never) | analysis.stopwords(lang)
    for text in texts:
        text = unicodedata.normalize("NFC", text)
        for piece in analysis.pieces(text, lang):
            if piece.cjk or len(piece.text) < 2 or piece.text in skip:
                continue
            counts[piece.text] += 1
            if piece.text not in display:
                display[piece.text] = text[piece.start : piece.end].casefold()
    known = {p.text for text in also_known for p in analysis.pieces(text, lang) if not p.cjk and p.text not in skip}
    return Speller(counts, display, known)


# ---------------------------------------------------------------------------- from the content


def topic_text(topic: Topic) -> str:
    """The plain text of a topic that search shows: summary (unless the body repeats it), body, comparison."""
    body = topic.body_text()
    parts = [] if topic.summary.strip() in body else [topic.summary]
    parts.append(body)
    parts.extend(topic.compare.values())
    return unicodedata.normalize("NFC", "\n\n".join(p for p in parts if p))


def groups_for(
    handbook: Handbook, lang: str, analyze: Callable[[str], tuple[list[str], list[str]]] | None = None
) -> SynonymGroups:
    """The synonym groups of ``lang``: its term list (English's while it has none) and the drug names."""
    own = handbook.terms(lang) or handbook.terms(DEFAULT_LANGUAGE)
    groups = [(t.id, [t.term, *t.synonyms]) for t in own]
    for treatment, names in sorted(handbook.names.items()):
        groups.append((f"{NAMES_PREFIX}{treatment}", [*names.get("generic", []), *names.get("brands", [])]))
    first = frozenset(t.id for t in own if t.first)
    answers = {t.id: t.answered_by for t in own if t.answered_by}
    return SynonymGroups(lang, groups, analyze, common_terms(handbook, lang), first, answers)


_COMMON: dict[tuple[str, str, str], frozenset[str]] = {}
COMMON_SHARE: Final = 0.1


def common_terms(handbook: Handbook, lang: str) -> frozenset[str]:
    """The terms more than a tenth of the language's topics have (worked out once per content)."""
    key = (str(handbook.root), handbook.content_hash, lang)
    found = _COMMON.get(key)
    if found is None:
        topics = handbook.topics(lang)
        counts: Counter[str] = Counter()
        for topic in topics:
            counts.update(set(analysis.terms(f"{topic.title}\n{topic_text(topic)}", lang)))
        found = frozenset(term for term, n in counts.items() if n > COMMON_SHARE * len(topics))
        _COMMON[key] = found
    return found


def speller_for(handbook: Handbook, lang: str) -> Speller:
    """A speller suggesting the words a reader of ``lang`` sees, its terms and the drug names.

    The lay synonyms of the term list are known (so not corrected) but never suggested: some are
    the misspellings people type ("prostrate").
    """
    texts: list[str] = []
    for topic in handbook.topics(lang):
        texts.extend([topic.title, *topic.forms, topic_text(topic)])
    own = handbook.terms(lang) or handbook.terms(DEFAULT_LANGUAGE)
    texts.extend(t.term for t in own)
    for names in handbook.names.values():
        texts.extend([*names.get("generic", []), *names.get("brands", [])])
    never = [analysis.normalize_text(w, lang) for w in cues.load(lang).filler]
    return build_speller(texts, lang, also_known=[s for t in own for s in t.synonyms], never=never)
