"""The handout's contents, chosen once for the saved PDF and the printed handout."""

from __future__ import annotations

import pytest

from handbook.content import Handbook
from handbook.errors import ExportError, NotFoundError
from handbook.handout import handout_contents, labelled
from handbook.pdf import HandoutRequest
from handbook.textnorm import normalize


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_sections_bring_their_glossary_questions_and_sources(handbook: Handbook, lang: str) -> None:
    treatment = next(t for t in handbook.topics(lang) if t.kind == "questions" and t.treatment).treatment
    section = next(t for t in handbook.topics(lang) if t.kind == "section" and t.glossary)
    assert treatment is not None
    contents = handout_contents(handbook, HandoutRequest(lang, sections=(section.id, treatment)))
    assert [t.id for t in contents.narratives] == [
        t.id for t in handbook.topics(lang) if t.id in {section.id, treatment}
    ]
    assert {t.treatment for t in contents.questions} == {treatment}
    used = {term for t in contents.narratives for term in t.glossary}
    assert contents.glossary and {t.id for t in contents.glossary} <= used
    titles = [normalize(t.title, lang) for t in contents.glossary]
    assert titles == sorted(titles)
    everything = [*contents.narratives, *contents.glossary, *contents.questions]
    assert list(contents.sources) == list(dict.fromkeys(s for t in everything for s in t.sources))
    assert len(contents.citations) == len(contents.sources)
    assert contents.reviewed == max(t.reviewed for t in everything)


def test_a_comparison_brings_the_questions_of_its_treatments(handbook: Handbook) -> None:
    names = tuple(t.id for t in handbook.treatments("en")[:2])
    contents = handout_contents(handbook, HandoutRequest("en", compare=names))
    assert contents.comparison is not None and [t.id for t in contents.shown] == list(names)
    assert contents.questions and {t.treatment for t in contents.questions} <= set(names)
    assert not contents.narratives and not contents.glossary
    for source, text in zip(contents.sources, contents.citations, strict=True):
        assert handbook.sources[source]["citation"] in text


@pytest.mark.parametrize(
    ("request_", "error"),
    [
        (HandoutRequest("en"), ExportError),
        (HandoutRequest("en", all_sections=True, sections=("about",)), ExportError),
        (HandoutRequest("en", sections=("no-such-section",)), NotFoundError),
        (HandoutRequest("xx", all_sections=True), NotFoundError),
    ],
)
def test_bad_requests_fail_with_one_line(handbook: Handbook, request_: HandoutRequest, error: type[Exception]) -> None:
    with pytest.raises(error) as raised:
        handout_contents(handbook, request_)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(("lang", "text"), [("en", "Last reviewed: 2026-01-02"), ("zh", "Last reviewed：2026-01-02")])
def test_labels_take_the_languages_colon(lang: str, text: str) -> None:
    assert labelled("Last reviewed", "2026-01-02", lang) == text
