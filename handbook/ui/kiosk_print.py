"""Handouts at a kiosk: "Print" goes to the configured printer with no dialog, or, when the kiosk
configuration names an output folder, the core writes the PDF there under a new name. A visitor
never sees a file or print dialog.
"""

from __future__ import annotations

import datetime
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from handbook import printing
from handbook.config import KioskConfig
from handbook.errors import HandbookError

if TYPE_CHECKING:
    from handbook.pdf import HandoutRequest
    from handbook.ui.export_runner import ExportRunner

log = logging.getLogger(__name__)


class HandoutNotSent(HandbookError):
    """The kiosk's printer or handout folder is not there (the message is already translated)."""


def unique_pdf_path(folder: Path, lang: str, now: datetime.datetime | None = None) -> Path:
    """A new file name in ``folder``: ``handout-YYYYMMDD-HHMMSS-LANG.pdf`` (``-2``, ``-3``… if taken).

    The name says nothing about what the visitor chose."""
    stamp = (now or datetime.datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"handout-{stamp}-{lang}.pdf"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"handout-{stamp}-{lang}-{number}.pdf"
    return path


class KioskHandouts(QObject):
    """Sends a handout where the kiosk configuration says, through the window's ExportRunner."""

    def __init__(self, config: KioskConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config

    def unavailable(self) -> HandoutNotSent:
        return HandoutNotSent(self.tr("The printer is not available. Please ask the front desk."))

    def not_printed(self) -> HandoutNotSent:
        return HandoutNotSent(self.tr("Your handout was not printed. Please ask the front desk."))

    def printer(self) -> QPrinter:
        """The configured printer (or the system's default one); ``HandoutNotSent`` if there is none,
        or if its queue is paused or refuses jobs (a visitor's handout never waits for later)."""
        name = self.config.printer
        try:
            queue = printing.choose_queue(name)
        except printing.PrintError as err:
            log.warning("kiosk: %s", err)
            raise self.unavailable() from err
        if queue is not None and queue.stopped:
            log.warning("kiosk: the printer %s is stopped (%s)", queue.name, ", ".join(queue.reasons) or "paused")
            raise self.unavailable()
        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
        if info.isNull():
            log.warning("kiosk: printer %r not found (available: %s)", name, QPrinterInfo.availablePrinterNames())
            raise self.unavailable()
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        if not printer.isValid():
            log.warning("kiosk: printer %r cannot be used", info.printerName())
            raise self.unavailable()
        return printer

    def send(self, runner: ExportRunner, request: HandoutRequest, title: str) -> None:
        """Start the handout; ``runner.finished`` or ``runner.failed`` follows. Raises ``HandoutNotSent``
        at once when there is nowhere to send it."""
        folder = self.config.output_folder
        if folder is not None:
            if not (folder.is_dir() and os.access(folder, os.W_OK)):
                log.warning("kiosk: the handout folder %s is missing or not writable", folder)
                raise self.unavailable()
            runner.save_pdf(request, unique_pdf_path(folder, request.lang))
            return
        runner.print_handout(request, self.printer(), title)

    def done_message(self, path: str) -> str:
        if path:
            return self.tr("Your handout was sent. Please ask the front desk for it.")
        return self.tr("Your handout is printing. Please collect it from the printer.")
