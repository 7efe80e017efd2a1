"""The one family of errors the core raises. Every message is safe to show a user as it is."""

from __future__ import annotations


class HandbookError(Exception):
    """A problem a user can understand and act on. ``str(err)`` is one plain line."""


class ContentError(HandbookError):
    """The content folder is missing or broken."""


class NotFoundError(HandbookError):
    """An id, name or language the user asked for does not exist."""


class ExportError(HandbookError):
    """A handout could not be written."""


class SearchError(HandbookError):
    """The search index could not be opened or built."""
