"""The HTML the reader, comparison view and printed handouts show, generated from core objects.

No Qt here, so it is tested without a QApplication. Links use three schemes that the widgets
handle: ``topic:ID`` opens a topic, ``term:ID`` explains a glossary term in place. Every piece of
content text is HTML-escaped; the content itself holds no markup.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from handbook.compare import Comparison
from handbook.config import Clinic
from handbook.content import Block, Handbook, Topic
from handbook.dates import format_date, localize_dates
from handbook.errors import NotFoundError
from handbook.handout import (
    HandoutContents,
    at_a_glance,
    care_team_line,
    cited,
    clinic_numbers,
    labelled,
    see_also_titles,
)
from handbook.i18n import NATIVE_NAMES, is_rtl
from handbook.records import record
from handbook.rtl import isolate_numbers

#: Languages written without spaces between words (or with particles glued to them): glossary
#: terms are found as substrings there, and on word boundaries elsewhere.
SUBSTRING_LANGUAGES = frozenset({"zh", "ko"})

TOPIC_SCHEME = "topic:"
#: The part of a comparison table's width that its treatment columns share (the rest: row labels).
TREATMENT_COLUMNS_SHARE = 0.82
TERM_SCHEME = "term:"
#: ``tick:LIST-ID:PLACE`` ticks or unticks a question to ask for the reader's own sheet
TICK_SCHEME = "tick:"
#: the boxes a question to ask shows in the reader: not ticked, ticked
BOXES = ("\u2610", "\u2611")


@record
class GlossaryTerm:
    """A glossary entry as the reader needs it: the words that name it and its definition."""

    id: str
    title: str
    definition: str
    words: tuple[str, ...]


#: What ``html.escape(text, quote=True)`` replaces, and with what. Written out here because the
#: ``html`` package loads its table of 2,200 named entities on import, some 8 M instructions of a
#: start that escapes only these five characters.
_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def esc(text: str) -> str:
    """``text`` with ``& < > " '`` escaped, exactly as ``html.escape(text, quote=True)`` does."""
    return text.translate(_ESCAPES)


_BRACKET = re.compile(r"\s*[(（]")


def split_title(title: str) -> tuple[str, str]:
    """``Denosumab (Xgeva, Prolia)`` -> (``Denosumab``, ``(Xgeva, Prolia)``): a short name and the rest."""
    match = _BRACKET.search(title)
    if not match or match.start() == 0:
        return title, ""
    return title[: match.start()], title[match.start() :].strip()


def glossary_terms(handbook: Handbook, topic: Topic, lang: str) -> list[GlossaryTerm]:
    """The glossary entries ``topic`` declares, in ``lang`` (English where a translation is missing)."""
    terms = []
    for term_id in topic.glossary:
        try:
            entry = handbook.topic(term_id, lang)
        except NotFoundError:
            continue
        words = tuple(dict.fromkeys(w for w in (entry.title, *entry.forms) if w.strip()))
        terms.append(GlossaryTerm(entry.id, entry.title, localize_dates(entry.summary, entry.lang), words))
    return terms


class TermMarker:
    """Wraps the first occurrence of each glossary term in a ``term:`` link.

    Matching is case-insensitive; longer words win over the shorter words inside them ("bone
    metastasis" before "metastasis"). Each term is marked once per topic, so the text stays calm.
    """

    def __init__(self, terms: Sequence[GlossaryTerm], lang: str) -> None:
        self._by_word: dict[str, GlossaryTerm] = {}
        for term in terms:
            for word in term.words:
                self._by_word.setdefault(word.casefold(), term)
        self._used: set[str] = set()
        words = sorted(self._by_word, key=len, reverse=True)
        if not words:
            self._pattern: re.Pattern[str] | None = None
            return
        alternatives = "|".join(re.escape(w) for w in words)
        if lang in SUBSTRING_LANGUAGES:
            self._pattern = re.compile(f"({alternatives})", re.IGNORECASE)
        else:
            self._pattern = re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE)

    @property
    def marked(self) -> set[str]:
        """Ids of the terms marked so far."""
        return set(self._used)

    def __call__(self, text: str) -> str:
        """``text`` HTML-escaped, with first occurrences of terms linked."""
        if self._pattern is None:
            return esc(text)
        out: list[str] = []
        last = 0
        for match in self._pattern.finditer(text):
            term = self._by_word.get(match.group(1).casefold())
            if term is None or term.id in self._used:
                continue
            self._used.add(term.id)
            out.append(esc(text[last : match.start()]))
            out.append(
                f'<a class="term" href="{TERM_SCHEME}{esc(term.id)}" title="{esc(term.definition)}">'
                f"{esc(match.group(0))}</a>"
            )
            last = match.end()
        out.append(esc(text[last:]))
        return "".join(out)


