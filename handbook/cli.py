"""The ``handbook`` command line: the contract that staff, scripts and tests rely on.

User errors print one line on stderr and exit non-zero; never a traceback (set HANDBOOK_DEBUG=1
to see one for a real bug).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from handbook import __version__
from handbook.errors import HandbookError, one_line
from handbook.i18n import DEFAULT_LANGUAGE, LANGUAGES, check_language

log = logging.getLogger(__name__)

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 70


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {one_line(message)} (see --help)\n")


def _lang_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="{" + ",".join(LANGUAGES) + "}",
        default=DEFAULT_LANGUAGE if top else argparse.SUPPRESS,
        help="language of the content and output (default: en)",
    )


def _clinic_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--clinic",
        type=Path,
        metavar="FILE",
        default=None if top else argparse.SUPPRESS,
        help="the clinic's details for handouts and the home page (see docs/CLINIC.md)",
    )


def _handout_options(parser: argparse.ArgumentParser) -> None:
    """What ``export`` and ``print`` share: what goes in (one of --all, --sections, --compare, and
    or instead a --my-questions sheet), large print, a second language, the clinic."""
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every section")
    which.add_argument("--sections", metavar="ID,ID", help="these sections, in handbook order")
    which.add_argument("--compare", metavar="A,B", help="a comparison of 2 to 4 treatments")
    parser.add_argument("--large-print", action="store_true", help="body text at least 16 pt")
    parser.add_argument(
        "--second-lang",
        choices=LANGUAGES,
        metavar="{" + ",".join(LANGUAGES) + "}",
        help="bilingual: every block beside its translation in this language",
    )
    parser.add_argument(
        "--my-questions",
        type=Path,
        metavar="FILE",
        help="a 'My questions' sheet of the questions in FILE (one a line); alone or with the above",
    )
    _clinic_option(parser)


def build_parser(gui_only: bool = False) -> argparse.ArgumentParser:
    """The command line; with ``gui_only`` only the ``gui`` command (what the app's start needs: the
    same parser for it, without building the ten others)."""
    parser = _Parser(prog="handbook", description="Offline handbook: prostate cancer that has spread to the bones.")
    parser.add_argument("--version", action="version", version=f"handbook {__version__}")
    parser.add_argument(
        "--content", type=Path, metavar="DIR", help="a content folder to use instead of the bundled one"
    )
    _lang_option(parser, top=True)
    _clinic_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("gui", help="the desktop app")
    _lang_option(gui)
    gui.add_argument("--kiosk", action="store_true", help="full-screen kiosk for a clinic waiting room")
    gui.add_argument(
        "--idle-timeout",
        type=_positive,
        default=None,
        metavar="S",
        help="kiosk: idle seconds before the reset countdown (120)",
    )
    gui.add_argument(
        "--reset-countdown",
        type=_positive,
        default=None,
        metavar="S",
        help="kiosk: seconds of countdown before a reset (20)",
    )
    gui.add_argument("--kiosk-config", type=Path, metavar="FILE", help="kiosk configuration file (see docs/KIOSK.md)")
    _clinic_option(gui)
    gui.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="render the window offscreen to a PNG and exit"
    )
    gui.add_argument("--view", default="home", metavar="V", help="home | section:ID | search:QUERY | compare:A,B")
    if gui_only:
        return parser

    lst = sub.add_parser("list", help="every topic")
    _lang_option(lst)
    lst.add_argument("--json", action="store_true", help='JSON: [{"id","kind","title","text"}]')

    show = sub.add_parser("show", help="one topic as plain text")
    _lang_option(show)
    show.add_argument("id")

    search = sub.add_parser("search", help="search the handbook ('-' reads one query a line from stdin)")
    _lang_option(search)
    search.add_argument("query")
    search.add_argument("--limit", type=_positive, default=10, metavar="N")
    search.add_argument("--json", action="store_true")

    comp = sub.add_parser("compare", help="compare 2 to 4 treatments side by side")
    _lang_option(comp)
    comp.add_argument("treatments", nargs="+", metavar="TREATMENT", help="id, name or brand name")
    comp.add_argument("--json", action="store_true")

    export = sub.add_parser("export", help="write a PDF handout")
    _lang_option(export)
    _handout_options(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    printing = sub.add_parser("print", help="print a handout (works without a display)")
    _lang_option(printing)
    _handout_options(printing)
    printing.add_argument("--printer", metavar="NAME", help="the print queue (default: the system's default printer)")
    printing.add_argument("--copies", type=_positive, default=1, metavar="N", help="how many copies (1)")

    index = sub.add_parser("index", help="build or refresh the search index")
    _lang_option(index)
    index.add_argument("--rebuild", action="store_true", help="build it again even if it is fresh")
    index.add_argument("--shipped", action="store_true", help="build the index shipped with the app (build time)")

    comp_all = sub.add_parser("compile", help="compile the content once, so that a start reads no YAML")
    _lang_option(comp_all)
    comp_all.add_argument("--shipped", action="store_true", help="into the app's resources (build time)")

    check = sub.add_parser("check", help="validate the content")
    _lang_option(check)

    passphrase = sub.add_parser("kiosk-passphrase", help="set the admin passphrase that unlocks a kiosk")
    _lang_option(passphrase)
    passphrase.add_argument("--kiosk-config", type=Path, metavar="FILE", help="kiosk configuration file to update")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be more than 0")
    return value


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _json(data: Any) -> None:
    _out(json.dumps(data, ensure_ascii=False))


def _handbook(args: argparse.Namespace) -> Any:
    """The content, with the reader's language loaded; broken files are named once on stderr."""
    from handbook import content

    handbook = content.load_cached(args.content)
    if args.command != "check":
        handbook.pack(args.lang)
        found = handbook.found_problems
        if found and not getattr(args, "_warned", False):
            args._warned = True
            sys.stderr.write(
                f"handbook: warning: {len(found)} problem(s) in the content, so some topics may be missing "
                f"(first: {found[0]}); run `handbook check` for all\n"
            )
    return handbook


