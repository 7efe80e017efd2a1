"""Helpers for driving the window as a person would: find a link on the page and click it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

#: How long a test waits for something that must happen (a signal, a timer, a window): generous, for a
#: loaded machine; a test that passes never waits this long, and none relies on a wait being long enough.
PATIENCE_MS = 60_000


def link_point(view: QTextBrowser, href: str) -> QPoint:
    """A point (viewport coordinates) inside the first link to ``href``, scrolled into view."""
    document = view.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                view.setTextCursor(cursor)
                view.ensureCursorVisible()
                rect = view.cursorRect(cursor)
                right_to_left = block.textDirection() == Qt.LayoutDirection.RightToLeft
                return QPoint(rect.center().x() + (2 if right_to_left else -2), rect.center().y())
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on the page")


def click_link(qtbot: QtBot, view: QTextBrowser, href: str) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=link_point(view, href))