def snippet_html(snippet: str) -> str:
    """A search snippet (matches wrapped in ``** **``) as HTML: matches bold, the rest escaped."""
    parts = snippet.split("**")
    if len(parts) % 2 == 0:  # an unpaired marker: show it as text rather than bolding the rest
        parts = [*parts[:-2], parts[-2] + "**" + parts[-1]]
    return "".join(f"<b>{esc(p)}</b>" if i % 2 else esc(p) for i, p in enumerate(parts))


def snippet_text(snippet: str) -> str:
    """A search snippet as plain text (for screen readers)."""
    return snippet.replace("**", "")


def result_html(title: str, kind: str, snippet: str, lang: str) -> str:
    """A search result as the results list shows it: bold title, kind, and the snippet with its
    matches in bold, its dates written as ``lang`` writes them and, in right-to-left text, its
    numbers isolated so they keep their order (a highlight inside a number does not split it)."""
    rtl = is_rtl(lang)
    html = f"<b>{esc(isolate_numbers(title, rtl))}</b> &nbsp;·&nbsp; <i>{esc(kind)}</i>"
    if snippet:
        shown = isolate_numbers(localize_dates(snippet, lang, "**"), rtl, "**")
        html += f"<br>{snippet_html(shown)}"
    return html


def result_text(snippet: str, lang: str) -> str:
    """A search snippet as plain text, its dates as ``lang`` writes them (what a screen reader says)."""
    return snippet_text(localize_dates(snippet, lang, "**"))


def shown(text: str, lang: str) -> str:
    """Content text for a plain-text widget (a popup, a tooltip): dates as ``lang`` writes them,
    numbers in right-to-left text isolated so they keep their order."""
    return isolate_numbers(localize_dates(text, lang), is_rtl(lang))


_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)([^>]*?)(/?)\s*>")
_DIR = re.compile(r"""\bdir\s*=\s*["']?(rtl|ltr)""", re.IGNORECASE)
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr"})


def isolate_html(html: str, rtl: bool) -> str:
    """``html`` (as this module writes it) with the number runs of its text isolated
    (``handbook.rtl``) where the text is, or is in, right-to-left text: ``rtl`` is the page's
    direction, and an element with a ``dir`` attribute sets its own (an English citation inside an
    Arabic page is left alone). Tags and their attributes are left alone."""
    stack: list[tuple[str, bool]] = [("", rtl)]
    out: list[str] = []
    for i, part in enumerate(_TAG.split(html)):
        if not i % 2:
            out.append(isolate_numbers(part, stack[-1][1]))
            continue
        out.append(part)
        tag = _TAG_NAME.match(part)
        if tag is None:
            continue
        closing, name, attributes, self_closing = tag.groups()
        name = name.lower()
        if closing:
            depth = next((d for d in range(len(stack) - 1, 0, -1) if stack[d][0] == name), 0)
            if depth:
                del stack[depth:]
        elif not self_closing and name not in _VOID:
            direction = _DIR.search(attributes)
            stack.append((name, direction.group(1).lower() == "rtl" if direction else stack[-1][1]))
    return "".join(out)


def _direction(lang: str) -> str:
    return "rtl" if is_rtl(lang) else "ltr"


def _page(body: str, lang: str) -> str:
    """A whole page in ``lang``'s direction; in right-to-left pages, numbers keep their order."""
    body = isolate_html(body, is_rtl(lang))
    return f'<html><body dir="{_direction(lang)}" lang="{esc(lang)}">{body}</body></html>'


def _blocks(blocks: Iterable[Block], mark: TermMarker, lang: str) -> str:
    """A topic's body; ISO dates in it written as ``lang`` writes dates."""
    out = []
    for block in blocks:
        if block.kind == "h":
            out.append(f"<h2>{esc(localize_dates(block.text, lang))}</h2>")
        elif block.kind == "ul":
            items = "".join(f"<li>{mark(localize_dates(item, lang))}</li>" for item in block.items)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{mark(localize_dates(block.text, lang))}</p>")
    return "\n".join(out)


