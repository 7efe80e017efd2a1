"""Ends the process when the main window's first paint is done.

The start-up benchmark (``handbook/bench/startup.py``, ``write_programs``) puts this file in front of
both programs it times, the bare window (``bare_window.py``) and the handbook's launcher
(``handbook_launcher.py``), so both start and end the same way. It watches the main window only: an
application-wide filter in Python is called for every event of every widget and makes PySide6 build
the Python type of each kind of widget, more work for the bare window, which flattered the ratio.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType


def _on_first_paint(widgets: Any) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: (sys.stdout.write("painted\n"), sys.stdout.flush(), os._exit(0)))
            return False

    class MainWindow(widgets.QMainWindow):  # type: ignore[misc]  # the class of the module being loaded
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._first_paint = FirstPaint(self)
            self.installEventFilter(self._first_paint)

    widgets.QMainWindow = MainWindow


class _Finder(importlib.abc.MetaPathFinder):
    # Qt's widgets module gets the hook when the program imports it, not before: nothing is imported
    # earlier or in another order than the program itself does.
    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        assert spec is not None and spec.loader is not None
        load = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            _on_first_paint(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


sys.meta_path.insert(0, _Finder())
