"""The handbook's content model: topics and their blocks, term lists, language packs, the handbook, problems."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from functools import cached_property
from pathlib import Path
from typing import Any

from handbook.content import schema
from handbook.content.reading import content_files
from handbook.errors import NotFoundError
from handbook.i18n import DEFAULT_LANGUAGE, check_language
from handbook.records import record


@record(order=True)
class Problem:
    """One content problem: where it is and what is wrong, in words an editor understands."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@record
class Block:
    """One block of a topic's body: a paragraph (``p``), a heading (``h``) or a bullet list (``ul``)."""

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()

    def plain(self) -> str:
        if self.kind == "ul":
            return "\n".join(f"• {item}" for item in self.items)
        return self.text


@record
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
    #: the topic shows the clinic's contacts (name, numbers) when a clinic file is set
    clinic_contacts: bool = False
    #: topics whose handouts also carry this one (a narrative's ``include_with``)
    include_with: tuple[str, ...] = ()

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


@record
class Term:
    """An entry of a language's term list: how a concept is said here, and what people type for it."""

    id: str
    term: str
    synonyms: tuple[str, ...]
    #: a query with one of its phrases puts the topic whose title names its term first (a warning sign)
    first: bool = False
    #: the topic (section or treatment) that answers a query with one of its phrases, put ahead of
    #: the topics that only name something else the query has ("tooth pulled" with a drug's name:
    #: the topic on the jaw, not the drug's); "" for none
    answered_by: str = ""


@record(frozen=False)
class LanguagePack:
    """One language's content: its topics by id, glossary terms, UI strings and topic files."""

    lang: str
    topics: dict[str, Topic] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    ui: dict[str, Any] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # topic id -> file shown in messages


@record(frozen=False)
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
    """A hash of every content file's name and bytes: changes whenever the content changes.

    A file the loader refuses (a link out of the folder, a device, a file too large) is hashed by
    the reason, never read.
    """
    import hashlib

    digest = hashlib.sha256()
    for path, refused in content_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        try:
            digest.update(refused.encode() if refused else path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()
