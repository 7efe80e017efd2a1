"""Accents that make a difference: a word typed with them ranks and marks the topics that write it so
above its folded look-alikes (``đầu`` is not ``đau``), and typed without them it still finds every
spelling (``dau xuong`` finds ``đau xương``).
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from handbook import search, textnorm
from handbook.content import Handbook
from handbook.search import IndexDoc, SearchIndex, analysis, snippets, store

_MARKED = re.compile(r"\*\*(.+?)\*\*")


@pytest.fixture(scope="module")
def index(handbook: Handbook) -> SearchIndex:
    return search.memory_index(handbook)


def _need(handbook: Handbook, lang: str, *topic_ids: str) -> None:
    if lang not in handbook.packs:
        pytest.skip(f"no content in '{lang}' yet")
    missing = [t for t in topic_ids if t not in handbook.pack(lang).topics]
    if missing:
        pytest.skip(f"{missing} not translated into '{lang}' yet")


def _ids(index: SearchIndex, query: str, lang: str, limit: int = 20) -> list[str]:
    return [hit.id for hit in index.search(query, lang, limit=limit).hits]


def _place(index: SearchIndex, query: str, lang: str, topic_id: str) -> int:
    """A topic's place in its group of results (topics; words explained), from 1; 0 when not found."""
    for _group, hits in index.search(query, lang, limit=100).groups():
        ids = [hit.id for hit in hits]
        if topic_id in ids:
            return ids.index(topic_id) + 1
    return 0


# ----------------------------------------------------------------------------- bundled content


@pytest.mark.parametrize(
    ("lang", "query", "topic_id", "within", "look_alike"),
    [
        # typed with accents: the topic that writes the word so comes before the look-alike's
        ("vi", "đầu", "probe", 1, "bone-pain"),  # đầu (head, tip), not đau (pain)
        ("vi", "đốt sống", "kyphoplasty", 2, "microwave-ablation"),  # vertebra, not "đốt vi sóng"
        ("vi", "đốt sống", "kyphoplasty-procedure", 2, "microwave-ablation"),
        ("vi", "sóng cao tần", "radiofrequency-ablation", 1, "quality-of-life"),  # not sống, tận
        ("vi", "Đau xương", "bone-pain", 1, None),
        # typed without accents: every spelling is still found
        ("vi", "dau xuong", "bone-pain", 1, None),
        ("vi", "hoai tu xuong ham", "onj", 3, None),
        ("vi", "dau do", "probe", 3, None),
        ("vi", "dot song", "kyphoplasty-procedure", 3, None),
        ("es", "metastasis", "metastasis", 3, None),
        ("es", "ablacion por radiofrecuencia", "radiofrequency-ablation", 3, None),
    ],
)
def test_exact_words_rank_first(
    index: SearchIndex, handbook: Handbook, lang: str, query: str, topic_id: str, within: int, look_alike: str | None
) -> None:
    _need(handbook, lang, topic_id)
    ids = _ids(index, query, lang, 100)
    assert 0 < _place(index, query, lang, topic_id) <= within, ids
    if look_alike is not None:
        assert look_alike in ids, f"{look_alike} should still be found (folded), got {ids}"
        assert ids.index(topic_id) < ids.index(look_alike), ids


def _spelling(word: str) -> str:
    """A Vietnamese word as written, case and tone-mark placement aside."""
    return analysis.vietnamese_tone_last(unicodedata.normalize("NFC", word).casefold())


