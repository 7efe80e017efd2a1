"""Printed handouts: the handout's pages painted on a Qt printer, with the footer on every page, and
the print job followed on the print server.

The pages hold what the saved PDF holds (``handbook.handout`` chooses for both; ``markup`` writes the
HTML). A handout the PDF lays on its side (a wide comparison) prints in landscape. Every page ends with
the PDF's footer line (care-team line and review date) and its page number.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from handbook import printing
from handbook.content import Handbook
from handbook.handout import HandoutContents, footer_line, handout_contents, is_wide, page_label, page_number
from handbook.i18n import is_rtl
from handbook.pdf import HandoutRequest, today
from handbook.ui import markup, theme, typeface

log = logging.getLogger(__name__)

PRINT_POINT_SIZE = 12.0
LARGE_PRINT_POINT_SIZE = 17.0
FOOTER_POINT_SIZE = 8.5
LARGE_FOOTER_POINT_SIZE = 12.0
MARGIN_MM = 15.0
#: between the body and the footer rule, in points
FOOTER_GAP_PT = 9.0
#: how often a followed job is asked about, and for how long at most
POLL_MS = 1000
FOLLOW_FOR_MS = 15 * 60 * 1000


class PrintFailed(printing.PrintError):
    """Qt could not start or finish painting on the printer."""


def handout_document(handbook: Handbook, request: HandoutRequest, title: str) -> QTextDocument:
    """The handout as a QTextDocument: what the saved PDF has (chosen by the same core function),
    in the same order and language."""
    return _document(handbook, handout_contents(handbook, request), request.large_print, title)


def _document(handbook: Handbook, contents: HandoutContents, large_print: bool, title: str) -> QTextDocument:
    html = markup.handout_html(handbook, contents, today().isoformat(), title)
    doc = QTextDocument()
    size = LARGE_PRINT_POINT_SIZE if large_print else PRINT_POINT_SIZE
    doc.setDefaultFont(typeface.font(contents.lang, size))
    doc.setDefaultStyleSheet(f"{theme.document_css(theme.CALM)}\n{typeface.language_css()}")
    doc.setHtml(html)
    return doc


def prepare(printer: QPrinter, handbook: Handbook, request: HandoutRequest) -> None:
    """Set the page (orientation, margins) and a unique job title before printing or a print dialog."""
    contents = handout_contents(handbook, request)
    wide = is_wide(contents, request.large_print)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    printer.setDocName(printing.job_title(request.lang))


@dataclass(frozen=True)
class Printout:
    """What was printed: the number of pages, and the job on the print server when there is one."""

    pages: int
    sent: printing.Sent | None


def print_handout(handbook: Handbook, request: HandoutRequest, printer: QPrinter, title: str) -> Printout:
    """Paint the handout on ``printer`` (prepared with :func:`prepare`, or it is done here).

    On a print queue the job is checked before (the queue exists and accepts jobs) and after (the
    server took it); either raises ``PrintError`` with one plain line, and nothing is printed."""
    if not printer.docName().startswith("handbook-"):
        prepare(printer, handbook, request)
    queue = None
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        queue = printing.choose_queue(printer.printerName() or None)
    pages = paint_handout(handbook, request, printer, title)
    sent = printing.sent_job(printer.docName(), queue) if queue is not None else None
    return Printout(pages, sent)


def paint_handout(handbook: Handbook, request: HandoutRequest, printer: QPrinter, title: str) -> int:
    """Only paint the handout's pages on ``printer`` (a print preview's, say); the number of pages."""
    contents = handout_contents(handbook, request)
    document = _document(handbook, contents, request.large_print, title)
    footer_size = LARGE_FOOTER_POINT_SIZE if request.large_print else FOOTER_POINT_SIZE
    footer = footer_line(handbook, contents)
    if contents.second is not None:  # a bilingual handout: the care-team line in both languages
        footer += "\n" + footer_line(handbook, contents.second)
    if contents.clinic is not None:  # the clinic's name and numbers on every page too
        footer += "\n" + markup.clinic_numbers_line(handbook, contents.clinic, contents.lang)
    return paint(
        document,
        printer,
        footer,
        page_label(handbook, contents.lang),
        typeface.font(contents.lang, footer_size),
        is_rtl(contents.lang),
    )


def paint(document: QTextDocument, printer: QPrinter, footer: str, label: str, font: QFont, rtl: bool) -> int:
    """Lay ``document`` out page by page on ``printer`` with ``footer`` and the page number at the
    foot of every page; return the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(f"cannot print on '{printer.printerName() or printer.outputFileName()}'", "refused")
    try:
        return _paint_pages(painter, document, printer, footer, label, font, rtl)
    finally:
        painter.end()


