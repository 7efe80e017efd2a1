"""Per-language text analysis for search: one code path for the index, the query and the snippets.

Every text is first reduced with :func:`handbook.textnorm.normalize` (case, accents, Arabic letter
forms, digit forms), one character at a time so each normalized character still points back to the
original text (snippets highlight the original words). Then it is cut into *pieces*:

- a run of Chinese, Japanese or Korean characters is one piece, indexed as character 1- and 2-grams
  (a query piece of two or more characters uses only its 2-grams), so words inside unspaced text match
  and a one-character query works;
- any other run of letters and digits is a word, which loses stop words and is stemmed: Snowball for
  English and Spanish, a light prefix and suffix stripper for Arabic (whoosh's ISRI stemmer is too
  aggressive), and a plain-plural strip for Latin words inside the other languages.

Folding accents lets ``dau xuong`` find ``đau xương``, but it also merges different words (``đau`` and
``đầu``, ``sóng`` and ``sống``, ``año`` and ``ano``). So in the Latin-script languages (:data:`EXACT`) a
word whose accents make a difference also has an *exact key*: the word with its accents kept (case
and Unicode form unified, Vietnamese tone marks in one canonical place, then stemmed as the language
stems, so Snowball's own accent rules for Spanish hold). Search ranks exact matches of an accented
query above folded look-alikes (:func:`word_key`, :func:`keyed_terms`, :func:`exact_terms`).

:class:`HandbookTokenizer` wraps this as a whoosh analyzer for the index schema.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from whoosh.analysis import Token, Tokenizer

from handbook.textnorm import ascii_digits, normalize

_CJK_CHARS: Final = (
    "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff\U00020000-\U0003134f"
)
_PIECE: Final = re.compile(f"([{_CJK_CHARS}]+)|((?:(?![{_CJK_CHARS}])[^\\W_])+)")
_CJK_ONLY: Final = re.compile(f"[{_CJK_CHARS}]+")
_ARABIC_LETTER: Final = re.compile("[\u0600-\u06ff]")

#: Languages whose words are stemmed by whoosh's Snowball stemmers.
SNOWBALL: Final = frozenset({"en", "es"})
#: Latin-script languages whose accented words also get an exact key (Arabic letter forms and the
#: Latin words inside Chinese and Korean text are meant to fold).
EXACT: Final = frozenset({"en", "es", "vi"})
#: Vietnamese tone marks (grave, acute, tilde, hook above, dot below); the other marks (circumflex,
#: breve, horn) make different vowels.
_VI_TONES: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")

_ARABIC_STOP: Final = (
    "في من على إلى عن مع أو و ما لا هذا هذه ذلك تلك التي الذي الذين هو هي هم أن إن كان كانت قد ثم"
    " أي كل بعض عند أيضا لك لكم إذا حتى غير بين"
)
_ARABIC_PREFIXES: Final = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_SUFFIXES: Final = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


@dataclass(frozen=True)
class Piece:
    """One word or CJK run of a normalized text, with its span in the original text."""

    text: str  # normalized
    start: int  # offsets into the original text
    end: int
    cjk: bool


# ------------------------------------------------------------------------------- normalization


@functools.lru_cache(maxsize=65536)
def _norm_char(char: str, lang: str) -> str:
    return normalize(char, lang)


def normalize_text(text: str, lang: str) -> str:
    """``textnorm.normalize`` applied per character after NFC (the same result, alignable)."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text.lower()
    return "".join([_norm_char(c, lang) for c in text])


def normalize_aligned(text: str, lang: str) -> tuple[str, list[int]]:
    """The normalized text and, for each of its characters, the index of its source character.

    Offsets refer to ``unicodedata.normalize("NFC", text)``, which is what callers must slice.
    """
    if text.isascii():
        return text.lower(), list(range(len(text)))
    parts: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        norm = _norm_char(char, lang)
        parts.append(norm)
        origin.extend([i] * len(norm))
    return "".join(parts), origin


def pieces(text: str, lang: str) -> list[Piece]:
    """The words and CJK runs of ``text``; offsets refer to ``unicodedata.normalize("NFC", text)``."""
    text = unicodedata.normalize("NFC", text)
    norm, origin = normalize_aligned(text, lang)
    out = []
    for match in _PIECE.finditer(norm):
        start, end = match.span()
        out.append(Piece(match.group(), origin[start], origin[end - 1] + 1, match.group(1) is not None))
    return out


def raw_words(normalized: str) -> Iterator[tuple[str, bool]]:
    """(piece, is_cjk) for each piece of an already normalized text."""
    for match in _PIECE.finditer(normalized):
        yield match.group(), match.group(1) is not None


def is_cjk(text: str) -> bool:
    return _CJK_ONLY.fullmatch(text) is not None


def has_cjk(text: str) -> bool:
    return _CJK_ONLY.search(text) is not None


# ------------------------------------------------------------------------------------- terms


def ngrams(run: str, query: bool) -> tuple[str, ...]:
    """1- and 2-grams of a CJK run for the index; for a query, its 2-grams (or the one character)."""
    if len(run) == 1:
        return (run,)
    bigrams = tuple(run[i : i + 2] for i in range(len(run) - 1))
    if query:
        return bigrams
    return (*run, *bigrams)


