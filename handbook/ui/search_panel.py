"""Search as you type: a box over the contents list; while there is text in it, the results
(titles, kinds, highlighted snippets) replace the contents list.

Results update 150 ms after the last key; Enter opens the best hit; Down moves from the box into
the results; "did you mean" is a button. Each result has an accessible text for screen readers.
The results come in the core's groups (``Results.groups()``): topics, and the glossary's "Words
explained", each under its heading when both are there. What the handbook does not cover is said,
with the topics of who can help.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from handbook.ui.accessible import name_clear_button
from handbook.ui.markup import esc, result_html, result_text, shown
from handbook.ui.retranslate import Retranslates

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
RESULT_LIMIT = 20
ID_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1

#: (query, lang) -> the core's Results (hits, suggestion)
SearchFunction = Callable[[str, str], Any]

_Index = QModelIndex | QPersistentModelIndex


class ResultDelegate(QStyledItemDelegate):
    """Draws a result's HTML (bold title, kind, snippet with bold matches), wrapped to the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(10)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        text_option.setTextDirection(self._view.layoutDirection())
        doc.setDefaultTextOption(text_option)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(120, self._view.viewport().width() - 4))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # Imported when the first result is drawn: Python's copy of QStyle alone has some 600 enum
        # members to make, a cost a start does without.
        from PySide6.QtGui import QAbstractTextDocumentLayout
        from PySide6.QtWidgets import QStyle

        # (initStyleOption is not called: in PySide6 6.12 it corrupts None's reference count.
        # The view's option already has what is drawn here: rect, state, palette and font.)
        opt = QStyleOptionViewItem(option)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.textWidth()), int(doc.size().height()) + 2)


