"""Loading the handbook's content: topics, glossary, questions, term lists and core UI strings.

Loading is forgiving: a broken file becomes a ``Problem`` and the rest still loads. ``check.py``
adds the checks that span files and languages.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from handbook import schema
from handbook.errors import ContentError, NotFoundError
from handbook.i18n import DEFAULT_LANGUAGE, LANGUAGES, check_language
from handbook.resources import content_dir
from handbook.yamlio import Document, Problem, YamlFileError, parse_yaml, read_yaml, validate

log = logging.getLogger(__name__)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n?", re.DOTALL)


@dataclass(frozen=True)
class Block:
    """One block of a topic's body: a paragraph (``p``), a heading (``h``) or a bullet list (``ul``)."""

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()

    def plain(self) -> str:
        if self.kind == "ul":
            return "\n".join(f"• {item}" for item in self.items)
        return self.text


@dataclass(frozen=True)
class Topic:
    """One topic of one language: a section, a treatment, a glossary term or a list of questions."""

    id: str
    kind: str
    lang: str
    title: str
    order: int
    reviewed: str
    sources: tuple[str, ...]
    summary: str
    body: tuple[Block, ...]
    path: str
    line: int = 1
    see_also: tuple[str, ...] = ()
    glossary: tuple[str, ...] = ()
    compare: Mapping[str, str] = field(default_factory=dict)
    treatment: str | None = None
    forms: tuple[str, ...] = ()

    @property
    def is_narrative(self) -> bool:
        return self.kind in schema.NARRATIVE_KINDS

    def body_text(self) -> str:
        """The body as plain text, blocks separated by blank lines."""
        return "\n\n".join(block.plain() for block in self.body)

    def compare_text(self, labels: Mapping[str, str]) -> str:
        return "\n".join(f"{labels.get(k, k)}: {self.compare[k]}" for k in schema.COMPARE_KEYS if k in self.compare)

    def words(self) -> str:
        """Every word a reader sees in this topic (body and comparison values), for search and checks."""
        parts = [self.title, self.summary, self.body_text(), *self.compare.values()]
        return "\n".join(parts)


@dataclass(frozen=True)
class Term:
    """An entry of a language's term list: how a concept is said here, and what people type for it."""

    id: str
    term: str
    synonyms: tuple[str, ...]


@dataclass
class LanguagePack:
    lang: str
    topics: dict[str, Topic] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    ui: dict[str, Any] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # topic id -> file shown in messages


@dataclass
class Handbook:
    """All content of all languages, plus the problems found while loading it.

    Language packs load on first use (``packs`` may be a ``LazyPacks``), so the app starts by
    reading only the languages it shows; ``problems`` loads every language first.
    """

    root: Path
    packs: Mapping[str, LanguagePack]
    sources: dict[str, dict[str, str]]
    names: dict[str, dict[str, list[str]]]
    found_problems: list[Problem]
    #: ids of topic files that failed to load: references to them are not reported twice
    broken_ids: set[str] = field(default_factory=set)

    @property
    def problems(self) -> list[Problem]:
        """Every problem found while loading, with every language loaded."""
        self.load_all()
        return self.found_problems

    def load_all(self) -> None:
        for _lang, _pack in self.packs.items():
            pass

    def pack(self, lang: str) -> LanguagePack:
        check_language(lang)
        return self.packs.get(lang) or LanguagePack(lang)

    def topics(self, lang: str = DEFAULT_LANGUAGE) -> list[Topic]:
        """Every topic in handbook order; a topic missing in ``lang`` falls back to English."""
        own = self.pack(lang).topics
        english = self.pack(DEFAULT_LANGUAGE).topics
        merged = {**english, **own} if lang != DEFAULT_LANGUAGE else dict(own)
        return sorted(merged.values(), key=_order_key)

    def topic(self, topic_id: str, lang: str = DEFAULT_LANGUAGE) -> Topic:
        found = self.pack(lang).topics.get(topic_id) or self.pack(DEFAULT_LANGUAGE).topics.get(topic_id)
        if found is None:
            raise NotFoundError(f"no topic with the id '{topic_id}' (see `handbook list` for the ids)")
        return found

    def treatments(self, lang: str = DEFAULT_LANGUAGE) -> list[Topic]:
        return [t for t in self.topics(lang) if t.kind == "treatment"]

    def ui(self, lang: str) -> dict[str, Any]:
        """Core UI strings (PDF cover, row labels...) for ``lang``, English filling any gap."""
        english = self.pack(DEFAULT_LANGUAGE).ui
        own = self.pack(lang).ui
        merged = {**english, **own}
        merged["compare_rows"] = {**english.get("compare_rows", {}), **own.get("compare_rows", {})}
        return merged

    def terms(self, lang: str) -> list[Term]:
        return self.pack(lang).terms

    def brand_names(self) -> list[str]:
        return sorted({b for entry in self.names.values() for b in entry.get("brands", [])})

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self.root)


