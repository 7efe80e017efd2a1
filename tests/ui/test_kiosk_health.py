"""A kiosk that runs for weeks: one log line per reset with nothing of a visitor in the log, a log that
rotates, exceptions and Qt warnings noted for staff (never shown to a visitor) while the kiosk goes on,
a fresh start (exit status 70) when errors come in a storm, and systemd's notify protocol."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handbook import health
from handbook.config import KioskConfig, hash_passphrase
from handbook.content import Handbook
from handbook.ui import startup
from handbook.ui.kiosk import Kiosk, start_kiosk
from handbook.ui.kiosk_health import KioskHealth
from handbook.ui.startup import application

PASSPHRASE = "front desk 42"
SECRET = "xyzzy-plugh-secret"


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("HANDBOOK_LOG_DIR", str(folder))
    return folder


@pytest.fixture
def kiosk(qtbot: QtBot, qapp: QApplication, handbook: Handbook, logs: Path) -> Iterator[Kiosk]:
    config = KioskConfig(passphrase_hash=hash_passphrase(PASSPHRASE))
    made = start_kiosk(application(), handbook, config, "en", 60, 2, full_screen=False)
    qtbot.waitExposed(made.window)
    yield made
    made.uninstall()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not made.window and widget.isWindow():
            widget.close()
    made.window.close()
    made.window.deleteLater()


def log_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob(f"{health.LOG_NAME}*")))


def test_one_line_per_reset_and_nothing_of_the_visitor(
    qtbot: QtBot, kiosk: Kiosk, logs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handbook.search import engine

    window = kiosk.window

    def broken(self: object, text: str, lang: str, limit: int) -> object:
        raise ValueError(f"the index choked on {text}")

    monkeypatch.setattr(engine.SearchIndex, "_search", broken)  # the engine logs the query it failed on
    window.search.set_query(f"bone pain {SECRET}")
    window.open_topic("denosumab")
    window.find_bar.open_bar()
    window.find_bar.box.setText(SECRET)
    for _ in range(3):
        kiosk.reset()
    kiosk.uninstall()
    text = log_text(logs)
    resets = [line for line in text.splitlines() if " reset " in line]
    assert [line.split(" reset ", 1)[1].split(":", 1)[0] for line in resets] == ["1", "2", "3"]
    assert all("MB resident" in line and "problem(s) noted" in line for line in resets)
    assert "search failed for %r" in text  # the engine's warning is there, without the query
    assert SECRET not in text, text
    assert "kiosk started" in text and "kiosk stopped after 3 reset(s)" in text


def test_the_log_rotates(kiosk: Kiosk, logs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kiosk.health.uninstall()  # start it again with a small log
    monkeypatch.setattr(health, "LOG_BYTES", 1000)
    kiosk.health.install()
    for _ in range(200):
        kiosk.reset()
    files = sorted(logs.glob(f"{health.LOG_NAME}*"))
    assert [p.name for p in files] == [health.LOG_NAME, *(f"{health.LOG_NAME}.{i}" for i in range(1, 6))]
    assert all(p.stat().st_size <= 1000 + 200 for p in files)
    assert " reset 200:" in (logs / health.LOG_NAME).read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture  # the exception is the point: pytest-qt must not fail the test for it
def test_an_exception_in_a_handler_is_noted_for_staff_and_the_kiosk_goes_on(
    qtbot: QtBot, kiosk: Kiosk, logs: Path
) -> None:
    window = kiosk.window

    def handler() -> None:
        raise RuntimeError(f"a handler broke on {SECRET}")

    QTimer.singleShot(0, handler)  # raised inside Qt's event loop, as a broken slot would
    qtbot.waitUntil(lambda: kiosk.health.problems.count == 1, timeout=10_000)
    assert not window.banner.isVisible()  # the visitor sees nothing
    assert window.open_topic("radiation")  # and the kiosk works on
    kiosk.reset()
    assert kiosk.health.exit_status == 0
    text = log_text(logs)
    assert "unexpected error, the kiosk goes on: RuntimeError in" in text and "(message left out)" in text
    assert SECRET not in text

    admin = kiosk.ask_passphrase()
    admin.status_button.click()  # no passphrase typed: nothing shown
    assert admin.notes.isHidden()
    admin.box.setText("not it")
    admin.status_button.click()
    assert admin.notes.isHidden() and admin.status.isVisible()
    admin.box.setText(PASSPHRASE)
    admin.status_button.click()
    assert admin.notes.isVisible() and admin.isVisible()  # the status, and the kiosk stays open
    notes = admin.notes.text()
    assert "Resets: 1. Problems noted: 1." in notes
    assert "RuntimeError in test_kiosk_health.py" in notes and SECRET not in notes
    assert str(logs / health.LOG_NAME) in notes
    admin.reject()


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_a_qt_warning_is_noted_for_staff(qtbot: QtBot, kiosk: Kiosk) -> None:
    previous = qInstallMessageHandler(startup._qt_message)  # the app's own routing of Qt's messages
    try:
        qWarning("a warning from Qt, as a real one would come")
    finally:
        qInstallMessageHandler(previous)
    assert kiosk.health.problems.count == 1
    assert "Qt: a warning from Qt" in kiosk.health.summary()[1][0]
    assert kiosk.health.exit_status == 0
    assert not kiosk.window.banner.isVisible()


def test_errors_in_a_storm_end_the_kiosk_with_status_70(tmp_path: Path) -> None:
    """A real kiosk started through the command line, with a handler that fails again and again."""
    script = """
