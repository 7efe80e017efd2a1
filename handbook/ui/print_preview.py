"""Print preview in the desktop app (never at a kiosk): Qt's preview dialog showing the handout's
pages as they will print, footer and orientation included, with its own Print button."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from handbook import printing
from handbook.content import Handbook
from handbook.pdf import HandoutRequest
from handbook.ui import printout

log = logging.getLogger(__name__)


def preview_handout(
    parent: QWidget,
    handbook: Handbook,
    request: HandoutRequest,
    title: str,
    printed: Callable[[printout.Printout], None],
    failed: Callable[[BaseException], None],
) -> QPrintPreviewDialog:
    """Open the preview (window-modal, not blocking); ``printed`` follows if the reader prints from
    it, ``failed`` if that goes wrong."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printout.prepare(printer, handbook, request)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    pages = [0]

    def paint(target: QPrinter) -> None:
        try:
            pages[0] = printout.paint_handout(handbook, request, target, title)
        except Exception as err:
            log.warning("print preview: %s", err)
            failed(err)

    def done(result: int) -> None:
        if result != QDialog.DialogCode.Accepted.value:
            return
        sent = None
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            try:
                queue = printing.choose_queue(printer.printerName() or None)
                sent = printing.sent_job(printer.docName(), queue) if queue is not None else None
            except printing.PrintError as err:
                failed(err)
                return
        printed(printout.Printout(pages[0], sent))

    dialog.paintRequested.connect(paint)
    dialog.finished.connect(done)
    dialog.open()
    return dialog
