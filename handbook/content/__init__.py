"""The handbook's content: topics of six languages read from a content folder, and their checks.

The rest of the handbook uses only this face:

- :func:`load` / :func:`load_cached` read a content folder (the bundled one, or a clinic's own) into a
  :class:`Handbook` of :class:`LanguagePack`\\ s, each with its :class:`Topic`\\ s (body :class:`Block`\\ s)
  and :class:`Term`\\ s; a broken file becomes a :class:`Problem` and the rest still loads;
- :func:`compile_all` compiles every language into the shipped resources (``handbook compile --shipped``);
  a start reads the compiled form, not the YAML (see ``compiled``);
- :func:`check` adds the checks that span files and languages (``handbook check``);
- :data:`COMPARE_KEYS` are the nine rows every treatment answers.

Inside: ``model`` (the data classes), ``schema`` (JSON Schemas of the files), ``yamlio`` (YAML with line
numbers, validation), ``files`` (readers of each kind of file), ``compiled`` (the compiled form, keyed by
the content hash), ``loading`` and ``checks``. Only compiling and ``check`` read YAML or validate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handbook.content.loading import LazyPacks, compile_all, load, load_cached, parse_body
from handbook.content.model import Block, Handbook, LanguagePack, Problem, Term, Topic, content_hash
from handbook.content.schema import ALL_KINDS, COMPARE_KEYS, NARRATIVE_KINDS

if TYPE_CHECKING:
    import datetime


def check(handbook: Handbook, today: datetime.date | None = None) -> list[Problem]:
    """Every problem in the content, sorted by file and line (``checks``: imported only by ``check``)."""
    from handbook.content.checks import check as run

    return run(handbook, today)


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
    "compile_all",
    "content_hash",
    "load",
    "load_cached",
    "parse_body",
]
