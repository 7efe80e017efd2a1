"""What a start leaves until the window is on screen: the app's icon, set just after the first paint
(the main window has it from the start: docs/PERFORMANCE.md, "Sixth round")."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from handbook.ui import first_paint
from handbook.ui.main_window import MainWindow


def test_after_first_paint_runs_once_after_the_paint(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    calls: list[bool] = []
    first_paint.after_first_paint(window, lambda: calls.append(window.isVisible()))
    QApplication.processEvents()
    assert calls == []  # not shown, not painted
    window.resize(200, 100)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: calls == [True])
    window.repaint()
    QApplication.processEvents()
    QApplication.processEvents()
    assert calls == [True]


def test_the_app_has_its_icon(window: MainWindow) -> None:
    assert not QApplication.windowIcon().isNull()
    assert not window.windowIcon().isNull()
