"""A measuring hook for start-up: with ``HANDBOOK_EXIT_AFTER_FIRST_PAINT=1`` in the environment,
``handbook gui`` writes ``painted`` to stdout and ends as soon as its main window has painted for the
first time. ``scripts/cold_start.py`` times the installed app (a frozen one cannot take the benchmark's
launcher) from process start to that moment. Without the variable nothing is installed."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

VARIABLE = "HANDBOOK_EXIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            QTimer.singleShot(0, _done)
        return False


def _done() -> None:
    sys.stdout.write("painted\n")
    sys.stdout.flush()
    os._exit(0)


def install(app: QApplication) -> None:
    """Install the hook when the environment asks for it."""
    if os.environ.get(VARIABLE) == "1":
        hook = _FirstPaint(app)
        app.installEventFilter(hook)
