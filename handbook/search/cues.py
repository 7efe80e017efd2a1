"""How readers of each language ask: the words that only ask, and the phrases that steer a search.

Read from ``resources/search/<lang>.json`` (language data, not content: a clinic's content pack does
not change how people ask; JSON, so a start needs no YAML parser), of the shape :data:`SCHEMA`
(checked by the tests with jsonschema, and for its shape when read):

- ``filler``: question and filler words ("what", "can I", "qué", "吗", "có ... không", "هل", "뭐") that
  name nothing a topic is about; they never score;
- ``definition``: phrases that ask what a word means ("what is", "là gì", "什么意思"); such a query may
  put a glossary entry first;
- ``compare``: phrases that ask how the things named differ or which is better ("difference", "vs",
  "khác nhau", "区别", "الفرق", "차이"): like filler, they name nothing a topic is about (vi "khác" is
  also "other", the word of the title "Other treatments"), so they never score; the things named do;
- ``intents``: phrases that ask for one part of a treatment: a row of its comparison (the keys of
  :data:`handbook.content.COMPARE_KEYS`) or its list of questions to ask (:data:`QUESTIONS`);
- ``joins`` (optional): the prepositions, which tie the words after them to something else ("me
  duermo *con* las piernas en alto": I sleep, with my legs up). A phrase of the term list written
  without one is not matched across one (:mod:`handbook.search.plan`): "se me duermen las piernas"
  (my legs go numb) is not "me duermo con las piernas ...".

Phrases are matched on normalized words (:mod:`handbook.search.query`); CJK phrases as text.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from handbook.content import COMPARE_KEYS
from handbook.errors import SearchError
from handbook.i18n import DEFAULT_LANGUAGE, check_language
from handbook.resources import resources_dir

#: The intent that asks for a treatment's list of questions to ask (the others are comparison rows).
QUESTIONS: Final = "questions"
INTENTS: Final = (QUESTIONS, *(key for key in COMPARE_KEYS if key != "what"))

_WORDS: Final = {"type": "array", "items": {"type": "string", "minLength": 1}}
SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["filler", "definition", "compare", "intents"],
    "additionalProperties": False,
    "properties": {
        "about": {"type": "string"},
        "filler": _WORDS,
        "definition": _WORDS,
        "compare": _WORDS,
        "joins": _WORDS,
        "intents": {
            "type": "object",
            "additionalProperties": False,
            "properties": {key: _WORDS for key in INTENTS},
        },
    },
}


@dataclass(frozen=True)
class Cues:
    """One language's asking words, as written in its file (normalized by the caller)."""

    lang: str
    filler: tuple[str, ...]
    definition: tuple[str, ...]
    compare: tuple[str, ...]
    intents: tuple[tuple[str, tuple[str, ...]], ...]  # (intent, phrases), in file order
    joins: tuple[str, ...] = ()


def cues_dir() -> Path:
    return resources_dir() / "search"


def _words(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise ValueError("a list of words was expected")
    return tuple(value)


@functools.lru_cache(maxsize=8)
def load(lang: str) -> Cues:
    """The cues of ``lang`` (English's where the language has no file). A broken file is a SearchError."""
    check_language(lang)
    path = cues_dir() / f"{lang}.json"
    if not path.exists():
        path = cues_dir() / f"{DEFAULT_LANGUAGE}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("intents"), dict):
            raise ValueError("an object with filler, definition, compare and intents was expected")
        unknown = set(data["intents"]) - set(INTENTS)
        if unknown:
            raise ValueError(f"unknown intents {sorted(unknown)}")
        intents = tuple((key, _words(data["intents"][key])) for key in INTENTS if key in data["intents"])
        joins = _words(data["joins"]) if "joins" in data else ()
        return Cues(
            lang,
            _words(data.get("filler")),
            _words(data.get("definition")),
            _words(data.get("compare")),
            intents,
            joins,
        )
    except (OSError, ValueError) as err:
        raise SearchError(f"{path}: the search words of '{lang}' cannot be read ({err})") from err
