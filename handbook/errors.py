"""The one family of errors the core raises. Every message is safe to show a user as it is."""

from __future__ import annotations

import unicodedata

#: Characters that would break a message over lines or cannot be written out: shown as escapes.
_UNSHOWABLE = frozenset({"Cc", "Zl", "Zp", "Cs"})


def one_line(text: str) -> str:
    """``text`` with line breaks, control characters and lone surrogates written as escapes
    (``\\n``, ``\\x1e``, ``\\ud800``), so a message quoting what a user typed stays one plain line."""
    if text.isprintable():
        return text
    return "".join(
        c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in _UNSHOWABLE else c for c in text
    )


class HandbookError(Exception):
    """A problem a user can understand and act on. ``str(err)`` is one plain line."""

    def __str__(self) -> str:
        return one_line(super().__str__())


class ContentError(HandbookError):
    """The content folder is missing or broken."""


class NotFoundError(HandbookError):
    """An id, name or language the user asked for does not exist."""


class ExportError(HandbookError):
    """A handout could not be written."""


class SearchError(HandbookError):
    """The search index could not be opened or built."""
