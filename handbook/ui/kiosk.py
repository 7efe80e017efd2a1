"""Kiosk mode (``handbook gui --kiosk``): the window for a clinic waiting room.

- Full screen, frameless and on top; sized to the screen by hand, because with no window manager
  (an X server started straight into the app) a request for full screen is ignored.
- No way out for a visitor: no menu bar, no Quit, no file or print dialog; closing the window and
  Ctrl+Q, Ctrl+W, Alt+F4, F11 and Escape are ignored (one application-wide event filter). Staff
  leave with the admin passphrase (the "Admin" button or Ctrl+Alt+Shift+A).
- After ``idle_timeout`` seconds without input an "Are you still there?" countdown shows, then the
  kiosk starts over: home page, default language, nothing left of the last visitor.
- Nothing is written to the user's settings: the window's settings live in memory.
- Touch first: 44 px targets, large text, language buttons, handouts straight to the printer.

The kiosk is a layer on the desktop window, which knows nothing of it: an application-wide event filter,
and a :class:`~handbook.ui.window_policy.WindowPolicy` for handouts and closing.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

from handbook.config import Clinic, KioskConfig
from handbook.content import Handbook
from handbook.errors import HandbookError
from handbook.printing import PrintError
from handbook.ui import theme
from handbook.ui.kiosk_admin import AdminDialog
from handbook.ui.kiosk_health import KioskHealth
from handbook.ui.kiosk_idle import IdleReset, close_popups, open_dialogs
from handbook.ui.kiosk_touch import (
    KIOSK_STYLE,
    KIOSK_ZOOM,
    LanguageBar,
    SearchClearButton,
    TapToTick,
    TouchRows,
    flick_to_scroll,
)
from handbook.ui.prefs import Prefs
from handbook.ui.print_status import CANCELLED
from handbook.ui.startup import build_window, parse_view, save_screenshot, show_view
from handbook.ui.window_policy import WindowPolicy

if TYPE_CHECKING:
    from handbook.pdf import HandoutRequest
    from handbook.ui.export_dialog import ExportDialog
    from handbook.ui.kiosk_print import KioskHandouts
    from handbook.ui.main_window import MainWindow
    from handbook.ui.my_questions_dialog import MyQuestionsDialog

log = logging.getLogger(__name__)

_E = QEvent.Type
_K = Qt.Key
_M = Qt.KeyboardModifier
#: Input that means "someone is here".
INPUT_EVENTS = frozenset(
    {
        _E.KeyPress,
        _E.ShortcutOverride,
        _E.MouseButtonPress,
        _E.MouseButtonDblClick,
        _E.MouseMove,
        _E.Wheel,
        _E.TouchBegin,
        _E.TouchUpdate,
        _E.TabletPress,
    }
)
_KEY_EVENTS = frozenset({_E.KeyPress, _E.ShortcutOverride})
#: Standard keys that quit, close a window or leave full screen on some platform.
_LEAVING_KEYS = (QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close, QKeySequence.StandardKey.FullScreen)
_ADMIN_MODIFIERS = _M.ControlModifier | _M.AltModifier | _M.ShiftModifier
#: The search and contents pane: this share of the screen's width, and no narrower than this.
SIDE_PANE_SHARE = 0.3
SIDE_PANE_MIN = 340


def is_admin_key(event: QKeyEvent) -> bool:
    """Ctrl+Alt+Shift+A: the staff's shortcut to the passphrase dialog."""
    modifiers = event.modifiers() & (_ADMIN_MODIFIERS | _M.MetaModifier)
    return event.key() == _K.Key_A and modifiers == _ADMIN_MODIFIERS


def is_leaving_key(event: QKeyEvent) -> bool:
    """Keys that would quit, close the window or leave full screen (Escape is judged by the kiosk)."""
    key, modifiers = event.key(), event.modifiers()
    control = bool(modifiers & (_M.ControlModifier | _M.MetaModifier))
    if any(event.matches(sequence) for sequence in _LEAVING_KEYS):
        return True
    if key == _K.Key_F11 or (key == _K.Key_F4 and (control or modifiers & _M.AltModifier)):
        return True
    return control and key in (_K.Key_Q, _K.Key_W)