def _related(handbook: Handbook, topic: Topic, lang: str) -> list[Topic]:
    """See-also topics, plus the questions list that belongs to a treatment."""
    related: list[Topic] = []
    for ref in topic.see_also:
        try:
            related.append(handbook.topic(ref, lang))
        except NotFoundError:
            continue
    if topic.kind == "treatment":
        related += [t for t in handbook.topics(lang) if t.kind == "questions" and t.treatment == topic.id]
    if topic.kind == "questions" and topic.treatment:
        with contextlib.suppress(NotFoundError):
            related.insert(0, handbook.topic(topic.treatment, lang))
    return list({t.id: t for t in related}.values())


#: Left-to-right isolate: a phone number inside right-to-left text keeps its order (Qt honours it).
_LRI, _PDI = "\u2066", "\u2069"


def clinic_html(handbook: Handbook, clinic: Clinic, lang: str) -> str:
    """ "Your clinic": the clinic's name, address or department, numbers and note, in a framed box."""
    labels = handbook.ui(lang)
    lines = [f"<b>{esc(clinic.name)}</b>"] + ([esc(clinic.line)] if clinic.line else [])
    for label, number in clinic_numbers(labels, clinic, lang):
        lines.append(f"{esc(label)}<b>{_LRI}{esc(number)}{_PDI}</b>")
    note = clinic.note(lang)
    if note:
        lines.append(esc(note))
    heading = esc(str(labels.get("your_clinic") or "Your clinic"))
    table = '<table class="clinic" width="100%" border="1" cellspacing="0" cellpadding="10">'
    return f"{table}<tr><td><h3>{heading}</h3><p>{'<br>'.join(lines)}</p></td></tr></table>"


def clinic_numbers_line(handbook: Handbook, clinic: Clinic, lang: str) -> str:
    """The clinic's name and numbers on one line of plain text, each number isolated (a footer)."""
    labels = handbook.ui(lang)
    numbers = " · ".join(f"{label}{_LRI}{number}{_PDI}" for label, number in clinic_numbers(labels, clinic, lang))
    return f"{clinic.name} · {numbers}"


def _tickable(topic: Topic, ticked: Iterable[int], hint: str) -> str:
    """A questions topic's questions, each behind a box that ticks it for the reader's own sheet."""
    chosen = set(ticked)
    rows = []
    for i, item in enumerate(item for block in topic.body for item in (block.items or (block.text,))):
        box = BOXES[i in chosen]
        href = f"{TICK_SCHEME}{esc(topic.id)}:{i}"
        rows.append(f'<p class="question"><a href="{href}" title="{esc(hint)}">{box}</a>\u00a0{esc(item)}</p>')
    return "\n".join(rows)


def topic_body_html(
    handbook: Handbook,
    topic: Topic,
    lang: str,
    links: bool = True,
    clinic: Clinic | None = None,
    ticked: Iterable[int] | None = None,
    tick_hint: str = "",
) -> str:
    """One topic's HTML (no page wrapper): title, text with glossary terms, see also, sources; the
    clinic's box under the title of a topic that shows it. With ``ticked`` (the places of the
    reader's ticked questions) a questions topic's questions can be ticked."""
    labels = handbook.ui(lang)
    mark = TermMarker(glossary_terms(handbook, topic, lang) if links else (), lang)
    parts = [f'<h1><a name="top"></a>{esc(topic.title)}</h1>']
    if clinic is not None and topic.clinic_contacts:
        parts.append(clinic_html(handbook, clinic, lang))
    if topic.kind in ("section", "treatment"):
        parts.append(f'<p class="summary">{mark(localize_dates(topic.summary, topic.lang))}</p>')
    if topic.kind == "questions" and ticked is not None:
        parts.append(_tickable(topic, ticked, tick_hint))
    else:
        parts.append(_blocks(topic.body, mark, topic.lang))
    related = _related(handbook, topic, lang)
    if related and links:
        items = "".join(f'<li><a href="{TOPIC_SCHEME}{esc(t.id)}">{esc(t.title)}</a></li>' for t in related)
        parts.append(f'<h3>{esc(labels.get("see_also", "See also"))}</h3><ul class="see">{items}</ul>')
    citations = [cited(handbook, s) for s in topic.sources]
    reviewed = labelled(labels.get("reviewed", "Last reviewed"), format_date(topic.reviewed, lang), lang)
    sources = "".join(f"<li>{esc(c)}</li>" for c in citations)
    parts.append(
        f'<h3>{esc(labels.get("sources", "Sources"))}</h3><ol class="sources">{sources}</ol>'
        f'<p class="reviewed">{esc(reviewed)}</p>'
    )
    return "\n".join(parts)


