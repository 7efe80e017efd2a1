"""Reading a content file safely: a content pack may come from anywhere (``--content DIR``).

Every content file is read through :func:`read_text`, which refuses, in words an editor understands:

- a link (or a file in a linked folder) that leads outside the content folder (``/etc/passwd``);
- anything that is not a regular file (a device or a pipe: reading them never ends);
- a file larger than :data:`MAX_FILE_BYTES` (the largest content file is some 25 KB);
- text that is not UTF-8.

:func:`content_files` lists a content folder's files for the content hash, with what it refuses
(and does not read). Nothing here knows the content model: callers make the ``Problem``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

#: The largest content file read, in bytes.
MAX_FILE_BYTES = 1_000_000


class RefusedFile(Exception):
    """A content file that cannot or may not be read: ``line`` and ``message`` for its problem."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _limit() -> str:
    return f"{MAX_FILE_BYTES / 1_000_000:g} MB" if MAX_FILE_BYTES >= 100_000 else f"{MAX_FILE_BYTES:,} bytes"


def refusal(path: Path, root: Path) -> str:
    """Why ``path`` may not be read as a file of the content folder ``root``, or "" if it may."""
    try:
        real = path.resolve(strict=True)
        info = real.stat()
    except FileNotFoundError:
        return "cannot read the file: it is a link to a file that is not there" if path.is_symlink() else ""
    except (OSError, RuntimeError) as err:  # RuntimeError: links that go round in a loop
        return f"cannot read the file ({getattr(err, 'strerror', None) or err})"
    if not real.is_relative_to(root.resolve()):
        return f"refused: a link to {real}, outside the content folder"
    if not stat.S_ISREG(info.st_mode):
        return "refused: not a regular file"
    if info.st_size > MAX_FILE_BYTES:
        return f"refused: the file is too large ({info.st_size:,} bytes; a content file may have at most {_limit()})"
    return ""


def read_text(path: Path, root: Path) -> str:
    """The UTF-8 text of a file of the content folder ``root``; ``RefusedFile`` says why not."""
    why = refusal(path, root)
    if why:
        raise RefusedFile(why)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise RefusedFile(f"cannot read the file ({err.strerror or err})") from None
    if len(data) > MAX_FILE_BYTES:  # it grew after it was measured
        raise RefusedFile(f"refused: the file is too large (a content file may have at most {_limit()})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RefusedFile("the file is not UTF-8 text", data[: err.start].count(b"\n") + 1) from None


def walk_files(root: Path) -> Iterator[tuple[str, str]]:
    """(folder, name) of every file under ``root``, hidden ones left out: linked folders inside the
    content folder are followed once; those leading outside it are not."""
    real_root = root.resolve()
    seen: set[Path] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        real = Path(folder).resolve()
        if real in seen or not real.is_relative_to(real_root):
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from ((folder, name) for name in files if not name.startswith("."))


def content_files(root: Path) -> list[tuple[Path, str]]:
    """Every file under ``root`` (``walk_files``), sorted, each with why it is refused ("" if not)."""
    return sorted((Path(folder, name), refusal(Path(folder, name), root)) for folder, name in walk_files(root))
