"""Printing on a real CUPS print server (see print_server.py): from the command line, from the app's
print action and from the kiosk to its own printer; each job followed to its end and the printed
file checked page by page (see printed_pages.py for how)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from print_server import MAX_JOBS_PER_PRINTER, PrintServer, print_server, queue
from printed_pages import (
    A4,
    closest,
    comparable,
    difference,
    missing_in_order,
    page_sizes,
    page_texts,
    pictures,
)
from PySide6.QtPrintSupport import QPrintDialog
from pytestqt.qtbot import QtBot

from handbook import cli, printing
from handbook.content import Handbook
from handbook.handout import HandoutContents, footer_line, handout_contents, page_label, page_number
from handbook.i18n import is_rtl
from handbook.pdf import HandoutRequest
from handbook.ui import export_runner
from handbook.ui.main_window import MainWindow

pytestmark = pytest.mark.slow
__all__ = ["print_server", "queue"]  # the fixtures

#: a printed page looks like the job's page when their block averages differ less than this (the
#: same page printed differs by 0.5 to 2.5 grey levels; two different text pages mostly by 3 to 10)
ALIKE = 4.0
TIE = 0.5


def newest_job(queue: str) -> printing.Job:
    jobs = printing.jobs(queue)
    assert jobs, f"no job on {queue}"
    return jobs[-1]


def expected_text(handbook: Handbook, contents: HandoutContents) -> list[str]:
    """What the handout shows, in order: the chosen sections' titles (or the comparison's
    treatments), the questions to ask, the glossary and the sources."""
    ui = handbook.ui(contents.lang)
    needles = [t.title for t in contents.narratives]
    if contents.comparison is not None:
        needles += [ui["comparison"], *(t.title for t in contents.comparison.treatments)]
    needles += [ui["questions"]] if contents.questions else []
    for topic in contents.questions:
        needles += [topic.title, *(item for block in topic.body for item in (block.items or (block.text,)))]
    needles += [ui["glossary"]] if contents.glossary else []
    for term in contents.glossary:
        needles += [term.title]
    return [*needles, ui["sources"]]


def check_printout(
    server: PrintServer, handbook: Handbook, job: printing.Job, request: HandoutRequest, copies: int = 1
) -> list[str]:
    """Everything the issue asks of a printed handout; returns the job document's page texts."""
    printed = server.printed(job)
    sent = server.document(job)
    contents = handout_contents(handbook, request)
    sent_sizes = page_sizes(sent)
    wide = contents.comparison is not None and len(contents.comparison.treatments) >= 3
    assert set(sent_sizes) == ({(A4[1], A4[0])} if wide else {A4}), sent_sizes
    # the paper: A4, every page; as many pages as the job's, for each copy
    assert page_sizes(printed) == [A4] * (len(sent_sizes) * copies)
    # the text, in order, in the handout's language (Arabic and Chinese included)
    texts = page_texts(sent)
    missing = missing_in_order("".join(texts), expected_text(handbook, contents))
    assert missing == [], missing
    # the footer and the page number on every page
    # (its parts one by one: on a page of English sources pdftotext reads an Arabic line's runs
    # from the left; so, in right-to-left languages, word by word: "26 نوفمبر 2026")
    parts = r"[·:：\s]" if is_rtl(contents.lang) else r"[·:：]"
    footer = [comparable(part) for part in re.split(parts, footer_line(handbook, contents)) if part.strip()]
    for number, text in enumerate(texts, 1):
        assert all(part in text for part in footer), f"page {number}: no footer"
        label = page_number(page_label(handbook, contents.lang), number)
        read = {comparable(label), comparable(" ".join(reversed(label.split())))}  # either way round
        assert any(form in text for form in read), f"page {number}: no page number"
    # each printed page shows the job's page (and not another one)
    sent_pictures, printed_pictures = pictures(sent), pictures(printed)
    for number, picture in enumerate(printed_pictures):
        assert picture.ink > 0.2, f"printed page {number + 1} is blank"
        own = number % len(sent_pictures)
        best, nearest = closest(picture, sent_pictures)
        distance = difference(picture, sent_pictures[own])
        # (two short pages may look alike at this size: then its own page is about as close)
        assert distance <= nearest + TIE, f"printed page {number + 1} looks like page {best + 1}, not {own + 1}"
        assert distance < ALIKE, f"printed page {number + 1} is not quite its page ({distance:.1f})"
    return texts


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The command line runs in this process: it finds pytest-qt's application already there."""


