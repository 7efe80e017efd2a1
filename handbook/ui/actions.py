"""The window's commands: one QAction each (shortcut, menu entry) and one big button for the main ones."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QMenu, QMenuBar, QPushButton, QWidget

from handbook.i18n import LANGUAGES, NATIVE_NAMES
from handbook.records import record

_K = QKeySequence.StandardKey


@record(frozen=False)
class Actions:
    """The window's commands, one QAction each."""

    back: QAction
    home: QAction
    compare: QAction
    handout: QAction
    my_questions: QAction
    find: QAction
    search: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    contrast: QAction
    about: QAction
    quit: QAction

    def all(self) -> list[QAction]:
        return list(vars(self).values())


def make_actions(owner: QObject) -> Actions:
    def action(*keys: QKeySequence | _K | str) -> QAction:
        act = QAction(owner)
        act.setShortcuts([QKeySequence(k) for k in keys])
        return act

    actions = Actions(
        back=action(_K.Back),
        home=action("Alt+Home"),
        compare=action("Ctrl+T"),
        handout=action(_K.Print),
        my_questions=action(),
        find=action(_K.Find),
        search=action("Ctrl+L", "Ctrl+K"),
        zoom_in=action(_K.ZoomIn, "Ctrl+="),
        zoom_out=action(_K.ZoomOut),
        zoom_reset=action("Ctrl+0"),
        contrast=action(),
        about=action(),
        quit=action(_K.Quit),
    )
    actions.contrast.setCheckable(True)
    return actions


class CommandBar(QWidget):
    """The row of big buttons at the top, and the language chooser."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_ = actions
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 8, 0, 8)
        self.grid.setSpacing(8)
        self.pages = QWidget(self)
        self.comfort = QWidget(self)
        pages_row = QHBoxLayout(self.pages)
        comfort_row = QHBoxLayout(self.comfort)
        for row in (pages_row, comfort_row):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for name in ("back", "home", "compare", "handout", "find"):
            self.buttons[name] = self._button(getattr(actions, name), pages_row, self.pages)
        for name in ("zoom_out", "zoom_in", "contrast"):
            self.buttons[name] = self._button(getattr(actions, name), comfort_row, self.comfort)
        self.language_label = QLabel(self.comfort)
        self.language = QComboBox(self.comfort)
        self.language_label.setBuddy(self.language)
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        comfort_row.addSpacing(12)
        comfort_row.addWidget(self.language_label)
        comfort_row.addWidget(self.language)
        self.two_rows = False
        self._place(two_rows=False)

    def _place(self, two_rows: bool) -> None:
        """One row when both groups fit side by side, else the comfort group goes under the pages group."""
        self.two_rows = two_rows
        self.grid.removeWidget(self.pages)
        self.grid.removeWidget(self.comfort)
        start, end = Qt.AlignmentFlag.AlignLeading, Qt.AlignmentFlag.AlignTrailing
        self.grid.addWidget(self.pages, 0, 0, start)
        self.grid.addWidget(self.comfort, 1 if two_rows else 0, 0 if two_rows else 1, start if two_rows else end)
        self.grid.setColumnStretch(0 if two_rows else 1, 1)
        self.grid.setColumnStretch(1 if two_rows else 0, 0)

    def relayout(self) -> None:
        needed = self.pages.sizeHint().width() + self.comfort.sizeHint().width() + 24
        if (needed > self.width()) != self.two_rows:
            self._place(needed > self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def _button(self, action: QAction, layout: QHBoxLayout, parent: QWidget) -> QPushButton:
        button = QPushButton(parent)
        button.setCheckable(action.isCheckable())
        button.clicked.connect(lambda: action.trigger())
        if action.isCheckable():
            action.toggled.connect(button.setChecked)
        layout.addWidget(button)
        return button

    def sync(self) -> None:
        """Copy each action's text, tooltip and state to its button."""
        for name, button in self.buttons.items():
            action: QAction = getattr(self.actions_, name)
            button.setText(action.iconText() or action.text())
            button.setAccessibleName(action.text().replace("&", ""))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = action.toolTip() + (f" ({shortcut})" if shortcut else "")
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.setEnabled(action.isEnabled())
            button.setChecked(action.isChecked())
        self.relayout()


def make_menus(bar: QMenuBar, actions: Actions) -> tuple[QMenu, QMenu]:
    """The menus, made once (their titles are set on every language change): the handbook's commands,
    and the view's."""
    handbook_menu = bar.addMenu("")
    for act in (actions.home, actions.back, actions.search, actions.compare, actions.handout, actions.my_questions):
        handbook_menu.addAction(act)
    handbook_menu.addSeparator()
    handbook_menu.addAction(actions.about)
    handbook_menu.addAction(actions.quit)
    view_menu = bar.addMenu("")
    for act in (actions.find, actions.zoom_in, actions.zoom_out, actions.zoom_reset, actions.contrast):
        view_menu.addAction(act)
    return handbook_menu, view_menu
