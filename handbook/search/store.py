"""Building, finding, checking and healing the whoosh search index.

Layout: one whoosh index, a document per topic per language, with per-language ``title_<lang>`` and
``body_<lang>`` fields (each language has its own analyzer), and for the languages with exact keys
(:data:`handbook.search.analysis.EXACT`) ``xtitle_<lang>`` and ``xbody_<lang>``, which hold the exact keys of
the accented words only. An index folder holds whoosh's files and ``meta.json``: the index version,
the content hash and a SHA-256 of every file.

Where it lives, in the order it is looked for:

1. the shipped index (``resources/index``, built by ``handbook index --shipped``), opened read-only;
2. the user cache (``<cache>/search-index/<content hash>-v<version>``), so a ``--content`` pack gets
   its own;
3. rebuilt into the user cache under a file lock, into a temporary folder that is renamed into place
   (two processes never see a half-written index); in memory when nothing is writable.

An index is loaded whole into memory (a whoosh ``RamStorage``) after its checksums are verified, so
a file deleted, cut short or overwritten with garbage is noticed at open and rebuilt, and damage
after opening cannot crash a running search.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import filelock
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from handbook import resources
from handbook.content import Handbook, Topic
from handbook.errors import NotFoundError, SearchError
from handbook.i18n import LANGUAGES
from handbook.search import analysis, lexicon, morph
from handbook.search.analysis import HandbookTokenizer

log = logging.getLogger(__name__)

INDEX_VERSION: Final = "9"
#: The jieba dictionary of the words of the Chinese content (:func:`handbook.search.morph.chinese_dictionary`).
CHINESE_WORDS: Final = "chinese-words.txt"
META: Final = "meta.json"
LOCK_TIMEOUT: Final = 60.0
MEMORY: Final = "memory"
WRITER_MB: Final = 4096  # an upper bound, not an allocation


@dataclass(frozen=True)
class IndexDoc:
    """What the index holds for one topic in one language."""

    id: str
    kind: str
    lang: str
    title: str
    keywords: str  # indexed with the title: glossary forms, drug and brand names
    text: str  # the stored plain text snippets come from (summary, body, comparison)
    concepts: tuple[str, ...] = ()  # ids of the synonym groups the text mentions
    title_concepts: tuple[str, ...] = ()  # ... and the title (with the keywords)
    uses: tuple[str, ...] = ()  # the glossary entries the topic uses (a glossary entry: itself)
    rows: tuple[tuple[str, str], ...] = ()  # a treatment's comparison rows: (key, "label: value")
    treatment: str = ""  # the treatment a list of questions is about
    headings: str = ""  # the headings of its body (also in ``text``), indexed apart: they say what it is about
    names: tuple[str, ...] = ()  # what names it: a glossary term and its forms; a title's head, drug names


@dataclass
class Opened:
    """A loaded index and where it came from (a folder, or ``memory``)."""

    storage: RamStorage
    where: str
    languages: tuple[str, ...]


class MemoryStorage(RamStorage):  # type: ignore[misc]
    """A whoosh ``RamStorage`` whose temporary files stay in memory too.

    whoosh's own ``RamStorage.temp_storage`` writes to ``<tmp>/MAIN.tmp``, one folder shared by
    every process: two builds at once would delete each other's files. (Spilled posting runs
    cannot live here, so ``build`` gives the writer room enough never to spill.)
    """

    def temp_storage(self, name: str | None = None) -> MemoryStorage:
        return MemoryStorage()


def schema() -> Schema:
    fields: dict[str, Any] = {
        "id": ID(stored=True),
        "kind": ID(stored=True),
        "lang": ID(stored=True),
        "title": STORED(),
        "keywords": STORED(),
        "text": STORED(),
        "concepts": STORED(),
        "uses": STORED(),
        "rows": STORED(),
        "treatment": STORED(),
        "headings": STORED(),
        "names": STORED(),
    }
    for lang in LANGUAGES:
        analyzer = HandbookTokenizer(lang)
        fields[f"title_{lang}"] = TEXT(analyzer=analyzer, phrase=False)
        fields[f"body_{lang}"] = TEXT(analyzer=analyzer, phrase=False)
        fields[f"head_{lang}"] = TEXT(analyzer=analyzer, phrase=False)
        fields[f"concept_{lang}"] = KEYWORD(scorable=True)
        fields[f"tconcept_{lang}"] = KEYWORD(scorable=True)
        if lang in analysis.EXACT:
            exact = HandbookTokenizer(lang, exact=True)
            fields[f"xtitle_{lang}"] = TEXT(analyzer=exact, phrase=False)
            fields[f"xbody_{lang}"] = TEXT(analyzer=exact, phrase=False)
    return Schema(**fields)


def indexed_languages(handbook: Handbook) -> tuple[str, ...]:
    return tuple(lang for lang in LANGUAGES if lang in handbook.packs)


def documents(handbook: Handbook) -> list[IndexDoc]:
    """A document per topic per language present (a missing topic is the English one)."""
    docs = []
    for lang in indexed_languages(handbook):
        groups = lexicon.groups_for(handbook, lang)
        labels = handbook.ui(lang).get("compare_rows", {})
        references = _references([t.title for t in handbook.topics(lang)])
        for topic in handbook.topics(lang):
            names = handbook.names.get(topic.id, {}) if topic.kind == "treatment" else {}
            keywords = " ".join([*topic.forms, *names.get("generic", []), *names.get("brands", [])])
            text = lexicon.topic_text(topic)
            title = f"{topic.title}\n{keywords}"
            docs.append(
                IndexDoc(
                    topic.id,
                    topic.kind,
                    lang,
                    topic.title,
                    keywords,
                    text,
                    concepts(groups, _without_references(text, references, topic.title)),
                    concepts(groups, title),
                    _uses(handbook, topic),
                    tuple((k, f"{labels.get(k, k)}: {v}") for k, v in topic.compare.items()),
                    topic.treatment or "",
                    "\n".join(block.text for block in topic.body if block.kind == "h"),
                    _names(topic, names, _local_names(handbook, lang, names)),
                )
            )
    return docs


#: Quotation marks around another topic's title, in the languages' usage ("", “”, «», ‘’, 「」).
_OPENING: Final = "\"“„«‘‹「『'"
_CLOSING: Final = "\"”“»’›」』'"


def _references(titles: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern of the topics' titles in quotation marks: how a topic names another one."""
    found = sorted({t.strip() for t in titles if t.strip()}, key=len, reverse=True)
    if not found:
        return None
    alternatives = "|".join(re.escape(t) for t in found)
    return re.compile(f"[{re.escape(_OPENING)}]\\s*({alternatives})\\s*[{re.escape(_CLOSING)}]")


