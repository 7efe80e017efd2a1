"""Reading the handbook's INI files (the kiosk configuration, the clinic file): one section, read
with its line numbers so that every bad value is reported as ``path:line: message``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from handbook.errors import HandbookError

if TYPE_CHECKING:
    import configparser


def line_numbers(text: str) -> dict[str, int]:
    """The line of each key's first appearance."""
    lines: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        key = raw.split("=", 1)[0].split(":", 1)[0].strip().lower()
        if key and not key.startswith((";", "#", "[")):
            lines.setdefault(key, number)
    return lines


def read_section(
    path: Path, section: str, what: str, error: type[HandbookError]
) -> tuple[configparser.SectionProxy, dict[str, int]]:
    """The ``[section]`` of the INI file at ``path`` (``what`` names it in messages) and the line of
    each key; ``error`` with ``path:line: message`` when it cannot be read or is no such file."""
    import configparser  # only when there is a file to read (a start without one does not import it)

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else "not UTF-8 text"
        raise error(f"{path}:1: cannot read the {what} ({reason})") from None
    parser = configparser.ConfigParser(inline_comment_prefixes=(";", "#"), interpolation=None)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as err:
        errors = getattr(err, "errors", None)  # ParsingError lists (line, text) of each bad line
        line = errors[0][0] if errors else getattr(err, "lineno", 1) or 1
        raise error(f"{path}:{line}: the {what} is not a valid INI file") from None
    if not parser.has_section(section):
        raise error(f"{path}:1: no [{section}] section")
    return parser[section], line_numbers(text)
