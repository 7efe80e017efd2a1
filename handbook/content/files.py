"""Reading content files: Markdown topics with YAML front matter, and the YAML lists and mappings.

Each reader records what is wrong as ``Problem``s (file and line) and returns what it could read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from handbook.content import schema
from handbook.content.model import Block, LanguagePack, Problem, Term, Topic
from handbook.content.reading import RefusedFile, read_text
from handbook.content.yamlio import Document, YamlFileError, parse_yaml, read_yaml, validate

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n?", re.DOTALL)


def load_mapping(
    path: Path, shown: Any, sch: dict[str, Any], problems: list[Problem], root: Path | None = None
) -> dict[str, Any]:
    """A YAML mapping file of the content folder ``root`` (by default the file's own folder)."""
    if not path.exists():
        problems.append(Problem(shown(path), 1, "file missing"))
        return {}
    try:
        doc = read_yaml(path, root or path.parent, shown(path))
    except YamlFileError as err:
        problems.append(err.problem)
        return {}
    found = validate(doc, sch)
    problems.extend(found)
    return doc.data if isinstance(doc.data, dict) and not found else _salvage_mapping(doc.data)


def _salvage_mapping(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def load_pack(lang: str, folder: Path, shown: Any, problems: list[Problem]) -> LanguagePack:
    pack = LanguagePack(lang)
    root = folder.parent  # the content folder: no file is read from outside it
    for path in sorted(folder.glob("*.md")):
        topic = _load_narrative(lang, path, root, shown(path), problems)
        if topic is not None:
            _add(pack, topic, problems)
    for entry in _load_list(folder / "glossary.yaml", root, shown, schema.GLOSSARY_ENTRY, problems):
        doc, i, data = entry
        _add(pack, _glossary_topic(lang, doc, i, data), problems)
    for entry in _load_list(folder / "questions.yaml", root, shown, schema.QUESTIONS_ENTRY, problems):
        doc, i, data = entry
        _add(pack, _questions_topic(lang, doc, i, data), problems)
    for doc, i, data in _load_list(folder / "terms.yaml", root, shown, schema.TERM_ENTRY, problems):
        answered_by = data.get("answered_by", "")
        target = pack.topics.get(answered_by)
        if answered_by and (target is None or target.kind not in ("section", "treatment")):
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of([i, "answered_by"]),
                    f"term '{data['id']}' is answered by '{answered_by}', which is no section or treatment",
                )
            )
            answered_by = ""
        first = bool(data.get("first", False))
        pack.terms.append(Term(data["id"], data["term"], tuple(data.get("synonyms", ())), first, answered_by))
    ui_path = folder / "ui.yaml"
    pack.ui = load_mapping(ui_path, shown, schema.UI_STRINGS, problems, root) if ui_path.exists() else {}
    return pack


def _add(pack: LanguagePack, topic: Topic, problems: list[Problem]) -> None:
    if topic.id in pack.topics:
        first = pack.topics[topic.id]
        problems.append(
            Problem(topic.path, topic.line, f"duplicate id '{topic.id}' (also in {first.path}:{first.line})")
        )
        return
    pack.topics[topic.id] = topic


def _load_list(
    path: Path, root: Path, shown: Any, entry_schema: dict[str, Any], problems: list[Problem]
) -> Iterator[tuple[Document, int, dict[str, Any]]]:
    """Yield each valid entry of a YAML list file; invalid entries become problems."""
    if not path.exists():
        return
    try:
        doc = read_yaml(path, root, shown(path))
    except YamlFileError as err:
        problems.append(err.problem)
        return
    if not isinstance(doc.data, list):
        problems.append(Problem(doc.path, doc.line_of(), "this file must be a list of entries"))
        return
    for i, data in enumerate(doc.data):
        found = validate(doc, entry_schema, [i])
        problems.extend(found)
        if not found:
            yield doc, i, data


