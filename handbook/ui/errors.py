"""The one place the app shows a problem: a banner at the top of the window, in plain words.

``ErrorBanner.report`` is the single error-reporting function: every action that can fail (search,
export, print, opening a topic) sends its exception here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from handbook.errors import ContentError, ExportError, HandbookError, NotFoundError, SearchError
from handbook.ui.retranslate import Retranslates

log = logging.getLogger(__name__)


class ErrorBanner(Retranslates, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.text = QLabel(self)
        self.text.setObjectName("errorBannerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Message"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this message"))

    def lead(self, err: BaseException) -> str:
        """The first sentence: what went wrong, in the reader's language."""
        from handbook.printing import PrintError  # not at start: nothing is printed before the window shows

        if isinstance(err, ContentError):
            return self.tr(
                "Some pages of the handbook could not be loaded, so they are missing. Everything else works. "
                "Staff can run “handbook check” to find the problem."
            )
        if isinstance(err, ExportError):
            return self.tr("The handout could not be made.")
        if isinstance(err, PrintError):
            return self.tr("The handout was not printed. Nothing is lost: you can print it again.")
        if isinstance(err, SearchError):
            return self.tr("Search is not working right now. You can still use the contents list.")
        if isinstance(err, NotFoundError):
            return self.tr("That page could not be found.")
        if isinstance(err, PermissionError):
            return self.tr("The file could not be saved there. Please choose another folder.")
        if isinstance(err, OSError):
            return self.tr("The file could not be saved. Please choose another place or try again.")
        if isinstance(err, HandbookError):
            return self.tr("Something did not work.")
        return self.tr("Something went wrong. Please try again, or ask a member of staff for help.")

    def report(self, err: BaseException) -> None:
        """Show ``err`` to the reader: a plain lead sentence, and the core's own plain message."""
        if isinstance(err, HandbookError):
            log.info("shown to the user: %s", err)
            detail = str(err)
        else:
            log.error("unexpected error shown to the user", exc_info=err)
            detail = ""
        lead = self.lead(err)
        self.message = f"{lead}\n{detail}" if detail else lead
        self.text.setText(self.message)
        self.text.setAccessibleName(self.message)
        self.setAccessibleDescription(self.message)
        self.show()

    def dismiss(self) -> None:
        self.message = ""
        self.text.clear()
        self.text.setAccessibleName("")  # nothing of the message stays behind
        self.setAccessibleDescription("")
        self.hide()