def _without_references(text: str, references: re.Pattern[str] | None, own: str) -> str:
    """``text`` without the titles of other topics it names ('see "When to get help right away"'):
    naming a topic is pointing to it, not being about what its title says."""
    if references is None:
        return text
    return references.sub(lambda m: m.group(0) if m.group(1) == own.strip() else " ", text)


def _local_names(handbook: Handbook, lang: str, names: dict[str, list[str]]) -> tuple[str, ...]:
    """How the language writes a treatment's brands: the phrases of the term-list entry that has
    one of them (择泰 and 唑来膦酸 with Zometa, إكسجيفا with Xgeva), as the English ones are its names."""
    brands = {b.casefold() for b in names.get("brands", [])}
    out: list[str] = []
    for entry in handbook.terms(lang) if brands else ():
        phrases = [entry.term, *entry.synonyms]
        if brands & {p.casefold() for p in phrases}:
            out.extend(p for p in phrases if p.casefold() not in brands)
    return tuple(out)


def _names(topic: Topic, names: dict[str, list[str]], local: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What names a topic: a glossary term and its forms; a section's or treatment's title without
    its explanation in brackets, and a treatment's drug and brand names (``local``: as the language
    writes them). (A list of questions: none.)"""
    if topic.kind == "questions":
        return ()
    if topic.kind == "glossary":
        return (topic.title, *topic.forms)
    head = re.split(r"[(（]", topic.title)[0].strip()
    return (head, *names.get("generic", []), *names.get("brands", []), *local)


def _uses(handbook: Handbook, topic: Topic) -> tuple[str, ...]:
    """The glossary entries a topic uses: its own list; a glossary entry itself; a list of
    questions, those of its treatment."""
    if topic.kind == "glossary":
        return (topic.id,)
    if topic.treatment:
        try:
            return handbook.topic(topic.treatment, topic.lang).glossary
        except NotFoundError:
            return ()
    return topic.glossary


def concepts(groups: lexicon.SynonymGroups, text: str) -> tuple[str, ...]:
    """The synonym groups one of whose phrases occurs in ``text``.

    They are indexed as terms, so a query matching a group adds one term that finds every way of
    saying it (a phrase of common words would otherwise be many costly terms).
    """
    terms, keys = analysis.keyed_terms(text, groups.lang, query=True)
    return tuple(sorted({e.group.id for e in groups.match(terms, keys)}))


def build(docs: Iterable[IndexDoc], chinese: bool = True) -> RamStorage:
    """A new index of ``docs`` in memory; with ``chinese``, the jieba dictionary of their Chinese text."""
    docs = list(docs)
    storage = MemoryStorage()
    index = storage.create_index(schema())
    writer = index.writer(limitmb=WRITER_MB)
    try:
        for doc in docs:
            exact = {}
            if doc.lang in analysis.EXACT:
                exact = {f"xtitle_{doc.lang}": f"{doc.title}\n{doc.keywords}", f"xbody_{doc.lang}": doc.text}
            writer.add_document(
                id=doc.id,
                kind=doc.kind,
                lang=doc.lang,
                title=doc.title,
                keywords=doc.keywords,
                text=doc.text,
                concepts=tuple(sorted({*doc.concepts, *doc.title_concepts})),
                uses=doc.uses,
                rows=doc.rows,
                treatment=doc.treatment,
                headings=doc.headings,
                names=doc.names,
                **{
                    f"title_{doc.lang}": f"{doc.title}\n{doc.keywords}",
                    f"body_{doc.lang}": doc.text,
                    f"head_{doc.lang}": doc.headings,
                    # a group named in the title counts three times, and as the title
                    f"concept_{doc.lang}": " ".join([*doc.concepts, *doc.title_concepts * 3]),
                    f"tconcept_{doc.lang}": " ".join(doc.title_concepts),
                    **exact,
                },
            )
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    if chinese and any(doc.lang == "zh" for doc in docs):
        texts = (f"{d.title}\n{d.keywords}\n{d.text}" for d in docs if d.lang == "zh")
        storage.files[CHINESE_WORDS] = morph.chinese_dictionary(texts).encode("utf-8")
    return storage


def chinese_words(storage: RamStorage) -> str | None:
    """The jieba dictionary kept with the index, if it has one."""
    data = storage.files.get(CHINESE_WORDS)
    return None if data is None else bytes(data).decode("utf-8")


def _meta(handbook: Handbook, storage: RamStorage) -> dict[str, Any]:
    return {
        "version": INDEX_VERSION,
        "content_hash": handbook.content_hash,
        "root": str(Path(handbook.root).resolve()),
        "languages": list(indexed_languages(handbook)),
        "docs": storage.open_index().doc_count(),
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in storage.files.items()},
    }


# ------------------------------------------------------------------------------ reading folders


def load(folder: Path, content_hash: str) -> Opened | None:
    """The index in ``folder`` if it is complete, intact and built from this content; else None."""
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
        if meta.get("version") != INDEX_VERSION or meta.get("content_hash") != content_hash:
            log.info("search index in %s is stale", folder)
            return None
        storage = RamStorage()
        for name, digest in meta["files"].items():
            if Path(name).name != name or name.startswith("."):
                log.warning("search index in %s lists a strange file name", folder)
                return None
            data = (folder / name).read_bytes()
            if hashlib.sha256(data).hexdigest() != digest:
                log.warning("search index file %s is damaged", folder / name)
                return None
            storage.files[name] = data
        if storage.open_index().doc_count() != meta["docs"]:
            return None
        return Opened(storage, str(folder), tuple(meta["languages"]))
    except FileNotFoundError:
        return None
    except Exception as err:  # any damage at all means: build it again
        log.warning("search index in %s cannot be read (%s: %s)", folder, type(err).__name__, err)
        return None


def _write(storage: RamStorage, meta: dict[str, Any], target: Path) -> None:
    """Write the index to ``target`` atomically: a temporary sibling folder renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    old: Path | None = None
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private: other users of an install must read it
        for name, data in storage.files.items():
            (tmp / name).write_bytes(data)
        (tmp / META).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        for path in tmp.iterdir():
            path.chmod(0o644)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
            os.rename(target, old / "index")
        os.rename(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def cache_folder(content_hash: str) -> Path:
    return resources.user_cache_dir() / "search-index" / f"{content_hash[:24]}-v{INDEX_VERSION}"


def _prune(target: Path, root: str) -> None:
    """Remove older cached indexes of the same content folder."""
    for sibling in target.parent.iterdir():
        if sibling == target or not sibling.is_dir() or sibling.name.startswith("."):
            continue
        try:
            if json.loads((sibling / META).read_text(encoding="utf-8")).get("root") == root:
                shutil.rmtree(sibling, ignore_errors=True)
        except (OSError, ValueError):
            continue


# --------------------------------------------------------------------------------- entry points


def _build_for(handbook: Handbook) -> tuple[RamStorage, dict[str, Any]]:
    storage = build(documents(handbook))
    return storage, _meta(handbook, storage)


def _rebuild_cached(handbook: Handbook, force: bool) -> Opened:
    """Build into the user cache under a lock; in memory if that cannot be written."""
    target = cache_folder(handbook.content_hash)
    built: tuple[RamStorage, dict[str, Any]] | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with filelock.FileLock(str(target.parent / f"{target.name}.lock"), timeout=LOCK_TIMEOUT):
            if not force:
                found = load(target, handbook.content_hash)  # another process may have built it
                if found is not None:
                    return found
            built = _build_for(handbook)
            _write(built[0], built[1], target)
            _prune(target, built[1]["root"])
            log.info("search index built in %s", target)
            return Opened(built[0], str(target), tuple(built[1]["languages"]))
    except (OSError, filelock.Timeout) as err:
        log.warning("search index kept in memory: cannot write %s (%s)", target, err)
        storage, meta = built if built is not None else _build_for(handbook)
        return Opened(storage, MEMORY, tuple(meta["languages"]))


def open_storage(handbook: Handbook) -> Opened:
    """The shipped index if fresh, else the cached one, else a new one (cache or memory)."""
    content_hash = handbook.content_hash
    for folder in (resources.shipped_index_dir(), cache_folder(content_hash)):
        found = load(folder, content_hash)
        if found is not None:
            return found
    return _rebuild_cached(handbook, force=False)


def ensure(handbook: Handbook, rebuild: bool = False, shipped: bool = False) -> Opened:
    """Make sure an index exists (see ``search.ensure_index``)."""
    if not shipped:
        return _rebuild_cached(handbook, force=True) if rebuild else open_storage(handbook)
    target = resources.shipped_index_dir()
    if not rebuild:
        found = load(target, handbook.content_hash)
        if found is not None:
            return found
    storage, meta = _build_for(handbook)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # The lock lives in the temp folder so the install tree gets no stray files.
        key = hashlib.sha256(str(target.resolve()).encode()).hexdigest()[:16]
        lock = Path(tempfile.gettempdir()) / f"handbook-index-{key}.lock"
        with filelock.FileLock(str(lock), timeout=LOCK_TIMEOUT):
            _write(storage, meta, target)
    except (OSError, filelock.Timeout) as err:
        raise SearchError(f"cannot write the search index to {target}: {err}") from err
    return Opened(storage, str(target), tuple(meta["languages"]))
