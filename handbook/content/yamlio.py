"""YAML reading that remembers line numbers, and schema validation that reports ``path:line: message``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from handbook.content.model import Problem
from handbook.content.reading import RefusedFile, read_text


class YamlFileError(Exception):
    """A YAML document that cannot be parsed; carries its ``Problem``."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


# libyaml's parser (about 10x faster: it keeps start-up quick) where PyYAML was built with it.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """SafeLoader that keeps dates as text, so the schema (not PyYAML) judges them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Document:
    """A parsed YAML document with the node tree kept for line look-ups."""

    path: str
    data: Any
    node: yaml.Node | None
    line_offset: int = 0

    def line_of(self, where: Sequence[str | int] = ()) -> int:
        """The 1-based line of the value at ``where`` (keys and list indexes), or the nearest parent."""
        node = self.node
        if node is None:
            return 1 + self.line_offset
        line = node.start_mark.line
        for step in where:
            child = _child(node, step)
            if child is None:
                break
            node = child
            line = node.start_mark.line
        return line + 1 + self.line_offset


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == step:
                return value  # type: ignore[no-any-return]
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return node.value[step]  # type: ignore[no-any-return]
    return None


#: Content is a few levels deep (a topic's compare table: 2); deeper is a mistake or an attack.
MAX_DEPTH = 20
#: Values in one file, each alias (``*name``) counted as the values it stands for: a few lines of
#: aliases of aliases can stand for billions (the largest content file has a few thousand).
MAX_VALUES = 250_000
_TOO_DEEP = f"nested too deeply: content files may nest lists and fields at most {MAX_DEPTH} levels deep"
_TOO_MANY = f"too many values: a content file may hold at most {MAX_VALUES:,} (each alias counted in full)"


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_shape(node: yaml.Node, path: str, line_offset: int) -> None:
    """Refuse, before anything is built from the nodes, nesting past ``MAX_DEPTH``, more than
    ``MAX_VALUES`` values once aliases are expanded, and an alias inside what it names (a loop)."""
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:
        current, children_done = stack.pop()
        key = id(current)
        line = current.start_mark.line + 1 + line_offset
        if children_done:
            kids = _children(current)
            size[key] = 1 + sum(size[id(kid)] for kid in kids)
            height[key] = 1 + max((height[id(kid)] for kid in kids), default=0)
            open_.discard(key)
            if height[key] > MAX_DEPTH:
                raise YamlFileError(Problem(path, line, _TOO_DEEP))
            if size[key] > MAX_VALUES:
                raise YamlFileError(Problem(path, line, _TOO_MANY))
        elif key in open_:  # met again before its own children are done: it is inside itself
            raise YamlFileError(Problem(path, line, "an alias (*name) is used inside what it names"))
        elif key not in size:
            open_.add(key)
            stack.append((current, True))
            stack.extend((kid, False) for kid in _children(current) if id(kid) not in size)


def parse_yaml(text: str, path: str, line_offset: int = 0) -> Document:
    """Parse one YAML document; raise ``YamlFileError`` with the line of a syntax error, or of what
    ``_check_shape`` refuses."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_shape(node, path, line_offset)
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:  # the pure-Python parser (no libyaml) nests by recursion
        raise YamlFileError(Problem(path, 1 + line_offset, _TOO_DEEP)) from None
    except yaml.MarkedYAMLError as err:
        # The context mark is where the broken construct starts (the line an editor must fix);
        # the problem mark is where the parser gave up, often a line later.
        mark = err.context_mark or err.problem_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        what = err.problem or "cannot be read"
        if "nesting depth" in what:  # libyaml's own limit (1000 levels)
            raise YamlFileError(Problem(path, line, _TOO_DEEP)) from None
        raise YamlFileError(Problem(path, line, f"broken YAML: {what}")) from None
    except yaml.YAMLError as err:
        raise YamlFileError(Problem(path, 1 + line_offset, f"broken YAML: {err}")) from None
    finally:
        loader.dispose()
    return Document(path, data, node, line_offset)


def read_yaml(path: Path, root: Path, shown: str) -> Document:
    """Read (see ``reading.read_text``) and parse a YAML file of the content folder ``root``; a file
    refused, unreadable or undecodable becomes a ``YamlFileError``."""
    try:
        text = read_text(path, root)
    except RefusedFile as err:
        raise YamlFileError(Problem(shown, err.line, err.message)) from None
    return parse_yaml(text, shown)


_VALIDATOR_CACHE: dict[int, Any] = {}


def _validator(schema: dict[str, Any]) -> Any:
    key = id(schema)
    if key not in _VALIDATOR_CACHE:
        cls = jsonschema.validators.validator_for(schema)
        _VALIDATOR_CACHE[key] = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return _VALIDATOR_CACHE[key]


def validate(doc: Document, schema: dict[str, Any], base: Sequence[str | int] = ()) -> list[Problem]:
    """Validate ``doc.data`` (or the part of it at ``base``) and explain each failure plainly."""
    data: Any = doc.data
    for step in base:
        data = data[step]
    problems = []
    for err in _validator(schema).iter_errors(data):
        where = [*base, *err.absolute_path]
        problems.append(Problem(doc.path, doc.line_of(where), _explain(err, where)))
    return sorted(set(problems))


def _field(where: Iterable[str | int]) -> str:
    parts = [f"[{p + 1}]" if isinstance(p, int) else str(p) for p in where]
    return ".".join(parts).replace(".[", "[") or "the document"


def _explain(err: Any, where: list[str | int]) -> str:
    field = _field(where)
    kind = err.validator
    if kind == "required":
        missing = [name for name in err.validator_value if name not in (err.instance or {})]
        name = missing[0] if missing else "?"
        return f"missing field '{name}'" + ("" if field == "the document" else f" in {field}")
    if kind == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        return f"unknown field '{', '.join(map(str, extra))}'" + ("" if field == "the document" else f" in {field}")
    if kind == "format" and err.validator_value == "date":
        return f"bad date in '{field}': '{err.instance}' is not a real date (use YYYY-MM-DD)"
    if kind == "pattern" and err.validator_value.startswith(r"^\d{4}"):
        return f"bad date in '{field}': '{err.instance}' (use YYYY-MM-DD)"
    if kind == "pattern" and "[a-z0-9]" in err.validator_value:
        return f"bad id in '{field}': '{err.instance}' (use lowercase letters, digits and '-')"
    if kind == "type":
        return f"'{field}' must be {_type_words(err.validator_value)}"
    if kind in ("minLength", "pattern"):
        return f"'{field}' is empty"
    if kind == "minItems":
        return f"'{field}' needs at least {err.validator_value} entry"
    if kind == "enum":
        return f"'{field}' must be one of {', '.join(map(str, err.validator_value))}"
    if (kind == "not" and where == []) or kind == "not":
        return "only treatments have a 'compare' table"
    return f"'{field}': {err.message}"


def _type_words(expected: str | list[str]) -> str:
    words = {
        "string": "text",
        "integer": "a whole number",
        "array": "a list",
        "object": "a set of fields",
        "number": "a number",
        "boolean": "true or false",
    }
    if isinstance(expected, list):
        return " or ".join(words.get(e, e) for e in expected)
    return words.get(expected, expected)
