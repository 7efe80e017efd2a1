"""The contents tree: every topic in handbook order, grouped (sections and treatments, questions,
glossary). A click, a tap or Enter opens a topic."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from handbook.content import Handbook
from handbook.ui.markup import shown
from handbook.ui.retranslate import Retranslates

ID_ROLE = Qt.ItemDataRole.UserRole

#: The tree's groups: the topic kinds each holds, in order.
GROUPS = (("section", "treatment"), ("questions",), ("glossary",))


#: The smallest row height (a comfortable touch target) and the space around a title.
MIN_ROW = 40
ROW_PADDING = 12
#: what the style takes from a row's width for the text's own margins
TEXT_MARGINS = 10


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title, so long titles are never cut off."""

    def __init__(self, tree: ContentsTree) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        width = self._tree.viewport_width - self._tree.indentation() * (depth + 1) - TEXT_MARGINS
        metrics = self._tree.fontMetrics()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        bounds = metrics.boundingRect(QRect(0, 0, max(80, width), 10_000), flags, text)
        return QSize(max(80, width), max(MIN_ROW, bounds.height() + ROW_PADDING))


class ContentsTree(Retranslates, QTreeWidget):
    topicChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setIndentation(18)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(WrappingDelegate(self))
        self.setExpandsOnDoubleClick(False)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._chosen)
        self._groups: list[QTreeWidgetItem] = []
        #: the viewport's width, from its resize events (see ``TextView.viewport_width``: not ``viewport()``)
        self.viewport_width = 0
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Contents"))
        self.header().setAccessibleName(self.tr("Contents"))
        self.setAccessibleDescription(self.tr("Every topic of the handbook. Press Enter to open one."))
        names = (self.tr("Sections and treatments"), self.tr("Questions to ask"), self.tr("Glossary"))
        for item, name in zip(self._groups, names, strict=False):
            item.setText(0, name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.viewport_width = event.size().width()  # a scroll area is told its viewport's size here
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def populate(self, handbook: Handbook, lang: str) -> None:
        """Fill the tree with ``lang``'s topics, keeping which groups were open."""
        expanded = [g.isExpanded() for g in self._groups] or [True, True, False]
        current = self.current_topic()
        self.clear()
        self._groups = []
        topics = handbook.topics(lang)
        for kinds, open_ in zip(GROUPS, expanded, strict=True):
            group = QTreeWidgetItem(self)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for topic in (t for t in topics if t.kind in kinds):
                item = QTreeWidgetItem(group, [topic.title])
                item.setData(0, ID_ROLE, topic.id)
                item.setToolTip(0, shown(topic.summary, topic.lang))
            group.setExpanded(open_)
            self._groups.append(group)
        self.retranslate_ui()
        if current:
            self.select(current)

    def item_for(self, topic_id: str) -> QTreeWidgetItem | None:
        for group in self._groups:
            for i in range(group.childCount()):
                child = group.child(i)
                if child is not None and child.data(0, ID_ROLE) == topic_id:
                    return child
        return None

    def select(self, topic_id: str) -> None:
        """Mark the topic being read (without opening it again)."""
        item = self.item_for(topic_id)
        self.blockSignals(True)
        if item is None:
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
        else:
            parent = item.parent()
            if parent is not None:
                parent.setExpanded(True)
            self.setCurrentItem(item)
            self.scrollToItem(item)
        self.blockSignals(False)

    def current_topic(self) -> str:
        item = self.currentItem()
        return str(item.data(0, ID_ROLE) or "") if item is not None else ""

    def _clicked(self, item: QTreeWidgetItem, column: int = 0) -> None:
        """A click or tap opens a topic; on a group's name it opens or closes the group."""
        if item.data(0, ID_ROLE):
            self._chosen(item, column)
        else:
            item.setExpanded(not item.isExpanded())

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        topic_id = item.data(0, ID_ROLE)
        if topic_id:
            self.topicChosen.emit(str(topic_id))
