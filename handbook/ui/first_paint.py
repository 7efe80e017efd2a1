"""The main window's first paint: what waits for it (``after_first_paint``), and a measuring hook.

The measuring hook: with ``HANDBOOK_EXIT_AFTER_FIRST_PAINT=1`` in the environment,
``handbook gui`` writes ``painted`` to stdout and ends as soon as its main window has painted for the
first time. ``scripts/cold_start.py`` times the installed app (a frozen one cannot take the benchmark's
launcher) from process start to that moment. Without the variable nothing is installed.

The filter watches the main window only, not the whole app: an application-wide filter written in
Python is called for every event of every widget, and PySide6 makes the Python type of each kind of
widget the first time one is handed to it, a cost that would be measured as part of the start."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

VARIABLE = "HANDBOOK_EXIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, _done)
        return False


def _done() -> None:
    sys.stdout.write("painted\n")
    sys.stdout.flush()
    os._exit(0)


def install(window: QMainWindow) -> None:
    """Watch ``window`` when the environment asks for it."""
    if os.environ.get(VARIABLE) == "1":
        hook = _FirstPaint(window)
        window.installEventFilter(hook)


class _AfterPaint(QObject):
    def __init__(self, window: QMainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Two turns of the event loop later: the painted window is on screen, and whatever else
            # waits for the first paint in the next turn (the measuring hook above) has had its turn.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._then))
        return False


def after_first_paint(window: QMainWindow, then: Callable[[], None]) -> None:
    """Call ``then`` once, just after ``window`` is first painted (work a start can leave until the
    window is on screen). A window never shown or painted never calls it."""
    window.installEventFilter(_AfterPaint(window, then))
