"""Property-based tests over what people and scripts pass in: any mixture of ids, titles and brand
names in any language, random text, empty strings, duplicates and huge lists; valid and invalid
languages; every export option with good and bad output paths.

The promises checked:

* ``compare`` and ``export_pdf`` return a result or raise a ``HandbookError`` with one plain line,
  nothing else; ``compare`` succeeds exactly when the names are 2 to 4 different treatments;
* a successful export is a whole PDF; a failed one leaves the folder exactly as it was (no partial
  file, no temporary file, an existing file untouched, no folder created);
* ``handbook.cli.main([...])`` returns 0, 1 or 2, never a traceback, one stderr line on an error, and
  valid JSON with ``--json``.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from handbook import content
from handbook.cli import main
from handbook.compare import compare
from handbook.content import COMPARE_KEYS
from handbook.errors import HandbookError
from handbook.i18n import LANGUAGES
from handbook.pdf import HandoutRequest, export_pdf

HB = content.load_cached()  # the bundled content: the same object the in-process CLI uses
TOPIC_IDS = [t.id for t in HB.topics("en")]
TREATMENTS = [t.id for t in HB.treatments("en")]


def examples(n: int) -> settings:
    """``n`` examples, no deadline (exports take a while), fixtures shared across examples."""
    return settings(max_examples=n, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _known_names() -> dict[str, str]:
    """Every name of a treatment the content gives (id, generic and brand names, the title in each
    language) mapped to its id; a name two treatments share is left out."""
    pairs: list[tuple[str, str]] = [(tid, tid) for tid in TREATMENTS]
    for tid in TREATMENTS:
        for words in HB.names.get(tid, {}).values():
            pairs += [(word, tid) for word in words]
    for lang in LANGUAGES:
        pairs += [(t.title, t.id) for t in HB.treatments(lang)]
    owners: dict[str, set[str]] = {}
    for name, tid in pairs:
        owners.setdefault(name.casefold(), set()).add(tid)
    return {name: tid for name, tid in pairs if len(owners[name.casefold()]) == 1}


NAMES = _known_names()
FOLDED = {name.casefold() for name in NAMES} | {t.casefold() for t in TOPIC_IDS}

# ---------------------------------------------------------------------------------- strategies

VARIANTS: list[Callable[[str], str]] = [
    lambda s: s,
    str.upper,
    str.lower,
    lambda s: f"  {s}\t",
    lambda s: s.replace(" ", "-"),
]

#: a known name, exactly or in another case or spacing, with the treatment it names
known_name = st.tuples(st.sampled_from(sorted(NAMES)), st.sampled_from(VARIANTS)).map(
    lambda pair: (pair[1](pair[0]), NAMES[pair[0]])
)


def any_text(surrogates: bool = True) -> st.SearchStrategy[str]:
    excluded = () if surrogates else ("Cs",)
    return st.one_of(
        st.text(max_size=20),
        st.text(st.characters(exclude_categories=excluded, exclude_characters="\x00"), max_size=20),
        st.sampled_from(["", " ", "\t\n", "?", "AND OR (((", "Xgeva Zometa", "zometa,xgeva", "-", "--all", "x" * 3000]),
    )


#: random text, which names no treatment
unknown_name = any_text().filter(lambda s: s.strip().casefold() not in FOLDED).map(lambda s: (s, None))
blank = st.sampled_from(["", " ", "\t", "\n "]).map(lambda s: (s, None))
name_item = st.one_of(known_name, known_name, known_name, unknown_name, blank)


def lists_of(item: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    """Short lists, and huge ones (a short list repeated up to 2,000 items)."""
    short = st.lists(item, max_size=6)
    huge = st.builds(lambda xs, n: (xs * n)[:2000], st.lists(item, min_size=1, max_size=4), st.integers(50, 800))
    return st.one_of(short, short, short, huge)


@st.composite
def treatment_choices(draw: st.DrawFn) -> list[tuple[str, str | None]]:
    """1 to 5 different treatments, each by one of its names in any case, with blanks among them."""
    chosen = draw(st.permutations(TREATMENTS))[: draw(st.integers(1, 5))]
    items: list[tuple[str, str | None]] = []
    for tid in chosen:
        name = draw(st.sampled_from([n for n, t in NAMES.items() if t == tid]))
        items.append((draw(st.sampled_from(VARIANTS))(name), tid))
        if not draw(st.sampled_from([True] * 4 + [False])):
            items.append(draw(blank))
    return items


languages = st.one_of(
    st.sampled_from(LANGUAGES),
    st.sampled_from(LANGUAGES),
    st.sampled_from(LANGUAGES),
    st.sampled_from(["", "EN", "fr", " en", "en\n", "zh-Hans", "english", "ar_EG", "xx"]),
    st.text(max_size=6),
)

section_item = st.one_of(
    st.sampled_from(TOPIC_IDS),
    st.sampled_from(TOPIC_IDS).map(str.upper),
    st.sampled_from(sorted(NAMES)),  # titles and brand names are not section ids
    any_text(),
)


@st.composite
def valid_requests(draw: st.DrawFn) -> HandoutRequest:
    """A request that must be exported: one kind of selection, real ids or names, a real language."""
    lang = draw(st.sampled_from(LANGUAGES))
    large = draw(st.booleans())
    kind = draw(st.sampled_from(["all", "sections", "sections", "compare", "compare"]))
    if kind == "all":
        return HandoutRequest(lang=lang, all_sections=True, large_print=large)
    if kind == "sections":
        ids = draw(lists_of(st.sampled_from(TOPIC_IDS)).filter(bool))
        return HandoutRequest(lang=lang, sections=tuple(ids), large_print=large)
    chosen = draw(st.permutations(TREATMENTS))[: draw(st.integers(2, 4))]
    by_treatment = {tid: [n for n, t in NAMES.items() if t == tid] for tid in chosen}
    names = [draw(st.sampled_from(by_treatment[tid])) for tid in chosen]
    return HandoutRequest(lang=lang, compare=tuple(names), large_print=large)


any_request = st.builds(
    HandoutRequest,
    lang=languages,
    all_sections=st.booleans(),
    sections=lists_of(section_item).map(tuple),
    compare=lists_of(name_item).map(lambda items: tuple(text for text, _ in items)),
    large_print=st.booleans(),
)

GOOD_FILE_NAMES = [
    "handout.pdf",
    "Handout für Oma.pdf",
    "نشرة المريض.pdf",
    "患者手册.pdf",
    "환자 안내.pdf",
    "Sổ tay bệnh nhân.pdf",
    "no extension",
    ".hidden.pdf",
    "  spaced  .pdf",
    "bone 🦴.pdf",
    "UPPER.PDF",
    "b" * 251 + ".pdf",  # 255 bytes: the longest name most file systems allow
]
BAD_FILE_NAMES = ["", ".", "..", "a" * 300 + ".pdf", "é" * 200 + ".pdf"]
API_ONLY_BAD_NAMES = ["nul\x00byte.pdf", "lone \ud800 surrogate.pdf"]  # an OS argv cannot hold these

#: where the file goes, relative to a fresh folder holding ``a-file`` (a file) and ``a-folder``
PLACES = {
    "here": "{base}/{name}",
    "missing folder": "{base}/missing/{name}",
    "missing folders": "{base}/missing/deeper/{name}",
    "a file as the folder": "{base}/a-file/{name}",
    "the folder itself": "{base}",
    "an existing folder": "{base}/a-folder",
}


def file_names(api: bool) -> st.SearchStrategy[str]:
    bad = BAD_FILE_NAMES + (API_ONLY_BAD_NAMES if api else [])
    chars = st.characters(exclude_categories=() if api else ("Cs",), exclude_characters="/" if api else "/\x00")
    return st.one_of(st.sampled_from(GOOD_FILE_NAMES), st.sampled_from(bad), st.text(chars, max_size=40))


# ------------------------------------------------------------------------------------- helpers


def one_plain_line(err: BaseException) -> None:
    message = str(err)
    assert message.strip(), f"{type(err).__name__} with an empty message"
    assert len(message.splitlines()) == 1, f"not one line: {message!r}"


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under ``folder``."""
    found: dict[str, bytes | None] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            found[os.path.relpath(os.path.join(root, name), folder)] = None
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                found[os.path.relpath(path, folder)] = handle.read()
    return found