@functools.lru_cache(maxsize=16)
def stopwords(lang: str) -> frozenset[str]:
    """The language's stop words, normalized like the text."""
    if lang == "ar":
        words = _ARABIC_STOP.split()
    elif lang in SNOWBALL:
        from whoosh.lang import stopwords_for_language

        words = list(stopwords_for_language(lang))
    else:
        # Vietnamese syllables fold together ("có" and "cổ" both become "co"): no stop list there,
        # and none is needed for Chinese and Korean n-grams.
        words = []
    return frozenset(normalize(w, lang) for w in words)


@functools.lru_cache(maxsize=16)
def _stemmer(lang: str) -> Callable[[str], str]:
    if lang in SNOWBALL:
        from whoosh.lang import stemmer_for_language

        stem: Callable[[str], str] = stemmer_for_language(lang)
        return stem
    return _light_stem


def has_marks(text: str) -> bool:
    """Whether ``text`` has any accent or tone mark (``đ`` is a letter of its own)."""
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


@functools.lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """A normalized word stemmed as the index stems it, stop word or not."""
    return _stemmer(lang)(word) or word


def arabic_light_stem(word: str) -> str:
    """Strip one conjunction, one article-like prefix and one common suffix (after Light10)."""
    if len(word) >= 4 and word.startswith("و"):
        word = word[1:]
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def _light_stem(word: str) -> str:
    if _ARABIC_LETTER.match(word):
        return arabic_light_stem(word)
    if word.isascii() and len(word) >= 5 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=200_000)
def word_term(word: str, lang: str) -> str | None:
    """The index term of one normalized word, or None for a stop word."""
    if word in stopwords(lang):
        return None
    if word.isdigit():
        return word
    return _stemmer(lang)(word) or word


def exact_form(text: str) -> str:
    """A word as written, only unified: NFKC, plain digits, case folded; accents kept."""
    return ascii_digits(unicodedata.normalize("NFKC", text)).casefold()


def vietnamese_tone_last(word: str) -> str:
    """The tone mark moved to the end: ``hoà`` and ``hòa``, ``tuỷ`` and ``tủy`` are one key each."""
    chars = unicodedata.normalize("NFD", word)
    tones = "".join(c for c in chars if c in _VI_TONES)
    if not tones:
        return word
    return unicodedata.normalize("NFC", "".join(c for c in chars if c not in _VI_TONES)) + tones


@functools.lru_cache(maxsize=200_000)
def _exact_key(exact: str, lang: str) -> str:
    if lang == "vi":
        exact = vietnamese_tone_last(exact)
    return _stemmer(lang)(exact) or exact


def forget_words() -> None:
    """Empty the caches of words seen (queries' words among them); they fill again as words come."""
    for cached in (stem, word_term, _exact_key):
        cached.cache_clear()


def word_key(original: str, norm: str, term: str, lang: str) -> str:
    """The exact key of one word: ``original`` as written, ``norm`` its normalized form, ``term`` its term.

    It is ``term`` itself where the accents make no difference (no accents, a language without exact
    keys, or a stemmer that drops them), so ``key != term`` means the word is *marked*.
    """
    if lang not in EXACT:
        return term
    exact = exact_form(original)
    if exact == norm:
        return term
    key = _exact_key(exact, lang)
    return term if key == term else key


def piece_terms(text: str, cjk: bool, lang: str, query: bool = False) -> tuple[str, ...]:
    """The index terms of one normalized piece."""
    if cjk:
        return ngrams(text, query)
    term = word_term(text, lang)
    return () if term is None else (term,)


def terms(text: str, lang: str, query: bool = False) -> list[str]:
    """Every index term of a text, in order."""
    out: list[str] = []
    for piece, cjk in raw_words(normalize_text(text, lang)):
        out.extend(piece_terms(piece, cjk, lang, query))
    return out


def keyed_terms(text: str, lang: str, query: bool = False) -> tuple[list[str], list[str]]:
    """Every index term of a text, and beside each its exact key (the term itself for CJK grams)."""
    if text.isascii() or lang not in EXACT:  # no accents: every key is its term
        found = terms(text, lang, query)
        return found, list(found)
    text = unicodedata.normalize("NFC", text)
    keys: list[str] = []
    found = []
    for piece in pieces(text, lang):
        more = piece_terms(piece.text, piece.cjk, lang, query)
        found.extend(more)
        if piece.cjk or not more:
            keys.extend(more)
        else:
            keys.append(word_key(text[piece.start : piece.end], piece.text, more[0], lang))
    return found, keys


def exact_terms(text: str, lang: str) -> list[str]:
    """The exact keys of a text's marked words, in order: what the exact index fields hold."""
    if lang not in EXACT or text.isascii():
        return []
    found, keys = keyed_terms(text, lang)
    return [key for term, key in zip(found, keys, strict=True) if key != term]


# ------------------------------------------------------------------------------------ whoosh


class HandbookTokenizer(Tokenizer):  # type: ignore[misc]
    """A whoosh analyzer that yields :func:`terms` (index or query mode) for one language.

    With ``exact=True`` it yields :func:`exact_terms` instead (the same in both modes).
    """

    def __init__(self, lang: str, exact: bool = False) -> None:
        self.lang = lang
        self.exact = exact

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HandbookTokenizer) and (other.lang, other.exact) == (self.lang, self.exact)

    def __hash__(self) -> int:
        return hash(("HandbookTokenizer", self.lang, self.exact))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        found = exact_terms(value, self.lang) if self.exact else terms(value, self.lang, query=mode == "query")
        for pos, text in enumerate(found):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = token.endchar = start_char
            yield token
