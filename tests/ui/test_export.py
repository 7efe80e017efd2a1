"""Handouts from the window: the dialog, saving a PDF in the background, printing, and errors."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from handbook.content import Handbook
from handbook.ui import export_runner
from handbook.ui.export_dialog import ID_ROLE, ExportDialog
from handbook.ui.main_window import MainWindow


def _pages(path: Path) -> list[str]:
    """Each page's text without any white space (Qt's PDFs space words with tabs, and pypdf may
    split a word at a kerned pair)."""
    return ["".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Answer the save dialog with a file in tmp_path, as a person picking a place would."""
    target = tmp_path / "handout.pdf"

    def answer(parent: QWidget, suggested: Path, caption: str, file_filter: str) -> Path:
        assert suggested.suffix == ".pdf" and caption and "pdf" in file_filter
        return target

    monkeypatch.setattr(export_runner, "ask_save_path", answer)
    return target


@pytest.fixture
def print_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Answer the print dialog with a printer that writes a PDF file (a real Qt printer, no paper)."""
    target = tmp_path / "printed.pdf"

    def answer(parent: QWidget, *_handout: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(export_runner, "ask_printer", answer)
    return target


def _tick(view: object, ids: list[str]) -> None:
    from PySide6.QtWidgets import QListWidget

    assert isinstance(view, QListWidget)
    for i in range(view.count()):
        item = view.item(i)
        if item.data(ID_ROLE) in ids:
            item.setCheckState(Qt.CheckState.Checked)


def test_the_dialog_saves_the_chosen_sections_as_a_pdf(
    qtbot: QtBot, window: MainWindow, handbook: Handbook, save_to: Path
) -> None:
    treatment = handbook.treatments("es")[0]
    window.open_topic(treatment.id)
    qtbot.mouseClick(window.command_bar.buttons["handout"], Qt.MouseButton.LeftButton)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.request().sections == (treatment.id,)  # the page being read is ticked
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.mouseClick(dialog.large_print, Qt.MouseButton.LeftButton)
    assert dialog.request().large_print and dialog.request().lang == "es"
    assert gc.isenabled()
    with qtbot.waitSignal(window.runner.finished, timeout=20_000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert window.busy_bar.isVisible()  # the busy indicator shows while it works
        assert not gc.isenabled()  # no cycle collection may start in the worker thread
    assert done.args == [str(save_to)]
    assert gc.isenabled()  # and the collector works again once the handout is made
    assert not window.busy_bar.isVisible()
    pages = _pages(save_to)
    assert pages
    assert _squeeze(handbook.topic(treatment.id, "es").title.split(" (")[0]) in "".join(pages)
    assert str(save_to) in window.statusBar().currentMessage()


def test_nothing_ticked_means_nothing_to_make(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_export_dialog()
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.hint.text()
    _tick(dialog.treatments, ["denosumab"])
    assert not dialog.save_button.isEnabled()  # one treatment is not a comparison
    _tick(dialog.treatments, ["radiation"])
    assert dialog.save_button.isEnabled()
    dialog.close()


def test_printing_renders_the_handout_on_a_qt_printer(
    qtbot: QtBot, window: MainWindow, handbook: Handbook, print_to: Path
) -> None:
    dialog = window.open_export_dialog()
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    sections = [t.id for t in handbook.topics("en") if t.kind == "section"][:2]
    _tick(dialog.sections, sections)
    _tick(dialog.treatments, ["denosumab", "radiation"])
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    text = "".join(_pages(print_to))
    assert len(_pages(print_to)) >= 3  # a cover, the sections and the comparison, each on a new page
    for topic_id in sections:
        assert _squeeze(handbook.topic(topic_id, "en").title) in text
    assert _squeeze(handbook.ui("en")["compare_rows"]["how_often"]) in text


def test_the_comparison_view_saves_its_table(
    qtbot: QtBot, window: MainWindow, handbook: Handbook, save_to: Path
) -> None:
    ids = [t.id for t in handbook.treatments("en")[:2]]
    window.open_compare(ids)
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        qtbot.mouseClick(window.compare_view.save_button, Qt.MouseButton.LeftButton)
    text = "".join(_pages(save_to))
    assert _squeeze(handbook.ui("en")["compare_rows"]["common_side_effects"]) in text


def test_a_failed_export_is_shown_once_in_plain_words(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    missing = tmp_path / "no such folder" / "handout.pdf"
    monkeypatch.setattr(export_runner, "ask_save_path", lambda *args: missing)
    window.open_compare(["denosumab", "radiation"])
    with qtbot.waitSignal(window.runner.failed, timeout=20_000):
        qtbot.mouseClick(window.compare_view.save_button, Qt.MouseButton.LeftButton)
    assert window.banner.isVisible()
    assert window.banner.message.startswith("The handout could not be made.")
    assert "does not exist" in window.banner.message
    assert "Traceback" not in window.banner.message
    assert not missing.exists()
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


def test_cancelling_the_save_dialog_makes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_runner, "ask_save_path", lambda *args: None)
    window.open_compare(["denosumab", "radiation"])
    qtbot.mouseClick(window.compare_view.save_button, Qt.MouseButton.LeftButton)
    assert not window.runner.busy
    assert not window.banner.isVisible()
