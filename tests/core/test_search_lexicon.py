"""Synonym groups (phrase-aware, stemmed) and the spelling corrector over raw words."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handbook.content import Handbook
from handbook.search import analysis, lexicon, store
from handbook.search.lexicon import Speller, SynonymGroups, build_speller, edit_distance, max_distance, sound_key

GROUPS = SynonymGroups(
    "en",
    [
        ("fracture", ["fracture", "broken bone", "broken bones", "bone break"]),
        ("bone-pain", ["bone pain", "my bones hurt", "aching bones"]),
        ("onj", ["osteonecrosis of the jaw", "ONJ", "jaw"]),
        ("lonely", ["solo"]),  # one phrase only: not a group
    ],
)


def _match(query: str) -> dict[str, list[str]]:
    found = GROUPS.match(analysis.terms(query, "en", query=True))
    return {e.group.id: sorted(p.text for p in e.siblings) for e in found}


@pytest.mark.parametrize(
    ("query", "groups"),
    [
        ("broken bones", {"fracture"}),
        ("Broken Bone", {"fracture"}),  # case and plural do not matter
        ("two broken bones in my leg", {"fracture"}),  # a phrase inside a longer query
        ("bones broken", set()),  # a phrase matches only in order
        ("broken", set()),  # ... and only as a whole
        ("aching bones and a sore jaw", {"bone-pain", "onj"}),
        ("osteonecrosis of the jaw", {"onj"}),
        ("solo", set()),
        ("", set()),
    ],
)
def test_groups_match_whole_phrases(query: str, groups: set[str]) -> None:
    assert set(_match(query)) == groups


def test_siblings_are_the_other_phrases() -> None:
    assert _match("bone pain") == {"bone-pain": ["aching bones", "my bones hurt"]}
    # "broken bone" and "broken bones" analyze alike, so the group keeps one of them
    assert _match("fracture")["fracture"] == ["bone break", "broken bone"]


VI_GROUPS = SynonymGroups(
    "vi",
    [
        ("bone-pain", ["Đau xương", "dau xuong", "nhức xương"]),
        ("spine", ["cot song", "xương sống"]),  # "cot song" is only ever written without accents
        ("marrow", ["tủy xương", "tuỷ xương", "marrow"]),  # the two tone-mark placements
    ],
)


@pytest.mark.parametrize(
    ("query", "groups"),
    [
        ("đau xương", {"bone-pain"}),
        ("ĐAU XƯƠNG", {"bone-pain"}),
        ("dau xuong", {"bone-pain"}),  # typed without accents: any spelling
        ("đau xuong", {"bone-pain"}),  # ... or some of them
        ("đầu xương", set()),  # another word, though it folds alike (and "dau xuong" is only its folding)
        ("cột sống", {"spine"}),  # a phrase only written without accents takes any
        ("xương sống", {"spine"}),
        ("xuống sống", set()),
        ("tuỷ xương", {"marrow"}),
        ("tủy xương", {"marrow"}),
    ],
)
def test_groups_match_the_accents_typed(query: str, groups: set[str]) -> None:
    found = VI_GROUPS.match(*analysis.keyed_terms(query, "vi", query=True))
    assert {e.group.id for e in found} == groups
    # without the exact keys, folding alone matches every look-alike
    assert {e.group.id for e in VI_GROUPS.match(analysis.terms(query, "vi", query=True))} >= groups


def test_topics_are_tagged_only_with_the_concepts_they_write() -> None:
    assert store.concepts(VI_GROUPS, "Ung thư gây đau xương.") == ("bone-pain",)
    assert store.concepts(VI_GROUPS, "Bắt đầu xương sống.") == ("spine",)


def test_cjk_phrases_match_inside_longer_queries() -> None:
    groups = SynonymGroups("zh", [("fracture", ["骨折", "骨头断了"])])
    found = groups.match(analysis.terms("我的骨头断了怎么办", "zh", query=True))
    assert [e.group.id for e in found] == ["fracture"]
    assert [p.text for p in found[0].siblings] == ["骨折"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("bon", 0), ("bone", 1), ("bones", 1), ("fracture", 2), ("osteoclasts", 2)],
)
def test_longer_words_may_be_further_off(word: str, expected: int) -> None:
    assert max_distance(word) == expected


def _reference_distance(a: str, b: str) -> int:
    """Optimal string alignment distance, the plain full-table way."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


@given(st.text("abcde", max_size=9), st.text("abcde", max_size=9), st.integers(0, 3))
def test_edit_distance_agrees_with_the_full_table(a: str, b: str, limit: int) -> None:
    assert edit_distance(a, b, limit) == min(_reference_distance(a, b), limit + 1)


def test_sound_alike_keys() -> None:
    assert sound_key("bisfosfonate") == sound_key("bisphosphonate")
    assert sound_key("kyfoplasty") == sound_key("kyphoplasty")
    assert sound_key("denosumab") != sound_key("dexamethasone")


def _speller() -> Speller:
    return build_speller(
        ["Osteoclasts break down bone.", "Bisphosphonates and denosumab.", "Ablación por radiofrecuencia", "bone bone"],
        "es",
        also_known=["prostrate"],
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("osteoclast", ["osteoclasts"]),  # one letter missing
        ("osteoclsats", ["osteoclasts"]),  # two letters swapped
        ("denosunab", ["denosumab"]),
        ("ablacoin", ["ablación"]),  # shown as written, accent kept
        ("ablacion", []),  # a known word (accents aside) needs no correction
        ("bisfosfonates", ["bisphosphonates"]),  # sounds alike
        ("bane", ["bone"]),
        ("bne", []),  # too short to guess
        ("zzzzzzzz", []),
    ],
)
def test_speller_suggests_raw_words(typed: str, expected: list[str]) -> None:
    speller = _speller()
    assert [speller.shown(w) for w in speller.suggest(analysis.normalize_text(typed, "es"))][:1] == expected


def test_known_words_are_known_but_only_content_words_are_suggested() -> None:
    speller = _speller()
    assert "prostrate" in speller and "osteoclasts" in speller and "nothing" not in speller
    assert speller.corrections("prostrat") == ["prostrate"]  # a search may use a listed synonym
    assert speller.suggest("prostrat") == []  # ... but a "did you mean" never shows one


def test_speller_prefers_nearer_then_commoner_words() -> None:
    speller = Speller(Counter({"bone": 1, "bond": 9, "bones": 5}), {})
    assert speller.suggest("bons") == ["bond", "bones", "bone"]  # all one edit: the commonest first
    assert speller.suggest("bonds") == ["bond", "bones"]  # "bone" is two edits off: too far for 5 letters


@pytest.mark.parametrize("lang", ["en", "es", "zh", "vi", "ar", "ko"])
def test_every_language_has_groups_from_its_own_terms_and_the_names(handbook: Handbook, lang: str) -> None:
    if lang not in handbook.packs:
        pytest.skip(f"no content in '{lang}' yet")
    groups = lexicon.groups_for(handbook, lang)
    ids = {g.id for g in groups.groups}
    assert {
        f"{lexicon.NAMES_PREFIX}{t}" for t, n in handbook.names.items() if len(n["generic"] + n["brands"]) > 1
    } <= ids
    own = handbook.terms(lang) or handbook.terms("en")
    assert {t.id for t in own if t.synonyms} & ids
