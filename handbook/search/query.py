"""What a query asks: its words, which of them only ask, and what part of a topic it asks for.

:class:`Reader` (one per language) cuts a query into :class:`Token`\\ s, the words a reader typed:
Latin and Arabic words, Chinese words (cut by jieba, :mod:`handbook.search.morph`), Korean words
(their stems found without particles and endings). Then, from the language's cues
(:mod:`handbook.search.cues`), longest phrase first:

- a phrase that asks for a part of a treatment ("side effects", "how often", "who should not",
  "questions") marks its words ``intent`` and sets :attr:`Parsed.intent`;
- a phrase that asks what a word means ("what is", "là gì", "什么意思") marks its words
  ``definition`` and sets :attr:`Parsed.definition`;
- a phrase that asks how the things named differ ("difference", "vs", "khác nhau", "区别") marks its
  words ``compare``: they never score (the treatments named do), and the query asks for no definition
  ("what is the difference between X and Y" is about X and Y);
- question and filler words are ``filler``.

The rest are ``content``: what search scores. A query of nothing but asking words ("side effects")
keeps its intent, definition and compare words as content.

Word forms are compared normalized and stemmed as the index does (``metástasis`` is ``metastasis``),
except that a Vietnamese word typed with its marks must be the filler word with those marks (``có``
is a filler word, ``cổ`` is not), and typed without marks it is one only if no other word of the
handbook is written that way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from handbook.search import analysis, cues, morph

CONTENT: Final = "content"
FILLER: Final = "filler"
INTENT: Final = "intent"
DEFINITION: Final = "definition"
COMPARE: Final = "compare"
_SPACES: Final = re.compile(r"\s+")


@dataclass
class Token:
    """One typed word (or Chinese word): its normalized form, its span in the query, its role."""

    text: str  # normalized; for Korean the stem, for Arabic the form without joined clitics
    start: int  # span in the NFC query
    end: int
    cjk: bool
    role: str = CONTENT
    stem_end: int = 0  # end of the stem's span (Korean), else ``end``
    whole: str = ""  # the whole word normalized (with its Arabic clitics or Korean endings)


@dataclass(frozen=True)
class Parsed:
    tokens: list[Token]
    intent: str | None
    definition: bool

    @property
    def content(self) -> list[Token]:
        return [t for t in self.tokens if t.role == CONTENT]


@dataclass(frozen=True)
class _Phrase:
    role: str
    intent: str | None
    keys: tuple[str, ...]  # Latin/Arabic: stemmed words; CJK: one normalized string
    text: bool = False  # a CJK phrase, matched as text


class Reader:
    """The query reader of one language.

    ``vocabulary`` is every word the handbook writes in this language (as written, for the marks
    of Vietnamese), ``known`` tells whether a normalized word is in the index, ``segmenter`` cuts
    Chinese, ``stems`` knows Korean stems.
    """

    def __init__(
        self,
        lang: str,
        vocabulary: Iterable[str] = (),
        known: Callable[[str], bool] | None = None,
        segmenter: Callable[[], morph.Segmenter] | None = None,
        stems: morph.KoreanStems | None = None,
    ) -> None:
        self.lang = lang
        self.cjk = lang in ("zh", "ko")
        self._known = known or (lambda _word: False)
        self._segmenter = segmenter
        self._stems = stems
        data = cues.load(lang)
        exact = {analysis.exact_form(w) for w in data.filler}
        self._filler_exact = exact
        folded = {analysis.normalize_text(w, lang) for w in data.filler}
        # Vietnamese tone marks make other words of one folded form (có, cổ): typed without marks, a
        # filler word is one only if no other word of the handbook is written that way
        others = {analysis.normalize_text(w, lang) for w in vocabulary if analysis.exact_form(w) not in exact}
        self._marks_matter = lang == "vi"
        self._filler_folded = folded - others if self._marks_matter else folded
        phrases = [self._phrase(p, DEFINITION, None) for p in data.definition]
        phrases += [self._phrase(p, COMPARE, None) for p in data.compare]
        phrases += [self._phrase(p, INTENT, intent) for intent, found in data.intents for p in found]
        unique = {(p.role, p.intent, p.keys): p for p in phrases if p.keys}
        self._phrases = sorted(unique.values(), key=lambda p: -self._size(p))

    # ------------------------------------------------------------------------------ cues

    def _key(self, norm: str) -> str:
        return analysis.stem(norm, self.lang)

    def _phrase(self, text: str, role: str, intent: str | None) -> _Phrase:
        norm = analysis.normalize_text(unicodedata.normalize("NFC", text), self.lang)
        if self.cjk and analysis.has_cjk(norm):
            return _Phrase(role, intent, (_SPACES.sub(" ", norm).strip(),), text=True)
        words = [w for w, cjk in analysis.raw_words(norm) if not cjk]
        return _Phrase(role, intent, tuple(self._key(w) for w in words))

    @staticmethod
    def _size(phrase: _Phrase) -> int:
        return len(phrase.keys[0]) if len(phrase.keys) == 1 else 100 * len(phrase.keys)

    # ---------------------------------------------------------------------------- reading

    def tokens(self, text: str) -> list[Token]:
        """The typed words of ``text`` (NFC), each with its normalized form."""
        out: list[Token] = []
        for piece in analysis.pieces(text, self.lang):
            if not piece.cjk:
                norm = piece.text
                if self.lang == "ar":
                    norm = morph.pick(morph.arabic_candidates(norm), self._known)
                out.append(Token(norm, piece.start, piece.end, False, stem_end=piece.end, whole=piece.text))
            elif self.lang == "zh" and self._segmenter is not None and piece.end - piece.start == len(piece.text):
                pos = piece.start
                for word in self._segmenter().cut(piece.text):
                    out.append(Token(word, pos, pos + len(word), True, stem_end=pos + len(word), whole=word))
                    pos += len(word)
            elif self.lang == "ko" and self._stems is not None and piece.end - piece.start == len(piece.text):
                stem = self._stems.stem(piece.text)
                end = piece.start + len(stem)
                out.append(Token(stem, piece.start, piece.end, True, stem_end=end, whole=piece.text))
            else:
                out.append(Token(piece.text, piece.start, piece.end, True, stem_end=piece.end, whole=piece.text))
        return out

    def read(self, text: str, phrases: bool = True) -> Parsed:
        """The tokens of ``text`` with their roles, the intent and whether it asks for a definition.

        ``phrases=False`` marks only the filler words (for the phrases of the term list).
        """
        text = unicodedata.normalize("NFC", text)
        tokens = self.tokens(text)
        intent: str | None = None
        definition = compared = False
        if phrases:
            keys = [self._token_keys(t) for t in tokens]
            present = set().union(*keys)
            flat, where = self._flat(text) if self.cjk else ("", [])
            for phrase in self._phrases:
                if phrase.text:
                    if phrase.keys[0] not in flat:
                        continue
                    hits = self._find_text(phrase.keys[0], flat, where, tokens)
                elif phrase.keys[0] not in present:
                    continue
                else:
                    hits = self._find(phrase, tokens, keys)
                for hit in hits:
                    for i in hit:
                        tokens[i].role = phrase.role
                    # "what to ask before the treatment": asking what to ask wins over the row
                    if phrase.role == INTENT and (intent is None or phrase.intent == cues.QUESTIONS):
                        intent = phrase.intent
                    definition = definition or phrase.role == DEFINITION
                    compared = compared or phrase.role == COMPARE
            # "what is the difference between X and Y" asks about X and Y, not what a word means
            definition = definition and not compared
        marked = self._marks_matter and any(
            analysis.exact_form(text[t.start : t.end]) != t.text for t in tokens if not t.cjk
        )
        for token in tokens:
            if token.role == CONTENT and self._is_filler(text, token, marked):
                token.role = FILLER
        if not any(t.role == CONTENT for t in tokens):
            # nothing but asking words ("side effects", "什么"): they are what is asked
            for token in tokens:
                if token.role in (INTENT, DEFINITION, COMPARE):
                    token.role = CONTENT
            # "side effects" alone asks what side effects are; "questions" alone, for the questions
            intent = intent if intent == cues.QUESTIONS else None
            definition = False
            if not any(t.role == CONTENT for t in tokens):
                for token in tokens:
                    token.role = CONTENT
        return Parsed(tokens, intent, definition)

    def is_filler_word(self, word: str) -> bool:
        """Whether a normalized word, as it stands, is one of the language's filler words."""
        return word in self._filler_folded

    def _is_filler(self, text: str, token: Token, marked: bool) -> bool:
        """``marked``: the query is typed with Vietnamese marks, so a word without them has none."""
        if token.cjk:
            return token.text in self._filler_folded or token.whole in self._filler_folded
        if self._marks_matter:
            exact = analysis.exact_form(text[token.start : token.end])
            if marked or exact != token.text:  # typed with marks: those marks decide
                return exact in self._filler_exact
        return token.text in self._filler_folded or token.whole in self._filler_folded

    @staticmethod
    def _find(phrase: _Phrase, tokens: Sequence[Token], token_keys: Sequence[set[str]]) -> list[list[int]]:
        """Each place ``phrase`` occurs among the free (content) tokens: the token indexes."""
        free = [i for i, t in enumerate(tokens) if t.role == CONTENT]
        found: list[list[int]] = []
        size = len(phrase.keys)
        keys = [token_keys[i] for i in free]
        i = 0
        while i + size <= len(free):
            if all(phrase.keys[j] in keys[i + j] for j in range(size)) and all(
                free[i + j + 1] == free[i + j] + 1 for j in range(size - 1)
            ):
                found.append(free[i : i + size])
                i += size
            else:
                i += 1
        return found

    def _token_keys(self, token: Token) -> set[str]:
        if token.cjk:
            return {token.text}
        keys = {self._key(token.text)}
        if self.lang == "ar":
            keys.update(self._key(c) for c in morph.arabic_candidates(token.text))
        return keys

    def _flat(self, text: str) -> tuple[str, list[int]]:
        """The normalized query with each run of spaces as one, and where each character came from."""
        norm, origin = analysis.normalize_aligned(text, self.lang)
        squeezed: list[str] = []
        where: list[int] = []
        for char, pos in zip(norm, origin, strict=True):
            if char.isspace():
                if squeezed and squeezed[-1] != " ":
                    squeezed.append(" ")
                    where.append(pos)
                continue
            squeezed.append(char)
            where.append(pos)
        return "".join(squeezed), where

    @staticmethod
    def _find_text(needle: str, flat: str, where: list[int], tokens: Sequence[Token]) -> list[list[int]]:
        """A CJK phrase matched in the flat query: the free tokens whose stems it covers."""
        free = [i for i, t in enumerate(tokens) if t.role == CONTENT]
        found: list[list[int]] = []
        start = flat.find(needle)
        while start >= 0:
            first, last = where[start], where[start + len(needle) - 1] + 1
            inside = [i for i in free if tokens[i].start >= first and tokens[i].stem_end <= last]
            if inside:
                found.append(inside)
            start = flat.find(needle, start + len(needle))
        return found
