# Run-time hook of the frozen app on Linux (build_app.spec), in place of PyInstaller's own
# pyi_rth_pyside6: it tells Qt where the bundle's plugins are, as that hook does, without importing
# PySide6.QtCore. PyInstaller's hook imports QtCore to register a qt.conf (a no-op for PySide6's wheels,
# whose QtCore registers its own), so the app's modules came after Qt's import hook, which reads the
# source of every module imported after it: the start the source tree avoids (handbook/ui/app.py
# imports the core before Qt) and some 0.1 s of CPU for the frozen app (docs/PERFORMANCE.md).
import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
