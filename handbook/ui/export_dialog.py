"""The "Save or print a handout" dialog: pick sections, a comparison, a language and large print.

The dialog only collects choices; it emits ``chosen(request, action)`` and the main window does the
work (so progress and errors show in the window's one place for them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.compare import MAX_TREATMENTS, MIN_TREATMENTS
from handbook.content import Handbook
from handbook.i18n import LANGUAGES, NATIVE_NAMES
from handbook.pdf import HandoutRequest
from handbook.ui.retranslate import Retranslates

ID_ROLE = Qt.ItemDataRole.UserRole
SAVE, PRINT, PREVIEW = "pdf", "print", "preview"


def _checkable(view: QListWidget, items: list[tuple[str, str]], ticked: set[str]) -> None:
    view.blockSignals(True)
    view.clear()
    for topic_id, title in items:
        item = QListWidgetItem(title, view)
        item.setData(ID_ROLE, topic_id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if topic_id in ticked else Qt.CheckState.Unchecked)
    view.blockSignals(False)


def _ticked(view: QListWidget) -> tuple[str, ...]:
    items = (view.item(i) for i in range(view.count()))
    return tuple(str(it.data(ID_ROLE)) for it in items if it.checkState() == Qt.CheckState.Checked)


class ExportDialog(Retranslates, QDialog):
    #: (HandoutRequest, SAVE or PRINT)
    chosen = Signal(object, str)

    def __init__(
        self,
        handbook: Handbook,
        lang: str,
        sections: tuple[str, ...] = (),
        treatments: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.handbook = handbook
        self.action = ""
        #: kiosk mode: no "Save as PDF…", and "Print" opens no further dialog
        self.print_only = False
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.sections_label = QLabel(self)
        self.sections = QListWidget(self)
        self.sections_label.setBuddy(self.sections)
        self.all_button = QPushButton(self)
        self.none_button = QPushButton(self)
        self.compare_label = QLabel(self)
        self.compare_label.setWordWrap(True)
        self.treatments = QListWidget(self)
        self.compare_label.setBuddy(self.treatments)
        grid.addWidget(self.sections_label, 0, 0)
        grid.addWidget(self.compare_label, 0, 1)
        grid.addWidget(self.sections, 1, 0)
        grid.addWidget(self.treatments, 1, 1)
        buttons_row = QHBoxLayout()
        buttons_row.setSpacing(8)
        buttons_row.addWidget(self.all_button)
        buttons_row.addWidget(self.none_button)
        buttons_row.addStretch(1)
        grid.addLayout(buttons_row, 2, 0)
        layout.addLayout(grid, 1)

        options = QHBoxLayout()
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language_label.setBuddy(self.language)
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(lang))
        self.second_label = QLabel(self)
        self.second_language = QComboBox(self)
        self.second_label.setBuddy(self.second_language)
        self.second_language.addItem("", "")  # one language only: its text is set in retranslate_ui
        for code in LANGUAGES:
            self.second_language.addItem(NATIVE_NAMES[code], code)
        self.large_print = QCheckBox(self)
        options.addWidget(self.language_label)
        options.addWidget(self.language)
        options.addSpacing(24)
        options.addWidget(self.second_label)
        options.addWidget(self.second_language)
        options.addSpacing(24)
        options.addWidget(self.large_print)
        options.addStretch(1)
        layout.addLayout(options)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        actions = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.preview_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        actions.addStretch(1)
        for button in (self.save_button, self.preview_button, self.print_button, self.cancel_button):
            actions.addWidget(button)
        layout.addLayout(actions)

        for view in (self.sections, self.treatments):
            view.setWordWrap(True)
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setResizeMode(QListView.ResizeMode.Adjust)
        self._fill(lang, set(sections), set(treatments))
        self.sections.itemChanged.connect(self._update)
        self.treatments.itemChanged.connect(self._update)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.save_button.clicked.connect(lambda: self._choose(SAVE))
        self.print_button.clicked.connect(lambda: self._choose(PRINT))
        self.preview_button.clicked.connect(lambda: self._choose(PREVIEW))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.setDefault(True)
        self.resize(820, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title = self.tr("Print a handout") if self.print_only else self.tr("Save or print a handout")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.sections_label.setText(self.tr("Sections to include:"))
        self.sections.setAccessibleName(self.tr("Sections to include"))
        self.sections.setAccessibleDescription(self.tr("Press Space to tick or untick a section."))
        self.all_button.setText(self.tr("Tick all"))
        self.all_button.setAccessibleName(self.tr("Tick all sections"))
        self.none_button.setText(self.tr("Untick all"))
        self.none_button.setAccessibleName(self.tr("Untick all sections"))
        self.compare_label.setText(self.tr("Add a comparison (tick 2 to 4 treatments):"))
        self.treatments.setAccessibleName(self.tr("Treatments to compare in the handout"))
        self.language_label.setText(self.tr("Language of the handout:"))
        self.language.setAccessibleName(self.tr("Language of the handout"))
        self.second_label.setText(self.tr("Second language:"))
        self.second_language.setItemText(0, self.tr("No second language"))
        self.second_language.setAccessibleName(self.tr("Second language of the handout"))
        self.second_language.setAccessibleDescription(
            self.tr("Each part of the handout is printed beside its translation, for you and your care team")
        )
        self.large_print.setText(self.tr("Large print"))
        self.large_print.setAccessibleName(self.tr("Large print"))
        self.large_print.setAccessibleDescription(self.tr("Bigger text, easier to read"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the handout as a PDF file"))
        self.preview_button.setText(self.tr("Preview…"))
        self.preview_button.setAccessibleName(self.tr("See the handout's pages before printing"))
        self.print_button.setText(self.tr("Print") if self.print_only else self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the handout"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without making a handout"))
        self._update()

    # ------------------------------------------------------------------------------ choices

    def lang(self) -> str:
        return str(self.language.currentData())

    def _fill(self, lang: str, sections: set[str], treatments: set[str]) -> None:
        narrative = [(t.id, t.title) for t in self.handbook.topics(lang) if t.kind in ("section", "treatment")]
        _checkable(self.sections, narrative, sections)
        _checkable(self.treatments, [(t.id, t.title) for t in self.handbook.treatments(lang)], treatments)

    def _language_changed(self) -> None:
        """Show the titles in the handout's language, keeping the ticks (and no second language
        that is the same as the first)."""
        self._fill(self.lang(), set(_ticked(self.sections)), set(_ticked(self.treatments)))
        if self.second_lang() == self.lang():
            self.second_language.setCurrentIndex(0)
        self._update()

    def second_lang(self) -> str:
        """The second language of a bilingual handout, or ""."""
        return str(self.second_language.currentData() or "")

    def set_second_lang(self, lang: str) -> None:
        self.second_language.setCurrentIndex(max(0, self.second_language.findData(lang)))

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.sections.blockSignals(True)
        for i in range(self.sections.count()):
            self.sections.item(i).setCheckState(state)
        self.sections.blockSignals(False)
        self._update()

    def set_sections(self, ids: tuple[str, ...]) -> None:
        self._fill(self.lang(), set(ids), set(_ticked(self.treatments)))
        self._update()

    def set_treatments(self, ids: tuple[str, ...]) -> None:
        self._fill(self.lang(), set(_ticked(self.sections)), set(ids))
        self._update()

    def problem(self) -> str:
        """What is missing before a handout can be made, or ""."""
        count = len(_ticked(self.treatments))
        if count and not MIN_TREATMENTS <= count <= MAX_TREATMENTS:
            return self.tr("For a comparison, tick 2 to 4 treatments (or none).")
        if not _ticked(self.sections) and not count:
            return self.tr("Tick at least one section, or 2 to 4 treatments to compare.")
        return ""

    def _update(self) -> None:
        problem = self.problem()
        ready = self.tr("Ready. Choose Print.") if self.print_only else self.tr("Ready. Choose Save as PDF or Print.")
        self.hint.setText(problem or ready)
        self.hint.setAccessibleName(self.hint.text())
        self.save_button.setEnabled(not problem and not self.print_only)
        self.print_button.setEnabled(not problem)
        model = self.second_language.model()
        if isinstance(model, QStandardItemModel):  # the first language is no second language
            for i in range(1, self.second_language.count()):
                item = model.item(i)
                if item is not None:
                    item.setEnabled(self.second_language.itemData(i) != self.lang())
        self.preview_button.setEnabled(not problem and not self.print_only)

    def request(self) -> HandoutRequest:
        sections = _ticked(self.sections)
        every = len(sections) == self.sections.count() and self.sections.count() > 0
        return HandoutRequest(
            lang=self.lang(),
            all_sections=every,
            sections=() if every else sections,
            compare=_ticked(self.treatments),
            large_print=self.large_print.isChecked(),
            second_lang=self.second_lang() if self.second_lang() not in ("", self.lang()) else None,
        )

    def make_print_only(self) -> None:
        """Kiosk mode: only "Print" (the kiosk sends it to its printer or folder, with no dialog)."""
        self.print_only = True
        self.save_button.hide()
        self.preview_button.hide()  # never a preview at a kiosk
        self.print_button.setDefault(True)
        self.retranslate_ui()

    def _choose(self, action: str) -> None:
        if self.problem():
            return
        self.action = action
        self.chosen.emit(self.request(), action)
        self.accept()