def is_whole_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-"), data[:20]
    assert len(PdfReader(io.BytesIO(data)).pages) > 0


class Place:
    """A fresh folder for one example, with an existing file and folder, and a target in it."""

    OLD = b"%PDF-1.4 the good handout printed yesterday"

    def __init__(self, root: Path, where: str, name: str, existing: bool) -> None:
        self.base = Path(tempfile.mkdtemp(dir=root))
        (self.base / "a-file").write_bytes(b"not a folder")
        (self.base / "a-folder").mkdir()
        self.target = Path(PLACES[where].format(base=self.base, name=name))
        self.certain = where == "here" and name in GOOD_FILE_NAMES  # certainly writable
        if existing and self.certain:
            self.target.write_bytes(self.OLD)
        self.before = snapshot(self.base)

    def check_written(self) -> None:
        is_whole_pdf(self.target)
        after = snapshot(self.base)
        key = os.path.relpath(self.target, self.base)
        assert {k: v for k, v in after.items() if k != key} == {k: v for k, v in self.before.items() if k != key}

    def check_untouched(self) -> None:
        assert snapshot(self.base) == self.before, "a failed export changed the folder"


def expected_comparison(items: list[tuple[str, str | None]], lang: str) -> list[str] | None:
    """The treatment ids a comparison of ``items`` shows, or None if it must be refused."""
    targets = [tid for text, tid in items if text.strip()]
    if lang not in LANGUAGES or None in targets or len(set(targets)) != len(targets):
        return None
    return [t for t in targets if t is not None] if 2 <= len(targets) <= 4 else None


