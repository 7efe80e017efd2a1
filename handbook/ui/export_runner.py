"""Making handouts without freezing the window: the PDF is written by the core in a worker thread;
printing paints the same handout's pages on a Qt printer (``printout``), in this thread.

``busyChanged`` drives the window's busy indicator; ``failed`` goes to the window's error banner.

Python's cycle collector is paused while a worker thread runs and started again in this thread when the
job has ended: a collection can start in whichever thread allocates, and one in the worker would free
the Qt objects of the window's garbage there, outside their own thread (a crash seen once in the suite,
in ``gc`` inside the worker while ReportLab measured text). Reference counting still frees the rest.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from handbook.content import Handbook
from handbook.pdf import HandoutRequest, export_pdf
from handbook.ui import printout
from handbook.ui.printout import handout_document

__all__ = ["ExportRunner", "ask_printer", "ask_save_path", "handout_document"]

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as err:
            self.signals.failed.emit(err)
        else:
            self.signals.done.emit(result)


class ExportRunner(QObject):
    busyChanged = Signal(bool)
    #: a saved PDF's path, or "" after printing
    finished = Signal(str)
    #: after printing, after ``finished``: the ``printout.Printout`` (pages, the job on the server)
    printed = Signal(object)
    failed = Signal(object)

    def __init__(self, handbook: Handbook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handbook = handbook
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: list[_Signals] = []
        self._collector_paused = False

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def save_pdf(self, request: HandoutRequest, path: Path) -> None:
        """Write the PDF in a worker thread; ``finished`` or ``failed`` follows."""
        handbook = self.handbook
        signals = _Signals(self)
        signals.done.connect(self._done)
        signals.failed.connect(self._failed)
        self._running.append(signals)
        if gc.isenabled():  # see the module's notes: no collection in the worker
            gc.disable()
            self._collector_paused = True
        self.busyChanged.emit(True)
        self.pool.start(_Job(lambda: export_pdf(handbook, request, path), signals))

    def print_handout(self, request: HandoutRequest, printer: QPrinter, title: str) -> None:
        """Paint the handout on ``printer`` (in this thread: Qt paints documents here)."""
        self.busyChanged.emit(True)
        QApplication.processEvents()
        try:
            done = printout.print_handout(self.handbook, request, printer, title)
        except Exception as err:
            self.busyChanged.emit(False)
            self.failed.emit(err)
            return
        self.busyChanged.emit(False)
        self.finished.emit("")
        self.printed.emit(done)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, path: object) -> None:
        self._forget()
        self.finished.emit(str(path))

    def _failed(self, err: object) -> None:
        self._forget()
        self.failed.emit(err)

    def _forget(self) -> None:
        """The job whose signal this is has ended (slots run in this object's thread)."""
        signals = self.sender()
        if isinstance(signals, _Signals) and signals in self._running:
            self._running.remove(signals)
            signals.deleteLater()
        if not self._running and self._collector_paused:
            self._collector_paused = False
            gc.enable()
        self.busyChanged.emit(self.busy)


# ------------------------------------------------------------------------------ prompts


def ask_save_path(parent: QWidget, suggested: Path, caption: str, file_filter: str) -> Path | None:
    """Ask where to save a PDF (not used in a kiosk)."""
    name, _selected = QFileDialog.getSaveFileName(parent, caption, str(suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def ask_printer(parent: QWidget, handbook: Handbook, request: HandoutRequest) -> QPrinter | None:
    """Qt's print dialog, set up for the handout (landscape for a wide comparison); the chosen
    printer, or None if the reader cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printout.prepare(printer, handbook, request)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        return printer
    return None
