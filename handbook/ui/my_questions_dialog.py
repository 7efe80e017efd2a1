"""The "My questions" dialog: the questions a reader ticked in the reader and wrote themselves, to
print (one or two pages to take to the visit) or to clear.

The dialog only shows and edits the list; the main window keeps it (in the settings at home, in
memory at a kiosk) and makes the sheet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.content import Handbook
from handbook.my_questions import MAX_QUESTIONS, MyQuestions, sheet
from handbook.ui.retranslate import Retranslates

#: what each row holds: (list id, place in the list), or ("", place among the reader's own)
ROW_ROLE = Qt.ItemDataRole.UserRole
SAVE, PRINT = "pdf", "print"


class MyQuestionsDialog(Retranslates, QDialog):
    #: the list after a change (the window keeps it)
    changed = Signal(object)
    #: SAVE or PRINT: make the sheet of the current list
    chosen = Signal(str)

    def __init__(self, handbook: Handbook, lang: str, mine: MyQuestions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handbook = handbook
        self.lang = lang
        self.mine = mine
        #: kiosk mode: no "Save as PDF…"
        self.print_only = False
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list_label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list_label.setBuddy(self.list)
        self.remove_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.own_label = QLabel(self)
        self.own = QLineEdit(self)
        self.own.setMaxLength(300)
        self.own_label.setBuddy(self.own)
        self.add_button = QPushButton(self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.own, 1)
        add_row.addWidget(self.add_button)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            actions.addWidget(button)
        for item in (self.intro, self.list_label, self.list):
            layout.addWidget(item)
        layout.addLayout(row)
        layout.addWidget(self.own_label)
        layout.addLayout(add_row)
        layout.addWidget(self.hint)
        layout.addLayout(actions)
        self.add_button.clicked.connect(self.add_own)
        self.own.returnPressed.connect(self.add_own)
        self.own.textChanged.connect(self._update)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear_all)
        self.list.currentRowChanged.connect(self._update)
        self.save_button.clicked.connect(lambda: self.chosen.emit(SAVE))
        self.print_button.clicked.connect(lambda: self.chosen.emit(PRINT))
        self.close_button.clicked.connect(self.accept)
        self.print_button.setDefault(True)
        self.resize(720, 560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title = self.tr("My questions")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(
            self.tr(
                "Tick questions on the question pages, or write your own here. Print them and take them to "
                "your visit: there is room to write the answers."
            )
        )
        self.list_label.setText(self.tr("Your questions:"))
        self.list.setAccessibleName(self.tr("Your questions"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen question"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setAccessibleName(self.tr("Remove all your questions"))
        self.own_label.setText(self.tr("Write a question of your own:"))
        self.own.setAccessibleName(self.tr("A question of your own"))
        self.own.setPlaceholderText(self.tr("For example: Can I still travel?"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add your question to the list"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save your questions as a PDF file"))
        self.print_button.setText(self.tr("Print my questions"))
        self.print_button.setAccessibleName(self.tr("Print my questions"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close my questions"))
        self.refresh()

    def make_print_only(self) -> None:
        """Kiosk mode: only "Print my questions"."""
        self.print_only = True
        self.save_button.hide()

    # ------------------------------------------------------------------------------ the list

    def set_questions(self, mine: MyQuestions, lang: str | None = None) -> None:
        self.mine = mine
        self.lang = lang or self.lang
        self.refresh()

    def refresh(self) -> None:
        """Show the list grouped as the sheet prints it."""
        self.list.clear()
        own_title = self.tr("My own questions")
        for group in sheet(self.handbook, self.lang, self.mine, own_title):
            for question, (topic_id, index) in zip(group.questions, group.refs, strict=True):
                item = QListWidgetItem(f"{question}\n({group.title})", self.list)
                item.setData(ROW_ROLE, (topic_id, index))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{question} ({group.title})")
        self._update()

    def _update(self) -> None:
        count = len(self.mine)
        empty = count == 0
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self.clear_button.setEnabled(not empty)
        full = count >= MAX_QUESTIONS
        self.add_button.setEnabled(bool(self.own.text().strip()) and not full)
        self.save_button.setEnabled(not empty and not self.print_only)
        self.print_button.setEnabled(not empty)
        if empty:
            hint = self.tr("No questions yet: tick some on the question pages, or write your own.")
        elif full:
            hint = self.tr("The sheet is full: remove a question to add another.")
        else:
            hint = self.tr("%n question(s) on your sheet.", "", count)
        self.hint.setText(hint)
        self.hint.setAccessibleName(hint)

    def _change(self, mine: MyQuestions) -> None:
        self.mine = mine
        self.refresh()
        self.changed.emit(mine)

    def add_own(self) -> None:
        if len(self.mine) >= MAX_QUESTIONS or not self.own.text().strip():
            return
        self._change(self.mine.with_own(self.own.text()))
        self.own.clear()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        topic_id, index = item.data(ROW_ROLE)
        self._change(self.mine.toggled(topic_id, index) if topic_id else self.mine.without_own(index))

    def clear_all(self) -> None:
        self._change(MyQuestions())