def topic_html(
    handbook: Handbook,
    topic: Topic,
    lang: str,
    clinic: Clinic | None = None,
    ticked: Iterable[int] | None = None,
    tick_hint: str = "",
) -> str:
    return _page(topic_body_html(handbook, topic, lang, clinic=clinic, ticked=ticked, tick_hint=tick_hint), lang)


def home_html(
    handbook: Handbook, lang: str, intro: str, groups: Mapping[str, str], clinic: Clinic | None = None
) -> str:
    """The home page: the handbook's title, the clinic's box (when there is a clinic) and every
    topic (but glossary terms) as a link with its summary.

    ``intro`` is a translated sentence; ``groups`` maps a kind to its translated heading.
    """
    labels = handbook.ui(lang)
    parts = [
        f"<h1>{esc(labels.get('handbook_title', ''))}</h1>",
        f'<p class="summary">{esc(labels.get("handbook_subtitle", ""))}</p>',
        f"<p>{esc(intro)}</p>",
    ]
    if clinic is not None:
        parts.append(clinic_html(handbook, clinic, lang))
    for kind, heading in groups.items():
        topics = [t for t in handbook.topics(lang) if t.kind in kind.split("+")]
        if not topics:
            continue
        parts.append(f"<h2>{esc(heading)}</h2>")
        for t in topics:
            summary = "" if t.kind == "questions" else f"<br>{esc(localize_dates(t.summary, t.lang))}"
            parts.append(f'<p class="entry"><a href="{TOPIC_SCHEME}{esc(t.id)}"><b>{esc(t.title)}</b></a>{summary}</p>')
    return _page("\n".join(parts), lang)


def comparison_body_html(table: Comparison, links: bool = True) -> str:
    """The comparison as an HTML table: one column per treatment, one row per question."""
    label_width = round(100 * (1 - TREATMENT_COLUMNS_SHARE))
    width = (100 - label_width) // max(1, len(table.treatments))
    cells = []
    for t in table.treatments:
        short, rest = split_title(t.title)
        name = f'<a href="{TOPIC_SCHEME}{esc(t.id)}">{esc(short)}</a>' if links else esc(short)
        more = f'<br><span style="font-weight: normal">{esc(rest)}</span>' if rest else ""
        cells.append(f'<th width="{width}%">{name}{more}</th>')
    head = "".join(cells)
    rows = [f'<tr><th width="{label_width}%"></th>{head}</tr>']
    for row in table.rows:
        values = "".join(
            f"<td>{esc(localize_dates(v, t.lang))}</td>" for t, v in zip(table.treatments, row.values, strict=True)
        )
        rows.append(f'<tr><th class="rowlabel">{esc(row.label)}</th>{values}</tr>')
    return (
        '<table class="compare" width="100%" border="1" cellspacing="0" cellpadding="8">' + "\n".join(rows) + "</table>"
    )


def comparison_stacked_html(table: Comparison) -> str:
    """The comparison for a narrow or greatly enlarged page: each question in turn, with every
    treatment's answer under it (the same rows, in the same order, as the table)."""
    parts = []
    for row in table.rows:
        answers = "".join(
            f'<li><a href="{TOPIC_SCHEME}{esc(t.id)}"><b>{esc(split_title(t.title)[0])}</b></a>: '
            f"{esc(localize_dates(value, t.lang))}</li>"
            for t, value in zip(table.treatments, row.values, strict=True)
        )
        parts.append(f'<h2>{esc(row.label)}</h2><ul class="answers">{answers}</ul>')
    return "\n".join(parts)


def comparison_html(table: Comparison, title: str, stacked: bool = False) -> str:
    body = comparison_stacked_html(table) if stacked else comparison_body_html(table)
    return _page(f"<h1>{esc(title)}</h1>\n{body}", table.lang)


# ------------------------------------------------------------------------------ printed handouts

#: The mark the saved PDF puts before each question: a box to tick.
BOX = "\u2610"
_NEW_PAGE = '<div style="page-break-before: always">'


