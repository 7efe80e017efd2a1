"""The content compiled once: each language's topics, terms and UI strings, with the problems found
reading them, as JSON keyed by the content hash, so that a start reads no YAML and validates nothing.

Where a compiled file is looked for, in order (like the search index):

1. shipped: ``resources/compiled/`` (``handbook compile --shipped``: ``make setup`` and the app build);
2. the user cache: ``<cache>/content/<content hash>-v<version>/``;
3. else the language is read from its files (``files.py``, YAML and the schema) and its compiled file
   is written to the user cache (in memory only, when the cache cannot be written).

A compiled file is ``common.json`` (sources and names) or ``<lang>.json``: a first line of JSON with the
format version, the content hash and a CRC-32 of the rest, then the payload. A file that is stale,
cut short, damaged or unreadable is ignored, and the cache's copy is written again: it heals.

Paths (of topics and problems, also inside messages) are stored relative to the content folder,
between NUL marks, and shown when loaded exactly as the loader shows them (relative to the working
folder when under it), so a compiled file serves any folder with the same content.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from handbook import resources
from handbook.content.model import Block, LanguagePack, Problem, Term, Topic
from handbook.records import record

log = logging.getLogger(__name__)

VERSION: Final = "5"
COMMON: Final = "common"
MARK: Final = "\x00"
_MARKED = re.compile(f"{MARK}([^{MARK}]*){MARK}")

Shower = Callable[[Path], str]


def mark(root: Path) -> Shower:
    """How paths are written while compiling: relative to the content folder, between marks."""

    def shown(path: Path) -> str:
        return f"{MARK}{Path(path).relative_to(root).as_posix()}{MARK}"

    return shown


def unmark(text: str, root: Path, shown: Shower) -> str:
    """Replace each marked path in ``text`` by the path as the reader is shown it."""
    if MARK not in text:
        return text
    return _MARKED.sub(lambda m: shown(root / m.group(1)), text)


# ------------------------------------------------------------------------------------- payloads


@record(frozen=False)
class Language:
    """One compiled language: its pack, the problems found reading it, and the topic files that failed."""

    pack: LanguagePack
    problems: list[Problem]
    broken: set[str]


@record(frozen=False)
class Common:
    """The files shared by every language: sources and names, and the problems found reading them."""

    sources: dict[str, dict[str, str]]
    names: dict[str, dict[str, list[str]]]
    problems: list[Problem]


def _problems(problems: list[Problem]) -> list[list[Any]]:
    return [[p.path, p.line, p.message] for p in problems]


def language_payload(language: Language) -> dict[str, Any]:
    pack = language.pack
    return {
        "lang": pack.lang,
        "topics": [_topic(t) for t in pack.topics.values()],
        "terms": [[t.id, t.term, list(t.synonyms), t.first, t.answered_by] for t in pack.terms],
        "ui": pack.ui,
        "files": pack.files,
        "problems": _problems(language.problems),
        "broken": sorted(language.broken),
    }


def _topic(topic: Topic) -> dict[str, Any]:
    return {
        "id": topic.id,
        "kind": topic.kind,
        "title": topic.title,
        "order": topic.order,
        "reviewed": topic.reviewed,
        "sources": list(topic.sources),
        "summary": topic.summary,
        "body": [[b.kind, b.text, list(b.items)] for b in topic.body],
        "path": topic.path,
        "line": topic.line,
        "see_also": list(topic.see_also),
        "glossary": list(topic.glossary),
        "compare": dict(topic.compare),
        "treatment": topic.treatment,
        "forms": list(topic.forms),
        "clinic_contacts": topic.clinic_contacts,
        "include_with": list(topic.include_with),
    }


def common_payload(common: Common) -> dict[str, Any]:
    return {"sources": common.sources, "names": common.names, "problems": _problems(common.problems)}


def language_from(payload: dict[str, Any], root: Path, shown: Shower) -> Language:
    """The objects of a compiled language, with paths shown for this reader."""
    lang = payload["lang"]
    pack = LanguagePack(lang)
    for t in payload["topics"]:
        pack.topics[t["id"]] = Topic(
            id=t["id"],
            kind=t["kind"],
            lang=lang,
            title=t["title"],
            order=t["order"],
            reviewed=t["reviewed"],
            sources=tuple(t["sources"]),
            summary=t["summary"],
            body=tuple(Block(kind, text, tuple(items)) for kind, text, items in t["body"]),
            path=unmark(t["path"], root, shown),
            line=t["line"],
            see_also=tuple(t["see_also"]),
            glossary=tuple(t["glossary"]),
            compare=t["compare"],
            treatment=t["treatment"],
            forms=tuple(t["forms"]),
            clinic_contacts=t["clinic_contacts"],
            include_with=tuple(t["include_with"]),
        )
    pack.terms = [
        Term(tid, term, tuple(synonyms), first, answered_by)
        for tid, term, synonyms, first, answered_by in payload["terms"]
    ]
    pack.ui = payload["ui"]
    pack.files = {tid: unmark(path, root, shown) for tid, path in payload["files"].items()}
    problems = [Problem(unmark(p, root, shown), line, unmark(m, root, shown)) for p, line, m in payload["problems"]]
    return Language(pack, problems, set(payload["broken"]))


def common_from(payload: dict[str, Any], root: Path, shown: Shower) -> Common:
    problems = [Problem(unmark(p, root, shown), line, unmark(m, root, shown)) for p, line, m in payload["problems"]]
    return Common(payload["sources"], payload["names"], problems)


# ---------------------------------------------------------------------------------------- files


def shipped_dir() -> Path:
    return resources.resources_dir() / "compiled"


def cache_dir(content_hash: str) -> Path:
    return resources.user_cache_dir() / "content" / f"{content_hash[:24]}-v{VERSION}"


def encode(payload: dict[str, Any], content_hash: str, root: Path) -> bytes:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = {"version": VERSION, "content_hash": content_hash, "root": str(root), "crc32": _crc(body)}
    return json.dumps(header).encode("ascii") + b"\n" + body


def decode(data: bytes) -> dict[str, Any]:
    """The payload of a compiled file just encoded (no checks)."""
    payload: dict[str, Any] = json.loads(data.partition(b"\n")[2])
    return payload


def _crc(data: bytes) -> int:
    """The body's CRC-32: enough to find a file cut short or damaged (zlib is loaded already; hashlib
    would bring OpenSSL into every start)."""
    return zlib.crc32(data)


def read(folder: Path, name: str, content_hash: str) -> dict[str, Any] | None:
    """The payload of ``folder/<name>.json`` if it is whole and compiled from this content; else None."""
    path = folder / f"{name}.json"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        log.info("compiled content %s cannot be read (%s)", path, err)
        return None
    try:
        first, _, body = data.partition(b"\n")
        header = json.loads(first)
        if header.get("version") != VERSION or header.get("content_hash") != content_hash:
            log.info("compiled content %s is stale", path)
            return None
        if header.get("crc32") != _crc(body):
            log.warning("compiled content %s is damaged: compiling it again", path)
            return None
        payload = json.loads(body)
    except (ValueError, AttributeError) as err:
        log.warning("compiled content %s is damaged (%s): compiling it again", path, err)
        return None
    return payload if isinstance(payload, dict) else None


def write(folder: Path, name: str, data: bytes) -> bool:
    """Write one compiled file atomically (a temporary sibling renamed into place); False if it cannot."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(tmp, 0o644)  # a shared install's users read it too
            os.replace(tmp, folder / f"{name}.json")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as err:
        log.info("compiled content kept in memory: cannot write %s (%s)", folder, err)
        return False
    return True


def prune(folder: Path, root: Path) -> None:
    """Remove the user cache's older compilations of the same content folder."""
    try:
        siblings = [p for p in folder.parent.iterdir() if p != folder and p.is_dir() and not p.name.startswith(".")]
    except OSError:
        return
    for sibling in siblings:
        try:
            with (sibling / f"{COMMON}.json").open("rb") as file:
                same = json.loads(file.readline()).get("root") == str(root)
        except (OSError, ValueError, AttributeError):
            continue
        if same:
            shutil.rmtree(sibling, ignore_errors=True)