# ------------------------------------------------------------------------------------- compare


@examples(150)
@given(items=st.one_of(treatment_choices(), lists_of(name_item)), lang=languages)
def test_compare_builds_the_table_exactly_when_it_should(items: list[tuple[str, str | None]], lang: str) -> None:
    expected = expected_comparison(items, lang)
    try:
        table = compare(HB, [text for text, _ in items], lang)
    except HandbookError as err:
        one_plain_line(err)
        assert expected is None, f"refused a good comparison of {expected}: {err}"
        return
    assert expected is not None, "compared what it should have refused"
    assert [t.id for t in table.treatments] == expected
    assert [row.key for row in table.rows] == list(COMPARE_KEYS)
    for row in table.rows:
        assert len(row.values) == len(expected) and row.label
    assert {t.lang for t in table.treatments} <= {lang, "en"}
    json.dumps(table.to_json(), ensure_ascii=False)


# -------------------------------------------------------------------------------------- export


@examples(40)
@given(request=st.one_of(valid_requests().map(lambda r: (r, True)), any_request.map(lambda r: (r, False))))
def test_any_request_exports_a_whole_pdf_or_says_why_in_one_line(
    tmp_path: Path, request: tuple[HandoutRequest, bool]
) -> None:
    handout, valid = request
    place = Place(tmp_path, "here", "handout.pdf", existing=True)
    try:
        written = export_pdf(HB, handout, place.target)
    except HandbookError as err:
        one_plain_line(err)
        place.check_untouched()
        assert not valid, f"a good request failed: {err}"
        return
    assert written == place.target
    place.check_written()


CHEAP = [HandoutRequest(sections=("denosumab",)), HandoutRequest(lang="ar", compare=("zometa", "xgeva"))]


@examples(50)
@given(
    request=st.sampled_from(CHEAP),
    where=st.sampled_from(sorted(PLACES)),
    name=file_names(api=True),
    existing=st.booleans(),
)
def test_any_output_path_gets_a_whole_pdf_or_stays_as_it_was(
    tmp_path: Path, request: HandoutRequest, where: str, name: str, existing: bool
) -> None:
    place = Place(tmp_path, where, name, existing)
    try:
        written = export_pdf(HB, request, place.target)
    except HandbookError as err:
        one_plain_line(err)
        place.check_untouched()
        assert not place.certain, f"an export to a good place failed: {err}"
        return
    assert written == place.target
    place.check_written()


# ----------------------------------------------------------------------------------------- CLI

CLI_COMMANDS = [
    *("list", "show", "index", "check", "no command", "junk"),
    *("search", "compare", "export") * 3,
]
#: --content values: the bundled content (no option), and three that are not content folders
CONTENT_OPTIONS = {"bundled": None, "missing": "missing-content", "a file": "a-file", "empty": "empty-folder"}