# ------------------------------------------------------------------------------------ commands


def cmd_list(args: argparse.Namespace) -> int:
    hb = _handbook(args)
    topics = hb.topics(args.lang)
    if args.json:
        _json([{"id": t.id, "kind": t.kind, "title": t.title, "text": _topic_text(hb, t, args.lang)} for t in topics])
    else:
        width = max((len(t.id) for t in topics), default=0)
        for t in topics:
            _out(f"{t.id:<{width}}  {t.kind:<9}  {t.title}")
    return 0


def _topic_text(hb: Any, topic: Any, lang: str) -> str:
    text: str = topic.body_text()
    if topic.compare:
        text += "\n\n" + topic.compare_text(hb.ui(lang).get("compare_rows", {}))
    return text


def cmd_show(args: argparse.Namespace) -> int:
    from handbook.dates import format_date, localize_dates
    from handbook.handout import cited, labelled

    hb = _handbook(args)
    topic = hb.topic(args.id, args.lang)
    ui = hb.ui(args.lang)
    _out(topic.title)
    _out("=" * min(len(topic.title), 72))
    _out()
    details = clinic(args) if topic.clinic_contacts else None
    if details is not None:
        _out_clinic(hb, details, args.lang)
    _out(localize_dates(_topic_text(hb, topic, args.lang), topic.lang))
    if topic.see_also:
        titles = [hb.topic(ref, args.lang).title for ref in topic.see_also]
        _out()
        _out(labelled(ui.get("see_also", "See also"), "; ".join(titles), args.lang))
    _out()
    _out(labelled(ui.get("sources", "Sources"), "", args.lang).rstrip())
    for source in topic.sources:
        _out(f"- {cited(hb, source)}")
    _out(labelled(ui.get("reviewed", "Last reviewed"), format_date(topic.reviewed, args.lang), args.lang))
    return 0


def _out_clinic(hb: Any, details: Any, lang: str) -> None:
    """The clinic's box as the app shows it above a topic that names it: name, place, numbers, note."""
    from handbook.handout import clinic_numbers
    from handbook.i18n import is_rtl
    from handbook.rtl import LRI, PDI

    ui = hb.ui(lang)
    _out(f"{ui.get('your_clinic', 'Your clinic')}: {details.name}")
    if details.line:
        _out(f"  {details.line}")
    for label, number in clinic_numbers(ui, details, lang):
        _out(f"  {label}{LRI}{number}{PDI}" if is_rtl(lang) else f"  {label}{number}")  # in order in Arabic too
    if details.note(lang):
        _out(f"  {details.note(lang)}")
    _out()