def _in(lang: str, body: str, tag: str = "div") -> str:
    """``body`` in ``lang``'s direction (a topic that fell back to English inside an Arabic handout),
    of class ``lang-<lang>`` so a style sheet can give it ``lang``'s fonts (an English citation set
    in the Arabic font has its full stops drawn by that font's glyph, which no PDF reader reads back
    as a full stop)."""
    return f'<{tag} dir="{_direction(lang)}" lang="{esc(lang)}" class="lang-{esc(lang)}">{body}</{tag}>'


def _label(handbook: Handbook, key: str, default: str, lang: str) -> str:
    return str(handbook.ui(lang).get(key) or default)


def _handout_topic(handbook: Handbook, topic: Topic, clinic: Clinic | None = None) -> str:
    """One chosen section as the PDF shows it: title, the clinic's box if it shows one, text, see
    also and its review date."""
    lang = topic.lang  # a topic that fell back to another language is shown wholly in it, labels included
    parts = [f"<h1>{esc(topic.title)}</h1>"]
    if clinic is not None and topic.clinic_contacts:
        parts.append(clinic_html(handbook, clinic, lang))
    for block in topic.body:
        if block.kind == "h":
            parts.append(f"<h2>{esc(localize_dates(block.text, lang))}</h2>")
        elif block.kind == "ul":
            items = "".join(f"<li>{esc(localize_dates(item, lang))}</li>" for item in block.items)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{esc(localize_dates(block.text, lang))}</p>")
    rows = at_a_glance(handbook, topic)
    if rows:
        parts.append(f"<h2>{esc(_label(handbook, 'at_a_glance', 'At a glance', lang))}</h2>")
        parts += [f"<p><b>{esc(label)}</b><br>{esc(value)}</p>" for label, value in rows]
    titles = see_also_titles(handbook, topic)
    if titles:
        see = labelled(_label(handbook, "see_also", "See also", lang), "; ".join(titles), lang)
        parts.append(f'<p class="reviewed">{esc(see)}</p>')
    reviewed = labelled(_label(handbook, "reviewed", "Last reviewed", lang), format_date(topic.reviewed, lang), lang)
    parts.append(f'<p class="reviewed">{esc(reviewed)}</p>')
    return _in(lang, "\n".join(parts))


def _handout_parts(
    handbook: Handbook, contents: HandoutContents, made: str, title: str
) -> tuple[list[str], str | None]:
    """The parts of a handout in its language (cover, each section, the topics that go with them,
    questions, glossary), each on a page of its own, and the comparison table (None without one; it
    goes right after the sections)."""
    lang = contents.lang

    def label(key: str, default: str) -> str:
        return _label(handbook, key, default, lang)

    reviewed = labelled(label("reviewed", "Last reviewed"), format_date(contents.reviewed, lang), lang)
    clinic = contents.clinic
    footer = care_team_line(handbook.ui(lang), clinic)
    cover = [f"<h1>{esc(label('handbook_title', title or 'Handbook'))}</h1>"]
    subtitle = label("handbook_subtitle", "")
    if subtitle:
        cover.append(f'<p class="summary">{esc(subtitle)}</p>')
    if contents.comparison is not None:
        cover.append(f"<h2>{esc(label('comparison', 'Comparing treatments'))}</h2>")
    cover.append("<ul>" + "".join(_in(t.lang, esc(t.title), "li") for t in contents.shown) + "</ul>")
    cover += [
        f'<p class="reviewed">{esc(labelled(label("created", "Created"), format_date(made, lang), lang))}</p>',
        f'<p class="reviewed">{esc(reviewed)}</p>',
        f'<p class="reviewed">{esc(label("language_name", NATIVE_NAMES.get(lang, lang)))}</p>',
    ]
    if clinic is not None:
        cover.append(clinic_html(handbook, clinic, lang))
    cover.append(f"<h2>{esc(footer)}</h2>")
    parts = ["\n".join(cover)]
    for topic in contents.narratives:
        parts.append(_handout_topic(handbook, topic, clinic))
    # the topics that go with the chosen ones (the warning signs) follow them and the table
    for topic in contents.companions:
        parts.append(_handout_topic(handbook, topic, clinic))
    table = None
    if contents.comparison is not None:
        heading = esc(label("comparison", "Comparing treatments"))
        table = f"<h1>{heading}</h1>{comparison_body_html(contents.comparison, False)}"
    if contents.questions:
        questions = [f"<h1>{esc(care_team_line(handbook.ui(lang), clinic, 'questions'))}</h1>"]
        for topic in contents.questions:
            items = (item for block in topic.body for item in (block.items or (block.text,)))
            ticks = "".join(f"<p>{BOX}\u00a0{esc(localize_dates(item, topic.lang))}</p>" for item in items)
            questions.append(_in(topic.lang, f"<h2>{esc(topic.title)}</h2>{ticks}"))
        parts.append("\n".join(questions))
    if contents.glossary:
        glossary = [f"<h1>{esc(label('glossary', 'Glossary'))}</h1>"]
        for term in contents.glossary:
            summary = localize_dates(term.summary, term.lang)
            glossary.append(_in(term.lang, f"<p><b>{esc(term.title)}</b><br>{esc(summary)}</p>"))
        parts.append("\n".join(glossary))
    return parts, table


