"""The flowables that show a handout's contents (chosen in ``handbook.handout``), in order."""

from __future__ import annotations

import datetime
from io import BytesIO
from typing import Any

from reportlab.platypus import Flowable, KeepInFrame, NextPageTemplate, PageBreak, Spacer

from handbook.content import Handbook, Topic
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
from handbook.pdf import clinic as clinic_parts
from handbook.pdf.flow import BOX, BULLET, Typesetter
from handbook.pdf.layout import ACCENT, HandoutDoc, PageFurniture, Styles, body_width, compare_table, rule, styles

__all__ = ["Selection", "build_story", "select"]

#: The selection itself lives in ``handbook.handout`` (shared with the printed handout).
Selection = HandoutContents


# ----------------------------------------------------------------------------------- the story


class _Story:
    def __init__(self, handbook: Handbook, selection: Selection, setter: Typesetter, style: Styles) -> None:
        self.handbook = handbook
        self.selection = selection
        self.setter = setter
        self.style = style
        self.ui = handbook.ui(selection.lang)
        self.clinic = selection.clinic
        self.flow: list[Flowable] = []

    def label(self, key: str, default: str, lang: str | None = None) -> str:
        """A UI string of the handout's language, or of ``lang`` (a topic that fell back to it)."""
        ui = self.ui if lang is None or lang == self.selection.lang else self.handbook.ui(lang)
        return str(ui.get(key) or default)

    def labelled(self, key: str, default: str, value: str, lang: str | None = None) -> str:
        """``Last reviewed: 2026-11-26``; Chinese takes a full-width colon (``最近审阅：2026-11-26``)."""
        return labelled(self.label(key, default, lang), value, lang or self.selection.lang)

    def add(self, text: str, style: Any, bullet: str | None = None, lang: str | None = None) -> None:
        """A block of ``text``, in ``lang``'s direction (default: the handout's language)."""
        rtl = None if lang is None else is_rtl(lang)
        self.flow.append(self.setter.block(text, style, bullet, rtl))

    def care_team(self, key: str = "footer") -> str:
        """The line that sends the reader to the care team, naming the clinic when there is one."""
        return care_team_line(self.ui, self.clinic, key)

    def contacts(self) -> None:
        """The clinic's contacts box (nothing without a clinic)."""
        if self.clinic is not None:
            box = clinic_parts.contacts_box(
                self.setter, self.style, self.clinic, self.label, self.selection.lang, body_width() * 0.7
            )
            self.flow += [Spacer(1, self.style.body.size * 0.5), box, Spacer(1, self.style.body.size * 0.5)]

    def cover(self, made: datetime.date) -> None:
        """The first page; squeezed onto it (``KeepInFrame``) only if it would run over."""
        s, sel = self.style, self.selection
        start = len(self.flow)
        logo = clinic_parts.logo(self.clinic, self.setter.rtl) if self.clinic is not None else None
        self.flow.append(logo or Spacer(1, s.body.size * 2))
        self.add(self.label("handbook_title", "Handbook"), s.title)
        self.add(self.label("handbook_subtitle", ""), s.subtitle)
        self.flow.append(rule(ACCENT, 1.5, s.body.size * 0.5))
        if sel.comparison:
            self.add(self.label("comparison", "Comparing treatments"), s.h2)
        for topic in sel.shown:
            self.add(topic.title, s.item, BULLET, topic.lang)
        self.flow.append(Spacer(1, s.body.size))
        self.flow.append(rule())
        lang = sel.lang
        self.add(self.labelled("created", "Created", made.isoformat()), s.meta)
        self.add(self.labelled("reviewed", "Last reviewed", sel.reviewed), s.meta)
        self.add(self.label("language_name", NATIVE_NAMES[lang]), s.meta)
        self.flow.append(rule())
        self.contacts()
        self.flow.append(Spacer(1, s.body.size))
        self.add(self.care_team(), s.h2)
        self.flow[start:] = [KeepInFrame(0, 0, self.flow[start:], mode="shrink")]

    def topic(self, topic: Topic) -> None:
        s, lang = self.style, topic.lang
        self.add(topic.title, s.h1, lang=lang)
        if topic.clinic_contacts:
            self.contacts()
        for block in topic.body:
            if block.kind == "h":
                self.add(block.text, s.h2, lang=lang)
            elif block.kind == "ul":
                for item in block.items:
                    self.add(item, s.item, BULLET, lang)
            else:
                self.add(block.text, s.body, lang=lang)
        rows = at_a_glance(self.handbook, topic)
        if rows:
            self.add(self.label("at_a_glance", "At a glance", lang), s.h2, lang=lang)
            for label, value in rows:
                self.add(label, s.term, lang=lang)
                self.add(value, s.body, lang=lang)
        titles = see_also_titles(self.handbook, topic)
        # A topic that fell back to another language is shown wholly in it, labels included.
        if titles:
            self.add(self.labelled("see_also", "See also", "; ".join(titles), lang), s.meta, lang=lang)
        self.add(self.labelled("reviewed", "Last reviewed", topic.reviewed, lang), s.meta, lang=lang)

    def glossary(self) -> None:
        if not self.selection.glossary:
            return
        s = self.style
        self.add(self.label("glossary", "Glossary"), s.h1)
        for term in self.selection.glossary:
            self.add(term.title, s.term, lang=term.lang)
            self.add(term.summary, s.body, lang=term.lang)

    def questions(self) -> None:
        if not self.selection.questions:
            return
        s = self.style
        self.add(self.care_team("questions") or "Questions to ask your care team", s.h1)
        for topic in self.selection.questions:
            self.add(topic.title, s.h2, lang=topic.lang)
            for block in topic.body:
                for item in block.items or (block.text,):
                    self.add(item, s.item, BOX, topic.lang)

    def comparison(self, wide: bool) -> None:
        table = self.selection.comparison
        if table is None:
            return
        s = self.style
        self.add(self.label("comparison", "Comparing treatments"), s.h1)
        rows = [(row.label, row.values) for row in table.rows]
        names = [t.title for t in table.treatments]
        directions = [is_rtl(t.lang) for t in table.treatments]
        self.flow.append(compare_table(self.setter, s, names, rows, directions, body_width(wide)))

    def sources(self) -> None:
        if not self.selection.citations:
            return
        s = self.style
        if self.setter.rtl:
            # The citations are English: on a page of their own, the pages before stay wholly
            # right to left, which is what text extractors (poppler) judge a page's direction by.
            self.flow.append(PageBreak())
        self.add(self.label("sources", "Sources"), s.h1)
        for number, text in enumerate(self.selection.citations, 1):
            self.add(text, s.item, f"{number}.", "en")  # citations are not translated