def _load_narrative(lang: str, path: Path, root: Path, shown: str, problems: list[Problem]) -> Topic | None:
    try:
        text = read_text(path, root)
    except RefusedFile as err:
        problems.append(Problem(shown, err.line, err.message))
        return None
    match = _FRONT_MATTER.match(text)
    if not match:
        problems.append(Problem(shown, 1, "missing front matter: the file must start with a '---' block"))
        return None
    try:
        doc = parse_yaml(match.group(1), shown, line_offset=1)
    except YamlFileError as err:
        problems.append(err.problem)
        return None
    if not isinstance(doc.data, dict):
        problems.append(Problem(shown, 2, "the front matter must be a set of fields"))
        return None
    found = validate(doc, schema.NARRATIVE)
    body_line = match.group(0).count("\n") + 1
    body, body_problems = parse_body(text[match.end() :], shown, body_line)
    found.extend(body_problems)
    data = doc.data
    if isinstance(data.get("id"), str) and data["id"] != path.stem:
        found.append(Problem(shown, doc.line_of(["id"]), f"id '{data['id']}' differs from the file name"))
    problems.extend(found)
    if found:
        return None
    return Topic(
        id=data["id"],
        kind=data["kind"],
        lang=lang,
        title=data["title"],
        order=data["order"],
        reviewed=data["reviewed"],
        sources=tuple(data["sources"]),
        summary=data["summary"],
        body=body,
        path=shown,
        line=doc.line_of(["id"]),
        see_also=tuple(data.get("see_also", ())),
        glossary=tuple(data.get("glossary", ())),
        compare=dict(data.get("compare", {})),
        clinic_contacts=bool(data.get("clinic_contacts", False)),
        include_with=tuple(data.get("include_with", ())),
    )


def parse_body(text: str, path: str, first_line: int) -> tuple[tuple[Block, ...], list[Problem]]:
    """Parse the Markdown subset: paragraphs, ``## `` headings and ``- `` bullet lists."""
    blocks: list[Block] = []
    problems: list[Problem] = []
    para: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("p", " ".join(para)))
            para.clear()
        if items:
            blocks.append(Block("ul", items=tuple(items)))
            items.clear()

    for offset, raw in enumerate(text.splitlines()):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            heading = line.lstrip("#").strip()
            if not heading:
                problems.append(Problem(path, first_line + offset, "empty heading"))
            blocks.append(Block("h", heading))
        elif line.startswith(("- ", "* ")):
            if para:
                flush()
            items.append(line[2:].strip())
        elif items and raw.startswith((" ", "\t")):
            items[-1] = f"{items[-1]} {line}"
        else:
            if items:
                flush()
            if line.startswith("<") or "](" in line:
                problems.append(Problem(path, first_line + offset, "no HTML or links in the body: plain text"))
            para.append(line)
    flush()
    if not blocks:
        problems.append(Problem(path, first_line, "the body is empty"))
    return tuple(blocks), problems


def _glossary_topic(lang: str, doc: Document, i: int, data: dict[str, Any]) -> Topic:
    return Topic(
        id=data["id"],
        kind="glossary",
        lang=lang,
        title=data["term"],
        order=10_000 + i,
        reviewed=data["reviewed"],
        sources=tuple(data["sources"]),
        summary=data["definition"],
        body=(Block("p", data["definition"]),),
        path=doc.path,
        line=doc.line_of([i]),
        see_also=tuple(data.get("see_also", ())),
        forms=tuple(data.get("forms", ())),
    )


def _questions_topic(lang: str, doc: Document, i: int, data: dict[str, Any]) -> Topic:
    return Topic(
        id=data["id"],
        kind="questions",
        lang=lang,
        title=data["title"],
        order=data["order"],
        reviewed=data["reviewed"],
        sources=tuple(data["sources"]),
        summary=data["items"][0],
        body=(Block("ul", items=tuple(data["items"])),),
        path=doc.path,
        line=doc.line_of([i]),
        treatment=data["treatment"],
    )
