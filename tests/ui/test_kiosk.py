"""Kiosk mode: locked full screen, the admin passphrase, the idle reset, touch sizes, handouts
without dialogs, and nothing of a visitor kept. Idle times here are 1–2 s."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from glyphs import numbers_in_document
from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QSplitterHandle,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import PATIENCE_MS, click_link

from handbook import cli
from handbook.config import KioskConfig
from handbook.config import kiosk as kiosk_config
from handbook.content import Handbook
from handbook.i18n import NATIVE_NAMES
from handbook.ui import export_runner
from handbook.ui.export_dialog import ExportDialog
from handbook.ui.kiosk import Kiosk, start_kiosk
from handbook.ui.kiosk_admin import AdminDialog
from handbook.ui.kiosk_idle import TICK_MS
from handbook.ui.kiosk_print import unique_pdf_path
from handbook.ui.kiosk_touch import KIOSK_ZOOM, MIN_TARGET
from handbook.ui.startup import application

MakeKiosk = Callable[..., Kiosk]
PASSPHRASE = "front desk 42"


@pytest.fixture
def make_kiosk(qtbot: QtBot, qapp: QApplication, handbook: Handbook) -> Iterator[MakeKiosk]:
    made: list[Kiosk] = []

    def make(config: KioskConfig | None = None, lang: str = "en", idle: int = 60, countdown: int = 2) -> Kiosk:
        kiosk = start_kiosk(application(), handbook, config or KioskConfig(), lang, idle, countdown)
        qtbot.waitExposed(kiosk.window)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.uninstall()
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()
        window = kiosk.window
        if window.translations.lang != "en":
            window.translations.apply("en")
        window.set_theme("calm")
        window.close()
        window.deleteLater()


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> Kiosk:
    return make_kiosk()


class KeyRecorder(QObject):
    """Records the key presses that reach a widget (after the application's event filters)."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[Qt.Key] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        modifier_keys = (Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Meta)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() not in modifier_keys:
            self.keys.append(Qt.Key(event.key()))
        return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractSlider, QAbstractItemView)
    found = [root] if isinstance(root, kinds) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, kinds)]
    found += [h for h in root.findChildren(QSplitterHandle) if h.isEnabled()]
    return [w for w in found if w.isVisible()]


def assert_touch_sized(root: QWidget) -> int:
    widgets = interactive_widgets(root)
    small = [
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r} {w.width()}x{w.height()}"
        for w in widgets
        if w.width() < MIN_TARGET or w.height() < MIN_TARGET
    ]
    assert small == []
    return len(widgets)


# ------------------------------------------------------------------------------ locked full screen