def _paint_pages(
    painter: QPainter, document: QTextDocument, printer: QPrinter, footer: str, label: str, font: QFont, rtl: bool
) -> int:
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    width, height = page.width(), page.height()
    points = printer.resolution() / 72.0
    footer_font = QFont(font, printer)
    metrics = QFontMetricsF(footer_font, printer)
    number_room = metrics.horizontalAdvance(page_number(label, 999)) + 6 * points
    footer_doc = _footer_document(footer, footer_font, printer, width - number_room, rtl)
    # room for two footer lines always, so the body ends at the same height on every page
    footer_height = max(footer_doc.size().height(), 2 * metrics.lineSpacing())
    body_height = height - footer_height - FOOTER_GAP_PT * points
    doc = document.clone()
    doc.documentLayout().setPaintDevice(printer)
    doc.setPageSize(QSizeF(width, body_height))
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    pages = doc.pageCount()
    rule_y = body_height + FOOTER_GAP_PT * points / 2
    for number in range(1, pages + 1):
        if number > 1 and not printer.newPage():
            raise PrintFailed("the printer stopped taking pages", "refused")
        top = (number - 1) * body_height
        painter.save()
        painter.translate(0, -top)
        context.clip = QRectF(0, top, width, body_height)
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setPen(QPen(QColor("#9aa3ab"), 0.6 * points))
        painter.drawLine(QPointF(0, rule_y), QPointF(width, rule_y))
        painter.restore()
        footer_top = rule_y + FOOTER_GAP_PT * points / 2
        painter.save()
        painter.translate((number_room if rtl else 0), footer_top)
        footer_doc.drawContents(painter)
        painter.restore()
        painter.save()
        painter.setFont(footer_font)
        painter.setPen(QColor("#555555"))
        option = QTextOption(Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        painter.drawText(QRectF(0, footer_top, width, metrics.lineSpacing() * 1.5), page_number(label, number), option)
        painter.restore()
    return pages


_LTR_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.:/\-]*[0-9A-Za-z]")


def isolated(text: str, rtl: bool) -> str:
    """In right-to-left text, each left-to-right run (an ISO date, a phone number) isolated
    (U+2066..U+2069), so it keeps its own order instead of being reversed around its hyphens."""
    return _LTR_RUN.sub(lambda m: f"\u2066{m[0]}\u2069", text) if rtl else text


def _footer_document(text: str, font: QFont, printer: QPrinter, width: float, rtl: bool) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(printer)
    doc.setDefaultFont(font)
    option = QTextOption(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    doc.setPlainText(isolated(text, rtl))
    doc.setTextWidth(width)
    return doc


class JobWatch(QObject):
    """Follows a sent job on the print server until it ends (or ``FOLLOW_FOR_MS`` pass).

    ``ended(job)`` when it completed, was cancelled or aborted; ``lost()`` if the server stops
    knowing it (its history is not kept)."""

    ended = Signal(object)
    lost = Signal()

    def __init__(self, sent: printing.Sent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = sent.job
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._left = FOLLOW_FOR_MS // POLL_MS
        self._timer.start()

    @property
    def following(self) -> bool:
        return self._timer.isActive()

    def check(self) -> None:
        self._left -= 1
        now = printing.job(self.job.id, self.job.printer)
        if now is None:
            self._timer.stop()
            self.lost.emit()
            return
        self.job = now
        if now.state.finished:
            self._timer.stop()
            self.ended.emit(now)
        elif self._left <= 0:
            log.info("stopped following print job %s (%s)", now.name, now.state.name.lower())
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
