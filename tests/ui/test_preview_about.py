"""Print preview (desktop only) and the About box, which says when a UI translation is missing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from handbook.content import Handbook
from handbook.pdf import HandoutRequest
from handbook.ui import language, printout
from handbook.ui.export_dialog import ID_ROLE, ExportDialog
from handbook.ui.main_window import MainWindow


def _tick(view: QListWidget, ids: list[str]) -> None:
    for i in range(view.count()):
        if view.item(i).data(ID_ROLE) in ids:
            view.item(i).setCheckState(Qt.CheckState.Checked)


def _pages_on_paper(handbook: Handbook, request: HandoutRequest, tmp_path: Path) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    printout.prepare(printer, handbook, request)
    return printout.print_handout(handbook, request, printer, "Handbook").pages


def test_the_preview_shows_the_pages_that_would_print(
    qtbot: QtBot, window: MainWindow, handbook: Handbook, tmp_path: Path
) -> None:
    dialog = window.open_export_dialog()
    assert isinstance(dialog, ExportDialog)
    names = [t.id for t in handbook.treatments("en")[:3]]
    _tick(dialog.treatments, names)
    dialog.sections.clear()
    assert dialog.preview_button.isVisible() and dialog.preview_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = window.findChild(QPrintPreviewDialog)
    assert preview is not None
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=30_000)
    request = HandoutRequest("en", compare=tuple(names))
    assert widget.pageCount() == _pages_on_paper(handbook, request, tmp_path)
    assert widget.orientation() == QPageLayout.Orientation.Landscape  # a wide comparison
    preview.reject()


def test_the_kiosks_handout_dialog_has_no_preview(qtbot: QtBot, handbook: Handbook) -> None:
    dialog = ExportDialog(handbook, "en", ("denosumab",))
    qtbot.addWidget(dialog)
    dialog.make_print_only()
    dialog.show()
    assert not dialog.preview_button.isVisible()


def test_a_missing_translation_is_said_once_in_the_log_and_in_the_about_box(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    about = window.show_about()
    assert "missing" not in about.text()
    about.close()
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)  # no .qm files there
    with caplog.at_level(logging.WARNING, logger="handbook.ui.language"):
        window.set_language("vi")
        window.set_language("en")
        window.set_language("vi")
    said = [r for r in caplog.records if "handbook_vi.qm" in r.getMessage()]
    assert len(said) == 1
    about = window.show_about()
    assert "Tiếng Việt" in about.text() and "missing" in about.text()
    assert window.actions_.about.text() == "&About Handbook"  # English: the translation is not there
    about.close()
