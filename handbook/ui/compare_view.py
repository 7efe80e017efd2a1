"""The comparison view: tick 2 to 4 treatments and read them side by side, one row per question.

The table is HTML in a TextView, so cells wrap at any zoom and columns never run off the side.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.compare import MAX_TREATMENTS, MIN_TREATMENTS, Comparison, compare
from handbook.content import Handbook
from handbook.ui import markup
from handbook.ui.retranslate import Retranslates
from handbook.ui.textview import TextView

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
#: Narrower columns than this many average characters and the table becomes a list per question.
MIN_COLUMN_CHARS = 14
#: room for an item's tick box and padding, beside its text
CHECK_ROOM = 64


class CompareView(Retranslates, QWidget):
    topicChosen = Signal(str)
    #: the chosen treatment ids, when the reader asks for a PDF or a printout
    saveRequested = Signal(tuple)
    printRequested = Signal(tuple)
    failed = Signal(object)

    def __init__(self, handbook: Handbook, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handbook = handbook
        self.lang = lang
        self.table: Comparison | None = None
        self.stacked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.choices = QListWidget(self)
        self.choices.setFlow(QListView.Flow.LeftToRight)
        self.choices.setWrapping(True)
        self.choices.setResizeMode(QListView.ResizeMode.Adjust)
        self.choices.setSpacing(4)
        self.choices.setMaximumHeight(120)
        self.heading.setBuddy(self.choices)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        for button in (self.clear_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        self.view = TextView(self)
        self.view.measure_chars = 0
        layout.addWidget(self.heading)
        layout.addWidget(self.choices)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.choices.itemChanged.connect(self._changed)
        self.view.topicLinkActivated.connect(self.topicChosen)
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.selected()))
        self.print_button.clicked.connect(lambda: self.printRequested.emit(self.selected()))
        self.clear_button.clicked.connect(self.clear_selection)
        self.populate()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Choose 2 to 4 treatments to see them side by side:"))
        self.choices.setAccessibleName(self.tr("Treatments to compare"))
        self.choices.setAccessibleDescription(self.tr("Press Space to tick or untick a treatment."))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save this comparison as a PDF file"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print this comparison"))
        self.clear_button.setText(self.tr("Clear choices"))
        self.clear_button.setAccessibleName(self.tr("Untick all treatments"))
        self.view.setAccessibleName(self.tr("Comparison table"))
        self.view.setAccessibleDescription(self.tr("One row for each question, one column for each treatment."))
        self.refresh()

    # ------------------------------------------------------------------------------ choosing

    def set_content(self, handbook: Handbook, lang: str) -> None:
        self.handbook = handbook
        self.lang = lang
        self.populate()
        self.refresh()

    def populate(self) -> None:
        """List the treatments of the current language, keeping the ticks."""
        chosen = self.selected()
        self.choices.blockSignals(True)
        self.choices.clear()
        for topic in self.handbook.treatments(self.lang):
            item = QListWidgetItem(markup.split_title(topic.title)[0], self.choices)
            item.setData(ID_ROLE, topic.id)
            item.setToolTip(topic.title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, topic.title)
            metrics = self.choices.fontMetrics()
            item.setSizeHint(QSize(metrics.horizontalAdvance(item.text()) + CHECK_ROOM, max(44, metrics.height() + 16)))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if topic.id in chosen else Qt.CheckState.Unchecked)
        self.choices.blockSignals(False)

    def selected(self) -> tuple[str, ...]:
        """The ticked treatment ids, in list order."""
        items = (self.choices.item(i) for i in range(self.choices.count()))
        return tuple(str(it.data(ID_ROLE)) for it in items if it.checkState() == Qt.CheckState.Checked)

    def set_selection(self, ids: tuple[str, ...] | list[str]) -> None:
        self.choices.blockSignals(True)
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked)
        self.choices.blockSignals(False)
        self.refresh()

    def clear_selection(self) -> None:
        self.set_selection(())
        self.view.verticalScrollBar().setValue(0)

    def _changed(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and len(self.selected()) > MAX_TREATMENTS:
            self.choices.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.choices.blockSignals(False)
            self.refresh(too_many=True)
            return
        self.refresh()

    # ------------------------------------------------------------------------------ the table

    def refresh(self, too_many: bool = False) -> None:
        ids = self.selected()
        ready = MIN_TREATMENTS <= len(ids) <= MAX_TREATMENTS
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        if too_many:
            self.hint.setText(self.tr("You can compare up to 4 treatments. Untick one to choose another."))
        elif ready:
            self.hint.setText(self.tr("%1 treatments chosen.").replace("%1", str(len(ids))))
        else:
            self.hint.setText(self.tr("Tick at least 2 treatments."))
        self.hint.setAccessibleName(self.hint.text())
        if not ready:
            self.table = None
            title = self.handbook.ui(self.lang).get("comparison", "")
            message = self.tr("Tick at least 2 treatments in the list to see them side by side.")
            self.view.show_html(f"<html><body><h1>{markup.esc(title)}</h1><p>{markup.esc(message)}</p></body></html>")
            return
        try:
            self.table = compare(self.handbook, ids, self.lang)
        except Exception as err:
            self.failed.emit(err)
            return
        title = self.handbook.ui(self.lang).get("comparison", "")
        bar = self.view.verticalScrollBar().value()
        self.stacked = self._too_narrow()
        self.view.show_html(markup.comparison_html(self.table, title, stacked=self.stacked))
        self.view.verticalScrollBar().setValue(bar)

    def _too_narrow(self) -> bool:
        """Would a column hold fewer than MIN_COLUMN_CHARS characters at the current text size?"""
        width = (self.view.viewport_width - 2 * self.view.side_margin) * markup.TREATMENT_COLUMNS_SHARE
        column = width / max(1, len(self.selected()))
        return column < self.view.fontMetrics().averageCharWidth() * MIN_COLUMN_CHARS

    def relayout(self) -> None:
        """Switch between the table and the list when the width or text size changed."""
        if self.table is not None and self._too_narrow() != self.stacked:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.relayout()