@pytest.fixture
def cli_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the --content choices in it; the user cache points into it too."""
    home = tmp_path / "cli"
    home.mkdir()
    (home / "a-file").write_text("not content")
    (home / "empty-folder").mkdir()
    monkeypatch.setenv("HANDBOOK_CACHE_DIR", str(home / "cache"))
    return home


@st.composite
def cli_cases(draw: st.DrawFn) -> dict[str, Any]:
    """An argv for ``main`` with ``{out}`` for the output file, and what to put on stdin."""
    text = any_text(surrogates=False)  # an OS argv cannot hold a lone surrogate, only \udc80-\udcff escapes
    word = st.one_of(st.sampled_from(TOPIC_IDS), st.sampled_from(sorted(NAMES)), text)
    flag = st.booleans()
    mostly = st.sampled_from([True] * 5 + [False])
    command = draw(st.sampled_from(CLI_COMMANDS))
    args: list[str] = []
    stdin = ""
    if command == "list":
        args = ["list", *(["--json"] if draw(flag) else [])]
    elif command == "show":
        args = ["show", draw(word)]
    elif command == "search":
        query = draw(st.one_of(word, st.just("-")))
        if query == "-":
            stdin = "\n".join(draw(st.lists(word, max_size=5)))
        args = ["search", query]
        if draw(flag):
            args += ["--limit", draw(st.one_of(st.integers(-3, 60).map(str), text))]
        args += ["--json"] if draw(flag) else []
    elif command == "compare":
        args = ["compare", *draw(lists_of(word)), *(["--json"] if draw(flag) else [])]
    elif command == "export":
        args = ["export"]
        if draw(flag):  # a well-formed request
            request = draw(valid_requests())
            if request.all_sections:
                args.append("--all")
            else:
                args += ["--sections", ",".join(request.sections)] if request.sections else []
                args += ["--compare", ",".join(request.compare)] if request.compare else []
            args += ["--lang", request.lang]
        else:
            options = st.lists(st.sampled_from(["--all", "--sections", "--compare"]), max_size=3, unique=True)
            for option in draw(options):
                args += [option] if option == "--all" else [option, ",".join(draw(lists_of(word)))]
        args += ["--large-print"] if draw(flag) else []
        args += ["-o", "{out}"] if draw(mostly) else []
    elif command in ("index", "check"):
        args = [command]
    elif command == "junk":
        args = draw(st.lists(text, max_size=4))
    before: list[str] = []
    content_key = draw(st.sampled_from(sorted(CONTENT_OPTIONS)))
    if CONTENT_OPTIONS[content_key] and not draw(mostly):
        before += ["--content", "{home}/" + str(CONTENT_OPTIONS[content_key])]
    if not draw(mostly):
        lang = ["--lang", draw(languages)]
        if draw(flag) or not args:
            before += lang
        else:
            args += lang
    extra = draw(st.sampled_from([*[[]] * 12, ["--help"], ["--version"], ["--bogus"]]))
    return {
        "argv": before + args + extra,
        "command": command,
        "stdin": stdin,
        "where": draw(st.sampled_from(["here", "here", "here", *sorted(PLACES)])),
        "name": draw(st.one_of(st.sampled_from(GOOD_FILE_NAMES), file_names(api=False))),
        "existing": draw(flag),
    }


HELP = {"-h", "--help", "--version"}


@examples(150)
@given(case=cli_cases())
def test_cli_returns_an_exit_code_and_at_most_one_line_on_error(
    tmp_path: Path, cli_home: Path, capsys: pytest.CaptureFixture[str], case: dict[str, Any]
) -> None:
    place = Place(tmp_path, case["where"], case["name"], case["existing"])
    argv = [a.replace("{out}", str(place.target)).replace("{home}", str(cli_home)) for a in case["argv"]]
    capsys.readouterr()
    stdin = sys.stdin
    sys.stdin = io.StringIO(case["stdin"])
    try:
        code = main(argv)
    finally:
        sys.stdin = stdin
    out, err = capsys.readouterr()
    assert isinstance(code, int) and code in (0, 1, 2), f"exit {code}: {err}"
    assert "Traceback" not in out + err
    if code:
        assert len(err.splitlines()) == (1 if code == 1 else len(err.splitlines()[:1])), f"exit {code}: {err!r}"
    elif "--json" in argv and case["command"] in ("list", "search", "compare") and not HELP & set(argv):
        for line in out.splitlines():
            json.loads(line)
    if case["command"] == "export" and code == 0 and err.startswith("wrote "):
        place.check_written()
    else:
        place.check_untouched()