class SearchBox(QLineEdit):
    """The search box: Down moves into the results."""

    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class SearchPanel(Retranslates, QWidget):
    topicChosen = Signal(str)
    failed = Signal(object)

    def __init__(self, contents: QWidget, search: SearchFunction, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.lang = lang
        self.suggestion = ""
        self.hits: list[Any] = []
        self.groups: list[tuple[str, list[Any]]] = []
        self.unknown: tuple[str, ...] = ()
        self.help: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.box = SearchBox(self)
        self.box.setClearButtonEnabled(True)
        self.stack = QStackedWidget(self)
        self.contents = contents
        results_page = QWidget(self)
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(results_page)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_button = QPushButton(results_page)
        self.suggestion_button.setObjectName("linkButton")
        self.suggestion_button.hide()
        self.results = QListWidget(results_page)
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setItemDelegate(ResultDelegate(self.results))
        results_layout.addWidget(self.status)
        results_layout.addWidget(self.suggestion_button)
        results_layout.addWidget(self.results, 1)
        self.stack.addWidget(contents)
        self.stack.addWidget(results_page)
        layout.addWidget(self.box)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self.open_best)
        self.box.downPressed.connect(self.focus_results)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.suggestion_button.clicked.connect(self._take_suggestion)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.box.setPlaceholderText(self.tr("Search, for example: bone pain"))
        self.box.setAccessibleName(self.tr("Search the handbook"))
        self.box.setAccessibleDescription(
            self.tr("Results appear as you type. Press Down to move to the results, Enter to open the best one.")
        )
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(self.tr("Press Enter to open a result."))
        self.suggestion_button.setAccessibleName(self.tr("Search for the suggested word instead"))
        name_clear_button(self.box, self.tr("Clear the search"))
        self._show_results()

    def kind_name(self, kind: str) -> str:
        names = {
            "section": self.tr("Section"),
            "treatment": self.tr("Treatment"),
            "glossary": self.tr("Glossary term"),
            "questions": self.tr("Questions to ask"),
        }
        return names.get(kind, kind)

    # ------------------------------------------------------------------------------ searching

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.query():
            self.run_search()

    def query(self) -> str:
        return self.box.text().strip()

    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search at once (no wait)."""
        self.box.setText(text)
        self.run_search()

    def _forget(self) -> None:
        self.hits, self.groups, self.help = [], [], []
        self.unknown = ()
        self.suggestion = ""
        self.results.clear()
        self.stack.setCurrentIndex(0)

    def clear(self) -> None:
        self.timer.stop()
        self.box.clear()
        self._forget()

    def _typed(self, _text: str) -> None:
        if not self.query():
            self.timer.stop()
            self._forget()
            return
        self.timer.start()

    def run_search(self) -> None:
        self.timer.stop()
        query = self.query()
        if not query:
            return
        try:
            results = self._search(query, self.lang)
        except Exception as err:
            self.failed.emit(err)
            return
        self.hits = list(results.hits)
        self.groups = results.groups()
        self.unknown = tuple(results.unknown)
        self.help = list(results.help)
        self.suggestion = results.suggestion or ""
        self._show_results()
        self.stack.setCurrentIndex(1)

    def group_name(self, hits: list[Any]) -> str:
        """A group's heading: the glossary's words explained, or the topics."""
        return self.tr("Words explained") if hits and hits[0].kind == "glossary" else self.tr("Topics")

    def _add_heading(self, text: str) -> None:
        """A heading row: seen and read out, but never chosen (keyboard moves skip it)."""
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(HTML_ROLE, f"<b>{esc(text)}</b>")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.results.addItem(item)

    def _add_hit(self, hit: Any) -> None:
        kind = self.kind_name(hit.kind)
        item = QListWidgetItem(hit.title)
        item.setData(ID_ROLE, hit.id)
        item.setData(HTML_ROLE, result_html(hit.title, kind, hit.snippet or "", self.lang))
        spoken = result_text(hit.snippet or "", self.lang)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}. {kind}. {spoken}".strip())
        item.setData(Qt.ItemDataRole.ToolTipRole, shown(spoken, self.lang))
        self.results.addItem(item)

    def _show_results(self) -> None:
        self.results.clear()
        for _group, hits in self.groups:
            if len(self.groups) > 1:
                self._add_heading(self.group_name(hits))
            for hit in hits:
                self._add_hit(hit)
        if self.unknown and self.help:
            self._add_heading(self.tr("Who can help"))
            for hit in self.help:
                self._add_hit(hit)
        query = self.query()
        lines = []
        if self.hits:
            lines.append(self.tr("Results for “%1”: %2").replace("%1", query).replace("%2", str(len(self.hits))))
        elif query and not self.unknown:
            lines.append(self.tr("Nothing found for “%1”.").replace("%1", query))
        if self.unknown:
            words = " ".join(self.unknown)
            lines.append(self.tr("This handbook does not cover “%1”. Your care team can help.").replace("%1", words))
        self.status.setText("\n".join(lines))
        self.status.setAccessibleName(self.status.text())
        if self.suggestion:
            self.suggestion_button.setText(self.tr("Did you mean: %1?").replace("%1", self.suggestion))
            self.suggestion_button.show()
        else:
            self.suggestion_button.hide()
        first = self._first_row()
        if first >= 0:
            self.results.setCurrentRow(first)

    def _first_row(self) -> int:
        """The first row that is a topic (not a heading), or -1."""
        return next((i for i in range(self.results.count()) if self.results.item(i).data(ID_ROLE)), -1)

    # ------------------------------------------------------------------------------ choosing

    def open_best(self) -> None:
        if self.timer.isActive() or not self.hits:
            self.run_search()
        best = self.hits or (self.help if self.unknown else [])
        if best:
            self.topicChosen.emit(best[0].id)
        elif self.suggestion:
            self._take_suggestion()

    def focus_results(self) -> None:
        if self.timer.isActive():
            self.run_search()
        first = self._first_row()
        if first >= 0:
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            self.results.setCurrentRow(first)
        elif self.suggestion_button.isVisible():
            self.suggestion_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_item(self, item: QListWidgetItem) -> None:
        topic_id = item.data(ID_ROLE)
        if topic_id:
            self.topicChosen.emit(str(topic_id))

    def _take_suggestion(self) -> None:
        if self.suggestion:
            self.set_query(self.suggestion)
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
