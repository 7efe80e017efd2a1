"""Everything search knows about one language of one handbook, worked out once per index.

:class:`Language` holds the synonym groups as the index analyzes them (for the concepts a topic
mentions), the query :class:`~handbook.search.query.Reader`, the synonym groups as the reader
analyzes them (Chinese words, Korean stems, no filler words), and the spelling corrector.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable

from handbook.content import Handbook
from handbook.i18n import DEFAULT_LANGUAGE
from handbook.search import analysis, cues, lexicon, morph
from handbook.search.lexicon import Speller, SynonymGroups
from handbook.search.query import CONTENT, FILLER, Reader, Token

#: A Korean modifier (adnominal) ending written at the end of a word: the word after it is a noun.
_KO_MODIFIER = "는"


def _texts(handbook: Handbook, lang: str) -> list[str]:
    """Every text of the language a reader sees: titles, forms, topic texts, the term list."""
    texts: list[str] = []
    for topic in handbook.topics(lang):
        texts.extend([topic.title, *topic.forms, lexicon.topic_text(topic)])
    own = handbook.terms(lang) or handbook.terms(DEFAULT_LANGUAGE)
    texts.extend(p for t in own for p in (t.term, *t.synonyms))
    return [unicodedata.normalize("NFC", t) for t in texts]


def _written(texts: Iterable[str], lang: str) -> set[str]:
    """Every word as written (accents kept), for telling filler words from look-alikes."""
    found: set[str] = set()
    for text in texts:
        for piece in analysis.pieces(text, lang):
            if not piece.cjk:
                found.add(text[piece.start : piece.end])
    return found


def user_words(handbook: Handbook, lang: str) -> list[str]:
    """The words jieba must keep whole: the term list, glossary titles and forms, the asking words."""
    own = handbook.terms(lang) or handbook.terms(DEFAULT_LANGUAGE)
    words = [p for t in own for p in (t.term, *t.synonyms)]
    words += [w for t in handbook.topics(lang) if t.kind == "glossary" for w in (t.title, *t.forms)]
    data = cues.load(lang)
    words += [*data.filler, *data.definition, *data.compare, *(p for _i, found in data.intents for p in found)]
    return [analysis.normalize_text(w, lang) for w in words]


class Language:
    """One language's query reader, synonym groups and (built on first need) speller.

    ``known`` tells whether a normalized word is a term of the index; ``chinese`` is the jieba
    dictionary kept with the index (None: worked out from the content when first needed).
    """

    def __init__(self, handbook: Handbook, lang: str, known: Callable[[str], bool], chinese: str | None = None) -> None:
        self.handbook = handbook
        self.lang = lang
        self._lock = threading.Lock()
        self._speller: Speller | None = None
        self._segmenter: morph.Segmenter | None = None
        self._chinese = chinese
        texts = _texts(handbook, lang)
        self._texts = texts
        self.groups = lexicon.groups_for(handbook, lang)
        self.reader = Reader(
            lang,
            vocabulary=_written(texts, lang) if lang == "vi" else (),
            known=lambda word: known(word) or word in self.speller,
            segmenter=self.segmenter if lang == "zh" else None,
            stems=morph.KoreanStems(texts) if lang == "ko" else None,
        )
        self.read_groups: SynonymGroups = lexicon.groups_for(handbook, lang, analyze=self.phrase_terms)
        self.joins = lexicon.joins_of(lang)

    def segmenter(self) -> morph.Segmenter:
        with self._lock:
            if self._segmenter is None:
                dictionary = self._chinese
                if dictionary is None:
                    dictionary = morph.chinese_dictionary(self._texts)
                self._segmenter = morph.Segmenter(dictionary, user_words(self.handbook, self.lang))
            return self._segmenter

    @property
    def speller(self) -> Speller:
        with self._lock:
            if self._speller is None:
                self._speller = lexicon.speller_for(self.handbook, self.lang)
            return self._speller

    def token_terms(self, token: Token, typed: str) -> tuple[tuple[str, ...], str]:
        """The query terms of a token and its exact key (``typed``: the token as typed)."""
        found = analysis.piece_terms(token.text, token.cjk, self.lang, query=True)
        if not found:
            return (), ""
        key = found[0]
        if not token.cjk:
            key = analysis.word_key(typed, token.text, key, self.lang)
        return found, key

    def phrase_terms(self, text: str) -> tuple[list[str], list[str]]:
        """A term-list phrase read as a query is: its filler words left out, but not its nouns that
        look like filler words: a word written with a particle (:meth:`noun_like_filler`), and in
        Korean a bare word after a modifier in -는, which is a noun (흔들리는 이, "a loose tooth", is
        not 흔들리 and "this"; 째는 것, "cutting", keeps 것)."""
        text = unicodedata.normalize("NFC", text)
        terms: list[str] = []
        keys: list[str] = []
        before = ""
        for token in self.reader.read(text, phrases=False).tokens:
            after_modifier = self.lang == "ko" and before.endswith(_KO_MODIFIER) and token.whole == token.text
            before = token.whole
            if token.role != CONTENT and not self.noun_like_filler(token) and not after_modifier:
                continue
            found, key = self.token_terms(token, text[token.start : token.end])
            terms.extend(found)
            keys.extend([key] if len(found) == 1 else found)
        return terms, keys

    def noun_like_filler(self, token: Token) -> bool:
        """Whether a word read as a filler word is written as a noun: a Korean word with a
        particle only a noun takes (:func:`morph.is_noun_particle`), whose stem alone is a filler
        word but which as written is none (이가, "the tooth": 이 is also "this", which takes no
        particle).

        A term-list phrase keeps such a word in its reading: read without it, 이가 흔들 ("the tooth
        is loose") would be its verb alone (흔들, any shaking: 손이 흔들려요, "my hands shake"). A
        query's reading drops it (it never scores), but its phrases are matched with it in place
        (:meth:`handbook.search.plan.Planner.expansions`), so 이가 좀 흔들려요 is still the phrase."""
        if self.lang != "ko" or token.role != FILLER or not token.cjk or token.whole == token.text:
            return False
        return morph.is_noun_particle(token.whole[len(token.text) :]) and not self.reader.is_filler_word(token.whole)
