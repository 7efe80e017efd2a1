"""``handbook print``: a handout straight to a print queue, for staff and scripts (no window needed:
the command line sets Qt's offscreen platform when there is no display)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from handbook import printing
from handbook.content import Handbook
from handbook.pdf import HandoutRequest
from handbook.ui import printout, typeface

TITLE = "Patient handbook"


def _printer_info(name: str | None) -> QPrinterInfo:
    """Qt's description of the queue (checked with the print server first, where there is one)."""
    queue = printing.choose_queue(name)
    wanted = queue.name if queue is not None else name
    info = QPrinterInfo.printerInfo(wanted) if wanted else QPrinterInfo.defaultPrinter()
    if info.isNull():
        there = [
            printing.Printer(n, n == QPrinterInfo.defaultPrinterName(), printing.PrinterState.IDLE, True, ())
            for n in QPrinterInfo.availablePrinterNames()
        ]
        what = f"there is no printer named '{wanted}'" if wanted else "no default printer is set"
        raise printing.PrintError(f"{what}: {printing.printer_list(there)}", "unknown-printer")
    return info


def print_handout(handbook: Handbook, request: HandoutRequest, name: str | None, copies: int) -> str:
    """Print ``copies`` of the handout on queue ``name`` (or the default one); return what happened,
    in one line. ``PrintError`` when it could not be sent."""
    if QGuiApplication.instance() is None:
        QGuiApplication(["handbook"])
    typeface.register_bundled_fonts()
    info = _printer_info(name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    if not printer.isValid():
        raise printing.PrintError(f"the printer '{info.printerName()}' cannot be used", "refused")
    printer.setCopyCount(copies)
    printout.prepare(printer, handbook, request)
    done = printout.print_handout(handbook, request, printer, TITLE)
    copies_text = f", {copies} copies" if copies > 1 else ""
    what = f"{done.pages} page{'s' if done.pages != 1 else ''}{copies_text}"
    if done.sent is None:
        return f"printed {what} on '{info.printerName()}'"
    job = done.sent.job
    if done.sent.waiting:
        return (
            f"the printer '{job.printer}' is stopped: the handout ({what}) waits in its queue as job {job.name} "
            "and prints when the printer is started again"
        )
    return f"sent {what} to '{job.printer}' (job {job.name})"
