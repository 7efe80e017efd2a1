"""The kiosk's way out for staff: a passphrase dialog (the "Admin" button or Ctrl+Alt+Shift+A).

The passphrase is checked against the hash in the kiosk configuration (``KioskConfig.unlocks``).
Without a configured passphrase there is no way out, and the dialog says how to set one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from handbook.config import KioskConfig, kiosk_config_path
from handbook.ui.retranslate import Retranslates

log = logging.getLogger(__name__)


class AdminDialog(Retranslates, QDialog):
    """Accepted only when the right passphrase was typed."""

    def __init__(self, config: KioskConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskAdminDialog")
        self.config = config
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
        self.unlock_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.cancel_button)
        for widget in (self.message, self.box, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)  # also Return in the box: the default button
        self.cancel_button.clicked.connect(self.reject)
        can_unlock = config.has_passphrase
        self.box.setVisible(can_unlock)
        self.unlock_button.setVisible(can_unlock)
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
        typed = self.box.text()
        self.box.setText("")
        if not typed:
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.config.unlocks(typed):
            log.warning("kiosk unlocked with the admin passphrase")
            self.accept()
            return
        self.failures += 1
        log.warning("kiosk: a wrong admin passphrase was typed (%d so far)", self.failures)
        self.retranslate_ui()
        self.status.show()
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
