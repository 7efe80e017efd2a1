"""Loading the handbook's content from a content folder (bundled, or a clinic's own with ``--content``).

Loading is forgiving: a broken file becomes a ``Problem`` and the rest still loads; each language
loads on first use. ``checks.py`` adds the checks that span files and languages. The model lives in
``handbook.content.model`` and the file readers in ``handbook.content.files``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from handbook.content import schema
from handbook.content.files import load_mapping, load_pack, parse_body
from handbook.content.model import Handbook, LanguagePack
from handbook.content.yamlio import Problem
from handbook.errors import ContentError
from handbook.i18n import DEFAULT_LANGUAGE, LANGUAGES
from handbook.resources import content_dir

__all__ = ["LazyPacks", "load", "load_cached", "parse_body"]


def load(root: Path | None = None) -> Handbook:
    """Load the content folder. Raises ``ContentError`` only if there is no content at all."""
    root = Path(root) if root is not None else content_dir()
    if not root.is_dir():
        raise ContentError(f"no content folder at {root}")
    problems: list[Problem] = []
    shown = _shower(root)
    sources = load_mapping(root / "sources.yaml", shown, schema.SOURCES, problems)
    names = load_mapping(root / "names.yaml", shown, schema.NAMES, problems)
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
                pack = load_pack(lang, folder, self._shown, self._problems)
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


_CACHE: dict[Path, Handbook] = {}


def load_cached(root: Path | None = None) -> Handbook:
    """``load`` once per process and content folder."""
    key = Path(root).resolve() if root is not None else content_dir().resolve()
    if key not in _CACHE:
        _CACHE[key] = load(key)
    return _CACHE[key]