def cmd_compare(args: argparse.Namespace) -> int:
    from handbook.compare import compare

    names = [part for arg in args.treatments for part in arg.split(",")]
    table = compare(_handbook(args), names, args.lang)
    if args.json:
        _json(table.to_json())
        return 0
    _out(" | ".join(t.title for t in table.treatments))
    for row in table.rows:
        _out()
        _out(f"{row.label}")
        for topic, value in zip(table.treatments, row.values, strict=True):
            _out(f"  {topic.title}: {value}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from handbook.handout import labelled
    from handbook.search import WORDS, open_index

    def heading(words: str) -> str:  # "Topics:", Chinese with a full-width colon ("主题：")
        return labelled(words, "", args.lang).rstrip()

    handbook = _handbook(args)
    index = open_index(handbook)
    said = {**_SEARCH_WORDS, **handbook.ui(args.lang)}
    queries = sys.stdin.read().splitlines() if args.query == "-" else [args.query]
    for query in queries:
        results = index.search(query, args.lang, limit=args.limit)
        if args.json:
            _json([hit.to_json() for hit in results.hits])
            continue
        did_you_mean = said["search_did_you_mean"].format(words=results.suggestion) if results.suggestion else ""
        if not results.hits and not results.unknown:
            _out(" ".join(part for part in (said["search_no_results"], did_you_mean) if part))
        groups = results.groups()
        for group, hits in groups:
            if len(groups) > 1:  # the topics, and the words explained, apart
                _out(heading(said["search_words_explained" if group == WORDS else "search_topics"]))
            for hit in hits:
                _out(f"{hit.id}  [{hit.kind}]  {hit.title}  ({hit.score:.2f})")
                if hit.snippet:
                    _out(f"    {hit.snippet}")
        if results.suggestion and results.hits:
            _out(did_you_mean)
        if results.unknown:
            _out(said["search_not_covered"].format(words=" ".join(results.unknown)))
            if results.help:
                _out(heading(said["search_who_can_help"]))
            for hit in results.help:
                _out(f"{hit.id}  [{hit.kind}]  {hit.title}")
        if args.query == "-":
            _out()
    return 0


#: What search says, where a content pack's ui.yaml has no words for it.
_SEARCH_WORDS: dict[str, str] = {
    "search_no_results": "No results.",
    "search_did_you_mean": "Did you mean: {words}?",
    "search_topics": "Topics",
    "search_words_explained": "Words explained",
    "search_not_covered": "This handbook does not cover \u201c{words}\u201d. Your care team can help.",
    "search_who_can_help": "Who can help",
}


def _handout_request(args: argparse.Namespace) -> Any:
    from handbook.pdf import HandoutRequest

    def ids(text: str | None) -> list[str]:
        return [p.strip() for p in (text or "").split(",") if p.strip()]

    return HandoutRequest(
        lang=args.lang,
        all_sections=args.all,
        sections=tuple(ids(args.sections)),
        compare=tuple(ids(args.compare)),
        large_print=args.large_print,
        clinic=clinic(args),
        second_lang=args.second_lang,
        my_questions=_my_questions(args),
    )


def _my_questions(args: argparse.Namespace) -> Any:
    """The questions of ``--my-questions FILE`` (a content question is ticked in its list)."""
    if args.my_questions is None:
        return None
    from handbook.my_questions import from_lines, read_lines

    return from_lines(_handbook(args), args.lang, read_lines(args.my_questions))


def cmd_export(args: argparse.Namespace) -> int:
    from handbook.pdf import export_pdf

    path = export_pdf(_handbook(args), _handout_request(args), args.output)
    sys.stderr.write(f"wrote {path}\n")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from handbook.handout import handout_contents

    handbook = _handbook(args)
    request = _handout_request(args)
    handout_contents(handbook, request)  # an unknown section or treatment is named before Qt starts
    if not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # printing needs no window
    from handbook.ui import print_handout

    sys.stderr.write(print_handout(handbook, request, args.printer, args.copies) + "\n")
    return 0


def clinic(args: argparse.Namespace, fallback: Path | None = None) -> Any:
    """The clinic file's details: ``--clinic FILE``, else ``fallback`` (the kiosk's), else the
    default clinic file if there is one (``HANDBOOK_CLINIC``, or clinic.ini in the user's
    configuration folder); None without any."""
    from handbook.config import find_clinic

    return find_clinic(getattr(args, "clinic", None) or fallback)


def cmd_index(args: argparse.Namespace) -> int:
    from handbook.search import ensure_index

    location = ensure_index(_handbook(args), rebuild=args.rebuild, shipped=args.shipped)
    _out(f"search index: {location}")
    return 0


def cmd_compile(args: argparse.Namespace) -> int:
    from handbook.content import compile_all

    _out(f"compiled content: {compile_all(args.content, shipped=args.shipped)}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from handbook.content import check

    problems = check(_handbook(args))
    for problem in problems:
        _out(str(problem))
    if problems:
        sys.stderr.write(f"{len(problems)} problem(s) found\n")
        return EXIT_USER_ERROR
    sys.stderr.write("content OK\n")
    return 0


_NOT_UTF8 = HandbookError(
    "the passphrase is not UTF-8 text (set the terminal or the script to UTF-8, or use plain "
    "letters and digits); nothing was changed"
)


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise _NOT_UTF8 from None


def cmd_kiosk_passphrase(args: argparse.Namespace) -> int:
    import getpass

    from handbook.config import set_passphrase

    if sys.stdin.isatty():
        first = getpass.getpass("New kiosk passphrase: ")
        if getpass.getpass("Type it again: ") != first:
            sys.stderr.write("handbook: the two passphrases differ; nothing was changed\n")
            return EXIT_USER_ERROR
    else:
        first = _utf8(sys.stdin.buffer.readline()).rstrip("\r\n")
    try:
        first.encode("utf-8")  # a terminal that is not UTF-8 gives undecodable bytes as surrogates
    except UnicodeEncodeError:
        raise _NOT_UTF8 from None
    path = set_passphrase(first, args.kiosk_config)
    sys.stderr.write(f"kiosk passphrase stored (hashed) in {path}\n")
    return 0


def _resolve_kiosk(args: argparse.Namespace) -> None:
    """Fill the kiosk settings: the command line wins, then the configuration file, then defaults."""
    from handbook.config import KioskConfig, load_kiosk_config

    config = load_kiosk_config(args.kiosk_config) if args.kiosk else KioskConfig()
    args.kiosk_settings = config
    args.clinic_settings = clinic(args, config.clinic)
    if args.idle_timeout is None:
        args.idle_timeout = config.idle_timeout
    if args.reset_countdown is None:
        args.reset_countdown = config.reset_countdown
    if args.kiosk and not _lang_given(args):
        args.lang = config.default_language


def _lang_given(args: argparse.Namespace) -> bool:
    return any(a == "--lang" or a.startswith("--lang=") for a in getattr(args, "argv", []))


def cmd_gui(args: argparse.Namespace) -> int:
    _resolve_kiosk(args)
    if args.screenshot is None and not _has_display():
        sys.stderr.write(
            "handbook: no display found, so the window cannot open here. What works without one:\n"
            "  handbook gui --screenshot window.png [--view search:pain]   render the window to a picture\n"
            "  handbook export --all -o handbook.pdf                     a PDF handout\n"
            "  handbook search 'bone pain' / handbook list / handbook show ID\n"
        )
        return EXIT_USER_ERROR
    from handbook.ui import run_gui

    return run_gui(args)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


COMMANDS = {
    "gui": cmd_gui,
    "list": cmd_list,
    "show": cmd_show,
    "search": cmd_search,
    "compare": cmd_compare,
    "export": cmd_export,
    "print": cmd_print,
    "index": cmd_index,
    "compile": cmd_compile,
    "check": cmd_check,
    "kiosk-passphrase": cmd_kiosk_passphrase,
}


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(
        level=os.environ.get("HANDBOOK_LOG", "WARNING").upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    words = list(sys.argv[1:] if argv is None else argv)
    gui = bool(words) and words[0] == "gui"
    if gui:  # the app's start makes few cycles: the collector waits until the window is made (ui.app)
        gc.disable()
    try:
        return _main(words, gui)
    finally:
        gc.enable()


def _main(words: list[str], gui: bool) -> int:
    # everything after "gui" is the gui command's: the other commands' parsers are not needed to read it
    parser = build_parser(gui_only=gui)
    try:
        args = parser.parse_args(words)
    except SystemExit as done:  # --help, --version or a usage mistake: argparse has said what it had to
        return done.code if isinstance(done.code, int) else EXIT_USAGE
    args.argv = words
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        check_language(args.lang)
        return COMMANDS[args.command](args)
    except HandbookError as err:
        sys.stderr.write(f"handbook: {err}\n")
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as err:
        if os.environ.get("HANDBOOK_DEBUG"):
            raise
        sys.stderr.write(
            f"handbook: unexpected error ({type(err).__name__}: {one_line(str(err))}); "
            "set HANDBOOK_DEBUG=1 for details\n"
        )
        return EXIT_BUG


def gui_main() -> int:
    """The ``handbook-gui`` script: the app, with the same options as ``handbook gui``."""
    return main(["gui", *sys.argv[1:]])
