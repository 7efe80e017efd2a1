"""The flowables that show a handout's contents (chosen in ``handbook.handout``), in order.

A bilingual handout (``HandoutContents.second``) sets every block beside its translation
(``handbook.pdf.pair``): the first language in the start column, the second in the other, each in its
own direction, fonts and line breaking.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.platypus import Flowable, KeepInFrame, NextPageTemplate, PageBreak, Spacer

from handbook.content import Handbook, Topic
from handbook.dates import format_date, localize_dates
from handbook.handout import (
    HandoutContents,
    at_a_glance,
    care_team_line,
    footer_line,
    is_wide,
    labelled,
    page_label,
    see_also_titles,
    select,
)
from handbook.i18n import NATIVE_NAMES, is_rtl
from handbook.my_questions import items
from handbook.pdf import clinic as clinic_parts
from handbook.pdf.flow import BOX, BULLET, Typesetter
from handbook.pdf.layout import (
    ACCENT,
    HandoutDoc,
    PageFurniture,
    Styles,
    TableText,
    body_width,
    compare_table,
    rule,
    styles,
)
from handbook.pdf.pair import GUTTER, SideBySide
from handbook.pdf.sheet import Field, WritingLines

__all__ = ["Selection", "build_story", "select"]

#: The selection itself lives in ``handbook.handout`` (shared with the printed handout).
Selection = HandoutContents


@dataclass
class _Side:
    """One language of the handout: its contents, its typesetter and its UI strings."""

    handbook: Handbook
    contents: HandoutContents
    setter: Typesetter
    ui: dict[str, Any]

    @property
    def lang(self) -> str:
        return self.contents.lang

    def label(self, key: str, default: str, lang: str | None = None) -> str:
        """A UI string of this side's language, or of ``lang`` (a topic that fell back to it)."""
        ui = self.ui if lang is None or lang == self.lang else self.handbook.ui(lang)
        return str(ui.get(key) or default)

    def labelled(self, key: str, default: str, value: str, lang: str | None = None) -> str:
        """``Last reviewed: 2026-11-26``; Chinese takes a full-width colon (``最近审阅：2026-11-26``)."""
        return labelled(self.label(key, default, lang), value, lang or self.lang)

    def block(self, text: str, style: Any, bullet: str | None = None, lang: str | None = None) -> Flowable:
        """A block of ``text``, in ``lang``'s direction (default: this side's language)."""
        rtl = None if lang is None else is_rtl(lang)
        return self.setter.block(localize_dates(text, lang or self.lang), style, bullet, rtl)

    def same(self, topic: Topic) -> Topic:
        """``topic`` in this side's language (as this side's handout has it)."""
        if topic.lang == self.lang:
            return topic
        return self.handbook.topic(topic.id, self.lang)


Make = Callable[..., list[Flowable]]


