"""What search finds, per language: hand-picked tables and checks generated from the content itself.

A case whose language (or whose expected topic in that language) is not translated yet is skipped.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from handbook import search, textnorm
from handbook.content import Handbook
from handbook.search import SearchIndex, analysis, cues


@pytest.fixture(scope="module")
def index(handbook: Handbook) -> SearchIndex:
    return search.memory_index(handbook)


def _ids(index: SearchIndex, query: str, lang: str, limit: int = 3) -> list[str]:
    return [hit.id for hit in index.search(query, lang, limit=limit).hits]


def _shown(index: SearchIndex, query: str, lang: str, within: int = 3) -> list[str]:
    """The first ``within`` hits of each group (topics; words explained), as the app shows them."""
    results = index.search(query, lang, limit=20)
    return [hit.id for _group, hits in results.groups() for hit in hits[:within]]


def _need(handbook: Handbook, lang: str, topic_id: str | None = None) -> None:
    if lang not in handbook.packs:
        pytest.skip(f"no content in '{lang}' yet")
    if topic_id is not None and topic_id not in handbook.pack(lang).topics:
        pytest.skip(f"'{topic_id}' is not translated into '{lang}' yet")


# ------------------------------------------------------------------------------ hand-picked


@pytest.mark.parametrize(
    ("lang", "query", "topic_id"),
    [
        # stemming and plurals
        ("en", "fractures", "fracture"),
        ("en", "osteoclasts", "osteoclast"),
        ("es", "fracturas", "fracture"),
        # accents and diacritics
        ("es", "metastasis", "metastasis"),
        ("es", "metástasis", "metastasis"),
        ("vi", "hoai tu xuong ham", "onj"),
        ("vi", "gay xuong", "fracture"),
        # lay words find the medical topic
        ("en", "broken bones", "fracture"),
        ("en", "bone drip", "bisphosphonate"),
        ("en", "radioactive medicine", "radiopharmaceutical"),
        ("en", "cortisone", "corticosteroid"),
        ("en", "burning the tumour", "ablation-treatment"),
        ("en", "my bones hurt", "bone-pain"),
        ("es", "huesos rotos", "fracture"),
        # brand and generic names
        ("en", "Zometa", "bisphosphonates"),
        ("en", "Prolia", "denosumab"),
        ("en", "Xofigo", "radium-223"),
        ("en", "Metastron", "strontium-89"),
        ("en", "Quadramet", "samarium-153"),
        ("zh", "Zometa", "zoledronic-acid"),
        ("ar", "زوميتا", "zoledronic-acid"),
        ("ko", "엑스지바", "denosumab"),
        # typos
        ("en", "osteoclasst", "osteoclast"),
        ("en", "kifoplasty", "kyphoplasty-procedure"),
        ("en", "dexametazone", "dexamethasone"),
        ("es", "denosumav", "denosumab"),
        # Chinese and Korean: one character, words inside unspaced text
        ("zh", "钙", "calcium"),
        ("zh", "骨折", "fracture"),
        ("zh", "地舒单抗", "denosumab"),
        ("ko", "골절", "fracture"),
        ("ko", "xgeva", "denosumab"),
        # Arabic
        ("ar", "كسور", "fracture"),
        ("ar", "إكسجيفا", "denosumab"),
        ("ar", "اكسجيفا", "denosumab"),
    ],
)
def test_finds_the_topic_in_the_top_3(
    index: SearchIndex, handbook: Handbook, lang: str, query: str, topic_id: str
) -> None:
    """... of its group: a glossary entry among the words explained, a topic among the topics."""
    _need(handbook, lang, topic_id)
    assert topic_id in _shown(index, query, lang)


@pytest.mark.parametrize(
    ("lang", "query", "suggestion"),
    [
        ("en", "osteoclasst", "osteoclasts"),
        ("en", "zomata drip", "zometa drip"),
        ("en", "bisfosfonatte", "bisphosphonate"),  # sounds alike, 4 edits away
        ("en", "prostrat", "prostate"),  # never the listed misspelling "prostrate"
        ("es", "denosumav", "denosumab"),
        ("es", "ablacoin", "ablación"),  # shown with its accent, as the content writes it
        ("en", "fractures", None),  # a known word: nothing to correct
        ("en", "xyzzyq", None),  # nothing near it
    ],
)
def test_did_you_mean(index: SearchIndex, handbook: Handbook, lang: str, query: str, suggestion: str | None) -> None:
    _need(handbook, lang)
    assert index.search(query, lang).suggestion == suggestion


@pytest.mark.parametrize(
    ("lang", "query", "unknown", "first"),
    [
        ("en", "zomata hospice", "hospice", "bisphosphonates"),
        ("es", "denosumav hospicio", "hospicio", "denosumab"),
    ],
)
def test_no_did_you_mean_beside_a_word_the_handbook_does_not_cover(
    index: SearchIndex, handbook: Handbook, lang: str, query: str, unknown: str, first: str
) -> None:
    """A query about something the handbook does not cover: a word near another in spelling is then
    likely a word of that subject (medicare, copay), not a typo; the reader is told what is not
    covered and offered help, and the near word is still searched."""
    _need(handbook, lang, first)
    results = index.search(query, lang)
    assert results.suggestion is None
    assert results.unknown == (unknown,)
    assert {h.id for h in results.help} == {"support", "care-team"}
    assert results.hits[0].id == first


@pytest.mark.parametrize(
    ("lang", "query", "marked"),
    [
        ("en", "broken bones", "**broken** **bone"),
        ("en", "Xgeva", "**Xgeva**"),
        ("es", "metastasis", "**metástasis**"),  # the original word, accent and all
        ("vi", "xuong ham", "**xương** **hàm**"),
        ("zh", "骨折", "**骨折**"),
        ("ko", "골절", "**골절**"),
    ],
)
def test_snippet_marks_the_matched_words(
    index: SearchIndex, handbook: Handbook, lang: str, query: str, marked: str
) -> None:
    _need(handbook, lang)
    snippets = [hit.snippet for hit in index.search(query, lang, limit=5).hits]
    assert any(marked.casefold() in s.casefold() for s in snippets), snippets


def test_hits_are_plain_json(index: SearchIndex) -> None:
    hits = index.search("denosumab", "en").hits
    assert hits
    for hit in hits:
        data = hit.to_json()
        assert set(data) == {"id", "kind", "title", "score", "snippet"}
        assert data["kind"] in {"section", "treatment", "glossary", "questions"}
        assert isinstance(data["score"], float) and data["score"] > 0
        assert "\n" not in hit.snippet and hit.snippet.count("**") % 2 == 0
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_title_counts_more_than_body(index: SearchIndex, handbook: Handbook) -> None:
    """A glossary term typed as it is asks what it means: its entry is the first word explained,
    and first of all unless it is the name of a treatment ("Kyphoplasty", "Prednisone"): then it
    comes right after that treatment (and perhaps its questions)."""
    glossary = [t for t in handbook.topics("en") if t.kind == "glossary"]

    def terms(text: str) -> frozenset[str]:
        return frozenset(analysis.terms(text, "en"))

    names = {terms(n) for found in handbook.names.values() for n in found.get("generic", [])}
    names |= {terms(re.split(r"[(]", t.title)[0]) for t in handbook.treatments("en")}
    for term in glossary:
        results = index.search(term.title, "en", limit=10)
        words = [hit.id for hit in results.hits if hit.kind == "glossary"]
        assert words[:1] == [term.id], (term.title, words)
        if terms(term.title) in names:
            assert results.hits[0].kind == "treatment", (term.title, results.hits[0])
            assert term.id in [h.id for h in results.hits[1:3]], (term.title, results.hits[:3])
        else:
            assert results.hits[0].id == term.id, (term.title, results.hits[:2])


def test_a_missing_language_searches_english(handbook: Handbook) -> None:
    english_only = Handbook(handbook.root, {"en": handbook.packs["en"]}, handbook.sources, handbook.names, [])
    index = search.memory_index(english_only)
    assert index.field_language("ko") == "en"
    assert "fracture" in _shown(index, "broken bones", "ko")


# ----------------------------------------------------------------- generated from the content

LANGS = ["en", "es", "zh", "vi", "ar", "ko"]


@pytest.mark.parametrize("lang", LANGS)
def test_lay_words_find_their_topic(index: SearchIndex, handbook: Handbook, lang: str) -> None:
    """Each synonym of the term list finds the term's own topic (its glossary entry) among the first 3
    words explained (nearly always)."""
    _need(handbook, lang)
    own = handbook.pack(lang).topics
    cases = [(syn, t.id) for t in handbook.terms(lang) if t.id in own for syn in t.synonyms]
    if not cases:
        pytest.skip(f"no term list in '{lang}' yet")
    misses = [(q, tid) for q, tid in cases if tid not in _shown(index, q, lang)]
    assert len(misses) <= 0.05 * len(cases), misses


@pytest.mark.parametrize("lang", LANGS)
def test_brand_and_generic_names_find_their_treatment(index: SearchIndex, handbook: Handbook, lang: str) -> None:
    _need(handbook, lang)
    cases = [
        (name, tid)
        for tid, names in handbook.names.items()
        if tid in handbook.pack(lang).topics
        for name in names.get("brands", [])
    ]
    misses = [(name, tid) for name, tid in cases if tid not in _ids(index, name, lang, 5)]
    assert not misses


def _typo(word: str) -> str:
    """Swap two letters in the middle (deterministic)."""
    i = len(word) // 2
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


@pytest.mark.parametrize("lang", ["en", "es", "vi"])
def test_typos_in_titles_still_find_the_topic(index: SearchIndex, handbook: Handbook, lang: str) -> None:
    _need(handbook, lang)
    asking = {textnorm.normalize(w, lang) for w in cues.load(lang).filler}
    cases = []
    for topic in handbook.pack(lang).topics.values():
        # (a question or filler word names no topic: it is never corrected to)
        words = [w for w in re.findall(r"[^\W\d_]+", topic.title) if len(w) >= 6]
        words = [w for w in words if textnorm.normalize(w, lang) not in asking]
        if words and _typo(words[0]) != words[0]:
            cases.append((_typo(words[0]), words[0], topic.id))
    assert cases
    misses = []
    for typo, word, topic_id in cases:
        results = index.search(typo, lang, limit=10)
        titles = [textnorm.normalize(h.title, lang) for h in results.hits[:3]]
        if not any(textnorm.normalize(word, lang) in t for t in titles) or results.suggestion is None:
            misses.append((typo, topic_id, results.suggestion))
    assert len(misses) <= 0.1 * len(cases), misses


def _rank(index: SearchIndex, query: str, lang: str, topic_id: str) -> int:
    ids = _ids(index, query, lang, 20)
    return ids.index(topic_id) + 1 if topic_id in ids else len(ids) + 1


@pytest.mark.parametrize("lang", ["es", "vi"])
def test_typing_without_accents_still_finds_the_topic(index: SearchIndex, handbook: Handbook, lang: str) -> None:
    """A title typed without its accents (all of them, or all but đ) finds its topic in the top 5;
    typed with them, the topic never ranks lower than that (exact words count more)."""
    _need(handbook, lang)
    topics = [t for t in handbook.pack(lang).topics.values() if not t.title.isascii()]
    assert topics
    for topic in topics:
        typed = _rank(index, topic.title, lang, topic.id)
        stripped = "".join(c for c in unicodedata.normalize("NFD", topic.title) if not unicodedata.combining(c))
        for bare in {textnorm.fold_accents(topic.title), stripped}:
            found = _rank(index, bare, lang, topic.id)
            assert found <= 5, (topic.title, bare, found)
            assert typed <= found, (topic.title, bare, typed, found)


def _arabic_variants(word: str) -> list[str]:
    rng = random.Random(word)
    marks = "\u064e\u064f\u0650\u0651\u0652"
    with_marks = "".join(c + rng.choice(marks) for c in word)
    tatweel = word[:1] + "\u0640\u0640" + word[1:]
    hamza = word.replace("ا", "أ", 1)
    return [with_marks, tatweel, hamza]


def test_arabic_spellings_find_the_same(index: SearchIndex, handbook: Handbook) -> None:
    _need(handbook, "ar")
    titles = [t.title for t in handbook.pack("ar").topics.values() if t.kind == "glossary"]
    assert titles
    for title in titles[:40]:
        expected = _ids(index, title, "ar", 5)
        for variant in _arabic_variants(title):
            assert _ids(index, variant, "ar", 5) == expected, (title, variant)


@pytest.mark.parametrize("lang", ["zh", "ko"])
def test_every_character_of_a_title_is_a_query(index: SearchIndex, handbook: Handbook, lang: str) -> None:
    """One-character queries work, and words inside unspaced text are found."""
    _need(handbook, lang)
    topics = [t for t in handbook.pack(lang).topics.values() if t.kind == "glossary"]
    assert topics
    for topic in topics[:30]:
        for char in {c for c in topic.title if c.isalpha() and not c.isascii()}:
            assert topic.id in _ids(index, char, lang, 200), (topic.title, char)
        run = max(re.findall(r"[^\W\d_a-zA-Z]{2,}", topic.summary) or [""], key=len)
        if run:
            assert topic.id in _ids(index, run[:2], lang, 200), (topic.title, run[:2])
