"""What goes into a handout and in which order, shared by the saved PDF and the printed one.

Pure selection (no layout): the chosen sections or the comparison, the topics that go with them
(a narrative whose ``include_with`` names one of them, such as the warning signs that go with every
handout on bone problems or a bone medicine), the questions to ask about the chosen treatments,
the glossary terms the sections use, and the sources of all of them, each list in the order a
handout shows it. ``handbook.pdf.story`` lays this out with ReportLab;
``handbook.ui.markup`` turns it into the HTML the desktop app prints.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

from handbook.compare import Comparison, compare
from handbook.config import Clinic
from handbook.content import COMPARE_KEYS, Handbook, Topic
from handbook.dates import format_date
from handbook.errors import ExportError, NotFoundError
from handbook.i18n import check_language
from handbook.my_questions import Group, MyQuestions, check_count, sheet
from handbook.records import record
from handbook.textnorm import normalize

log = logging.getLogger(__name__)


class Request(Protocol):
    """What a handout request says (``handbook.pdf.HandoutRequest`` is one)."""

    @property
    def lang(self) -> str: ...

    @property
    def all_sections(self) -> bool: ...

    @property
    def sections(self) -> tuple[str, ...]: ...

    @property
    def compare(self) -> tuple[str, ...]: ...

    @property
    def clinic(self) -> Clinic | None: ...

    @property
    def second_lang(self) -> str | None: ...

    @property
    def my_questions(self) -> MyQuestions | None: ...


@record
class HandoutContents:
    """The topics of one handout, each list in the order it is printed: the narratives (or the
    comparison), the companions, then the questions, the glossary and the sources."""

    lang: str
    narratives: tuple[Topic, ...] = ()
    glossary: tuple[Topic, ...] = ()
    questions: tuple[Topic, ...] = ()
    comparison: Comparison | None = None
    #: source ids, in order of first use
    sources: tuple[str, ...] = ()
    #: the text printed for each of ``sources`` (citation and address; not translated)
    citations: tuple[str, ...] = ()
    #: the clinic whose details the handout carries
    clinic: Clinic | None = None
    #: a bilingual handout: the same handout in the second language (each block beside its translation)
    second: HandoutContents | None = None
    #: the reader's own "My questions" sheet, grouped by topic (empty: no sheet)
    my_questions: tuple[Group, ...] = ()

    @property
    def sheet_only(self) -> bool:
        """Only the "My questions" sheet: no cover, sections, comparison or sources."""
        return bool(self.my_questions) and not (self.narratives or self.comparison or self.questions)

    #: narratives not chosen that go with the chosen topics (``include_with``), printed after them
    companions: tuple[Topic, ...] = ()

    @property
    def topics(self) -> tuple[Topic, ...]:
        treatments = self.comparison.treatments if self.comparison else ()
        return (*self.narratives, *treatments, *self.companions, *self.glossary, *self.questions)

    @property
    def shown(self) -> tuple[Topic, ...]:
        """What the cover lists: the compared treatments, or the chosen sections."""
        return self.comparison.treatments if self.comparison else self.narratives

    @property
    def reviewed(self) -> str:
        """The latest last-reviewed date of everything in the handout."""
        asked = (g.topic for g in self.my_questions if g.topic is not None)
        return max((t.reviewed for t in (*self.topics, *asked)), default="")

    @property
    def subject(self) -> str:
        return "; ".join(t.title for t in self.shown)

    @property
    def keywords(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.shown)


def handout_contents(handbook: Handbook, request: Request) -> HandoutContents:
    """The contents of the handout ``request`` asks for (``NotFoundError`` for an unknown language);
    with a second language, the same contents in it too (``second``)."""
    mine = request.my_questions
    if mine and not (request.all_sections or request.sections or request.compare):
        check_language(request.lang)
        contents = HandoutContents(request.lang, clinic=request.clinic)  # the sheet alone
    else:
        contents = _contents(handbook, request, request.lang)
    if mine:
        check_count(mine)
        own_title = str(handbook.ui(request.lang).get("my_questions_own") or "My own questions")
        contents = replace(contents, my_questions=sheet(handbook, request.lang, mine, own_title))
    second = request.second_lang
    if not second:
        return contents
    check_language(second)
    if second == request.lang:
        raise ExportError(f"the second language must differ from the first ('{second}' is both)")
    return replace(contents, second=_contents(handbook, request, second))


def _contents(handbook: Handbook, request: Request, lang: str) -> HandoutContents:
    check_language(lang)
    compared = request.compare
    if not (compared and (request.all_sections or request.sections)):
        chosen = select(handbook, lang, request.all_sections, request.sections, compared)
        return replace(chosen, clinic=request.clinic)
    # the app's dialog may ask for sections and a comparison at once: the sections, then the table
    sections = select(handbook, lang, request.all_sections, request.sections, ())
    table = select(handbook, lang, False, (), compared)
    picked = {t.id for t in sections.narratives}
    companions = tuple({t.id: t for t in (*sections.companions, *table.companions) if t.id not in picked}.values())
    glossary = _glossary(
        handbook.topics(lang), (*sections.narratives, *companions), {t.id for t in sections.glossary}, lang
    )
    questions = tuple({t.id: t for t in (*sections.questions, *table.questions)}.values())
    ids = tuple(dict.fromkeys((*sections.sources, *table.sources, *(s for t in glossary for s in t.sources))))
    return HandoutContents(
        lang,
        sections.narratives,
        glossary,
        questions,
        table.comparison,
        ids,
        _citations(handbook, ids),
        request.clinic,
        companions=companions,
    )


def select(
    handbook: Handbook, lang: str, all_sections: bool, sections: Sequence[str], names: Sequence[str]
) -> HandoutContents:
    """The topics a request asks for; unknown ids and empty requests raise one clear line."""
    chosen = sum((bool(all_sections), bool(sections), bool(names)))
    if chosen != 1:
        what = "only one of" if chosen else "what to export:"
        raise ExportError(f"choose {what} --all, --sections ID,ID or --compare A,B (or --my-questions FILE)")
    topics = handbook.topics(lang)
    if names:
        table = compare(handbook, names, lang)
        treatment_ids = {t.id for t in table.treatments}
        companions = _going_with(topics, treatment_ids)
        questions = tuple(t for t in topics if t.kind == "questions" and t.treatment in treatment_ids)
        ids = _sources([*table.treatments, *companions, *questions])
        return HandoutContents(
            lang,
            comparison=table,
            questions=questions,
            sources=ids,
            citations=_citations(handbook, ids),
            companions=companions,
        )
    if all_sections:
        wanted = {t.id for t in topics if t.is_narrative}
        if not wanted:
            raise ExportError("the content has no sections to export")
    else:
        wanted = set(sections)
        known = {t.id for t in topics}
        unknown = [s for s in dict.fromkeys(sections) if s not in known]
        if unknown:
            listed = ", ".join(f"'{s}'" for s in unknown)
            noun = "section" if len(unknown) == 1 else "sections"
            raise NotFoundError(f"no {noun} with the id {listed} (see `handbook list` for the ids)")
    narratives = tuple(t for t in topics if t.is_narrative and t.id in wanted)
    companions = _going_with(topics, wanted)
    treatment_ids = {t.id for t in narratives if t.kind == "treatment"}
    questions = tuple(
        t for t in topics if t.kind == "questions" and (all_sections or t.id in wanted or t.treatment in treatment_ids)
    )
    if all_sections:  # everything `handbook list` shows: every glossary term too
        wanted |= {t.id for t in topics if t.kind == "glossary"}
    glossary = _glossary(topics, (*narratives, *companions), wanted, lang)
    ids = _sources([*narratives, *companions, *glossary, *questions])
    return HandoutContents(
        lang,
        narratives,
        glossary,
        questions,
        sources=ids,
        citations=_citations(handbook, ids),
        companions=companions,
    )


def _glossary(topics: Iterable[Topic], narratives: Iterable[Topic], wanted: set[str], lang: str) -> tuple[Topic, ...]:
    """The glossary terms the narratives use (and any chosen by id), sorted by term."""
    ids = {term for t in narratives for term in t.glossary} | wanted
    return tuple(
        sorted((t for t in topics if t.kind == "glossary" and t.id in ids), key=lambda t: normalize(t.title, lang))
    )


def _going_with(topics: Iterable[Topic], chosen: set[str]) -> tuple[Topic, ...]:
    """The narratives, not chosen themselves, that go with a chosen topic (their ``include_with``)."""
    return tuple(t for t in topics if t.is_narrative and t.id not in chosen and chosen.intersection(t.include_with))


def _sources(topics: Iterable[Topic]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(source for t in topics for source in t.sources))


def _citations(handbook: Handbook, ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(citation(handbook, source) for source in ids)


#: A source's dates, written after its citation in its own language (English, like the citation).
_SOURCE_DATES = (("revised", "Last revised"), ("accessed", "Accessed"))


def cited(handbook: Handbook, source: str) -> str:
    """A source as the reader lists it: its citation, then when it was last revised or read
    (``... Last revised 22 November 2023.``); the id if it is not listed."""
    entry = handbook.sources.get(source, {})
    parts = [str(entry.get("citation", source))]
    for key, words in _SOURCE_DATES:
        if entry.get(key):
            parts.append(f"{words} {format_date(str(entry[key]), 'en')}.")
    return " ".join(parts)


def citation(handbook: Handbook, source: str) -> str:
    """A source as a handout prints it: as the reader lists it, and its address."""
    entry = handbook.sources.get(source, {})
    text = cited(handbook, source)
    return f"{text} {entry['url']}" if entry.get("url") else text


def at_a_glance(handbook: Handbook, topic: Topic) -> tuple[tuple[str, str], ...]:
    """A treatment's at-a-glance facts, the nine comparison rows, as (label, value) in the topic's
    language (empty for a topic that is no treatment)."""
    labels = handbook.ui(topic.lang).get("compare_rows", {})
    return tuple((str(labels.get(key, key)), topic.compare[key]) for key in COMPARE_KEYS if key in topic.compare)


def see_also_titles(handbook: Handbook, topic: Topic) -> tuple[str, ...]:
    """The titles of the topics ``topic`` refers to, in its language (unknown ids are skipped)."""
    titles = []
    for ref in topic.see_also:
        try:
            titles.append(handbook.topic(ref, topic.lang).title)
        except NotFoundError:
            log.warning("%s: see_also names an unknown topic '%s'", topic.id, ref)
    return tuple(titles)


def footer_line(handbook: Handbook, contents: HandoutContents) -> str:
    """The line at the foot of every page: the care-team line and the latest review date."""
    ui = handbook.ui(contents.lang)
    date = format_date(contents.reviewed, contents.lang)
    reviewed = labelled(str(ui.get("reviewed") or "Last reviewed"), date, contents.lang)
    care = care_team_line(ui, contents.clinic)
    return f"{care} · {reviewed}" if contents.reviewed else care


def page_label(handbook: Handbook, lang: str) -> str:
    """The word before a page number (``Page``), or a pattern with ``{n}`` (``第 {n} 页``)."""
    return str(handbook.ui(lang).get("page") or "Page")


def page_number(label: str, number: int) -> str:
    """``Page 3``; a label with ``{n}`` puts the number there (``第 {n} 页``, ``{n}쪽``)."""
    return label.replace("{n}", str(number)) if "{n}" in label else f"{label} {number}"


def is_wide(contents: HandoutContents, large_print: bool) -> bool:
    """Whether the pages after the cover go on their side: a comparison of 3 or more treatments, or
    any comparison in large print, needs the width."""
    table = contents.comparison
    return table is not None and (large_print or len(table.treatments) >= 3)


def care_team_line(ui: dict[str, object], clinic: Clinic | None, key: str = "footer") -> str:
    """A line that sends the reader to the care team (``footer`` or ``questions``), naming the
    clinic when there is one (``footer_clinic``, ``questions_clinic``: ``{clinic}`` in the text)."""
    named = str(ui.get(f"{key}_clinic") or "")
    if clinic is not None and "{clinic}" in named:
        return named.replace("{clinic}", clinic.name)
    return str(ui.get(key) or "")


def labelled(label: str, value: str, lang: str) -> str:
    """``Last reviewed: 2026-11-26``; Chinese takes a full-width colon (``最近审阅：2026-11-26``)."""
    colon = "：" if lang == "zh" else ": "
    return f"{label}{colon}{value}"


def clinic_numbers(labels: dict[str, object], clinic: Clinic, lang: str) -> list[tuple[str, str]]:
    """(``Phone: ``, number) for each number the clinic gave, the label in ``lang`` with its colon: the
    app's clinic box, the handout's footer and ``handbook show`` set the number beside it."""
    return [(labelled(str(labels.get(key) or key), "", lang), number) for key, number in clinic.numbers()]