class Kiosk(WindowPolicy, QObject):
    """Turns a MainWindow into a locked, self-resetting kiosk."""

    #: the right admin passphrase was typed: the app may close
    unlocked = Signal()

    def __init__(
        self, window: MainWindow, config: KioskConfig, lang: str, idle_seconds: int, countdown_seconds: int
    ) -> None:
        super().__init__(window)
        self.window = window
        self.config = config
        self.home_lang = lang
        self.locked = True
        self.full_screen = False
        self.resets = 0
        self.idle = IdleReset(window, idle_seconds, countdown_seconds)
        self.idle.resetRequested.connect(self.reset)
        self.admin_dialog: AdminDialog | None = None
        self._handouts: KioskHandouts | None = None
        self._contents_open: list[bool] = []
        self._flick: Qt.GestureType | None = None
        self._filtering = False
        self._swallow_key: int | None = None
        self.bar = LanguageBar(window.centralWidget())
        self.health = KioskHealth(self)

    # ------------------------------------------------------------------------------ setting up

    def install(self) -> None:
        """Change the window for the kiosk and start watching the app's input."""
        w = self.window
        w.set_policy(self)
        w.menuBar().hide()
        quit_action = w.actions_.quit
        quit_action.setShortcuts([])
        quit_action.setEnabled(False)
        quit_action.setVisible(False)
        w.removeAction(quit_action)
        w.statusBar().setSizeGripEnabled(False)
        w.command_bar.language.hide()
        w.command_bar.language_label.hide()
        for i in range(w.splitter.count()):
            handle = w.splitter.handle(i)
            if handle is not None:
                handle.setEnabled(False)
        central = w.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(w.command_bar) + 1, self.bar)
        self.bar.languageChosen.connect(self.choose_language)
        self.bar.adminRequested.connect(self.ask_passphrase)
        self.bar.retranslated.connect(self._retranslate)
        self.clear_button = SearchClearButton(w.search)
        w.contents.setItemDelegate(TouchRows(w.contents))
        w.compare_view.choices.setItemDelegate(TapToTick(w.compare_view.choices))
        w.compare_view.save_button.hide()
        for area in (w.reader.view, w.compare_view.view, w.contents, w.search.results):
            self._flick = flick_to_scroll(area, self._flick)
        w.setStyleSheet(KIOSK_STYLE)
        w.set_zoom(KIOSK_ZOOM)
        self.bar.show_language(w.lang)
        self._contents_open = [self._group_open(i) for i in range(w.contents.topLevelItemCount())]
        self._retranslate()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self._filtering = True
        self.idle.start()
        self.health.install()
        log.info(
            "kiosk mode: reset after %d s idle + %d s countdown", self.idle.idle_seconds, self.idle.countdown_seconds
        )

    def uninstall(self) -> None:
        """Stop watching input and let the window close (after the passphrase, and in tests)."""
        self.locked = False
        self.idle.stop()
        self.health.uninstall()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def show(self, full_screen: bool = True) -> None:
        w = self.window
        self.full_screen = full_screen
        if full_screen:
            w.setWindowFlags(
                Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            )
            self.fill_screen()
            screen = w.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                screen.geometryChanged.connect(lambda _rect: self.fill_screen())
        else:
            w.show()
        w.raise_()
        w.activateWindow()
        w.search.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def screen_rect(self) -> QRect:
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        return screen.geometry() if screen is not None else self.window.geometry()

    def fill_screen(self) -> None:
        """Cover the whole screen: the geometry by hand (no window manager needed), then full screen."""
        if not self.locked:
            return
        rect = self.screen_rect()
        self.window.setGeometry(rect)
        self.window.showFullScreen()
        side = max(SIDE_PANE_MIN, int(rect.width() * SIDE_PANE_SHARE))
        self.window.splitter.setSizes([side, max(1, rect.width() - side)])

    def _retranslate(self) -> None:
        """Kiosk wording, set after the window's own (the bar comes later in the window's tree)."""
        w = self.window
        w.compare_view.print_button.setText(self.tr("Print"))
        w.actions_.handout.setText(self.tr("Print a handout"))
        w.actions_.handout.setToolTip(self.tr("Choose pages to print and take with you"))
        w.command_bar.sync()

    # ------------------------------------------------------------------------------ the lock

    def may_close(self) -> bool:
        """Only the passphrase closes the kiosk."""
        return not self.locked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            if kind == _E.MouseMove and not event.spontaneous():
                return False  # Qt's own moves (a widget appearing under the pointer) are not a visitor
            if kind == _E.KeyPress and isinstance(event, QKeyEvent) and self._swallow_key is not None:
                rest_of_key, self._swallow_key = event.key() == self._swallow_key, None
                if rest_of_key:
                    event.accept()
                    return True  # the rest of the key that took the countdown away
            if self.idle.activity():
                if isinstance(event, QKeyEvent):
                    self._swallow_key = event.key() if kind == _E.ShortcutOverride else None
                event.accept()
                return True  # the input only took the countdown away
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):
            if is_admin_key(event):
                if kind == _E.KeyPress:
                    QTimer.singleShot(0, self.ask_passphrase)
                event.accept()
                return True
            if self.locked and (is_leaving_key(event) or self._escape_leaves(event)):
                log.debug("kiosk: ignored %s", QKeySequence(event.keyCombination()).toString())
                event.accept()
                return True
        if watched is self.window:
            if kind == _E.Resize:
                self.idle.resize_to(self.window)
            elif kind == _E.WindowStateChange and self.full_screen and self.locked and not self.window.isFullScreen():
                QTimer.singleShot(0, self.fill_screen)
        return False

    def _escape_leaves(self, event: QKeyEvent) -> bool:
        """Escape may close a dialog, a popup or the find bar, or clear the search box; nothing else."""
        if event.key() != _K.Key_Escape:
            return False
        focus = QApplication.focusWidget()
        return focus is None or (focus.window() is self.window and not isinstance(focus, QLineEdit))

    def ask_passphrase(self) -> AdminDialog:
        if self.admin_dialog is not None and self.admin_dialog.isVisible():
            self.admin_dialog.raise_()
            return self.admin_dialog
        dialog = AdminDialog(self.config, self.window, self.health)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.unlock)
        dialog.destroyed.connect(lambda: setattr(self, "admin_dialog", None))
        self.admin_dialog = dialog
        dialog.open()
        dialog.box.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    def unlock(self) -> None:
        """The passphrase was right: stop guarding and close the window (the app then quits)."""
        self.uninstall()
        self.unlocked.emit()
        self.window.close()

    # ------------------------------------------------------------------------------ starting over

    def choose_language(self, lang: str) -> None:
        self.window.set_language(lang)
        self.bar.show_language(lang)

    def reset(self) -> None:
        """Forget the last visitor: home page, default language, nothing typed, ticked, zoomed or open."""
        w = self.window
        close_popups()
        for dialog in open_dialogs(w):
            dialog.reject()
        if w.lang != self.home_lang:
            w.set_language(self.home_lang)
        w.reset_to_home()
        for box in (w.search.box, w.find_bar.box):
            box.setText("")  # unlike clear(), this also empties the box's undo history
        w.set_theme(theme.CALM)
        w.set_zoom(KIOSK_ZOOM)
        choices = w.compare_view.choices
        choices.setCurrentRow(-1)
        choices.scrollToTop()
        for i, open_ in enumerate(self._contents_open):
            item = w.contents.topLevelItem(i)
            if item is not None:
                item.setExpanded(open_)
        w.contents.scrollToTop()
        w.statusBar().clearMessage()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        search = sys.modules.get("handbook.search")  # loaded with the first search, not at start
        if search is not None:
            search.forget_queries()  # the words of this visitor's searches, kept in the search's caches
        self.bar.show_language(self.home_lang)
        w.activateWindow()
        w.search.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resets += 1
        self.health.reset_done(self.resets)  # the reset's one log line

    def _group_open(self, index: int) -> bool:
        item = self.window.contents.topLevelItem(index)
        return item is not None and item.isExpanded()

    # ------------------------------------------------------------------------------ handouts (the policy)

    def adapt_export_dialog(self, dialog: ExportDialog) -> None:
        """The handout dialog at a kiosk: "Print" only, rows that tick when tapped."""
        dialog.make_print_only()
        if self.config.offers_second_language:
            dialog.set_second_lang(self.config.second_language)
        else:
            dialog.second_label.hide()
            dialog.second_language.hide()
        for view in (dialog.sections, dialog.treatments):
            view.setItemDelegate(TapToTick(view))
            self._flick = flick_to_scroll(view, self._flick)

    def adapt_my_questions_dialog(self, dialog: MyQuestionsDialog) -> None:
        """At a kiosk the sheet is printed, never saved."""
        dialog.make_print_only()

    @property
    def handouts(self) -> KioskHandouts:
        if self._handouts is None:
            from handbook.ui.kiosk_print import KioskHandouts

            self._handouts = KioskHandouts(self.config, self)
        return self._handouts

    def deliver(self, request: HandoutRequest) -> bool:
        """Print the handout (or write it to the handout folder); never a dialog."""
        title = QCoreApplication.translate("MainWindow", "Patient handbook")
        try:
            self.handouts.send(self.window.runner, request, title)
        except HandbookError as err:
            self.window.report_error(err)
        return True

    def done_message(self, path: str, message: str) -> str:
        """No file path on a public screen."""
        return self.handouts.done_message(path)

    def print_news(self, kind: str, message: str) -> str:
        """A visitor hears only that a handout did not print (then whom to ask)."""
        return str(self.handouts.not_printed()) if kind == CANCELLED else ""

    def shown_error(self, err: BaseException) -> BaseException:
        """A print queue's refusal, in a visitor's words."""
        return self.handouts.unavailable() if isinstance(err, PrintError) else err