def _sheet_html(handbook: Handbook, contents: HandoutContents, made: str) -> str:
    """The "My questions" sheet: the reader's questions by topic, each with lines for the answer,
    and lines for the date of the visit and the care team member's name."""
    lang = contents.lang

    def label(key: str, default: str) -> str:
        return _label(handbook, key, default, lang)

    line = "_" * 48
    parts = [
        f"<h1>{esc(label('my_questions', 'My questions for my care team'))}</h1>",
        f'<p class="reviewed">{esc(label("my_questions_intro", ""))}</p>',
        f'<p class="reviewed">{esc(labelled(label("created", "Created"), format_date(made, lang), lang))}</p>',
        f"<p>{esc(labelled(label('visit_date', 'Date of visit'), line, lang))}</p>",
        f"<p>{esc(labelled(label('care_team_member', 'Care team member'), line, lang))}</p>",
    ]
    for group in contents.my_questions:
        questions = "".join(f"<p>{BOX}\u00a0{esc(q)}</p><p>{line}</p><p>{line}</p>" for q in group.questions)
        parts.append(_in(group.lang, f"<h2>{esc(group.title)}</h2>{questions}"))
    return "\n".join(parts)


def _side_by_side(first: str, second: str, first_lang: str, second_lang: str) -> str:
    """Two parts beside each other: the first language on its start side, each in its direction."""
    cells = [f'<td width="50%" valign="top">{_in(first_lang, first)}</td>']
    cells.append(f'<td width="50%" valign="top">{_in(second_lang, second)}</td>')
    return f'<table width="100%" cellspacing="0" cellpadding="6"><tr>{"".join(cells)}</tr></table>'


def handout_html(handbook: Handbook, contents: HandoutContents, made: str, title: str = "") -> str:
    """A printable handout with what the saved PDF has, in its order: a cover (title, what is in
    it, the dates, the language, the care-team line), the chosen sections or the comparison, the
    questions to ask, the glossary, the sources, and the care-team line with the review date.
    A bilingual handout sets each part beside its translation (the comparison under it)."""
    lang = contents.lang
    if contents.sheet_only:
        footer = care_team_line(handbook.ui(lang), contents.clinic)
        return _page(f'{_sheet_html(handbook, contents, made)}<p class="reviewed">{esc(footer)}</p>', lang)
    parts, table = _handout_parts(handbook, contents, made, title)
    second = contents.second
    if second is not None:
        other, other_table = _handout_parts(handbook, second, made, title)
        parts = [_side_by_side(a, b, lang, second.lang) for a, b in zip(parts, other, strict=True)]
        table = f"{table}{_in(second.lang, other_table or '')}" if table else None
    if table is not None:
        parts.insert(1 + len(contents.narratives), table)
    if contents.my_questions:
        parts.insert(1, _sheet_html(handbook, contents, made))
    pages = [parts[0], *(f"{_NEW_PAGE}{part}</div>" for part in parts[1:])]
    reviewed = labelled(_label(handbook, "reviewed", "Last reviewed", lang), format_date(contents.reviewed, lang), lang)
    footer = care_team_line(handbook.ui(lang), contents.clinic)
    if contents.citations:
        cited = "".join(f"<li>{esc(text)}</li>" for text in contents.citations)
        listed = _in("en", f'<ol class="sources">{cited}</ol>')  # citations are English, left to right
        pages.append(f"{_NEW_PAGE}<h1>{esc(_label(handbook, 'sources', 'Sources', lang))}</h1>{listed}</div>")
    pages.append(f'<p class="reviewed">{esc(footer)} · {esc(reviewed)}</p>')
    if contents.clinic is not None:
        pages.append(f'<p class="reviewed">{esc(clinic_numbers_line(handbook, contents.clinic, lang))}</p>')
    return _page("\n".join(pages), lang)
