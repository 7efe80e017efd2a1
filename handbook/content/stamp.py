"""The content hash, remembered: a start does not read and hash every content file again when none
of them changed since the hash was taken.

Beside the hash, the user cache keeps a stamp of the folder: each file's name, kind, size, modification
and change times and inode (one ``stat`` each, no reading). When the stamp a start takes equals the
one kept, the kept hash is used; else the files are hashed (``model.content_hash``) and the new hash
and stamp are kept. A file edited in place changes its size or times (and its change time cannot be
set back), so an edit is never missed. A stamp taken while a file may still be changing (times less
than :data:`SETTLE_NS` old) is not kept: the next start hashes again.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import time
import zlib
from pathlib import Path
from typing import Final

from handbook import resources
from handbook.content.model import content_hash
from handbook.content.reading import walk_files

log = logging.getLogger(__name__)

VERSION: Final = 1
#: How old every file's times must be for a stamp to be kept (a file written in the same instant as
#: the stamp could change again without its times showing it).
SETTLE_NS: Final = 2_000_000_000


def _stamp(root: Path) -> tuple[list[list[object]], int]:
    """Each content file's name, kind, size, times and inode, and the newest time seen.

    The files are the ones ``content_hash`` covers (``reading.walk_files``), only looked at: a link also
    counts with where it points, and a file that cannot be looked at with the reason."""
    top = str(root)
    files: list[list[object]] = []
    newest = 0
    for folder, name in walk_files(root):
        path = os.path.join(folder, name)
        shown = path[len(top) :]  # the same stamp however the folder was named
        link = os.readlink(path) if os.path.islink(path) else ""
        try:
            info = os.stat(path)
        except OSError as err:
            files.append([shown, link, str(err)])
            continue
        kind = stat.S_IFMT(info.st_mode)
        files.append([shown, link, kind, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino])
        newest = max(newest, info.st_mtime_ns, info.st_ctime_ns)
    files.sort(key=lambda entry: str(entry[0]))
    return files, newest


def _kept_at(where: str) -> Path:
    key = f"{zlib.crc32(where.encode()):08x}"  # the folder's own name is kept inside and compared
    return resources.user_cache_dir() / "content-stamps" / f"{key}.json"


def known_hash(root: Path) -> str:
    """``content_hash(root)``, from the kept stamp when the files did not change since."""
    where = str(root.resolve())
    stamp, newest = _stamp(root)
    kept = _kept_at(where)
    try:
        saved = json.loads(kept.read_text(encoding="utf-8"))
        if saved["version"] == VERSION and saved["root"] == where and saved["stamp"] == stamp:
            return str(saved["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    digest = content_hash(root)
    if time.time_ns() - newest < SETTLE_NS:
        log.debug("content files changed just now: their stamp is not kept")
        return digest
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        tmp = kept.with_name(f".{kept.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"version": VERSION, "root": where, "hash": digest, "stamp": stamp}), "utf-8")
        os.replace(tmp, kept)
    except OSError as err:
        log.info("content stamp not kept: cannot write %s (%s)", kept, err)
    return digest
