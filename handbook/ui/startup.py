"""Building the window: the QApplication, fonts, translations, the first view, and screenshots.

``handbook gui --screenshot FILE.png --view V`` renders the real window offscreen at 1280×800 and
exits; it uses the default settings (not the user's) so a picture always shows the same thing. The
desktop app (``app.py``) and the kiosk (``kiosk.py``) both start from here.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from handbook.compare import compare
from handbook.config import Clinic
from handbook.content import Handbook
from handbook.errors import HandbookError, NotFoundError
from handbook.records import record
from handbook.resources import icon_file
from handbook.ui import first_paint, typeface
from handbook.ui.language import Translations
from handbook.ui.main_window import MainWindow
from handbook.ui.prefs import APPLICATION, ORGANIZATION, Prefs

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1280, 800)
#: the name of the menu entry the Debian package installs (packaging/linux/)
DESKTOP_ID = "org.patienthandbook.Handbook"


@record
class View:
    """What the window shows first: ``home``, a topic, a search or a comparison."""

    kind: str
    topic: str = ""
    query: str = ""
    treatments: tuple[str, ...] = ()


def parse_view(text: str, handbook: Handbook, lang: str) -> View:
    """``home | section:ID | search:QUERY | compare:A,B``, checked against the content."""
    kind, _, rest = (text or "home").partition(":")
    kind = kind.strip().lower()
    if kind == "home" and not rest:
        return View("home")
    if kind == "section" and rest.strip():
        return View("section", topic=handbook.topic(rest.strip(), lang).id)
    if kind == "search" and rest.strip():
        return View("search", query=rest.strip())
    if kind == "compare" and rest.strip():
        table = compare(handbook, rest.split(","), lang)
        return View("compare", treatments=tuple(t.id for t in table.treatments))
    raise NotFoundError(f"unknown view '{text}': use home, section:ID, search:QUERY or compare:A,B")


def application(long_running: bool = False) -> QApplication:
    """The QApplication (made once per process), with the bundled fonts registered (from memory for a
    ``long_running`` process, the kiosk: see :func:`typeface.register_bundled_fonts`; the kiosk's threads
    also share one heap, made before Qt starts any: see :func:`handbook.health.one_heap`)."""
    if long_running:
        from handbook import health  # the kiosk's; not imported at a desktop start

        health.one_heap()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        QApplication.setStyle("Fusion")
        set_window_icon()
    else:
        # The style chosen on Qt's own command line: setStyle() would hand Python the new QStyle, and
        # making Python's copy of that class (some 600 enum members) is a cost at start. The windows'
        # icon too: Qt gives it to each window as it shows it, and the app's own icon (for dialogs) is
        # set after the first paint (see ``set_window_icon``).
        arguments = [sys.argv[0] if sys.argv else "handbook", "-style", "Fusion"]
        if icon_file().is_file():
            arguments += ["-qwindowicon", str(icon_file().resolve())]
        app = QApplication(arguments)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName("Handbook")
    QApplication.setDesktopFileName(DESKTOP_ID)  # Wayland matches the menu entry (and its icon) by this
    typeface.register_bundled_fonts(from_memory=long_running)
    _route_qt_messages()
    return app


def set_window_icon() -> None:
    """The app's icon (``QApplication.windowIcon``, which every window and dialog shows), once.

    A start sets it just after the main window's first paint (``build_window``): Python's copy of
    QIcon has some 150 enum members (its theme icon names) to make, about 11 M instructions. The main
    window has the icon from the start all the same: ``application`` names it on Qt's command line
    (``-qwindowicon``), and Qt gives it to each window it shows before the window appears."""
    global _icon_set
    if _icon_set or not icon_file().is_file():
        return
    from PySide6.QtGui import QIcon

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setWindowIcon(QIcon(str(icon_file())))
        _icon_set = True


_icon_set = False


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
#: Messages about what a platform plugin cannot do (the offscreen one used for screenshots).
_PLATFORM_NOISE = ("This plugin does not support",)


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(kind, logging.WARNING)
    if message.startswith(_PLATFORM_NOISE):
        level = logging.DEBUG
    logging.getLogger("qt").log(level, "%s", message)


def _route_qt_messages() -> None:
    """Send Qt's messages to logging, unless a handler is already installed (pytest-qt's)."""
    previous = qInstallMessageHandler(_qt_message)
    if previous is not None and previous is not _qt_message:
        qInstallMessageHandler(previous)


def build_window(
    app: QApplication, handbook: Handbook, prefs: Prefs, lang: str, clinic: Clinic | None = None
) -> MainWindow:
    translations = Translations(app)
    translations.apply(lang)
    window = MainWindow(handbook, prefs, translations, lang, clinic)
    first_paint.after_first_paint(window, set_window_icon)
    return window


def show_view(window: MainWindow, view: View) -> None:
    if view.kind == "section":
        window.open_topic(view.topic)
    elif view.kind == "search":
        window.search.set_query(view.query)
    elif view.kind == "compare":
        window.open_compare(view.treatments)
    else:
        window.go_home()


def save_screenshot(window: MainWindow, view: View, path: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    show_view(window, view)
    QApplication.processEvents()
    picture = window.grab()
    if not picture.save(str(path), "PNG"):
        raise HandbookError(f"cannot save the screenshot to {path}")
    log.info("saved a %dx%d screenshot to %s", picture.width(), picture.height(), path)
    window.close()
    window.translations.remove()
    window.deleteLater()
    return 0