def run_cli(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(list(args))
    return code, capsys.readouterr().err


# ------------------------------------------------------------------------------ the command line


def test_cli_prints_every_section_in_chinese_on_the_default_printer(
    print_server: PrintServer, queue: str, handbook: Handbook, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = run_cli("print", "--all", "--lang", "zh", capsys=capsys)
    assert code == 0, said
    job = newest_job(queue)
    assert f"job {job.name}" in said and said.count("\n") == 1
    check_printout(print_server, handbook, job, HandoutRequest("zh", all_sections=True))


def test_cli_prints_a_comparison_in_landscape_in_arabic_with_copies(
    print_server: PrintServer, queue: str, handbook: Handbook, capsys: pytest.CaptureFixture[str]
) -> None:
    other = print_server.add_queue(f"{queue}-side")  # not the default: --printer chooses it
    names = tuple(t.id for t in handbook.treatments("ar")[:3])
    code, said = run_cli(
        "print", "--compare", ",".join(names), "--lang", "ar", "--printer", other, "--copies", "2", capsys=capsys
    )
    assert code == 0, said
    job = newest_job(other)
    assert "2 copies" in said
    texts = check_printout(print_server, handbook, job, HandoutRequest("ar", compare=names), copies=2)
    assert any(comparable(handbook.ui("ar")["comparison"]) in t for t in texts)


def test_an_unknown_printer_is_one_line_naming_the_printers_there_are(
    print_server: PrintServer, queue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = run_cli("print", "--sections", "denosumab", "--printer", "no-such-printer", capsys=capsys)
    assert code == 1
    assert said.count("\n") == 1 and "no-such-printer" in said and f"{queue} (default)" in said, said


def test_a_stopped_queue_keeps_the_job_until_it_is_started_again(
    print_server: PrintServer, queue: str, handbook: Handbook, capsys: pytest.CaptureFixture[str]
) -> None:
    print_server.run("cupsdisable", queue)
    code, said = run_cli("print", "--sections", "denosumab", "--lang", "es", capsys=capsys)
    assert code == 0, said
    job = newest_job(queue)
    assert "stopped" in said and job.name in said
    assert not job.state.finished and not list(print_server.out(queue).iterdir())
    print_server.run("cupsenable", queue)
    check_printout(print_server, handbook, job, HandoutRequest("es", sections=("denosumab",)))


def test_a_full_queue_refuses_the_job_with_a_clear_message(
    print_server: PrintServer, queue: str, handbook: Handbook, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    print_server.run("cupsdisable", queue)
    note = tmp_path / "note.txt"
    note.write_text("waiting\n")
    for _ in range(MAX_JOBS_PER_PRINTER):
        print_server.run("lp", "-d", queue, str(note))
    code, said = run_cli("print", "--sections", "denosumab", capsys=capsys)
    assert code == 1
    assert said.count("\n") == 1 and "full" in said and queue in said and "nothing was printed" in said, said
    assert len(printing.jobs(queue)) == MAX_JOBS_PER_PRINTER  # nothing half-sent
    print_server.run("cancel", "-a", queue)
    print_server.run("cupsenable", queue)
    code, said = run_cli("print", "--sections", "denosumab", capsys=capsys)
    assert code == 0, said
    check_printout(print_server, handbook, newest_job(queue), HandoutRequest("en", sections=("denosumab",)))


# ------------------------------------------------------------------------------ the desktop app


class _Accepting(QPrintDialog):
    """The print dialog, answered with its preselected printer (the default queue)."""

    def exec(self) -> int:
        return int(QPrintDialog.DialogCode.Accepted.value)


@pytest.fixture
def printing_window(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The desktop window, whose print dialog is answered with the default queue."""
    monkeypatch.setattr(export_runner, "QPrintDialog", _Accepting)
    return window


def test_the_apps_print_action_prints_and_says_so_when_done(
    qtbot: QtBot, print_server: PrintServer, queue: str, printing_window: MainWindow, handbook: Handbook
) -> None:
    window = printing_window
    window.set_language("ar")
    request = HandoutRequest("ar", sections=("denosumab", "bone-pain"))
    with qtbot.waitSignal(window.print_follower.news, timeout=180_000) as news:
        window.make_handout(request, "print")
    assert news.args and news.args[0] == "printed", window.banner.message
    assert window.statusBar().currentMessage() == news.args[1]
    check_printout(print_server, handbook, newest_job(queue), request)


def test_a_cancelled_job_is_reported_and_printing_again_works(
    qtbot: QtBot, print_server: PrintServer, queue: str, printing_window: MainWindow, handbook: Handbook
) -> None:
    window = printing_window
    print_server.run("cupsdisable", queue)
    request = HandoutRequest("en", sections=("denosumab",))
    window.make_handout(request, "print")
    assert "paused" in window.statusBar().currentMessage()
    job = newest_job(queue)
    with qtbot.waitSignal(window.print_follower.news, timeout=180_000) as news:
        print_server.run("cancel", job.name)
    assert news.args[0] == "cancelled"
    assert window.banner.isVisible() and "print it again" in window.banner.message
    print_server.run("cupsenable", queue)
    with qtbot.waitSignal(window.print_follower.news, timeout=180_000) as news:
        window.make_handout(request, "print")
    assert news.args[0] == "printed"
    check_printout(print_server, handbook, newest_job(queue), request)


# ------------------------------------------------------------------------------ the kiosk


@pytest.fixture
def kiosk_on(qtbot: QtBot, handbook: Handbook, tmp_path: Path) -> object:
    from handbook.config import KioskConfig
    from handbook.ui.kiosk import start_kiosk
    from handbook.ui.startup import application

    made = []

    def make(printer: str) -> object:
        config = KioskConfig(printer=printer)
        kiosk = start_kiosk(application(), handbook, config, "zh", 120, 20, full_screen=False)
        qtbot.addWidget(kiosk.window)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.uninstall()
        kiosk.window.translations.apply("en")
        kiosk.window.close()


def test_the_kiosk_prints_to_its_configured_printer_and_keeps_working_when_it_is_paused(
    qtbot: QtBot, print_server: PrintServer, queue: str, handbook: Handbook, kiosk_on: object
) -> None:
    kiosk_queue = print_server.add_queue(f"{queue}-kiosk")  # named by the kiosk's configuration
    assert callable(kiosk_on)
    kiosk = kiosk_on(kiosk_queue)
    window = kiosk.window
    request = HandoutRequest("zh", sections=("bone-pain",))
    # paused: the visitor is told to ask at the desk; nothing waits in the queue
    print_server.run("cupsdisable", kiosk_queue)
    window.make_handout(request, "print")
    assert window.banner.isVisible() and str(kiosk.handouts.unavailable()) in window.banner.message
    assert printing.jobs(kiosk_queue) == []
    # started again: the same kiosk prints, on its own printer, not the default one
    print_server.run("cupsenable", kiosk_queue)
    window.banner.dismiss()
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.make_handout(request, "print")
    assert not window.banner.isVisible(), window.banner.message
    job = newest_job(kiosk_queue)
    check_printout(print_server, handbook, job, request)
    assert printing.jobs(queue) == []
    qtbot.waitUntil(lambda: not window.print_follower.watches, timeout=180_000)  # the job ended: forgotten