class _Story:
    def __init__(self, handbook: Handbook, sides: list[_Side], style: Styles) -> None:
        self.handbook = handbook
        self.sides = sides
        self.first = sides[0]
        self.selection = sides[0].contents
        self.style = style
        self.clinic = self.selection.clinic
        self.flow: list[Flowable] = []

    @property
    def bilingual(self) -> bool:
        return len(self.sides) > 1

    def put(self, make: Make, *args: Any) -> None:
        """What ``make(side, *args)`` gives for each language: as it is, or beside its translation."""
        parts = [make(side, *args) for side in self.sides]
        if len(parts) == 1:
            self.flow += parts[0]
        else:
            self.flow.append(SideBySide(parts[0], parts[1], self.first.setter.rtl))

    def text(self, style: Any, words: Callable[[_Side], str]) -> None:
        """One block per language: ``words`` gives its text in each."""
        self.put(lambda side: [side.block(words(side), style)])

    @staticmethod
    def _titled(side: _Side, topic: Topic, style: Any, bullet: str | None = None) -> list[Flowable]:
        """``topic``'s title in ``side``'s language (or the language it fell back to)."""
        same = side.same(topic)
        return [side.block(same.title, style, bullet, same.lang)]

    def care_team(self, side: _Side, key: str = "footer") -> str:
        """The line that sends the reader to the care team, naming the clinic when there is one."""
        return care_team_line(side.ui, self.clinic, key)

    def width(self, full: float) -> float:
        """The width a block has: the body's, or a column's in a bilingual handout."""
        return (full - GUTTER) / 2 if self.bilingual else full

    def contacts(self) -> None:
        """The clinic's contacts box (nothing without a clinic)."""
        if self.clinic is None:
            return
        clinic, s = self.clinic, self.style
        width = self.width(body_width()) if self.bilingual else body_width() * 0.7
        self.flow.append(Spacer(1, s.body.size * 0.5))
        self.put(lambda side: [clinic_parts.contacts_box(side.setter, s, clinic, side.label, side.lang, width)])
        self.flow.append(Spacer(1, s.body.size * 0.5))

    def cover(self, made: datetime.date) -> None:
        """The first page; squeezed onto it (``KeepInFrame``) only if it would run over."""
        s, sel = self.style, self.selection
        start = len(self.flow)
        logo = clinic_parts.logo(self.clinic, self.first.setter.rtl) if self.clinic is not None else None
        self.flow.append(logo or Spacer(1, s.body.size * 2))
        self.text(s.title, lambda side: side.label("handbook_title", "Handbook"))
        self.text(s.subtitle, lambda side: side.label("handbook_subtitle", ""))
        self.flow.append(rule(ACCENT, 1.5, s.body.size * 0.5))
        if sel.comparison:
            self.text(s.h2, lambda side: side.label("comparison", "Comparing treatments"))
        for topic in sel.shown:
            self.put(self._titled, topic, s.item, BULLET)
        self.flow.append(Spacer(1, s.body.size))
        self.flow.append(rule())
        self.text(s.meta, lambda side: side.labelled("created", "Created", format_date(made, side.lang)))
        self.text(
            s.meta,
            lambda side: side.labelled("reviewed", "Last reviewed", format_date(side.contents.reviewed, side.lang)),
        )
        self.text(s.meta, lambda side: side.label("language_name", NATIVE_NAMES[side.lang]))
        self.flow.append(rule())
        self.contacts()
        self.flow.append(Spacer(1, s.body.size))
        self.text(s.h2, self.care_team)
        self.flow[start:] = [KeepInFrame(0, 0, self.flow[start:], mode="shrink")]

    def topic(self, topic: Topic) -> None:
        s = self.style
        versions = [side.same(topic) for side in self.sides]
        self.put(self._titled, topic, s.h1)
        if topic.clinic_contacts:
            self.contacts()
        shapes = {tuple((b.kind, len(b.items)) for b in t.body) for t in versions}
        if len(shapes) == 1:  # the same blocks in each language: each block beside its translation
            for i, block in enumerate(topic.body):
                if block.kind == "ul":
                    for j in range(len(block.items)):
                        self.put(self._item, topic, i, j)
                else:
                    self.put(self._block, topic, i)
        else:  # the translation is laid out differently: the two bodies side by side
            self.put(self._body, topic)
        rows = [at_a_glance(self.handbook, t) for t in versions]
        if rows[0]:
            self.put(lambda side: [side.block(side.label("at_a_glance", "At a glance", side.same(topic).lang), s.h2)])
            for i in range(len(rows[0])):
                self.put(self._glance, topic, i)
        self.put(self._topic_end, topic)

    def _block(self, side: _Side, topic: Topic, index: int) -> list[Flowable]:
        topic = side.same(topic)
        block, s, rtl = topic.body[index], self.style, is_rtl(topic.lang)
        style = s.h2 if block.kind == "h" else s.body
        return [self._setter(topic).block(localize_dates(block.text, topic.lang), style, rtl=rtl)]

    def _item(self, side: _Side, topic: Topic, index: int, item: int) -> list[Flowable]:
        topic = side.same(topic)
        text = topic.body[index].items[item]
        text = localize_dates(text, topic.lang)
        return [self._setter(topic).block(text, self.style.item, BULLET, is_rtl(topic.lang))]

    def _body(self, side: _Side, topic: Topic) -> list[Flowable]:
        out: list[Flowable] = []
        for i, block in enumerate(side.same(topic).body):
            if block.kind == "ul":
                for j in range(len(block.items)):
                    out += self._item(side, topic, i, j)
            else:
                out += self._block(side, topic, i)
        return out

    def _setter(self, topic: Topic) -> Typesetter:
        """The typesetter of the side whose language ``topic`` is in (a fallback topic: the first's)."""
        return next((side.setter for side in self.sides if side.lang == topic.lang), self.first.setter)

    def _glance(self, side: _Side, topic: Topic, index: int) -> list[Flowable]:
        topic = side.same(topic)
        label, value = at_a_glance(self.handbook, topic)[index]
        rtl = is_rtl(topic.lang)
        value = localize_dates(value, topic.lang)
        return [side.setter.block(label, self.style.term, rtl=rtl), side.setter.block(value, self.style.body, rtl=rtl)]

    def _topic_end(self, side: _Side, topic: Topic) -> list[Flowable]:
        # A topic that fell back to another language is shown wholly in it, labels included.
        topic = side.same(topic)
        lang, s = topic.lang, self.style
        out = []
        titles = see_also_titles(self.handbook, topic)
        if titles:
            out.append(side.block(side.labelled("see_also", "See also", "; ".join(titles), lang), s.meta, lang=lang))
        reviewed = format_date(topic.reviewed, lang)
        out.append(side.block(side.labelled("reviewed", "Last reviewed", reviewed, lang), s.meta, lang=lang))
        return out

    def my_questions(self, made: datetime.date, answer_lines: int) -> None:
        """The reader's "My questions" sheet: their questions by topic, each with a box and lines to
        write the answer on; lines for the date of the visit and the care team member's name."""
        side, s = self.first, self.style
        self.flow.append(side.block(side.label("my_questions", "My questions for my care team"), s.h1))
        self.flow.append(side.block(side.label("my_questions_intro", ""), s.meta))
        self.flow.append(side.block(side.labelled("created", "Created", format_date(made, side.lang)), s.meta))
        for key, default in (("visit_date", "Date of visit"), ("care_team_member", "Care team member")):
            self.flow.append(Field(side.setter, side.labelled(key, default, "").rstrip(), s.body))
        gap = s.body.leading * 1.35
        for group in self.selection.my_questions:
            self.flow.append(side.block(group.title, s.h2, lang=group.lang))
            for question in group.questions:
                rtl = is_rtl(group.lang) if group.topic is not None else _reads_rtl(question, side.lang)
                block = side.setter.block(question, s.item, BOX, rtl)
                block.keepWithNext = True
                self.flow += [block, WritingLines(answer_lines, gap, s.item.indent, side.setter.rtl)]

    def glossary(self) -> None:
        if not self.selection.glossary:
            return
        s = self.style
        self.text(s.h1, lambda side: side.label("glossary", "Glossary"))
        for term in self.selection.glossary:
            self.put(self._term, term)

    def _term(self, side: _Side, term: Topic) -> list[Flowable]:
        term = side.same(term)
        s = self.style
        return [side.block(term.title, s.term, lang=term.lang), side.block(term.summary, s.body, lang=term.lang)]

    def questions(self) -> None:
        if not self.selection.questions:
            return
        s = self.style
        self.text(s.h1, lambda side: self.care_team(side, "questions") or "Questions to ask your care team")
        for topic in self.selection.questions:
            self.put(self._titled, topic, s.h2)
            for i in range(len(items(topic))):
                self.put(self._question, topic, i)

    def _question(self, side: _Side, topic: Topic, index: int) -> list[Flowable]:
        topic = side.same(topic)
        asked = items(topic)
        box = BOX if side is self.first else BULLET  # one box to tick, beside the first language
        return [side.block(asked[index], self.style.item, box, topic.lang)] if index < len(asked) else []

    def comparison(self, wide: bool) -> None:
        table = self.selection.comparison
        if table is None:
            return
        s = self.style
        self.text(s.h1, lambda side: side.label("comparison", "Comparing treatments"))
        texts = []
        for side in self.sides:
            t = side.contents.comparison
            assert t is not None
            texts.append(
                TableText(
                    side.setter,
                    [x.title for x in t.treatments],
                    [(row.label, _dated(row.values, t.treatments)) for row in t.rows],
                    [is_rtl(x.lang) for x in t.treatments],
                    is_rtl(side.lang),
                )
            )
        self.flow.append(compare_table(self.first.setter, s, texts, body_width(wide)))

    def companions(self) -> None:
        """The topics that go with the chosen ones (the warning signs), on pages of their own: a
        sheet to keep, and a topic that fell back to another language keeps its pages' direction."""
        if not self.selection.companions:
            return
        for topic in self.selection.companions:
            self.flow.append(PageBreak())
            self.topic(topic)
        self.flow.append(PageBreak())

    def sources(self) -> None:
        if not self.selection.citations:
            return
        s = self.style
        if any(side.setter.rtl for side in self.sides):
            # The citations are English: on a page of their own, the pages before stay wholly
            # right to left, which is what text extractors (poppler) judge a page's direction by.
            self.flow.append(PageBreak())
        self.text(s.h1, lambda side: side.label("sources", "Sources"))
        for number, text in enumerate(self.selection.citations, 1):
            self.flow.append(self.first.block(text, s.item, f"{number}.", "en"))  # citations are not translated