def _look_alikes(snippet: str, query: str) -> list[str]:
    """The marked words of ``snippet`` that fold like a typed Vietnamese word but are written otherwise."""
    typed = {textnorm.fold_accents(w.casefold()): _spelling(w) for w in query.split()}
    marked = [word for found in _MARKED.findall(snippet) for word in found.split()]
    return [w for w in marked if typed.get(textnorm.fold_accents(w.casefold()), _spelling(w)) != _spelling(w)]


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("sóng cao tần", "**sóng**"),  # never sống or tận
        ("đầu", "**đầu**"),
        ("đau", "**đau**"),
        ("đốt sống", "**đốt** **sống**"),
        ("xương", "**xương**"),
    ],
)
def test_snippets_mark_only_the_exact_words(index: SearchIndex, handbook: Handbook, query: str, marked: str) -> None:
    _need(handbook, "vi")
    found = [hit.snippet for hit in index.search(query, "vi", limit=20).hits]
    assert any(marked.casefold() in s.casefold() for s in found), found
    for snippet in found:
        assert not _look_alikes(snippet, query), snippet


def test_snippets_typed_without_accents_mark_every_spelling(index: SearchIndex, handbook: Handbook) -> None:
    _need(handbook, "vi")
    marked = {m.casefold() for hit in index.search("dau", "vi", limit=20).hits for m in _MARKED.findall(hit.snippet)}
    assert {"đau", "đầu"} <= marked, marked


def test_accents_no_topic_writes_fold(index: SearchIndex, handbook: Handbook) -> None:
    """Typed with only some accents (``đot``), a word still finds what it finds typed without them."""
    _need(handbook, "vi")
    assert _ids(index, "đot song", "vi", 5) == _ids(index, "dot song", "vi", 5)


# ----------------------------------------------------------------------------- small made-up indexes


def _made_up(handbook: Handbook, lang: str, titles: dict[str, str]) -> SearchIndex:
    """An index of made-up topics (id -> title, whose body repeats the title)."""
    docs = [IndexDoc(tid, "glossary", lang, title, "", f"{title}. {title}.") for tid, title in titles.items()]
    opened = store.Opened(store.build(docs), store.MEMORY, (lang,))
    return SearchIndex(opened, handbook)


@pytest.mark.parametrize(
    ("lang", "query", "titles", "first"),
    [
        # the look-alike has the shorter title (a higher BM25 score) and would come first if folded
        ("es", "año", {"ano": "Ano", "year": "El año de la enfermedad"}, "year"),
        ("es", "ano", {"ano": "Ano", "year": "El año de la enfermedad"}, "ano"),
        ("vi", "sóng", {"alive": "Sống", "wave": "Đốt bằng sóng âm"}, "wave"),
        ("vi", "hoà", {"flower": "Hoa", "peace": "Hòa bình và hoa"}, "peace"),  # the other tone placement
        ("vi", "tuỷ", {"but": "Tuy", "marrow": "Tủy xương và tuy"}, "marrow"),
        ("en", "café", {"plain": "Cafe", "accented": "The café and the hospital"}, "accented"),
    ],
)
def test_made_up_look_alikes(handbook: Handbook, lang: str, query: str, titles: dict[str, str], first: str) -> None:
    index = _made_up(handbook, lang, titles)
    ids = _ids(index, query, lang)
    assert ids[0] == first, ids
    assert set(ids) == set(titles), "typed with or without accents, every spelling is found"


@pytest.mark.parametrize(
    ("text", "exact", "expected"),
    [
        ("Đau đầu và đau xương", {"dau": ["đầu"]}, "Đau **đầu** và đau xương"),
        ("Đau đầu và đau xương", {"dau": ["đau"]}, "**Đau** đầu và **đau** xương"),
        ("Đau đầu và đau xương", {"dau": ["đau", "đầu"]}, "**Đau** **đầu** và **đau** xương"),
        ("Đau đầu và đau xương", {}, "**Đau** **đầu** và **đau** xương"),
    ],
)
def test_snippet_marks_the_allowed_spellings(text: str, exact: dict[str, list[str]], expected: str) -> None:
    doc = snippets.analyze(text, "vi")
    keys = {term: {analysis.keyed_terms(w, "vi")[1][0] for w in words} for term, words in exact.items()}
    assert snippets.make(doc, {"dau"}, exact=keys) == expected
