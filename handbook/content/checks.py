"""``handbook check``: the checks that span files and languages, on top of what loading finds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from handbook.content.model import Handbook, LanguagePack, Problem, Topic
from handbook.i18n import DEFAULT_LANGUAGE, LANGUAGES
from handbook.textnorm import contains_name, numbers


def check(handbook: Handbook, today: dt.date | None = None) -> list[Problem]:
    """Every problem in the content, sorted by file and line."""
    today = today or dt.date.today()
    problems = list(handbook.problems)
    english = handbook.pack(DEFAULT_LANGUAGE)
    treatment_ids = {t.id for t in english.topics.values() if t.kind == "treatment"}
    for lang, pack in handbook.packs.items():
        problems.extend(_references(handbook, pack, today))
        if lang != DEFAULT_LANGUAGE:
            problems.extend(_against_english(handbook, pack, english))
    problems.extend(_treatments_complete(handbook, english, treatment_ids))
    for lang in LANGUAGES:
        if lang not in handbook.packs and _has_translations(handbook):
            problems.append(Problem(_shown(handbook.root / lang), 1, f"language '{lang}' is missing"))
    return sorted(set(problems))


class _Broken:
    kind = "broken"


#: Stands for a topic whose file failed to load (already reported): references to it are not errors.
_BROKEN: Any = _Broken()


def _has_translations(handbook: Handbook) -> bool:
    return len(handbook.packs) > 1


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _references(handbook: Handbook, pack: LanguagePack, today: dt.date) -> Iterator[Problem]:
    topics = {**{tid: _BROKEN for tid in handbook.broken_ids}, **pack.topics}
    english = handbook.pack(DEFAULT_LANGUAGE).topics
    for topic in pack.topics.values():
        for source in topic.sources:
            if source not in handbook.sources:
                yield Problem(topic.path, topic.line, f"'{topic.id}' cites an unknown source '{source}'")
        for field, refs in (("see_also", topic.see_also), ("include_with", topic.include_with)):
            for ref in refs:
                if ref not in topics and ref not in english:
                    yield Problem(topic.path, topic.line, f"'{topic.id}' has {field} '{ref}', which is no topic")
        for term in topic.glossary:
            target = topics.get(term) or english.get(term)
            if target is None or target.kind != "glossary":
                yield Problem(
                    topic.path, topic.line, f"'{topic.id}' uses glossary term '{term}', which is not in the glossary"
                )
        if topic.treatment is not None:
            target = topics.get(topic.treatment) or english.get(topic.treatment)
            if target is not _BROKEN and (target is None or target.kind != "treatment"):
                yield Problem(
                    topic.path, topic.line, f"'{topic.id}' is for treatment '{topic.treatment}', which is no treatment"
                )
        try:
            reviewed = dt.date.fromisoformat(topic.reviewed)
        except ValueError:
            yield Problem(topic.path, topic.line, f"bad date: reviewed '{topic.reviewed}'")
        else:
            if reviewed > today:
                yield Problem(topic.path, topic.line, f"bad date: reviewed {topic.reviewed} is in the future")


def _treatments_complete(handbook: Handbook, english: LanguagePack, treatment_ids: set[str]) -> Iterator[Problem]:
    asked = {t.treatment for t in english.topics.values() if t.kind == "questions"}
    for tid in sorted(treatment_ids - asked):
        topic = english.topics[tid]
        yield Problem(topic.path, topic.line, f"treatment '{tid}' has no questions to ask in questions.yaml")
    names_file = _shown(handbook.root / "names.yaml")
    for tid in sorted(set(handbook.names) - treatment_ids - handbook.broken_ids):
        yield Problem(names_file, 1, f"names.yaml lists '{tid}', which is no treatment")


def _file_for(handbook: Handbook, lang: str, topic: Topic) -> str:
    if topic.kind in ("section", "treatment"):
        return _shown(handbook.root / lang / f"{topic.id}.md")
    return _shown(handbook.root / lang / ("glossary.yaml" if topic.kind == "glossary" else "questions.yaml"))


def _against_english(handbook: Handbook, pack: LanguagePack, english: LanguagePack) -> Iterator[Problem]:
    lang = pack.lang
    for tid, source in english.topics.items():
        translated = pack.topics.get(tid)
        if translated is None:
            yield Problem(_file_for(handbook, lang, source), 1, f"{lang}: missing translation of {source.kind} '{tid}'")
            continue
        if translated.clinic_contacts != source.clinic_contacts:
            yield Problem(
                translated.path,
                translated.line,
                f"{lang}: '{tid}' has clinic_contacts {str(translated.clinic_contacts).lower()}"
                f" but English has {str(source.clinic_contacts).lower()}",
            )
        if translated.kind != source.kind:
            yield Problem(
                translated.path,
                translated.line,
                f"{lang}: '{tid}' is a {translated.kind} here but a {source.kind} in English",
            )
        if set(translated.include_with) != set(source.include_with):
            yield Problem(
                translated.path,
                translated.line,
                f"{lang}: '{tid}' has include_with [{', '.join(translated.include_with)}] but English has"
                f" [{', '.join(source.include_with)}]",
            )
        yield from _numbers_and_names(handbook, lang, source, translated)
    for tid, translated in pack.topics.items():
        if tid not in english.topics:
            yield Problem(translated.path, translated.line, f"{lang}: extra topic '{tid}' that English does not have")
    english_terms = {t.id for t in english.terms}
    own_terms = {t.id for t in pack.terms}
    terms_file = _shown(handbook.root / lang / "terms.yaml")
    for term_id in sorted(english_terms - own_terms):
        yield Problem(terms_file, 1, f"{lang}: the term list has no entry for '{term_id}'")
    english_answers = {t.id: t.answered_by for t in english.terms}
    for term in pack.terms:
        want = english_answers.get(term.id, term.answered_by)
        if term.answered_by != want:
            yield Problem(
                terms_file,
                1,
                f"{lang}: term '{term.id}' is answered by '{term.answered_by or 'no topic'}'"
                f" but in English by '{want or 'no topic'}'",
            )
    if english.ui and not pack.ui:
        yield Problem(_shown(handbook.root / lang / "ui.yaml"), 1, f"{lang}: ui.yaml is missing")


def _numbers_and_names(handbook: Handbook, lang: str, source: Topic, translated: Topic) -> Iterator[Problem]:
    want, have = numbers(source.words()), numbers(translated.words())
    where = (translated.path, translated.line)
    if want - have:
        yield Problem(
            *where, f"{lang}: '{source.id}' lacks the number(s) {', '.join(sorted(want - have))} that English has"
        )
    if have - want:
        yield Problem(
            *where, f"{lang}: '{source.id}' has number(s) {', '.join(sorted(have - want))} that English does not"
        )
    for brand in handbook.brand_names():
        in_english = contains_name(source.words(), brand)
        if in_english and not contains_name(translated.words(), brand):
            yield Problem(*where, f"{lang}: '{source.id}' lacks the name '{brand}' that English has")
        elif not in_english and contains_name(translated.words(), brand):
            yield Problem(*where, f"{lang}: '{source.id}' names '{brand}', which English does not")
