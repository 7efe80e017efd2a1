"""Kiosk mode for fingers: 44 px targets, large text, language buttons, rows that tick when tapped.

Everything here only changes how the window looks and reacts to touch; the kiosk's rules (what is
locked, when it resets) live in ``kiosk.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScroller,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import LANGUAGES, NATIVE_NAMES
from handbook.ui import typeface
from handbook.ui.contents import WrappingDelegate
from handbook.ui.retranslate import Retranslates
from handbook.ui.search_panel import SearchPanel

#: The smallest a touch target may be, in pixels (both ways).
MIN_TARGET = 44
#: The reading text's size in a kiosk, in percent (a visitor may still make it larger or smaller).
KIOSK_ZOOM = 130
#: Controls' text in a kiosk, in points (the desktop uses typeface.UI_POINT_SIZE).
KIOSK_POINT_SIZE = 15.0

#: Added to the window's own style sheet in kiosk mode (the app-wide sheet stays as it is).
KIOSK_STYLE = f"""
QPushButton, QLabel, QLineEdit, QComboBox, QCheckBox {{ font-size: {KIOSK_POINT_SIZE:g}pt; }}
QPushButton, QToolButton {{ min-height: {MIN_TARGET + 4}px; min-width: {MIN_TARGET + 4}px; }}
QLineEdit, QComboBox, QCheckBox {{ min-height: {MIN_TARGET + 4}px; }}
QScrollBar {{ background: palette(window); border: none; }}
QScrollBar:vertical {{ width: {MIN_TARGET}px; }}
QScrollBar:horizontal {{ height: {MIN_TARGET}px; }}
QScrollBar::handle {{ background: palette(mid); border-radius: 8px; margin: 6px; }}
QScrollBar::handle:vertical {{ min-height: {MIN_TARGET}px; }}
QScrollBar::handle:horizontal {{ min-width: {MIN_TARGET}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QListView::item {{ min-height: {MIN_TARGET}px; }}
QListView::indicator, QTreeView::indicator, QCheckBox::indicator {{ width: 30px; height: 30px; }}
QComboBox QAbstractItemView::item {{ min-height: {MIN_TARGET}px; }}
QPushButton#kioskClearSearch {{ font-size: 22pt; padding: 0; }}
QPushButton#kioskAdmin {{ border: none; background: transparent; color: palette(mid); font-size: 11pt; }}
QPushButton#kioskAdmin:focus {{ border: 3px solid palette(highlight); }}
QWidget#kioskOverlayPanel {{ background-color: palette(window); border: 3px solid palette(dark); border-radius: 12px; }}
QLabel#kioskOverlayTitle {{ font-size: 30pt; font-weight: bold; }}
QLabel#kioskOverlayText {{ font-size: 20pt; }}
QPushButton#kioskStay {{ font-size: 24pt; font-weight: bold; min-height: 96px; padding: 12px 48px; }}
"""


class TouchRows(WrappingDelegate):
    """The contents tree's rows, never lower than a touch target."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(MIN_TARGET + 4, size.height()))


class TapToTick(QStyledItemDelegate):
    """A tap anywhere on a tickable row ticks or unticks it (not only on its small box)."""

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        tickable = bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable) and bool(
            index.flags() & Qt.ItemFlag.ItemIsEnabled
        )
        if tickable and isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
            if event.type() == QEvent.Type.MouseButtonRelease and option.rect.contains(event.position().toPoint()):
                ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                state = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
                return bool(model.setData(index, state, Qt.ItemDataRole.CheckStateRole))
            if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                return event.type() == QEvent.Type.MouseButtonDblClick
        return super().editorEvent(event, model, option, index)


class LanguageBar(Retranslates, QWidget):
    """One button per language, each in its own language and script, and a discreet "Admin" button."""

    languageChosen = Signal(str)
    adminRequested = Signal()
    #: the bar's texts were (re)translated: after every widget created before it in the window
    retranslated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskLanguageBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 8)
        row.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            button = QPushButton(NATIVE_NAMES[code], self)
            button.setCheckable(True)
            button.setFont(typeface.font(code, KIOSK_POINT_SIZE))
            button.setAccessibleName(NATIVE_NAMES[code])
            button.clicked.connect(lambda _checked=False, c=code: self.languageChosen.emit(c))
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.admin = QPushButton(self)
        self.admin.setObjectName("kioskAdmin")
        self.admin.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.admin.clicked.connect(self.adminRequested)
        row.addWidget(self.admin)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for button in self.buttons.values():
            button.setAccessibleDescription(self.tr("Show the handbook in this language"))
        self.admin.setText(self.tr("Admin"))
        self.admin.setAccessibleName(self.tr("Staff only: leave kiosk mode"))
        self.retranslated.emit()

    def show_language(self, lang: str) -> None:
        button = self.buttons.get(lang)
        if button is not None and not button.isChecked():
            button.setChecked(True)


class SearchClearButton(Retranslates, QPushButton):
    """A touch-sized "×" beside the search box, instead of the box's own small clear icon."""

    def __init__(self, panel: SearchPanel) -> None:
        super().__init__(panel)
        self.setObjectName("kioskClearSearch")
        self.panel = panel
        box = panel.box
        box.setClearButtonEnabled(False)
        layout = panel.layout()
        if isinstance(layout, QVBoxLayout):
            index = layout.indexOf(box)
            layout.removeWidget(box)
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(box, 1)
            row.addWidget(self)
            layout.insertLayout(index, row)
        self.clicked.connect(self._clear)
        box.textChanged.connect(lambda text: self.setEnabled(bool(text)))
        self.setEnabled(bool(box.text()))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText("×")
        self.setAccessibleName(self.tr("Clear the search"))
        self.setToolTip(self.tr("Clear the search"))

    def _clear(self) -> None:
        self.panel.clear()
        self.panel.box.setText("")  # also forgets the box's undo history
        self.panel.box.setFocus(Qt.FocusReason.OtherFocusReason)


def flick_to_scroll(area: QAbstractScrollArea, gesture: Qt.GestureType | None = None) -> Qt.GestureType:
    """A finger dragged over the area scrolls it (touch only: a mouse still selects).

    Returns the flick gesture's type. Pass it back for areas made later (the handout dialog's lists):
    every ``QScroller.grabGesture`` registers a new gesture type, and PySide keeps a new enum class
    for each new value it is handed, so a dialog made per visitor would leave some 3 KB behind each time.
    """
    viewport = area.viewport()
    if gesture is None:
        gesture = QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    else:  # what grabGesture does, with the recognizer registered already
        QScroller.scroller(viewport)
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        viewport.grabGesture(gesture)
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return gesture
