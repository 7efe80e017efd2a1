"""Shared by every test: Qt runs offscreen, and any Qt warning fails the test that caused it.

``QT_QPA_PLATFORM`` is set here, before anything imports Qt. pytest-qt installs a Qt message
handler around every test and fails the test on any message of WARNING or worse
(``qt_log_level_fail = "WARNING"`` in pyproject.toml; only the offscreen plugin's own notes are
ignored there). Core tests never ask for ``qapp``/``qtbot``, so they never create a QApplication.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