def build_story(
    handbook: Handbook,
    selection: Selection,
    setter: Typesetter,
    large_print: bool,
    made: datetime.date,
    out: BytesIO,
) -> tuple[HandoutDoc, list[Flowable]]:
    """The document template and the flowables of a handout."""
    style = styles(selection.lang, large_print)
    story = _Story(handbook, selection, setter, style)
    clinic = selection.clinic
    more: tuple[tuple[str, bool | None], ...] = ()
    numbers: tuple[tuple[str, bool], ...] = ()
    if clinic is not None:
        more = ((" · ".join(part for part in (clinic.name, clinic.line) if part), None),)
        numbers = tuple(clinic_parts.numbers_segments(clinic, story.label, selection.lang))
    furniture = PageFurniture(footer_line(handbook, selection), page_label(handbook, selection.lang), more, numbers)
    doc = HandoutDoc(out, setter, style, furniture, direction="R2L" if setter.rtl else None, displayDocTitle=1)
    story.cover(made)
    wide = is_wide(selection, large_print)
    story.flow += [NextPageTemplate("wide" if wide else "body"), PageBreak()]
    for topic in selection.narratives:
        story.topic(topic)
    story.comparison(wide)
    story.questions()
    story.glossary()
    story.sources()
    return doc, story.flow