# ------------------------------------------------------------------------------ starting the app


def start_kiosk(
    app: QApplication,
    handbook: Handbook,
    config: KioskConfig,
    lang: str,
    idle_seconds: int,
    countdown_seconds: int,
    full_screen: bool = True,
    clinic: Clinic | None = None,
) -> Kiosk:
    """Build the window with in-memory settings (nothing of a visitor is saved), lock it and show it."""
    window = build_window(app, handbook, Prefs(), lang, clinic)
    kiosk = Kiosk(window, config, lang, idle_seconds, countdown_seconds)
    kiosk.install()
    kiosk.show(full_screen)
    return kiosk


def run_kiosk(app: QApplication, handbook: Handbook, args: argparse.Namespace, screenshot: Path | None) -> int:
    """``handbook gui --kiosk``: run until the admin passphrase closes it (or draw it with --screenshot)."""
    config = getattr(args, "kiosk_settings", None) or KioskConfig()
    idle = getattr(args, "idle_timeout", None) or config.idle_timeout
    countdown = getattr(args, "reset_countdown", None) or config.reset_countdown
    view = parse_view(getattr(args, "view", "home"), handbook, args.lang)
    clinic = getattr(args, "clinic_settings", None)
    kiosk = start_kiosk(app, handbook, config, args.lang, idle, countdown, screenshot is None, clinic)
    if screenshot is not None:
        kiosk.uninstall()  # a picture has nothing to guard, and the window must close afterwards
        return save_screenshot(kiosk.window, view, screenshot)
    show_view(kiosk.window, view)
    from handbook.ui import first_paint

    first_paint.install(kiosk.window)  # a measuring hook, off unless asked (HANDBOOK_EXIT_AFTER_FIRST_PAINT)
    kiosk.idle.visited = view.kind != "home"  # a page other than home is forgotten like a visitor's
    kiosk.unlocked.connect(lambda: QTimer.singleShot(0, app.quit))
    return int(app.exec())
