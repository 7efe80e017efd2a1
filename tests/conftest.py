"""Shared by every test: Qt runs offscreen, and any Qt warning fails the test that caused it.

``QT_QPA_PLATFORM`` is set here, before anything imports Qt. pytest-qt installs a Qt message
handler around every test and fails the test on any message of WARNING or worse
(``qt_log_level_fail = "WARNING"`` in pyproject.toml; only the offscreen plugin's own notes are
ignored there). Core tests never ask for ``qapp``/``qtbot``, so they never create a QApplication.

The user cache (compiled content, search indexes) is a temporary folder for the whole run, unless
``HANDBOOK_CACHE_DIR`` is set: the content copies the tests make never fill the real one. So is the
kiosk's log folder (``HANDBOOK_LOG_DIR``): no test writes into the user's logs.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("HANDBOOK_CACHE_DIR"):
    os.environ["HANDBOOK_CACHE_DIR"] = tempfile.mkdtemp(prefix="handbook-test-cache-")
    atexit.register(shutil.rmtree, os.environ["HANDBOOK_CACHE_DIR"], True)
if not os.environ.get("HANDBOOK_LOG_DIR"):
    os.environ["HANDBOOK_LOG_DIR"] = tempfile.mkdtemp(prefix="handbook-test-logs-")
    atexit.register(shutil.rmtree, os.environ["HANDBOOK_LOG_DIR"], True)