def test_the_kiosk_fills_the_screen_with_no_way_out_in_sight(kiosk: Kiosk) -> None:
    window = kiosk.window
    screen = window.screen()
    assert window.isFullScreen()
    assert window.geometry() == screen.geometry()
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert not window.menuBar().isVisible()
    assert window.actions_.quit not in window.actions() and not window.actions_.quit.isEnabled()
    assert not window.command_bar.language.isVisible()
    buttons = kiosk.bar.buttons
    assert [b.text() for b in buttons.values()] == list(NATIVE_NAMES.values())
    assert buttons["en"].isChecked()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ],
    ids=["ctrl+q", "ctrl+w", "alt+f4", "ctrl+f4", "f11", "escape"],
)
def test_quit_close_and_full_screen_keys_never_reach_the_window(
    qtbot: QtBot, kiosk: Kiosk, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    window = kiosk.window
    view = window.reader.view
    recorder = KeyRecorder()
    view.installEventFilter(recorder)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # an ordinary key does get through
    assert recorder.keys == [Qt.Key.Key_Down]
    qtbot.keyClick(view, key, modifiers)
    qtbot.wait(20)
    assert recorder.keys == [Qt.Key.Key_Down]
    assert window.isVisible() and window.isFullScreen()
    view.removeEventFilter(recorder)


def test_closing_the_window_is_refused_until_unlocked(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    assert window.close() is False
    window.actions_.quit.trigger()
    qtbot.wait(20)
    assert window.isVisible() and window.isFullScreen()


def test_leaving_full_screen_is_undone(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.showNormal()
    window.setGeometry(10, 10, 400, 300)
    qtbot.waitUntil(window.isFullScreen, timeout=PATIENCE_MS)
    assert window.geometry() == window.screen().geometry()


# ------------------------------------------------------------------------------ the passphrase


@pytest.fixture
def locked_config(tmp_path: Path) -> KioskConfig:
    path = tmp_path / "kiosk.ini"
    kiosk_config.set_passphrase(PASSPHRASE, path)
    return kiosk_config.load(path)


def open_admin(qtbot: QtBot, kiosk: Kiosk) -> AdminDialog:
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(kiosk.window.search.box, Qt.Key.Key_A, mods)
    qtbot.waitUntil(lambda: kiosk.admin_dialog is not None and kiosk.admin_dialog.isVisible(), timeout=PATIENCE_MS)
    assert kiosk.admin_dialog is not None
    assert kiosk.window.search.box.text() == ""  # the shortcut typed nothing
    return kiosk.admin_dialog


def test_the_admin_passphrase_unlocks_and_a_wrong_one_does_not(
    qtbot: QtBot, make_kiosk: MakeKiosk, locked_config: KioskConfig
) -> None:
    kiosk = make_kiosk(locked_config)
    dialog = open_admin(qtbot, kiosk)
    assert dialog.box.isVisible()
    qtbot.keyClicks(dialog.box, "front desk 41")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.status.isVisible()
    assert dialog.status.text() == "That passphrase is not right. Please try again."
    assert dialog.box.text() == ""
    assert kiosk.window.close() is False
    with qtbot.waitSignal(kiosk.unlocked, timeout=PATIENCE_MS):
        qtbot.keyClicks(dialog.box, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not kiosk.window.isVisible(), timeout=PATIENCE_MS)


def test_without_a_passphrase_the_dialog_says_how_to_set_one(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(KioskConfig(path=Path("/srv/kiosk/kiosk.ini")))
    qtbot.mouseClick(kiosk.bar.admin, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.admin_dialog is not None and kiosk.admin_dialog.isVisible(), timeout=PATIENCE_MS)
    dialog = kiosk.admin_dialog
    assert dialog is not None
    assert not dialog.box.isVisible() and not dialog.unlock_button.isVisible()
    assert "handbook kiosk-passphrase --kiosk-config /srv/kiosk/kiosk.ini" in dialog.message.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert kiosk.window.isVisible() and kiosk.locked


# ------------------------------------------------------------------------------ the idle reset


def leave_traces(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Do what a visitor does: search, read, tick, zoom, switch language and colours, copy, open things."""
    w = kiosk.window
    w.contents.topLevelItem(0).setExpanded(False)
    w.contents.topLevelItem(2).setExpanded(True)
    w.open_compare(["denosumab", "radiation"])
    w.open_topic("denosumab")
    w.reader.view.verticalScrollBar().setValue(200)
    w.find_bar.open_bar()
    qtbot.keyClicks(w.find_bar.box, "bone")
    w.set_zoom(200)
    w.set_theme("high-contrast")
    qtbot.mouseClick(kiosk.bar.buttons["es"], Qt.MouseButton.LeftButton)
    QGuiApplication.clipboard().setText("Xgeva")
    w.search.box.setFocus()
    qtbot.keyClicks(w.search.box, "dolor")
    w.search.run_search()
    assert w.search.results.count() > 0
    w.open_export_dialog()


def test_an_idle_kiosk_counts_down_then_forgets_the_visitor(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle=2, countdown=1)
    w = kiosk.window
    leave_traces(qtbot, kiosk)
    dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, ExportDialog) and d.isVisible()]
    assert len(dialogs) == 1 and w.lang == "es" and w.search.box.isUndoAvailable()
    qtbot.waitUntil(lambda: kiosk.idle.counting, timeout=PATIENCE_MS)
    overlay = kiosk.idle.overlay
    assert overlay.geometry() == w.rect()
    assert overlay.title.text() == "¿Sigue ahí?"  # in the visitor's language
    assert not dialogs[0].isVisible()  # tucked away while the question shows
    qtbot.waitUntil(lambda: kiosk.resets == 1, timeout=PATIENCE_MS)

    assert not overlay.isVisible()
    assert w.lang == "en" and w.translations.lang == "en" and kiosk.bar.buttons["en"].isChecked()
    assert w.page == "" and w.reader.topic_id == "" and w.history == [""]
    assert not w.actions_.back.isEnabled()
    assert w.search.box.text() == "" and w.search.results.count() == 0 and w.search.hits == []
    assert not w.search.box.isUndoAvailable()  # Ctrl+Z cannot bring the last search back
    assert w.find_bar.box.text() == "" and not w.find_bar.isVisible()
    assert w.compare_view.selected() == ()
    assert w.zoom == KIOSK_ZOOM and w.theme_name == "calm"
    assert w.reader.view.verticalScrollBar().value() == 0
    assert [w.contents.topLevelItem(i).isExpanded() for i in range(3)] == [True, True, False]
    assert not w.reader.popup.isVisible() and not w.banner.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert not any(isinstance(d, QDialog) and d.isVisible() for d in QApplication.topLevelWidgets())
    assert w.prefs.stored()["view/zoom"] == KIOSK_ZOOM
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.search.box, timeout=PATIENCE_MS)
    qtbot.keyClick(w.search.box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.search.box.text() == ""


@pytest.mark.parametrize("how", ["key", "tap", "button"])
def test_any_touch_or_key_cancels_the_countdown(qtbot: QtBot, make_kiosk: MakeKiosk, how: str) -> None:
    kiosk = make_kiosk(idle=1, countdown=2)
    w = kiosk.window
    qtbot.keyClicks(w.search.box, "pain")
    dialog = w.open_export_dialog()
    kiosk.idle.clock = lambda: 0.0  # the countdown's clock stands still: it shows 2 seconds however slow we are
    qtbot.waitUntil(lambda: kiosk.idle.counting, timeout=PATIENCE_MS)
    overlay = kiosk.idle.overlay
    assert overlay.text.text().startswith("For your privacy, the handbook will start over in 2 seconds.")
    if how == "key":
        qtbot.keyClick(w.search.box, Qt.Key.Key_X)
    elif how == "tap":
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    else:
        qtbot.mouseClick(overlay.button, Qt.MouseButton.LeftButton)
    assert not kiosk.idle.counting
    assert dialog.isVisible()  # what was open comes back
    kiosk.idle.clock = lambda: 100.0  # long past the end of the cancelled countdown
    qtbot.wait(3 * TICK_MS)  # a countdown still ticking would reset now
    assert kiosk.resets == 0
    assert w.search.box.text() == "pain"  # nothing lost, and the cancelling key typed nothing


def test_nothing_counts_down_when_nobody_touched_anything(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle=1, countdown=1)
    assert kiosk.idle.idle_timer.isSingleShot()
    qtbot.waitUntil(lambda: not kiosk.idle.idle_timer.isActive(), timeout=PATIENCE_MS)  # the quiet time is over
    qtbot.wait(3 * TICK_MS)
    assert not kiosk.idle.counting and kiosk.resets == 0
    qtbot.keyClicks(kiosk.window.search.box, "x")
    qtbot.waitUntil(lambda: kiosk.idle.counting, timeout=PATIENCE_MS)


def test_the_search_box_has_focus_at_start_and_after_a_reset(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.search.box, timeout=PATIENCE_MS)
    w.open_topic("denosumab")
    w.reader.view.setFocus()
    kiosk.reset()
    assert QApplication.focusWidget() is w.search.box


def test_a_kiosk_writes_no_settings(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))

    def no_store() -> QSettings:
        raise AssertionError("kiosk mode opened the user's settings")

    monkeypatch.setattr("handbook.ui.prefs.user_store", no_store)
    kiosk = make_kiosk(lang="vi")
    w = kiosk.window
    w.set_zoom(250)
    w.set_theme("high-contrast")
    qtbot.mouseClick(kiosk.bar.buttons["ko"], Qt.MouseButton.LeftButton)
    kiosk.reset()
    assert w.lang == "vi"  # the kiosk's own language, not the last visitor's
    assert not folder.exists() or list(folder.rglob("*")) == []


# ------------------------------------------------------------------------------ touch


@pytest.mark.parametrize("lang", ["en", "ar", "vi"])
def test_every_visible_control_is_a_touch_target(qtbot: QtBot, make_kiosk: MakeKiosk, lang: str) -> None:
    kiosk = make_kiosk(lang=lang)
    w = kiosk.window
    qtbot.keyClicks(w.search.box, "pain")
    w.search.run_search()
    checked = assert_touch_sized(w)
    w.open_compare(["denosumab", "radiation"])
    w.find_bar.open_bar()
    checked += assert_touch_sized(w)
    dialog = w.open_export_dialog()
    qtbot.waitExposed(dialog)
    checked += assert_touch_sized(dialog)
    dialog.reject()
    admin = kiosk.ask_passphrase()
    qtbot.waitExposed(admin)
    checked += assert_touch_sized(admin)
    admin.reject()
    kiosk.idle.begin_countdown()
    checked += assert_touch_sized(kiosk.idle.overlay)
    kiosk.idle.cancel()
    assert checked > 40


def test_a_glossary_word_explains_itself_on_a_tap(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.open_topic("denosumab")
    term = next(href for href, _ in w.reader.view.anchors() if href.startswith("term:"))
    click_link(qtbot, w.reader.view, term)
    qtbot.waitUntil(w.reader.popup.isVisible, timeout=PATIENCE_MS)
    assert_touch_sized(w.reader.popup)
    w.reader.popup.close()


def test_a_finger_drag_scrolls_the_page(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.open_topic("denosumab")
    view = w.reader.view
    viewport = view.viewport()
    finger = QTest.createTouchDevice()
    x, y = viewport.width() // 2, viewport.height() - 40
    QTest.touchEvent(viewport, finger).press(0, QPoint(x, y), viewport).commit()
    for step in range(1, 16):
        qtbot.wait(16)
        QTest.touchEvent(viewport, finger).move(0, QPoint(x, y - 20 * step), viewport).commit()
    QTest.touchEvent(viewport, finger).release(0, QPoint(x, y - 300), viewport).commit()
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() >= 250, timeout=PATIENCE_MS)


def test_a_tap_anywhere_on_a_treatment_ticks_it(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.open_compare()
    choices = w.compare_view.choices
    item = choices.item(0)
    rect = choices.visualItemRect(item)
    where = QPoint(rect.center().x() + rect.width() // 4, rect.center().y())  # on the name, not the box
    qtbot.mouseClick(choices.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert item.checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(choices.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert item.checkState() == Qt.CheckState.Unchecked


def test_language_buttons_switch_the_whole_app(qtbot: QtBot, kiosk: Kiosk) -> None:
    w = kiosk.window
    qtbot.mouseClick(kiosk.bar.buttons["es"], Qt.MouseButton.LeftButton)
    assert w.lang == "es" and kiosk.bar.buttons["es"].isChecked()
    assert w.actions_.home.text() != "H&ome"
    assert w.compare_view.print_button.text() == "Imprimir"  # the kiosk's "Print", after the view's own
    assert w.command_bar.buttons["handout"].text() == "Imprimir un folleto"  # not "save or print"
    assert not w.menuBar().isVisible()


# ------------------------------------------------------------------------------ handouts


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any file or print dialog is recorded (and not shown)."""
    calls: list[str] = []

    def refuse(name: str) -> Callable[..., object]:
        def call(*_args: object, **_kwargs: object) -> object:
            calls.append(name)
            raise AssertionError(f"{name} was reached in kiosk mode")

        return call

    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "exec", "open"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))
    monkeypatch.setattr(QPrintDialog, "exec", refuse("QPrintDialog.exec"))
    monkeypatch.setattr(export_runner, "ask_save_path", refuse("ask_save_path"))
    monkeypatch.setattr(export_runner, "ask_printer", refuse("ask_printer"))
    return calls


def test_no_action_or_button_reaches_a_file_dialog(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, no_dialogs: list[str]
) -> None:
    kiosk = make_kiosk(KioskConfig(output_folder=tmp_path))
    w = kiosk.window
    w.open_topic("denosumab")
    w.compare_view.set_selection(("denosumab", "radiation"))
    for action in w.findChildren(QAction):
        action.trigger()
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, ExportDialog) and dialog.isVisible():
                pressed = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]
                assert dialog.save_button not in pressed
                for button in pressed:
                    if dialog.isVisible() and button is not dialog.cancel_button:
                        button.click()
                dialog.reject()
    for page in (w.reader, w.compare_view):
        w.pages.setCurrentWidget(page)
        for button in [b for b in w.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]:
            if button is not kiosk.bar.admin and not (kiosk.admin_dialog and kiosk.admin_dialog.isVisible()):
                button.click()
    assert w.runner.wait(20_000)
    qtbot.wait(50)
    assert no_dialogs == []
    assert w.isVisible() and w.isFullScreen()
    assert list(tmp_path.glob("handout-*.pdf"))  # the print buttons did make handouts


def test_printing_with_no_printer_says_to_ask_the_front_desk(
    qtbot: QtBot, make_kiosk: MakeKiosk, no_dialogs: list[str]
) -> None:
    kiosk = make_kiosk(KioskConfig(printer="No such printer (kiosk test)"))
    w = kiosk.window
    w.open_compare(["denosumab", "radiation"])
    qtbot.mouseClick(w.compare_view.print_button, Qt.MouseButton.LeftButton)
    assert w.banner.isVisible()
    assert "The printer is not available. Please ask the front desk." in w.banner.message
    assert no_dialogs == []


def test_print_writes_the_pdf_into_the_handout_folder(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, no_dialogs: list[str]
) -> None:
    kiosk = make_kiosk(KioskConfig(output_folder=tmp_path))
    w = kiosk.window
    w.open_topic("denosumab")
    dialog = w.open_export_dialog()
    assert not dialog.save_button.isVisible() and dialog.print_button.text() == "Print"
    for _ in range(2):
        with qtbot.waitSignal(w.runner.finished, timeout=20_000):
            qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        dialog = w.open_export_dialog()
    dialog.reject()
    made = sorted(tmp_path.iterdir())
    assert len(made) == 2 and all(re.fullmatch(r"handout-\d{8}-\d{6}-en(-\d+)?\.pdf", p.name) for p in made)
    assert all(p.read_bytes().startswith(b"%PDF") for p in made)
    message = w.statusBar().currentMessage()
    assert message == "Your handout was sent. Please ask the front desk for it." and str(tmp_path) not in message
    assert no_dialogs == []


def test_handout_names_never_collide(tmp_path: Path) -> None:
    now = datetime.datetime(2025, 3, 4, 5, 6, 7)
    first = unique_pdf_path(tmp_path, "ko", now)
    first.write_bytes(b"%PDF")
    second = unique_pdf_path(tmp_path, "ko", now)
    assert (first.name, second.name) == ("handout-20250304-050607-ko.pdf", "handout-20250304-050607-ko-2.pdf")


# ------------------------------------------------------------------------------ the command line


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[kiosk]\nidle_timeout = soon\n", r":2: idle_timeout must be a whole number"),
        ("[kiosk]\nreset_countdown = 0\n", r":2: reset_countdown must be between 1 and 86400"),
        ("[kiosk]\ndefault_language = fr\n", r":2: default_language 'fr' is not one of"),
        ("[kiosk]\nprinter = A\ncolour = red\n", r":3: unknown setting 'colour'"),
        ("[kiosk]\noutput_folder = /no/such/folder\n", r":2: output_folder '/no/such/folder' does not exist"),
        ("[kiosk]\npassphrase_hash = hunter2\n", r":2: passphrase_hash is damaged"),
        ("[settings]\nidle_timeout = 5\n", r":1: no \[kiosk\] section"),
        ("idle_timeout = 5\n", r":1: the kiosk configuration is not a valid INI file"),
    ],
)
def test_a_bad_kiosk_configuration_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, says: str
) -> None:
    bad = tmp_path / "bad.ini"
    bad.write_text(text, encoding="utf-8")
    assert cli.main(["gui", "--kiosk", "--kiosk-config", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"handbook: {bad}:")
    assert re.search(says, err), err


def test_the_console_script_refuses_a_bad_configuration(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ini"
    bad.write_text("[kiosk]\nidle_timeout = -5\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "handbook", "gui", "--kiosk", "--kiosk-config", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == f"handbook: {bad}:2: idle_timeout must be between 1 and 86400 seconds, not -5\n"


def test_a_kiosk_screenshot_shows_the_kiosk(qapp: QApplication, tmp_path: Path) -> None:
    picture = tmp_path / "kiosk.png"
    assert cli.main(["gui", "--kiosk", "--kiosk-config", str(tmp_path / "none.ini"), "--screenshot", str(picture)]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1280, 800)
    for widget in QApplication.topLevelWidgets():  # the screenshot's window is gone
        assert not (widget.isVisible() and widget.windowTitle().endswith("Patient handbook"))


@pytest.mark.parametrize(
    ("lang", "seconds", "words"),
    [("en", 1, "in 1 second."), ("en", 12, "in 12 seconds."), ("es", 1, "en 1 segundo."), ("es", 3, "en 3 segundos.")],
)
def test_the_countdown_says_its_seconds_in_good_grammar(kiosk: Kiosk, lang: str, seconds: int, words: str) -> None:
    kiosk.window.set_language(lang)
    overlay = kiosk.idle.overlay
    overlay.set_remaining(seconds)
    assert words in overlay.text.text()


def test_the_arabic_kiosk_shows_the_helpline_number_in_order(make_kiosk: MakeKiosk) -> None:
    """The kiosk's reader lays numbers out as the desktop's does (glyph positions: test_rtl_layout)."""
    kiosk = make_kiosk(lang="ar")
    kiosk.window.reader.show_topic("support")
    document = kiosk.window.reader.view.document()
    assert numbers_in_document(document, "1-800-227-2345", "1-800-227-2345")
