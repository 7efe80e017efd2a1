"""The kiosk's idle reset: after a quiet time an "Are you still there?" overlay counts down, and at
zero the kiosk starts over for the next person.

``IdleReset.activity`` is called for every touch, click, key and wheel turn (the kiosk's
application-wide event filter does that). Input while the overlay shows cancels it. Nobody having
touched anything since the last reset means there is nothing to forget: no overlay then.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from handbook.ui.retranslate import Retranslates

log = logging.getLogger(__name__)

TICK_MS = 200


class StillThereOverlay(Retranslates, QWidget):
    """A dimmed cover over the whole window with a question, a countdown and one big button."""

    stay = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskOverlay")
        self.remaining = 0
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel = QWidget(self)
        self.panel.setObjectName("kioskOverlayPanel")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel.setMaximumWidth(900)
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(24)
        self.title = QLabel(self.panel)
        self.title.setObjectName("kioskOverlayTitle")
        self.text = QLabel(self.panel)
        self.text.setObjectName("kioskOverlayText")
        self.button = QPushButton(self.panel)
        self.button.setObjectName("kioskStay")
        self.button.clicked.connect(self.stay)
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(label)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.panel)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.button.setText(self.tr("I'm still here"))
        self.button.setAccessibleName(self.tr("I'm still here: keep reading"))
        self.setAccessibleName(self.title.text())
        self.set_remaining(self.remaining)

    def set_remaining(self, seconds: int) -> None:
        self.remaining = seconds
        text = self.tr(
            "For your privacy, the handbook will start over in %n second(s). Touch the screen to keep reading.",
            "",
            seconds,
        )
        self.text.setText(text)
        self.text.setAccessibleName(self.text.text())

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 200))
        painter.end()


class IdleReset(QObject):
    """Watches for a quiet time, runs the countdown and asks for a reset when it reaches zero."""

    #: the countdown reached zero: forget the last visitor now
    resetRequested = Signal()

    def __init__(self, window: QWidget, idle_seconds: int, countdown_seconds: int) -> None:
        super().__init__(window)
        self.window = window
        self.idle_seconds = idle_seconds
        self.countdown_seconds = countdown_seconds
        #: someone touched something since the last reset
        self.visited = False
        self.overlay = StillThereOverlay(window)
        self.overlay.stay.connect(self.cancel)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_seconds * 1000)
        self.idle_timer.timeout.connect(self._quiet)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self._tick)
        #: the countdown's clock (tests stop it, so what the overlay says does not depend on their speed)
        self.clock: Callable[[], float] = time.monotonic
        self._deadline = 0.0
        self._parked: list[QDialog] = []
        self._focus: QWidget | None = None

    @property
    def counting(self) -> bool:
        return self.overlay.isVisible()

    def start(self) -> None:
        self.idle_timer.start()

    def stop(self) -> None:
        self.idle_timer.stop()
        self.tick_timer.stop()
        self.overlay.hide()

    def activity(self) -> bool:
        """Someone is here. True if this input only cancelled the countdown (and must go no further)."""
        self.visited = True
        if self.counting:
            self.cancel()
            return True
        self.idle_timer.start()
        return False

    def _quiet(self) -> None:
        if not self.visited:
            return  # nothing to forget; the next touch starts the clock again
        self.begin_countdown()

    def begin_countdown(self) -> None:
        log.info("idle for %d s: counting down %d s before a reset", self.idle_seconds, self.countdown_seconds)
        self.idle_timer.stop()
        self._focus = QApplication.focusWidget()
        close_popups()
        self._parked = open_dialogs(self.window)
        for dialog in self._parked:
            dialog.hide()
        self._deadline = self.clock() + self.countdown_seconds
        self.overlay.set_remaining(self.countdown_seconds)
        self.overlay.cover()
        self.tick_timer.start()

    def _tick(self) -> None:
        left = self._deadline - self.clock()
        if left <= 0:
            self.finish()
        else:
            self.overlay.set_remaining(math.ceil(left))

    def cancel(self) -> None:
        """The visitor is still here: take the overlay away and give back what was open."""
        self.tick_timer.stop()
        self.overlay.hide()
        for dialog in self._parked:
            dialog.show()
        self._parked = []
        if self._focus is not None and self._focus.isVisible():
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = None
        self.idle_timer.start()

    def finish(self) -> None:
        self.tick_timer.stop()
        self.overlay.hide()
        for dialog in self._parked:
            dialog.reject()
        self._parked = []
        self._focus = None
        self.visited = False
        self.resetRequested.emit()
        self.idle_timer.start()

    def resize_to(self, window: QWidget) -> None:
        if self.counting:
            self.overlay.setGeometry(window.rect())


def open_dialogs(window: QWidget) -> list[QDialog]:
    """The dialogs shown over ``window`` (handout, admin)."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            parent = widget.parentWidget()
            while parent is not None and parent is not window:
                parent = parent.parentWidget()
            if parent is window:
                found.append(widget)
    return found


def close_popups() -> None:
    """Close menus, drop-down lists, explanations and tooltips."""
    from PySide6.QtWidgets import QToolTip

    QToolTip.hideText()
    for _ in range(10):  # popups can be stacked (a list inside a dialog's drop-down)
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
