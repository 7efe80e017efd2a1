"""The kiosk's way out for staff: a passphrase dialog (the "Admin" button or Ctrl+Alt+Shift+A).

The passphrase is checked against the hash in the kiosk configuration (``KioskConfig.unlocks``).
Without a configured passphrase there is no way out, and the dialog says how to set one.

"Kiosk status" (after the same passphrase) shows staff how the kiosk is doing: since when it runs,
its resets, the problems noted (``kiosk_health``) and where its log is. A visitor never sees it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from handbook.config import KioskConfig, kiosk_config_path
from handbook.ui.retranslate import Retranslates

if TYPE_CHECKING:
    from handbook.ui.kiosk_health import KioskHealth

log = logging.getLogger(__name__)


def _isolated(text: str) -> str:
    """A date or a path kept in its own order inside right-to-left text (U+2068 ... U+2069)."""
    return f"\u2068{text}\u2069"


class AdminDialog(Retranslates, QDialog):
    """Accepted only when the right passphrase was typed."""

    def __init__(self, config: KioskConfig, parent: QWidget | None = None, health: KioskHealth | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskAdminDialog")
        self.config = config
        self.health = health
        self.failures = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box = QLineEdit(self)
        self.box.setEchoMode(QLineEdit.EchoMode.Password)
        self.box.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QLabel(self)  # the kiosk's status, for staff (after the passphrase)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.hide()
        self.unlock_button = QPushButton(self)
        self.status_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.cancel_button)
        for widget in (self.message, self.box, self.status, self.notes):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)  # also Return in the box: the default button
        self.status_button.clicked.connect(self.show_status)
        self.cancel_button.clicked.connect(self.reject)
        can_unlock = config.has_passphrase
        self.box.setVisible(can_unlock)
        self.unlock_button.setVisible(can_unlock)
        self.status_button.setVisible(can_unlock and health is not None)
        self.unlock_button.setDefault(can_unlock)
        self.status.hide()
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.setAccessibleName(self.tr("Leave kiosk mode"))
        if self.config.has_passphrase:
            self.message.setText(self.tr("Staff only. Type the admin passphrase to close the handbook."))
        else:
            self.message.setText(
                self.tr(
                    "No admin passphrase is set, so kiosk mode cannot be left from here. "
                    "To set one, run this command on this computer, then start the handbook again:\n%1"
                ).replace("%1", self.passphrase_command())
            )
        self.message.setAccessibleName(self.message.text())
        self.box.setAccessibleName(self.tr("Admin passphrase"))
        self.unlock_button.setText(self.tr("Close the handbook"))
        self.unlock_button.setAccessibleName(self.tr("Check the passphrase and close the handbook"))
        self.status_button.setText(self.tr("Kiosk status"))
        self.status_button.setAccessibleName(self.tr("Check the passphrase and show the kiosk's status"))
        if self.notes.isVisible():
            self._fill_notes()
        self.cancel_button.setText(self.tr("Back to the handbook") if self.config.has_passphrase else self.tr("OK"))
        self.cancel_button.setAccessibleName(self.tr("Back to the handbook"))
        if self.failures:
            self.status.setText(self.tr("That passphrase is not right. Please try again."))
            self.status.setAccessibleName(self.status.text())

    def passphrase_command(self) -> str:
        path = self.config.path
        if path is None or path == kiosk_config_path():
            return "handbook kiosk-passphrase"
        return f"handbook kiosk-passphrase --kiosk-config {path}"

    def try_unlock(self) -> None:
        if self._passphrase_right():
            log.warning("kiosk unlocked with the admin passphrase")
            self.accept()

    def show_status(self) -> None:
        """The kiosk's status, for staff: after the right passphrase only."""
        if self._passphrase_right():
            log.info("kiosk: status shown to staff")
            self._fill_notes()
            self.notes.show()
            self.status.hide()
            self.adjustSize()

    def _fill_notes(self) -> None:
        if self.health is None:
            return
        count, last = self.health.summary()
        lines = [
            self.tr("Running since %1. Resets: %2. Problems noted: %3.")
            .replace("%1", _isolated(self.health.started_at))
            .replace("%2", str(self.health.resets))
            .replace("%3", str(count))
        ]
        if last:
            lines += ["", self.tr("Latest problems (the log has the details):"), *last]
        path = self.health.log_path
        lines += [
            "",
            self.tr("Log file: %1").replace("%1", _isolated(str(path)))
            if path
            else self.tr("No log file: its folder cannot be written."),
        ]
        self.notes.setText("\n".join(lines))
        self.notes.setAccessibleName(self.tr("Kiosk status"))
        self.notes.setAccessibleDescription(self.notes.text())

    def _passphrase_right(self) -> bool:
        typed = self.box.text()
        self.box.setText("")
        if not typed:
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if self.config.unlocks(typed):
            return True
        self.failures += 1
        log.warning("kiosk: a wrong admin passphrase was typed (%d so far)", self.failures)
        self.retranslate_ui()
        self.status.show()
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        return False
