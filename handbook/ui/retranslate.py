"""Live language switching: a widget that re-reads its texts when the application language changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent


class Retranslates:
    """Mixin for a QWidget with a ``retranslate_ui()`` method: calls it on every ``LanguageChange``.

    Put it first among the bases (``class Bar(Retranslates, QWidget)``) so its ``changeEvent`` runs.
    """

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        base: Any = super()
        base.changeEvent(event)
