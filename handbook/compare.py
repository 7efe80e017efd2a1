"""The treatment comparison table: the same rows, the design's patient questions, for each treatment."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from handbook.content import COMPARE_KEYS, Handbook, Topic
from handbook.errors import NotFoundError
from handbook.i18n import DEFAULT_LANGUAGE, LANGUAGES
from handbook.records import record
from handbook.textnorm import normalize

MIN_TREATMENTS = 2
MAX_TREATMENTS = 4


@record
class Row:
    """One question of the comparison (``key`` in every treatment's front matter): its label and each
    treatment's answer, in the order of the treatments."""

    key: str
    label: str
    values: tuple[str, ...]


@record
class Comparison:
    """Treatments side by side in ``lang``: the same rows for each."""

    lang: str
    treatments: tuple[Topic, ...]
    rows: tuple[Row, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "treatments": [{"id": t.id, "name": t.title} for t in self.treatments],
            "rows": [{"key": r.key, "label": r.label, "values": list(r.values)} for r in self.rows],
        }


def _key(text: str) -> str:
    return " ".join(normalize(text).replace("-", " ").split())


def name_index(handbook: Handbook) -> dict[str, str]:
    """Every way to name a treatment (id, titles in all languages, generic and brand names, the
    term lists' words for it) mapped to its id."""
    names: dict[str, str] = {}
    treatment_ids = {t.id for t in handbook.treatments(DEFAULT_LANGUAGE)}

    def add(name: str, tid: str) -> None:
        key = _key(name)
        if key:
            names.setdefault(key, tid)

    for tid in sorted(treatment_ids):
        add(tid, tid)
        for entry_names in handbook.names.get(tid, {}).values():
            for name in entry_names:
                add(name, tid)
    for lang in LANGUAGES:
        for topic in handbook.pack(lang).topics.values():
            if topic.kind == "treatment":
                add(topic.title, topic.id)
                add(topic.title.split("(")[0], topic.id)
    # A term-list entry names a treatment when its English words already do (e.g. the term
    # "denosumab"): then its words in every language (بيسفوسفونات, 엑스지바...) name it too.
    term_to_treatment: dict[str, str] = {}
    for term in handbook.terms(DEFAULT_LANGUAGE):
        named = term.id if term.id in treatment_ids else names.get(_key(term.term))
        if named is not None:
            term_to_treatment[term.id] = named
    for lang in LANGUAGES:
        for term in handbook.terms(lang):
            target = term_to_treatment.get(term.id)
            if target is not None:
                for word in (term.term, *term.synonyms):
                    add(word, target)
    return names


def resolve(handbook: Handbook, name: str) -> str:
    """The treatment id for ``name``: an id, a name or a brand name in any language."""
    if name in {t.id for t in handbook.treatments(DEFAULT_LANGUAGE)}:
        return name  # an id names itself (the app passes ids): no need to index every name
    tid = name_index(handbook).get(_key(name))
    if tid is None:
        known = ", ".join(t.id for t in handbook.treatments(DEFAULT_LANGUAGE))
        raise NotFoundError(f"no treatment called '{name}' (try one of: {known})")
    return tid


def compare(handbook: Handbook, names: Iterable[str], lang: str = DEFAULT_LANGUAGE) -> Comparison:
    """Compare 2 to 4 treatments named in any way ``resolve`` accepts."""
    wanted = [n for n in (s.strip() for s in names) if n]
    ids: list[str] = []
    for name in wanted:
        tid = resolve(handbook, name)
        if tid in ids:
            raise NotFoundError(f"'{name}' is the same treatment as another one chosen: pick different ones")
        ids.append(tid)
    if not MIN_TREATMENTS <= len(ids) <= MAX_TREATMENTS:
        raise NotFoundError(f"choose {MIN_TREATMENTS} to {MAX_TREATMENTS} treatments to compare, not {len(ids)}")
    topics = tuple(handbook.topic(tid, lang) for tid in ids)
    labels = handbook.ui(lang).get("compare_rows", {})
    rows = tuple(Row(key, labels.get(key, key), tuple(t.compare.get(key, "") for t in topics)) for key in COMPARE_KEYS)
    return Comparison(lang, topics, rows)
