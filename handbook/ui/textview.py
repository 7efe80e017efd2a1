"""A QTextBrowser for the handbook's generated HTML: a readable line length, zoom, theme CSS, and
links dispatched to signals (``topic:ID`` opens a topic, ``term:ID`` explains a glossary term)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QCursor, QHelpEvent, QResizeEvent, QShowEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from handbook.rtl import LRI, PDI
from handbook.ui import typeface
from handbook.ui.markup import TERM_SCHEME, TICK_SCHEME, TOPIC_SCHEME

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, QUrl

#: The widest a line of text gets, in average characters (a comfortable reading measure).
MEASURE_CHARS = 72
MIN_SIDE_MARGIN = 18


class TextView(QTextBrowser):
    topicLinkActivated = Signal(str)
    termLinkActivated = Signal(str, QPoint)
    #: a question to ask was ticked or unticked: its list's id and its place in the list
    tickLinkActivated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self._css = ""
        self._html = ""
        self._side = -1
        #: the viewport's width, from its resize events (see ``viewport_width``)
        self._viewport_width = 0
        self.lang = "en"
        self.zoom = 100
        #: the widest line in average characters; 0 for the full width (tables)
        self.measure_chars = MEASURE_CHARS
        #: term id -> definition, for tooltips over glossary terms
        self.definitions: dict[str, str] = {}
        #: the vertical scroll bar is kept until the view is first shown (``keep_bar_until_shown``)
        self._bar_until_shown = False

    def keep_bar_until_shown(self) -> None:
        """Keep the vertical scroll bar until the view is first shown, then show it only when needed.

        A view is first sized as it is shown. With the bar shown only when needed, Qt lays a long page
        out at the full width, finds it taller than the view, shows the bar and lays the page out again
        at the narrower width; with the bar already there, the page is laid out once, at the width it
        keeps (about 10 M instructions less at start: docs/PERFORMANCE.md, "Seventh round"). On the
        first show, before the first paint, the rest of the page is laid out and the bar sized for it
        (Qt would otherwise size it from an estimate and lay the rest out in steps after the paint:
        the handle changed a moment later), then the bar goes back to "when needed": a page that fits
        goes without it, and Qt resizes the viewport at once (``resizeEvent``: the margins and the page
        follow the full width)."""
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._bar_until_shown = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._bar_until_shown:
            self._bar_until_shown = False
            self.document().size()  # lays the rest of the page out (Qt lays a page out in steps)
            # a resize to the same width: QTextEdit only sizes the scroll bars, for the whole page now
            same = QSize(self._viewport_width, 0)
            super().resizeEvent(QResizeEvent(same, same))
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    # ------------------------------------------------------------------------------ content

    def show_html(self, html: str) -> None:
        self._html = html
        self.document().setDefaultStyleSheet(self._css)
        self.setHtml(html)
        self._side = -1
        self._apply_measure()

    def set_css(self, css: str) -> None:
        self._css = css
        if self._html:
            bar = self.verticalScrollBar().value()
            self.show_html(self._html)
            self.verticalScrollBar().setValue(bar)

    def set_text_font(self, lang: str, zoom: int) -> None:
        """The reading font for ``lang`` at ``zoom`` percent; the text rewraps."""
        self.lang = lang
        self.zoom = zoom
        self.setFont(typeface.font(lang, typeface.CONTENT_POINT_SIZE * zoom / 100))
        self._side = -1
        self._apply_measure()

    # ------------------------------------------------------------------------------ layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A scroll area is told its viewport's size here. Noted first: laying the text out again may
        # show a scroll bar, and so resize the viewport again (a nested event with the final size).
        # The margins for the new width are set before Qt lays the page out at that width: after it,
        # changing them would lay the whole page out a second time (some 10 M instructions at start).
        self._viewport_width = event.size().width()
        self._apply_measure()
        super().resizeEvent(event)

    @property
    def html(self) -> str:
        """The page shown ("" before the first one)."""
        return self._html

    @property
    def viewport_width(self) -> int:
        """The viewport's width as its last resize event gave it (0 before the first one, which comes
        before the view is first shown or grabbed).

        Not ``viewport().width()``: the first time Python is handed the viewport (a plain QWidget made
        by Qt), PySide6 builds the Python type of every kind of widget to find its class, a cost at
        start (about 40 types and their enums)."""
        return self._viewport_width

    def _apply_measure(self) -> None:
        """Centre the text in a column no wider than MEASURE_CHARS characters."""
        width = self.viewport_width
        measure = self.fontMetrics().averageCharWidth() * self.measure_chars
        side = max(MIN_SIDE_MARGIN, (width - measure) // 2) if self.measure_chars else MIN_SIDE_MARGIN
        if side == self._side:
            return
        self._side = side
        # The root frame through a cursor: a wrapper from rootFrame() would stay with the document's
        # wrapper after setHtml() replaced the frame (one left behind for every page shown).
        root = QTextCursor(self.document()).currentFrame()
        while (parent := root.parentFrame()) is not None:
            root = parent
        fmt = root.frameFormat()
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(MIN_SIDE_MARGIN)
        fmt.setBottomMargin(MIN_SIDE_MARGIN * 2)
        root.setFrameFormat(fmt)

    @property
    def side_margin(self) -> int:
        return self._side

    # ------------------------------------------------------------------------------ links

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(TOPIC_SCHEME):
            self.topicLinkActivated.emit(target.removeprefix(TOPIC_SCHEME))
        elif target.startswith(TICK_SCHEME):
            topic_id, _, place = target.removeprefix(TICK_SCHEME).rpartition(":")
            if place.isdigit():
                self.tickLinkActivated.emit(topic_id, int(place))
        elif target.startswith(TERM_SCHEME):
            self.termLinkActivated.emit(target.removeprefix(TERM_SCHEME), self._popup_point())

    def _popup_point(self) -> QPoint:
        """Where a popup for the link just activated goes: under the mouse, or under the keyboard cursor."""
        if self.viewport().underMouse():
            return QCursor.pos() + QPoint(0, self.fontMetrics().height())
        rect = self.cursorRect()
        return self.viewport().mapToGlobal(rect.bottomLeft())

    def createMimeDataFromSelection(self) -> QMimeData:
        """What is copied or dragged: the selection (rich and plain text) without the isolate marks
        that keep numbers in order in right-to-left text (``handbook.rtl``)."""
        # imported on the first copy: each Qt class a start makes Python use costs it (its enums)
        from PySide6.QtCore import QRegularExpression
        from PySide6.QtWidgets import QTextEdit

        clean = QTextDocument()
        cursor = QTextCursor(clean)
        cursor.insertFragment(self.textCursor().selection())
        marks = QRegularExpression(f"[{LRI}-{PDI}]")
        found = clean.find(marks)
        while not found.isNull():
            found.removeSelectedText()
            found = clean.find(marks, found)
        # Qt's own mime data for the cleaned copy: made by C++, deleted by the clipboard (an object
        # made in Python would be deleted after Python has stopped, at exit, and crash)
        helper = QTextEdit()
        helper.setDocument(clean)
        helper.selectAll()
        return helper.createMimeDataFromSelection()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            href = self.anchorAt(event.pos())
            if href.startswith(TERM_SCHEME) and href.removeprefix(TERM_SCHEME) in self.definitions:
                QToolTip.showText(event.globalPos(), self.definitions[href.removeprefix(TERM_SCHEME)], self.viewport())
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().viewportEvent(event)

    def anchors(self) -> list[tuple[str, int]]:
        """Every link in the page with its position in the document (for keyboard users and tests)."""
        found = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                href = fragment.charFormat().anchorHref()
                if href:
                    found.append((href, fragment.position()))
                it += 1
            block = block.next()
        return found
