"""The content schema: JSON Schema documents for every kind of content file.

``content.py`` validates each parsed YAML document against these, and turns each failure into a
``path:line: message`` problem that names the field in plain words.
"""

from __future__ import annotations

from typing import Any, Final

ID_PATTERN: Final = r"^[a-z0-9]+(-[a-z0-9]+)*$"
DATE_PATTERN: Final = r"^\d{4}-\d{2}-\d{2}$"

NARRATIVE_KINDS: Final = ("section", "treatment")
ALL_KINDS: Final = ("section", "treatment", "glossary", "questions")

#: The comparison rows, in the order a patient asks them (the design's Option-Grid rows).
COMPARE_KEYS: Final = (
    "what",
    "purpose",
    "how_given",
    "how_often",
    "where",
    "common_side_effects",
    "serious_risks",
    "before_during",
    "who_may_not",
)

_text: dict[str, Any] = {"type": "string", "minLength": 1, "pattern": r"\S"}
_id: dict[str, Any] = {"type": "string", "pattern": ID_PATTERN}
_ids: dict[str, Any] = {"type": "array", "items": _id}
_date: dict[str, Any] = {"type": "string", "pattern": DATE_PATTERN, "format": "date"}
_sources: dict[str, Any] = {"type": "array", "items": _id, "minItems": 1}

NARRATIVE: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["id", "kind", "title", "order", "reviewed", "sources", "summary"],
    "additionalProperties": False,
    "properties": {
        "id": _id,
        "kind": {"enum": list(NARRATIVE_KINDS)},
        "title": _text,
        "order": {"type": "integer"},
        "reviewed": _date,
        "sources": _sources,
        "see_also": _ids,
        "glossary": _ids,
        "clinic_contacts": {"type": "boolean"},
        "include_with": _ids,
        "summary": _text,
        "compare": {
            "type": "object",
            "required": list(COMPARE_KEYS),
            "additionalProperties": False,
            "properties": {key: _text for key in COMPARE_KEYS},
        },
    },
    "if": {"properties": {"kind": {"const": "treatment"}}},
    "then": {"required": ["compare"]},
    "else": {"not": {"required": ["compare"]}},
}

GLOSSARY_ENTRY: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["id", "term", "definition", "reviewed", "sources"],
    "additionalProperties": False,
    "properties": {
        "id": _id,
        "term": _text,
        "forms": {"type": "array", "items": _text},
        "definition": _text,
        "reviewed": _date,
        "sources": _sources,
        "see_also": _ids,
    },
}

QUESTIONS_ENTRY: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["id", "title", "treatment", "order", "reviewed", "sources", "items"],
    "additionalProperties": False,
    "properties": {
        "id": _id,
        "title": _text,
        "treatment": _id,
        "order": {"type": "integer"},
        "reviewed": _date,
        "sources": _sources,
        "items": {"type": "array", "items": _text, "minItems": 1},
    },
}

TERM_ENTRY: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["id", "term"],
    "additionalProperties": False,
    "properties": {
        "id": _id,
        "term": _text,
        "synonyms": {"type": "array", "items": _text},
        "first": {"type": "boolean"},
        "answered_by": _id,
    },
}

UI_STRING_KEYS: Final = (
    "language_name",
    "handbook_title",
    "handbook_subtitle",
    "footer",
    "reviewed",
    "sources",
    "glossary",
    "questions",
    "comparison",
    "page",
    "created",
    "see_also",
)

UI_STRINGS: Final[dict[str, Any]] = {
    "type": "object",
    "required": [*UI_STRING_KEYS, "compare_rows"],
    "properties": {
        **{key: _text for key in UI_STRING_KEYS},
        "compare_rows": {
            "type": "object",
            "required": list(COMPARE_KEYS),
            "additionalProperties": False,
            "properties": {key: _text for key in COMPARE_KEYS},
        },
    },
    "additionalProperties": {"type": "string"},
}

SOURCES: Final[dict[str, Any]] = {
    "type": "object",
    "propertyNames": {"pattern": ID_PATTERN},
    "additionalProperties": {
        "type": "object",
        "required": ["citation"],
        "additionalProperties": False,
        "properties": {
            "citation": _text,
            "url": {"type": "string", "pattern": r"^https?://\S+$"},
            "revised": _date,  # when the source was last revised
            "accessed": _date,  # when it was read
        },
    },
}

NAMES: Final[dict[str, Any]] = {
    "type": "object",
    "propertyNames": {"pattern": ID_PATTERN},
    "additionalProperties": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "generic": {"type": "array", "items": _text},
            "brands": {"type": "array", "items": _text},
        },
    },
}


def list_of(entry: dict[str, Any]) -> dict[str, Any]:
    """A YAML file holding a list of ``entry`` objects."""
    return {"type": "array", "items": entry}
