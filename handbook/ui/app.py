"""``handbook gui``: the desktop app, or the kiosk (``--kiosk``), from the command line's arguments."""

from __future__ import annotations

import argparse
import gc
import logging
import os
from pathlib import Path

# The core the first window uses is imported before Qt: once PySide6 is loaded, its import hook reads
# the source of every module imported after it (looking for ``__feature__`` switches), a cost at start.
from handbook import compare, config, content, fonts, handout, rtl  # noqa: F401
from handbook.errors import HandbookError
from handbook.i18n import DEFAULT_LANGUAGE
from handbook.ui.prefs import Prefs, user_store
from handbook.ui.startup import application, build_window, parse_view, save_screenshot, show_view

log = logging.getLogger(__name__)


def _ensure_platform(screenshot: bool) -> None:
    if screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def start_language(args_lang: str, saved: str) -> str:
    """The language to start in: ``--lang`` when given, else the one the reader chose last time."""
    return args_lang if args_lang != DEFAULT_LANGUAGE else saved


def _started() -> None:
    """The window is made: what the start made lives as long as the app, so later collections leave
    it out (``gc.freeze``), and the collector, off while starting (``cli.main``), works again."""
    gc.freeze()
    gc.enable()


def run_gui(args: argparse.Namespace) -> int:
    screenshot: Path | None = args.screenshot
    _ensure_platform(screenshot is not None)
    handbook = content.load_cached(args.content)
    view = parse_view(getattr(args, "view", "home"), handbook, args.lang)
    if screenshot is not None:
        screenshot = screenshot.expanduser()
        if screenshot.suffix.lower() != ".png":
            raise HandbookError(f"the screenshot must be a .png file, not '{screenshot.name}'")
        if not screenshot.parent.is_dir():
            raise HandbookError(f"cannot save the screenshot: the folder {screenshot.parent} does not exist")
    app = application(long_running=args.kiosk)
    if args.kiosk:  # kiosk mode: handbook/ui/kiosk.py (settings in memory, locked full screen)
        from handbook.ui.kiosk import run_kiosk

        _started()
        return run_kiosk(app, handbook, args, screenshot)
    prefs = Prefs(None if screenshot is not None else user_store())
    lang = args.lang if screenshot is not None else start_language(args.lang, prefs.language)
    window = build_window(app, handbook, prefs, lang, getattr(args, "clinic_settings", None))
    _started()
    if screenshot is not None:
        return save_screenshot(window, view, screenshot)
    if view.kind != "home":  # a new window shows its home page already: not laid out again
        show_view(window, view)
    from handbook.ui import first_paint

    first_paint.install(window)  # a measuring hook, off unless asked (HANDBOOK_EXIT_AFTER_FIRST_PAINT)
    window.report_content_problems()
    window.show()
    return int(app.exec())
