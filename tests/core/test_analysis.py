"""Per-language analysis: the same terms for the index, the query and the snippets."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handbook.search import analysis
from handbook.search.analysis import HandbookTokenizer


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # stemming (Snowball) for English and Spanish, stop words gone
        ("en", "the fractures", ["fractur"]),
        ("en", "Osteoclasts break bones", ["osteoclast", "break", "bone"]),
        ("es", "las fracturas", ["fractur"]),
        ("es", "Los bisfosfonatos", ["bisfosfonat"]),
        # accents and diacritics fold (before stemming, so typed and printed words agree)
        ("es", "metástasis", analysis.terms("metastasis", "es")),
        ("es", "ablación", analysis.terms("ablacion", "es")),
        ("vi", "hoại tử xương hàm", ["hoai", "tu", "xuong", "ham"]),
        ("vi", "Đau xương", ["dau", "xuong"]),
        # Latin words inside other languages lose a plain plural
        ("vi", "bisphosphonates", ["bisphosphonate"]),
        ("zh", "Bisphosphonates", ["bisphosphonate"]),
        # full-width letters and other digit forms become plain ones
        ("en", "ＸＧＥＶＡ", ["xgeva"]),
        ("ar", "٢٢٣", ["223"]),
        # Chinese and Korean: 1- and 2-grams in the index, Latin words kept whole
        ("zh", "骨折", ["骨", "折", "骨折"]),
        ("zh", "钙和维生素D", ["钙", "和", "维", "生", "素", "钙和", "和维", "维生", "生素", "d"]),
        ("ko", "뼈 통증", ["뼈", "통", "증", "통증"]),
    ],
)
def test_index_terms(lang: str, text: str, expected: list[str]) -> None:
    assert analysis.terms(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "骨折", ["骨折"]),  # a query run uses its 2-grams only
        ("zh", "地舒单抗", ["地舒", "舒单", "单抗"]),
        ("zh", "钙", ["钙"]),  # ... or its one character
        ("ko", "칼슘과 비타민 D", ["칼슘", "슘과", "비타", "타민", "d"]),
    ],
)
def test_query_terms(lang: str, text: str, expected: list[str]) -> None:
    assert analysis.terms(text, lang, query=True) == expected


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("الْعِظَامُ", "العظام"),  # diacritics
        ("العـــظام", "العظام"),  # tatweel
        ("أكسجيفا", "اكسجيفا"),  # alef with hamza above
        ("إكسجيفا", "اكسجيفا"),  # alef with hamza below
        ("آلام", "الام"),  # alef madda
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("الكلية", "الكليه"),  # taa marbuta
    ],
)
def test_arabic_forms_give_the_same_terms(variant: str, plain: str) -> None:
    assert analysis.terms(variant, "ar") == analysis.terms(plain, "ar")
    assert analysis.terms(variant, "ar")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والعظام", "عظام"),  # conjunction and article
        ("بالكالسيوم", "كالسيوم"),
        ("البيسفوسفونات", "بيسفوسفون"),  # article and plural suffix
        ("كسور", "كسور"),  # short words are left alone
        ("ال", "ال"),
    ],
)
def test_arabic_light_stem(word: str, expected: str) -> None:
    assert analysis.arabic_light_stem(word) == expected


def test_stop_words_are_dropped_but_not_in_vietnamese() -> None:
    assert analysis.terms("the and of", "en") == []
    assert analysis.terms("el y de", "es") == []
    # Vietnamese syllables fold together ("có" and "cổ" are both "co"), so none is dropped
    assert analysis.terms("có cổ", "vi") == ["co", "co"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Hoại tử xương hàm (ONJ) là gì?"),
        ("es", "La metástasis ósea: ¿qué es?"),
        ("zh", "地舒单抗（Xgeva、Prolia）可以用于"),
        ("ar", "الْعِظَامُ وإكسجيفا Xgeva"),
        ("ko", "데노수맙(Xgeva, Prolia)은"),
        ("en", "e\u0301te\u0301 ﬁne"),  # combining accents and a ligature
    ],
)
def test_pieces_point_back_to_the_original_words(lang: str, text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    found = analysis.pieces(text, lang)
    assert found
    for piece in found:
        assert piece.text in analysis.normalize_text(nfc[piece.start : piece.end], lang)


@given(st.text(max_size=80), st.sampled_from(["en", "es", "zh", "vi", "ar", "ko"]))
def test_pieces_of_any_text_are_within_it(text: str, lang: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    last = 0
    for piece in analysis.pieces(text, lang):
        # one character may expand into several pieces ("¼" is "1⁄4"), so starts only never go back
        assert last <= piece.start < piece.end <= len(nfc)
        assert piece.text in analysis.normalize_text(nfc[piece.start : piece.end], lang)
        last = piece.start


@pytest.mark.parametrize("lang", ["en", "es", "zh", "vi", "ar", "ko"])
def test_whoosh_analyzer_yields_the_same_terms(lang: str) -> None:
    text = "Metástasis 骨折 hoại tử الْعِظَامُ 뼈 통증 fractures"
    tokenizer = HandbookTokenizer(lang)
    assert [t.text for t in tokenizer(text)] == analysis.terms(text, lang)
    assert [t.text for t in tokenizer(text, mode="query")] == analysis.terms(text, lang, query=True)
    assert [t.pos for t in tokenizer(text, positions=True)] == list(range(len(analysis.terms(text, lang))))
    assert tokenizer == HandbookTokenizer(lang)
    assert tokenizer != HandbookTokenizer("en" if lang != "en" else "es")


# ------------------------------------------------------------------------------------ exact keys


@pytest.mark.parametrize(
    ("lang", "one", "other", "same"),
    [
        # Vietnamese: every mark makes another word ...
        ("vi", "đau", "đầu", False),
        ("vi", "sóng", "sống", False),
        ("vi", "xương", "xuống", False),
        ("vi", "tế", "tê", False),
        ("vi", "tần", "tận", False),
        ("vi", "song", "sóng", False),
        # ... but case, Unicode form and the two tone-mark placements do not
        ("vi", "Đầu", "đầu", True),
        ("vi", "đầu", unicodedata.normalize("NFD", "đầu"), True),
        ("vi", "hoà", "hòa", True),
        ("vi", "tuỷ", "tủy", True),
        # Spanish: Snowball drops the acute accent itself; ñ and ü stay
        ("es", "año", "ano", False),
        ("es", "pingüino", "pinguino", False),
        ("es", "metástasis", "metastasis", True),
        ("es", "ablación", "ablaciones", True),
        ("en", "café", "cafe", False),
        # folding is meant to unify Arabic letter forms, and Latin words inside Chinese and Korean
        ("ar", "أكسجيفا", "اكسجيفا", True),
        ("zh", "café", "cafe", True),
        ("ko", "café", "cafe", True),
    ],
)
def test_exact_keys_tell_look_alikes_apart(lang: str, one: str, other: str, same: bool) -> None:
    terms_one, keys_one = analysis.keyed_terms(one, lang)
    terms_other, keys_other = analysis.keyed_terms(other, lang)
    assert terms_one == terms_other  # folded, they are one term either way
    assert (keys_one == keys_other) is same


@pytest.mark.parametrize(
    ("lang", "text", "marked"),
    [
        ("vi", "Đau xương do ung thư", ["Đau", "xương", "thư"]),
        ("vi", "dau xuong do ung thu", []),
        ("es", "El año y la metástasis", ["año"]),
        ("en", "Zoledronic acid", []),
        ("ar", "أكسجيفا", []),
    ],
)
def test_exact_terms_are_the_marked_words_only(lang: str, text: str, marked: list[str]) -> None:
    expected = [analysis.keyed_terms(word, lang)[1][0] for word in marked]
    assert analysis.exact_terms(text, lang) == expected
    tokenizer = HandbookTokenizer(lang, exact=True)
    assert [t.text for t in tokenizer(text)] == expected
    assert tokenizer != HandbookTokenizer(lang) and tokenizer == HandbookTokenizer(lang, exact=True)
