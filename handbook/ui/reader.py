"""The reader: the home page or one topic, with glossary terms explained in place.

A glossary term is underlined; hovering shows its definition as a tooltip, and a click, a tap or
Enter on it opens a small popup with the definition and a link to the glossary entry.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from handbook.config import Clinic
from handbook.content import Handbook, Topic
from handbook.my_questions import MyQuestions
from handbook.rtl import isolate_numbers
from handbook.ui import markup
from handbook.ui.retranslate import Retranslates
from handbook.ui.textview import TextView

log = logging.getLogger(__name__)


class GlossaryPopup(Retranslates, QFrame):
    """A small window with a term's definition and a button to its glossary entry."""

    openEntry = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("glossaryPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self.term_id = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        self.title = QLabel(self)
        self.title.setObjectName("glossaryPopupText")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.definition = QLabel(self)
        self.definition.setObjectName("glossaryPopupText")
        self.definition.setWordWrap(True)
        self.definition.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.definition.setMinimumWidth(320)
        self.definition.setMaximumWidth(520)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        for widget in (self.title, self.definition, self.open_button, self.close_button):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Meaning of a word"))
        self.open_button.setText(self.tr("Open in the glossary"))
        self.open_button.setAccessibleName(self.tr("Open this word in the glossary"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the meaning"))

    def show_term(self, term: markup.GlossaryTerm, where: QPoint) -> None:
        self.term_id = term.id
        # numbers in right-to-left text keep their order (the plain text is what is spoken)
        self.title.setText(isolate_numbers(term.title, self.isRightToLeft()))
        self.definition.setText(isolate_numbers(term.definition, self.isRightToLeft()))
        self.definition.setAccessibleName(term.definition)
        self.setAccessibleDescription(f"{term.title}: {term.definition}")
        self.adjustSize()
        self.move(self._placed(where))
        self.show()
        self.open_button.setFocus(Qt.FocusReason.PopupFocusReason)

    def _placed(self, where: QPoint) -> QPoint:
        """Below the word, on the reading side (its right edge at the word in right-to-left text), on screen."""
        x = where.x() - self.width() if self.isRightToLeft() else where.x()
        point = QPoint(x, where.y())
        screen = QGuiApplication.screenAt(where) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            point.setX(max(area.left(), min(point.x(), area.right() - self.width())))
            point.setY(max(area.top(), min(point.y(), area.bottom() - self.height())))
        return point

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _open(self) -> None:
        self.close()
        self.openEntry.emit(self.term_id)


class Reader(Retranslates, QWidget):
    """Shows the home page or a topic of the current language."""

    #: a topic id (or "" for home) and its title, whenever a page is shown
    pageShown = Signal(str, str)
    topicRequested = Signal(str)
    #: a question to ask was ticked or unticked (its list's id, its place in the list)
    questionToggled = Signal(str, int)

    def __init__(
        self, handbook: Handbook, lang: str, parent: QWidget | None = None, clinic: Clinic | None = None
    ) -> None:
        super().__init__(parent)
        self.handbook = handbook
        self.lang = lang
        self.clinic = clinic
        #: the reader's own questions: their ticks show on the question pages
        self.mine = MyQuestions()
        self.topic_id = ""  # "" is the home page
        self.terms: dict[str, markup.GlossaryTerm] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = TextView(self)
        self.view.keep_bar_until_shown()
        layout.addWidget(self.view)
        self.popup = GlossaryPopup(self)
        self.view.topicLinkActivated.connect(self.topicRequested)
        self.view.termLinkActivated.connect(self.explain_term)
        self.view.tickLinkActivated.connect(self.questionToggled)
        self.popup.openEntry.connect(self.topicRequested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Page text"))
        self.view.setAccessibleDescription(
            self.tr("Underlined words have a short explanation: select them to read it.")
        )
        if not self.topic_id and self.view.html:  # the home page shown has words of the UI language
            self.show_home()

    # ------------------------------------------------------------------------------ pages

    def set_content(self, handbook: Handbook, lang: str) -> None:
        """Show the same page in another language (or from reloaded content)."""
        self.handbook = handbook
        self.lang = lang
        self.reload()

    def reload(self) -> None:
        bar = self.view.verticalScrollBar().value()
        if self.topic_id:
            self.show_topic(self.topic_id)
        else:
            self.show_home()
        self.view.verticalScrollBar().setValue(bar)

    def show_home(self) -> None:
        self.topic_id = ""
        self.terms = {}
        self.view.definitions = {}
        groups = {
            "section+treatment": self.tr("Sections and treatments"),
            "questions": self.tr("Questions to ask your care team"),
        }
        intro = self.tr(
            "Choose a topic below or in the contents list, or type in the search box. "
            "Underlined words have a short explanation: select them to read it."
        )
        self.view.show_html(markup.home_html(self.handbook, self.lang, intro, groups, self.clinic))
        self.pageShown.emit("", self.handbook.ui(self.lang).get("handbook_title", ""))

    def show_topic(self, topic_id: str) -> Topic:
        """Show a topic; raises ``NotFoundError`` for an unknown id."""
        topic = self.handbook.topic(topic_id, self.lang)
        self.topic_id = topic.id
        found = markup.glossary_terms(self.handbook, topic, self.lang)
        self.terms = {term.id: term for term in found}
        self.view.definitions = {term.id: markup.shown(term.definition, self.lang) for term in found}
        self.view.show_html(markup.topic_html(self.handbook, topic, self.lang, self.clinic))
        self.view.definitions = {term.id: term.definition for term in found}
        ticked = [place for list_id, place in self.mine.ticked if list_id == topic.id]
        hint = self.tr("Tick or untick this question for your sheet of questions (My questions)")
        self.view.show_html(markup.topic_html(self.handbook, topic, self.lang, self.clinic, ticked, hint))
        self.view.verticalScrollBar().setValue(0)
        self.pageShown.emit(topic.id, topic.title)
        return topic

    def set_questions(self, mine: MyQuestions) -> None:
        """The reader's questions changed: show the ticks (keeping the place on the page)."""
        self.mine = mine
        if self.topic_id and self.handbook.topic(self.topic_id, self.lang).kind == "questions":
            bar = self.view.verticalScrollBar().value()
            self.show_topic(self.topic_id)
            self.view.verticalScrollBar().setValue(bar)

    def explain_term(self, term_id: str, where: QPoint) -> None:
        term = self.terms.get(term_id)
        if term is None:
            self.topicRequested.emit(term_id)
            return
        self.popup.show_term(term, where)

    def reset(self) -> None:
        """Back to the home page, scrolled to the top, no popup."""
        self.popup.close()
        self.show_home()
        self.view.verticalScrollBar().setValue(0)
