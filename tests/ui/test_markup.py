"""The generated HTML (no Qt): glossary terms in place, snippets, escaping, titles."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handbook.content import Handbook
from handbook.dates import format_date
from handbook.ui import markup
from handbook.ui.markup import GlossaryTerm, TermMarker

BONE_METS = GlossaryTerm(
    "bone-metastasis", "Bone metastasis", "Cancer in a bone.", ("Bone metastasis", "bone metastases")
)
METS = GlossaryTerm("metastasis", "Metastasis", "Spread <of> cancer.", ("Metastasis", "metastases"))
FRACTURE_ZH = GlossaryTerm("fracture", "骨折", "骨头断了。", ("骨折",))
FRACTURE_KO = GlossaryTerm("fracture", "골절", "뼈가 부러짐.", ("골절",))


def _linked(html: str) -> list[str]:
    return [part.split('"')[0] for part in html.split('href="term:')[1:]]


@pytest.mark.parametrize(
    ("lang", "terms", "text", "linked"),
    [
        ("en", [METS], "Metastasis is spread.", ["metastasis"]),
        ("en", [METS], "METASTASES happen.", ["metastasis"]),  # any case, and a declared form
        ("en", [METS], "Metastasisx is not a word.", []),  # whole words only
        ("en", [BONE_METS, METS], "Bone metastases and metastasis.", ["bone-metastasis", "metastasis"]),
        ("en", [METS], "metastasis, then metastasis again.", ["metastasis"]),  # first occurrence only
        ("zh", [FRACTURE_ZH], "如果发生骨折怎么办", ["fracture"]),  # no spaces: substring
        ("ko", [FRACTURE_KO], "골절이 생기면", ["fracture"]),  # particle glued on: substring
        ("es", [GlossaryTerm("m", "Metástasis", "x", ("metástasis",))], "La METÁSTASIS ósea.", ["m"]),
    ],
)
def test_terms_are_linked_where_they_occur(lang: str, terms: list[GlossaryTerm], text: str, linked: list[str]) -> None:
    assert _linked(TermMarker(terms, lang)(text)) == linked


def test_longer_terms_win_and_the_text_is_kept() -> None:
    html = TermMarker([METS, BONE_METS], "en")("Bone metastases are common.")
    assert 'href="term:bone-metastasis"' in html
    assert "term:metastasis" not in html
    assert ">Bone metastases</a> are common." in html


def test_text_and_definitions_are_escaped() -> None:
    html = TermMarker([METS], "en")("a <b> & metastasis")
    assert "a &lt;b&gt; &amp; " in html
    assert 'title="Spread &lt;of&gt; cancer."' in html


@pytest.mark.parametrize(
    ("snippet", "html"),
    [
        ("the **bone** hurts", "the <b>bone</b> hurts"),
        ("**a** and **b**", "<b>a</b> and <b>b</b>"),
        ("x < y **z**", "x &lt; y <b>z</b>"),
        ("no marks", "no marks"),
        ("an **unpaired mark", "an **unpaired mark"),
    ],
)
def test_snippets_bold_matches_and_escape_the_rest(snippet: str, html: str) -> None:
    assert markup.snippet_html(snippet) == html


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("Denosumab (Xgeva, Prolia)", ("Denosumab", "(Xgeva, Prolia)")),
        ("Radiation therapy", ("Radiation therapy", "")),
        ("地诺单抗（Xgeva、Prolia）", ("地诺单抗", "（Xgeva、Prolia）")),
    ],
)
def test_split_title(title: str, parts: tuple[str, str]) -> None:
    assert markup.split_title(title) == parts


def test_topic_page_has_terms_see_also_sources_and_review_date(handbook: Handbook) -> None:
    topic = next(t for t in handbook.topics("en") if t.glossary and t.see_also)
    html = markup.topic_html(handbook, topic, "en")
    assert 'href="term:' in html
    for ref in topic.see_also:
        assert f'href="topic:{ref}"' in html
    citation = handbook.sources[topic.sources[0]]["citation"]
    assert markup.esc(citation) in html
    assert format_date(topic.reviewed, "en") in html  # "26 November 2026"


def test_arabic_pages_run_right_to_left(handbook: Handbook) -> None:
    topic = handbook.topics("ar")[0]
    assert '<body dir="rtl"' in markup.topic_html(handbook, topic, "ar")
    assert '<body dir="ltr"' in markup.topic_html(handbook, topic, "en")


@given(st.text())
def test_esc_escapes_as_html_escape_does(text: str) -> None:
    assert markup.esc(text) == html.escape(text, quote=True)


def test_esc_escapes_the_five_characters() -> None:
    assert markup.esc("""<a href="x">Tom & Jerry's</a>""") == (
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;"
    )