def _dated(values: Sequence[str], treatments: Sequence[Topic]) -> list[str]:
    """A comparison row's cells, their ISO dates as each treatment's language writes dates."""
    return [localize_dates(value, t.lang) for value, t in zip(values, treatments, strict=True)]


def _reads_rtl(text: str, lang: str) -> bool:
    """The direction of a reader's own question: that of its first letter (an English question on
    an Arabic sheet runs left to right), else the sheet's."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind != "L"
    return is_rtl(lang)


def build_story(
    handbook: Handbook,
    selection: Selection,
    setter: Typesetter,
    large_print: bool,
    made: datetime.date,
    out: BytesIO,
    second_setter: Typesetter | None = None,
    answer_lines: int = 3,
) -> tuple[HandoutDoc, list[Flowable]]:
    """The document template and the flowables of a handout (bilingual when ``selection.second``
    is set: ``second_setter`` sets its language)."""
    style = styles(selection.lang, large_print, selection.second.lang if selection.second else None)
    sides = [_Side(handbook, selection, setter, handbook.ui(selection.lang))]
    second = selection.second
    if second is not None:
        sides.append(_Side(handbook, second, second_setter or Typesetter(second.lang), handbook.ui(second.lang)))
    story = _Story(handbook, sides, style)
    clinic = selection.clinic
    more: list[tuple[str, Typesetter | None]] = []
    if second is not None:
        more.append((footer_line(handbook, second), sides[1].setter))
    numbers: tuple[tuple[str, bool], ...] = ()
    if clinic is not None:
        more.append((" · ".join(part for part in (clinic.name, clinic.line) if part), None))
        numbers = tuple(clinic_parts.numbers_segments(clinic, sides[0].label, selection.lang))
    furniture = PageFurniture(
        footer_line(handbook, selection), page_label(handbook, selection.lang), tuple(more), numbers
    )
    doc = HandoutDoc(out, setter, style, furniture, direction="R2L" if setter.rtl else None, displayDocTitle=1)
    wide = is_wide(selection, large_print)
    if selection.sheet_only:
        story.my_questions(made, answer_lines)
        return doc, story.flow
    story.cover(made)
    if selection.my_questions:
        story.flow += [NextPageTemplate("body"), PageBreak()]
        story.my_questions(made, answer_lines)
    story.flow += [NextPageTemplate("wide" if wide else "body"), PageBreak()]
    for topic in selection.narratives:
        story.topic(topic)
    story.comparison(wide)
    story.companions()
    story.questions()
    story.glossary()
    story.sources()
    return doc, story.flow
