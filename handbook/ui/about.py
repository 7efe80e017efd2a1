"""The About box: what the app is, its version, and whether the UI translation of the current
language is missing (then the menus show in English, and this says so rather than staying silent)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from handbook import __version__
from handbook.i18n import NATIVE_NAMES


def about_text(lang: str, missing: set[str]) -> str:
    translate = QCoreApplication.translate
    lines = [
        translate("About", "Handbook %1").replace("%1", __version__),
        translate("About", "Prostate cancer that has spread to the bones: a plain-language guide that works offline."),
    ]
    if lang in missing:
        missing_text = translate(
            "About", "The translation of the buttons and menus into %1 is missing, so they show in English."
        )
        lines.append(missing_text.replace("%1", NATIVE_NAMES.get(lang, lang)))
    return "\n\n".join(lines)


def show_about(parent: QWidget, lang: str, missing: set[str]) -> QMessageBox:
    """Open the About box (window-modal, not blocking) and return it."""
    box = QMessageBox(
        QMessageBox.Icon.Information, QCoreApplication.translate("About", "About Handbook"), "", parent=parent
    )
    box.setText(about_text(lang, missing))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    return box