_KIND_RANK = {"section": 0, "treatment": 0, "questions": 1, "glossary": 2}


def _order_key(topic: Topic) -> tuple[int, int, str]:
    return (_KIND_RANK.get(topic.kind, 3), topic.order, topic.id)


def content_hash(root: Path) -> str:
    """A hash of every content file's name and bytes: changes whenever the content changes."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------- loading


def load(root: Path | None = None) -> Handbook:
    """Load the content folder. Raises ``ContentError`` only if there is no content at all."""
    root = Path(root) if root is not None else content_dir()
    if not root.is_dir():
        raise ContentError(f"no content folder at {root}")
    problems: list[Problem] = []
    shown = _shower(root)
    sources = _load_mapping(root / "sources.yaml", shown, schema.SOURCES, problems)
    names = _load_mapping(root / "names.yaml", shown, schema.NAMES, problems)
    broken: set[str] = set()
    packs = LazyPacks(root, shown, problems, broken)
    if DEFAULT_LANGUAGE not in packs:
        raise ContentError(f"the content folder {root} has no '{DEFAULT_LANGUAGE}' folder")
    packs[DEFAULT_LANGUAGE]  # English is the fallback of every other language: load it now
    return Handbook(root, packs, sources, names, problems, broken)


class LazyPacks(Mapping[str, LanguagePack]):
    """The language packs of a content folder, each loaded (and its problems recorded) on first use."""

    def __init__(self, root: Path, shown: Any, problems: list[Problem], broken: set[str]) -> None:
        self._folders = {lang: root / lang for lang in LANGUAGES if (root / lang).is_dir()}
        self._shown = shown
        self._problems = problems
        self._broken = broken
        self._loaded: dict[str, LanguagePack] = {}
        self._lock = threading.Lock()

    def __getitem__(self, lang: str) -> LanguagePack:
        if lang not in self._folders:
            raise KeyError(lang)
        with self._lock:
            if lang not in self._loaded:
                folder = self._folders[lang]
                pack = _load_pack(lang, folder, self._shown, self._problems)
                self._broken |= {p.stem for p in folder.glob("*.md")} - set(pack.topics)
                self._loaded[lang] = pack
            return self._loaded[lang]

    def __contains__(self, lang: object) -> bool:
        return lang in self._folders

    def __iter__(self) -> Iterator[str]:
        return iter(self._folders)

    def __len__(self) -> int:
        return len(self._folders)


def _shower(root: Path) -> Any:
    def shown(path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    return shown


def _load_mapping(path: Path, shown: Any, sch: dict[str, Any], problems: list[Problem]) -> dict[str, Any]:
    if not path.exists():
        problems.append(Problem(shown(path), 1, "file missing"))
        return {}
    try:
        doc = read_yaml(path, shown(path))
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


def _load_pack(lang: str, folder: Path, shown: Any, problems: list[Problem]) -> LanguagePack:
    pack = LanguagePack(lang)
    for path in sorted(folder.glob("*.md")):
        topic = _load_narrative(lang, path, shown(path), problems)
        if topic is not None:
            _add(pack, topic, problems)
    for entry in _load_list(folder / "glossary.yaml", shown, schema.GLOSSARY_ENTRY, problems):
        doc, i, data = entry
        _add(pack, _glossary_topic(lang, doc, i, data), problems)
    for entry in _load_list(folder / "questions.yaml", shown, schema.QUESTIONS_ENTRY, problems):
        doc, i, data = entry
        _add(pack, _questions_topic(lang, doc, i, data), problems)
    for _doc, _i, data in _load_list(folder / "terms.yaml", shown, schema.TERM_ENTRY, problems):
        pack.terms.append(Term(data["id"], data["term"], tuple(data.get("synonyms", ()))))
    ui_path = folder / "ui.yaml"
    pack.ui = _load_mapping(ui_path, shown, schema.UI_STRINGS, problems) if ui_path.exists() else {}
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
    path: Path, shown: Any, entry_schema: dict[str, Any], problems: list[Problem]
) -> Iterator[tuple[Document, int, dict[str, Any]]]:
    """Yield each valid entry of a YAML list file; invalid entries become problems."""
    if not path.exists():
        return
    try:
        doc = read_yaml(path, shown(path))
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


def _load_narrative(lang: str, path: Path, shown: str, problems: list[Problem]) -> Topic | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        problems.append(Problem(shown, 1, f"cannot read the file ({err})"))
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


_CACHE: dict[Path, tuple[str, Handbook]] = {}


def load_cached(root: Path | None = None) -> Handbook:
    """``load`` once per process and content folder."""
    key = Path(root).resolve() if root is not None else content_dir().resolve()
    if key not in _CACHE:
        _CACHE[key] = ("", load(key))
    return _CACHE[key][1]
