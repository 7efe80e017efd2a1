"""The handbook's content: topics of six languages read from a content folder, and their checks.

The rest of the handbook uses only this face:

- :func:`load` / :func:`load_cached` read a content folder (the bundled one, or a clinic's own) into a
  :class:`Handbook` of :class:`LanguagePack`\\ s, each with its :class:`Topic`\\ s (body :class:`Block`\\ s)
  and :class:`Term`\\ s; a broken file becomes a :class:`Problem` and the rest still loads;
- :func:`check` adds the checks that span files and languages (``handbook check``);
- :data:`COMPARE_KEYS` are the nine rows every treatment answers.

Inside: ``model`` (the data classes), ``schema`` (JSON Schemas of the files), ``yamlio`` (YAML with line
numbers, validation), ``files`` (readers of each kind of file), ``loading`` and ``checks``.
"""

from __future__ import annotations

from handbook.content.checks import check
from handbook.content.loading import LazyPacks, load, load_cached, parse_body
from handbook.content.model import Block, Handbook, LanguagePack, Term, Topic, content_hash
from handbook.content.schema import ALL_KINDS, COMPARE_KEYS, NARRATIVE_KINDS
from handbook.content.yamlio import Problem

__all__ = [
    "ALL_KINDS",
    "COMPARE_KEYS",
    "NARRATIVE_KINDS",
    "Block",
    "Handbook",
    "LanguagePack",
    "LazyPacks",
    "Problem",
    "Term",
    "Topic",
    "check",
    "content_hash",
    "load",
    "load_cached",
    "parse_body",
]