import sys
from PySide6.QtCore import QTimer
from handbook import cli
from handbook.ui import kiosk as kiosk_module

started = kiosk_module.start_kiosk

def start_broken(*args, **kwargs):
    made = started(*args, **kwargs)
    timer = QTimer(made)
    timer.timeout.connect(lambda: 1 / 0)
    timer.start(1)
    return made

kiosk_module.start_kiosk = start_broken
sys.exit(cli.main(["gui", "--kiosk", "--kiosk-config", sys.argv[1]]))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HANDBOOK_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "kiosk.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == health.EXIT_FATAL, done.stderr[-2000:]
    text = log_text(tmp_path / "logs")
    assert text.count("unexpected error, the kiosk goes on: ZeroDivisionError") >= health.STORM_ERRORS
    assert text.count(f"{health.STORM_ERRORS} errors within 60 s: the kiosk ends with status 70") == 1


@pytest.mark.qt_no_exception_capture
def test_running_out_of_memory_ends_the_kiosk(qtbot: QtBot, kiosk: Kiosk) -> None:
    ended: list[int] = []
    kiosk.health.end = ended.append  # the real exit would end every later event loop of the tests
    try:
        raise MemoryError
    except MemoryError:
        kiosk.health.unexpected(*sys.exc_info())  # type: ignore[arg-type]
    assert kiosk.health.exit_status == health.EXIT_FATAL
    qtbot.waitUntil(lambda: ended == [health.EXIT_FATAL])


def test_storms_are_counted_within_their_time(qapp: QApplication) -> None:
    now = [0.0]
    problems = health.Problems(clock=lambda: now[0])
    for _ in range(health.STORM_ERRORS - 1):
        assert not problems.note("an error")
        now[0] += 1.0
    now[0] += health.STORM_SECONDS  # the first errors are long past: no storm
    assert not problems.note("an error")
    for _ in range(health.STORM_ERRORS - 1):
        storm = problems.note("an error")
    assert storm
    assert problems.count == 2 * health.STORM_ERRORS - 1 and len(problems.last) == health.KEPT_PROBLEMS


@pytest.mark.parametrize("abstract", [False, True], ids=["path", "abstract"])
def test_systemd_hears_ready_status_heartbeat_and_stopping(qapp: QApplication, tmp_path: Path, abstract: bool) -> None:
    address = f"\0handbook-test-{os.getpid()}" if abstract else str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as listener:
        listener.bind(address)
        listener.settimeout(10)
        shown = "@" + address[1:] if abstract else address
        notifier = health.Notifier({"NOTIFY_SOCKET": shown, "WATCHDOG_USEC": "30000000"})
        assert notifier.heartbeat_ms == 15_000
        watched = KioskHealth(log_folder=tmp_path / "logs", notifier=notifier)
        watched.install()
        try:
            assert listener.recv(4096).decode().split("\n") == ["READY=1", "STATUS=started, no visitor yet"]
            assert watched.heartbeat.isActive() and watched.heartbeat.interval() == 15_000
            watched.heartbeat.timeout.emit()
            assert listener.recv(4096) == b"WATCHDOG=1"
            watched.reset_done(1)
            assert listener.recv(4096).decode().startswith("STATUS=1 reset(s), 0 problem(s), ")
        finally:
            watched.uninstall()
        assert listener.recv(4096) == b"STOPPING=1"


def test_without_systemd_nothing_is_sent() -> None:
    quiet = health.Notifier({})
    assert not quiet.active and quiet.heartbeat_ms == 0 and not quiet.send("READY=1")
    other = health.Notifier({"NOTIFY_SOCKET": "/nowhere", "WATCHDOG_USEC": "1000000", "WATCHDOG_PID": "1"})
    assert other.heartbeat_ms == 0  # the watchdog is some other process's


def test_the_private_formatter_keeps_values_only_of_the_kiosk_s_own_lines() -> None:
    formatter = health.PrivateFormatter("%(name)s: %(message)s")

    def line(name: str, msg: str, *args: object, exc: BaseException | None = None) -> str:
        info = (type(exc), exc, exc.__traceback__) if exc is not None else None
        record = logging.LogRecord(name, logging.ERROR, __file__, 1, msg, args, info)
        return formatter.format(record)

    assert line("handbook.kiosk", "reset %d: up %s", 3, "2 h") == "handbook.kiosk: reset 3: up 2 h"
    assert line("handbook.search.engine", "search failed for %r", SECRET) == (
        "handbook.search.engine: search failed for %r"
    )
    try:
        raise KeyError(SECRET)
    except KeyError as err:
        text = line("handbook.ui.reader", "could not show %s", SECRET, exc=err)
    assert SECRET not in text and "KeyError (message left out)" in text and "Traceback" in text
    assert json.dumps(text)  # one string, whatever it holds


def test_a_log_folder_that_cannot_be_written_is_said_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert health.open_log(blocker / "logs") is None
    assert "no log file in" in caplog.text
