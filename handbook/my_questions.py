"""My questions: the questions to ask that a reader ticks, and the ones they write themselves.

Pure data (no Qt, no files of its own): the app keeps a :class:`MyQuestions` in its settings (at
home) or in memory only (at a kiosk); :func:`sheet` groups it by topic for the printed sheet;
:func:`read_lines` reads a staff member's file for ``handbook export --my-questions FILE``.

A ticked question is kept as its list's id and its place in that list, the same in every language,
so the sheet follows the reader's language.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import field
from pathlib import Path

from handbook.content import Handbook, Topic
from handbook.errors import ExportError
from handbook.records import record

log = logging.getLogger(__name__)

#: At most this many questions on a sheet (it must fit on two pages), each at most this long.
MAX_QUESTIONS = 20
MAX_LENGTH = 300


def items(topic: Topic) -> tuple[str, ...]:
    """The questions of a questions topic, in order."""
    return tuple(item for block in topic.body for item in (block.items or (block.text,)))


@record
class MyQuestions:
    """What a reader chose: ticked questions as (list id, place in the list), and their own."""

    ticked: tuple[tuple[str, int], ...] = ()
    own: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.ticked or self.own)

    def __len__(self) -> int:
        return len(self.ticked) + len(self.own)

    def is_ticked(self, topic_id: str, index: int) -> bool:
        return (topic_id, index) in self.ticked

    def toggled(self, topic_id: str, index: int) -> MyQuestions:
        key = (topic_id, index)
        ticked = tuple(k for k in self.ticked if k != key) if key in self.ticked else (*self.ticked, key)
        return MyQuestions(ticked, self.own)

    def with_own(self, text: str) -> MyQuestions:
        """Add a question of the reader's own (spaces tidied; empty or repeated ones are not added)."""
        text = " ".join(text.split())[:MAX_LENGTH]
        if not text or text in self.own:
            return self
        return MyQuestions(self.ticked, (*self.own, text))

    def without_own(self, index: int) -> MyQuestions:
        return MyQuestions(self.ticked, tuple(q for i, q in enumerate(self.own) if i != index))

    def to_json(self) -> str:
        return json.dumps({"ticked": [list(k) for k in self.ticked], "own": list(self.own)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: object) -> MyQuestions:
        """Read what ``to_json`` wrote; anything damaged gives an empty list (and a log line)."""
        if not text:
            return cls()
        try:
            data = json.loads(str(text))
            ticked = tuple((str(t), int(i)) for t, i in data.get("ticked", []))
            own = tuple(" ".join(str(q).split())[:MAX_LENGTH] for q in data.get("own", []) if str(q).strip())
        except (ValueError, TypeError, AttributeError) as err:
            log.warning("my questions: ignoring a damaged stored list (%s)", err)
            return cls()
        return cls(tuple(dict.fromkeys(ticked)), tuple(dict.fromkeys(own)))


@record
class Group:
    """The questions of one topic on the sheet (``topic`` is None for the reader's own)."""

    title: str
    questions: tuple[str, ...]
    lang: str
    topic: Topic | None = field(default=None, compare=False)
    #: where each question comes from: (list id, place in the list), or ("", place among the own)
    refs: tuple[tuple[str, int], ...] = ()


def sheet(handbook: Handbook, lang: str, mine: MyQuestions, own_title: str) -> tuple[Group, ...]:
    """The chosen questions grouped by topic, in handbook order, in ``lang``; the reader's own last
    under ``own_title``. Ticks of lists or places that no longer exist are left out."""
    chosen: dict[str, set[int]] = {}
    for topic_id, index in mine.ticked:
        chosen.setdefault(topic_id, set()).add(index)
    groups = []
    for topic in handbook.topics(lang):
        if topic.kind != "questions" or topic.id not in chosen:
            continue
        asked = items(topic)
        places = tuple(i for i in sorted(chosen[topic.id]) if 0 <= i < len(asked))
        if places:
            refs = tuple((topic.id, i) for i in places)
            groups.append(Group(topic.title, tuple(asked[i] for i in places), topic.lang, topic, refs))
    if mine.own:
        groups.append(Group(own_title, mine.own, lang, None, tuple(("", i) for i in range(len(mine.own)))))
    return tuple(groups)


def from_lines(handbook: Handbook, lang: str, lines: Iterable[str]) -> MyQuestions:
    """Questions one a line (a staff member's file): a line that is one of the handbook's questions
    (in ``lang`` or English, spaces and case aside) is ticked in its list; any other is the reader's own."""
    known: dict[str, tuple[str, int]] = {}
    for language in dict.fromkeys((lang, "en")):
        for topic in handbook.topics(language):
            if topic.kind == "questions":
                for i, item in enumerate(items(topic)):
                    known.setdefault(_key(item), (topic.id, i))
    mine = MyQuestions()
    for line in lines:
        found = known.get(_key(line))
        if found is not None:
            if not mine.is_ticked(*found):
                mine = mine.toggled(*found)
        else:
            mine = mine.with_own(line)
    return mine


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def read_lines(path: Path) -> list[str]:
    """The questions in a text file, one a line (blank lines and lines starting with # skipped);
    ``ExportError`` with ``path:line: message`` for what cannot be used."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ExportError(f"{path}: there is no questions file here") from None
    except UnicodeDecodeError:
        raise ExportError(f"{path}:1: the questions file is not UTF-8 text") from None
    except OSError as err:
        raise ExportError(f"{path}: cannot read the questions file ({err.strerror or err})") from None
    lines: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = " ".join(raw.split())
        if not line or line.startswith("#"):
            continue
        if len(line) > MAX_LENGTH:
            raise ExportError(f"{path}:{number}: a question is too long ({len(line)} characters; at most {MAX_LENGTH})")
        if any(not c.isprintable() for c in line):
            raise ExportError(f"{path}:{number}: a question has a control character")
        lines.append(line)
    if not lines:
        raise ExportError(f"{path}:1: the questions file has no question (write one question a line)")
    return lines


def check_count(mine: MyQuestions | Sequence[object]) -> None:
    """``ExportError`` when there are more questions than fit on two pages."""
    if len(mine) > MAX_QUESTIONS:
        raise ExportError(f"{len(mine)} questions are too many for the sheet: choose at most {MAX_QUESTIONS}")
