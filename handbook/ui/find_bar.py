"""Find in page (Ctrl+F): a bar under the text that highlights every match and steps through them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextEdit, QWidget

from handbook.rtl import strip_isolates, tolerant_pattern
from handbook.ui import theme
from handbook.ui.accessible import name_clear_button
from handbook.ui.retranslate import Retranslates


class FindBar(Retranslates, QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QTextEdit | None = None
        self._matches: list[QTextCursor] = []
        self._current = -1
        self.theme = theme.CALM
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.label = QLabel(self)
        self.box = QLineEdit(self)
        self.box.setClearButtonEnabled(True)
        self.label.setBuddy(self.box)
        self.count = QLabel(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for widget in (self.label, self.box, self.count, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget, 1 if widget is self.box else 0)
        self.box.textChanged.connect(self._search)
        self.box.returnPressed.connect(self.next)
        self.next_button.clicked.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.close_button.clicked.connect(self.close_bar)
        self.box.installEventFilter(self)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Find in page:"))
        self.box.setAccessibleName(self.tr("Find in page"))
        self.box.setAccessibleDescription(self.tr("Type a word to highlight it on this page"))
        name_clear_button(self.box, self.tr("Clear the word to find"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close find in page"))
        self._show_count()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & (
                Qt.KeyboardModifier.ShiftModifier
            ):
                self.previous()
                return True
        return False

    def set_target(self, target: QTextEdit) -> None:
        if self._target is not None and self._target is not target:
            self._target.setExtraSelections([])
        self._target = target
        if self.isVisible():
            self._search()

    def open_bar(self) -> None:
        self.show()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self._matches = []
        self._current = -1
        if self._target is not None:
            self._target.setExtraSelections([])
            self._target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def refresh(self) -> None:
        """Search again (the page's text changed)."""
        if self.isVisible():
            self._search()

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_index(self) -> int:
        return self._current

    def _search(self) -> None:
        self._matches = []
        self._current = -1
        text = strip_isolates(self.box.text())
        if self._target is not None and text:
            from PySide6.QtCore import QRegularExpression

            document = self._target.document()
            # numbers in right-to-left pages carry isolate marks (handbook.rtl): look through them
            pattern = QRegularExpression(tolerant_pattern(text), QRegularExpression.PatternOption.CaseInsensitiveOption)
            cursor = document.find(pattern, 0)
            while not cursor.isNull():
                self._matches.append(cursor)
                cursor = document.find(pattern, cursor)
        if self._matches:
            self._current = 0
        self._paint()

    def next(self) -> None:
        if self._matches:
            self._current = (self._current + 1) % len(self._matches)
            self._paint()

    def previous(self) -> None:
        if self._matches:
            self._current = (self._current - 1) % len(self._matches)
            self._paint()

    def _paint(self) -> None:
        if self._target is None:
            return
        from PySide6.QtGui import QTextCharFormat  # when there is something to highlight, not at start

        background, foreground = theme.highlight_colours(self.theme)
        selections = []
        for i, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(background)
            fmt.setForeground(foreground)
            if i == self._current:
                fmt.setFontUnderline(True)
                fmt.setFontWeight(700)
                fmt.setBackground(background.darker(125))
            selection.format = fmt
            selection.cursor = cursor
            selections.append(selection)
        self._target.setExtraSelections(selections)
        if 0 <= self._current < len(self._matches):
            shown = QTextCursor(self._matches[self._current])
            shown.clearSelection()
            self._target.setTextCursor(shown)
            self._target.ensureCursorVisible()
        self._show_count()

    def _show_count(self) -> None:
        if not self.box.text():
            self.count.setText("")
        elif not self._matches:
            self.count.setText(self.tr("Not found"))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(self._current + 1)).replace("%2", str(len(self._matches)))
            )
        self.count.setAccessibleName(self.count.text())
