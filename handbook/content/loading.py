"""Loading the handbook's content from a content folder (bundled, or a clinic's own with ``--content``).

Loading is forgiving: a broken file becomes a ``Problem`` and the rest still loads; each language
loads on first use, from its compiled form (``compiled.py``: no YAML parsed, nothing validated, once
compiled). ``checks.py`` adds the checks that span files and languages. The model lives in
``handbook.content.model`` and the file readers in ``handbook.content.files``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from handbook.content import compiled
from handbook.content.compiled import Common, Language, Shower
from handbook.content.model import Block, Handbook, LanguagePack, Problem, content_hash
from handbook.content.stamp import known_hash
from handbook.errors import ContentError
from handbook.i18n import DEFAULT_LANGUAGE, LANGUAGES
from handbook.resources import content_dir

__all__ = ["LazyPacks", "compile_all", "load", "load_cached", "parse_body"]


def load(root: Path | None = None) -> Handbook:
    """Load the content folder. Raises ``ContentError`` only if there is no content at all."""
    root = Path(root) if root is not None else content_dir()
    if not root.is_dir():
        raise ContentError(f"no content folder at {root}")
    source = Compiler(root)
    common = source.common()
    problems: list[Problem] = list(common.problems)
    broken: set[str] = set()
    packs = LazyPacks(root, source, problems, broken)
    if DEFAULT_LANGUAGE not in packs:
        raise ContentError(f"the content folder {root} has no '{DEFAULT_LANGUAGE}' folder")
    packs[DEFAULT_LANGUAGE]  # English is the fallback of every other language: load it now
    handbook = Handbook(root, packs, common.sources, common.names, problems, broken)
    handbook.__dict__["content_hash"] = source.content_hash  # known already: not hashed twice
    return handbook


class Compiler:
    """The compiled content of one folder: read from the shipped resources or the user cache, else
    compiled from the files and written to the user cache (see ``compiled.py``)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.shown = _shower(root)
        self.content_hash = known_hash(root)
        self.cache = compiled.cache_dir(self.content_hash)
        self.folders = (compiled.shipped_dir(), self.cache)

    def _payload(self, name: str, compile_it: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        for folder in self.folders:
            payload = compiled.read(folder, name, self.content_hash)
            if payload is not None:
                return payload
        data = compiled.encode(compile_it(), self.content_hash, self.root.resolve())
        if compiled.write(self.cache, name, data) and name == compiled.COMMON:
            compiled.prune(self.cache, self.root.resolve())
        return compiled.decode(data)  # the very objects a later start reads

    def common(self) -> Common:
        payload = self._payload(compiled.COMMON, lambda: compiled.common_payload(_read_common(self.root)))
        return compiled.common_from(payload, self.root, self.shown)

    def language(self, lang: str) -> Language:
        payload = self._payload(lang, lambda: compiled.language_payload(_read_language(self.root, lang)))
        return compiled.language_from(payload, self.root, self.shown)


def _read_common(root: Path) -> Common:
    """Read sources and names from their YAML files (paths marked, see ``compiled.py``)."""
    from handbook.content import schema
    from handbook.content.files import load_mapping

    problems: list[Problem] = []
    shown = compiled.mark(root)
    sources = load_mapping(root / "sources.yaml", shown, schema.SOURCES, problems)
    names = load_mapping(root / "names.yaml", shown, schema.NAMES, problems)
    return Common(sources, names, problems)


def _read_language(root: Path, lang: str) -> Language:
    """Read one language from its files (paths marked, see ``compiled.py``)."""
    from handbook.content.files import load_pack

    problems: list[Problem] = []
    folder = root / lang
    pack = load_pack(lang, folder, compiled.mark(root), problems)
    broken = {p.stem for p in folder.glob("*.md")} - set(pack.topics)
    return Language(pack, problems, broken)


def compile_all(root: Path | None = None, shipped: bool = True) -> Path:
    """Compile every language of a content folder into the shipped resources (build time), or into
    the user cache; return the folder."""
    root = Path(root) if root is not None else content_dir()
    if not root.is_dir():
        raise ContentError(f"no content folder at {root}")
    digest = content_hash(root)
    target = compiled.shipped_dir() if shipped else compiled.cache_dir(digest)
    names = [compiled.COMMON, *(lang for lang in LANGUAGES if (root / lang).is_dir())]
    if all(compiled.read(target, name, digest) is not None for name in names):
        return target  # fresh already
    items: dict[str, dict[str, Any]] = {compiled.COMMON: compiled.common_payload(_read_common(root))}
    for lang in LANGUAGES:
        if (root / lang).is_dir():
            items[lang] = compiled.language_payload(_read_language(root, lang))
    for name, payload in items.items():
        if not compiled.write(target, name, compiled.encode(payload, digest, root.resolve())):
            raise ContentError(f"cannot write the compiled content to {target}")
    return target


def parse_body(text: str, path: str, first_line: int) -> tuple[tuple[Block, ...], list[Problem]]:
    """Parse a topic body's Markdown subset (see ``files.parse_body``)."""
    from handbook.content.files import parse_body as parse

    return parse(text, path, first_line)


class LazyPacks(Mapping[str, LanguagePack]):
    """The language packs of a content folder, each loaded (and its problems recorded) on first use."""

    def __init__(self, root: Path, source: Compiler, problems: list[Problem], broken: set[str]) -> None:
        self._folders = {lang: root / lang for lang in LANGUAGES if (root / lang).is_dir()}
        self._source = source
        self._problems = problems
        self._broken = broken
        self._loaded: dict[str, LanguagePack] = {}
        self._lock = threading.Lock()

    def __getitem__(self, lang: str) -> LanguagePack:
        if lang not in self._folders:
            raise KeyError(lang)
        with self._lock:
            if lang not in self._loaded:
                language = self._source.language(lang)
                self._problems.extend(language.problems)
                self._broken |= language.broken
                self._loaded[lang] = language.pack
            return self._loaded[lang]

    def __contains__(self, lang: object) -> bool:
        return lang in self._folders

    def __iter__(self) -> Iterator[str]:
        return iter(self._folders)

    def __len__(self) -> int:
        return len(self._folders)


def _shower(root: Path) -> Shower:
    def shown(path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    return shown


_CACHE: dict[Path, Handbook] = {}


def load_cached(root: Path | None = None) -> Handbook:
    """``load`` once per process and content folder."""
    key = Path(root).resolve() if root is not None else content_dir().resolve()
    if key not in _CACHE:
        _CACHE[key] = load(key)
    return _CACHE[key]
