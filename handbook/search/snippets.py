"""Search-result snippets: a short plain-text excerpt with each matched word wrapped in ``**``.

A word typed with accents that make a difference marks only the words written with those accents,
never their folded look-alikes (``sóng`` marks ``sóng``, not ``sống``); typed without accents, it marks
them all.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from handbook.search import analysis
from handbook.search.lexicon import Phrase

WIDTH: Final = 180
LEAD: Final = 40
_SPACE: Final = re.compile(r"\s+")
#: A break between blocks after text with no closing punctuation (a heading): shown as " · " so a
#: heading does not run into the next sentence in an excerpt.
_UNPUNCTUATED_BREAK: Final = re.compile(r"(?<![.!?:;。！？：；؟…•])[ \t]*\n[ \t]*\n\s*")
_ELLIPSIS: Final = "…"


@dataclass(frozen=True)
class Analyzed:
    """A stored text cut into pieces once, so highlighting a new query is a few dictionary lookups."""

    text: str  # NFC
    words: tuple[tuple[int, int, str], ...]  # (start, end, index term) of each word, in order
    keys: tuple[str, ...]  # the exact key of each word (its term where accents make no difference)
    where: dict[str, list[int]]  # index term -> positions in ``words``
    grams: dict[str, list[tuple[int, int]]]  # CJK 1- and 2-gram -> its stretches of the text


def analyze(text: str, lang: str) -> Analyzed:
    text = unicodedata.normalize("NFC", text)
    words: list[tuple[int, int, str]] = []
    keys: list[str] = []
    where: dict[str, list[int]] = {}
    grams: dict[str, list[tuple[int, int]]] = {}
    for piece in analysis.pieces(text, lang):
        if piece.cjk:
            _add_grams(grams, piece.start, piece.end, piece.text)
            continue
        term = analysis.word_term(piece.text, lang)
        if term is not None:
            where.setdefault(term, []).append(len(words))
            words.append((piece.start, piece.end, term))
            keys.append(analysis.word_key(text[piece.start : piece.end], piece.text, term, lang))
    return Analyzed(text, tuple(words), tuple(keys), where, grams)


def _add_grams(grams: dict[str, list[tuple[int, int]]], start: int, end: int, run: str) -> None:
    if end - start != len(run):  # normalization changed the length: a gram marks the whole run
        for gram in set(analysis.ngrams(run, query=False)):
            grams.setdefault(gram, []).append((start, end))
        return
    for i, char in enumerate(run):
        grams.setdefault(char, []).append((start + i, start + i + 1))
        if i + 1 < len(run):
            grams.setdefault(run[i : i + 2], []).append((start + i, start + i + 2))


def spans(
    doc: Analyzed,
    matched: Collection[str],
    phrases: Sequence[Phrase] = (),
    exact: Mapping[str, Collection[str]] | None = None,
    quiet: Collection[str] = (),
) -> list[tuple[int, int, str]]:
    """(start, end, key) of every matched word, synonym phrase or CJK stretch, in text order.

    ``exact`` maps a matched term to the only exact keys its words may have (the term was typed with
    accents); a phrase marks only words whose accents it accepts. ``quiet``: terms a CJK phrase holds
    that are not marked on their own (a CJK phrase is marked term by term, by its grams: the Korean
    이 of 이가 흔들, "the tooth is loose", is also the particle of 증상이 and the syllable of 보이는).
    """
    exact = exact or {}
    found: list[tuple[int, int, str]] = []
    keys = set(matched)
    words = doc.words
    for phrase in phrases:
        terms = phrase.terms
        if _all_cjk(terms):
            keys.update(t for t in terms if t not in quiet)  # CJK phrases are marked by their grams
            continue
        size = len(terms)
        for i in doc.where.get(terms[0], ()):
            if size > 1 and (i + 1 >= len(words) or words[i + 1][2] != terms[1]):
                continue  # most places fail on the second word: no slice built for them
            if tuple(w[2] for w in words[i : i + size]) == terms and phrase.accepts(doc.keys[i : i + size]):
                found.extend(words[i : i + size])
    for key in keys:
        allowed = exact.get(key)
        found.extend(doc.words[i] for i in doc.where.get(key, ()) if allowed is None or doc.keys[i] in allowed)
        found.extend((start, end, key) for start, end in doc.grams.get(key, ()))
    merged: list[tuple[int, int, str]] = []
    for span in sorted(found):
        if merged and span[0] <= merged[-1][1] and (span[0] < merged[-1][1] or analysis.is_cjk(span[2])):
            last = merged[-1]  # overlapping or touching CJK stretches become one
            merged[-1] = (last[0], max(last[1], span[1]), last[2])
        else:
            merged.append(span)
    return merged


@functools.lru_cache(maxsize=4096)
def _all_cjk(terms: tuple[str, ...]) -> bool:
    return all(analysis.is_cjk(t) for t in terms)


def forget_terms() -> None:
    """Empty the cache of the term lists seen (queries' terms among them)."""
    _all_cjk.cache_clear()


def _best_window(marks: list[tuple[int, int, str]], width: int) -> int:
    """Index of the mark that starts the window holding the most different matched words."""
    best, best_count = 0, 0
    starts = [mark[0] for mark in marks]
    for i, start in enumerate(starts[:200]):
        # marks are in text order: those starting inside the window are a slice
        keys = {mark[2] for mark in marks[i : bisect.bisect_left(starts, start + width, i)]}
        if len(keys) > best_count:
            best, best_count = i, len(keys)
    return best


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Move the window's edges out to the nearest spaces (at most 20 characters)."""
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    return start, end


def make(
    doc: Analyzed,
    matched: Collection[str],
    phrases: Sequence[Phrase] = (),
    width: int = WIDTH,
    exact: Mapping[str, Collection[str]] | None = None,
    quiet: Collection[str] = (),
) -> str:
    """The excerpt of ``doc`` around its matched words and synonym phrases, each wrapped in ``**``
    (``quiet``: see :func:`spans`)."""
    text = doc.text
    marks = spans(doc, matched, phrases, exact, quiet)
    if marks:
        anchor = marks[_best_window(marks, width - LEAD)]
        start = max(0, anchor[0] - LEAD)
    else:
        start = 0
    end = min(len(text), start + width)
    inside = [m for m in marks if m[0] >= start and m[0] < end]
    if inside:
        end = max(end, inside[-1][1])
    start, end = _widen(text, start, end)
    out = [_ELLIPSIS] if start > 0 else []
    pos = start
    for mark_start, mark_end, _key in inside:
        out.append(text[pos:mark_start])
        out.append(f"**{text[mark_start:mark_end]}**")
        pos = mark_end
    out.append(text[pos:end])
    if end < len(text):
        out.append(_ELLIPSIS)
    return _SPACE.sub(" ", _UNPUNCTUATED_BREAK.sub(" · ", "".join(out))).strip()
