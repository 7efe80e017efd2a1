"""The kiosk keeps going for weeks: a log line per reset, problems noted for staff, never shown to a
visitor, a fresh start when nothing else helps, and systemd's watchdog fed (see ``handbook/health.py``).

- The log: ``kiosk.log`` in the user's log folder, rotated (``health.open_log``), with one line per
  start, stop and reset (its number, the uptime, the resident memory, the problems so far) and every
  warning or error, with no visitor content in any line (``health.PrivateFormatter``; the same
  formatter is put on the other log handlers, standard error included, while the kiosk runs).
- An exception in an event handler (a slot, an event filter) is caught by ``sys.excepthook``: logged,
  noted for staff (the admin dialog lists the last ones), and the kiosk goes on. So do Qt's warnings.
- ``STORM_ERRORS`` errors within ``STORM_SECONDS``, or running out of memory, end the kiosk with exit
  status 70: a service manager (``Restart=``) starts it afresh. Only the admin passphrase ends it with 0.
- Under ``systemd`` with ``Type=notify``: ``READY=1`` once the window shows, a ``STATUS=`` line per reset,
  and with ``WatchdogSec=`` a heartbeat from the event loop, so a hung kiosk is restarted too.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from handbook import health

kiosk_log = logging.getLogger(health.KIOSK_LOGGER)


class _QtWarnings(logging.Handler):
    """Qt's warnings (sent to the ``qt`` logger by ``startup``), noted for staff."""

    def __init__(self, owner: KioskHealth) -> None:
        super().__init__(logging.WARNING)
        self.owner = owner

    def emit(self, record: logging.LogRecord) -> None:
        self.owner.note_warning(record.getMessage())


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    return f"{days} d {hours} h {minutes} min" if days else f"{hours} h {minutes} min"


class KioskHealth(QObject):
    """Installed with the kiosk (``Kiosk.install``), removed with it (``Kiosk.uninstall``)."""

    def __init__(
        self,
        parent: QObject | None = None,
        log_folder: Path | None = None,
        notifier: health.Notifier | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.problems = health.Problems(clock)
        self.notifier = notifier or health.Notifier()
        self.started = clock()
        self.started_at = time.strftime("%Y-%m-%d %H:%M")
        self.resets = 0
        self.exit_status = 0
        self._log_folder = log_folder
        self.log_path: Path | None = None
        self._file: logging.Handler | None = None
        self._qt = _QtWarnings(self)
        self._formatters: dict[logging.Handler, logging.Formatter | None] = {}
        self._hook: Callable[..., object] | None = None
        self._old_level = logging.NOTSET
        self.heartbeat = QTimer(self)
        self.heartbeat.timeout.connect(lambda: self.notifier.send("WATCHDOG=1"))
        self.installed = False
        #: ends the event loop with a status (an in-process test puts a recorder here: once called,
        #: ``QCoreApplication.exit`` makes every later event loop of the process return at once)
        self.end: Callable[[int], None] = QCoreApplication.exit

    # ------------------------------------------------------------------------------ on and off

    def install(self) -> None:
        if self.installed:
            return
        self.installed = True
        root = logging.getLogger()
        for handler in root.handlers:  # standard error (the journal) as private as the file
            self._formatters[handler] = handler.formatter
            handler.setFormatter(health.PrivateFormatter(getattr(handler.formatter, "_fmt", None)))
        self._file = health.open_log(self._log_folder)
        if self._file is not None:
            root.addHandler(self._file)
            self.log_path = Path(getattr(self._file, "baseFilename", ""))
        self._old_level = kiosk_log.level
        kiosk_log.setLevel(logging.INFO)
        logging.getLogger("qt").addHandler(self._qt)
        self._hook = sys.excepthook
        sys.excepthook = self.unexpected
        kiosk_log.info("kiosk started")
        if self.notifier.active:
            self.notifier.send("READY=1", "STATUS=started, no visitor yet")
            if self.notifier.heartbeat_ms:
                self.heartbeat.start(max(1, self.notifier.heartbeat_ms))

    def uninstall(self) -> None:
        if not self.installed:
            return
        self.installed = False
        self.heartbeat.stop()
        kiosk_log.info("kiosk stopped after %d reset(s), up %s", self.resets, _duration(self.clock() - self.started))
        if self._hook is not None and sys.excepthook == self.unexpected:
            sys.excepthook = self._hook
        logging.getLogger("qt").removeHandler(self._qt)
        kiosk_log.setLevel(self._old_level)
        root = logging.getLogger()
        if self._file is not None:
            root.removeHandler(self._file)
            self._file.close()
            self._file = None
        for handler, formatter in self._formatters.items():
            handler.setFormatter(formatter)
        self._formatters = {}
        if self.notifier.active:
            self.notifier.send("STOPPING=1")

    # ------------------------------------------------------------------------------ what happens

    def reset_done(self, resets: int) -> None:
        """The one log line of a reset: no visitor content, only how the kiosk is doing."""
        self.resets = resets
        # once the closed dialogs and pages are deleted (deferred), their memory goes back to the system
        QTimer.singleShot(0, health.give_back_memory)
        up = _duration(self.clock() - self.started)
        rss = health.resident_mb()
        kiosk_log.info("reset %d: up %s, %.0f MB resident, %d problem(s) noted", resets, up, rss, self.problems.count)
        if self.notifier.active:
            self.notifier.send(f"STATUS={resets} reset(s), {self.problems.count} problem(s), {rss:.0f} MB")

    def unexpected(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """``sys.excepthook``: an exception no handler caught. Logged and noted; the kiosk goes on."""
        if issubclass(exc_type, KeyboardInterrupt) and self._hook is not None:
            self._hook(exc_type, exc, tb)
            return
        what = health.where(exc_type, tb)
        kiosk_log.error("unexpected error, the kiosk goes on: %s", what, exc_info=(exc_type, exc, tb))
        if self._hook is not None and self._hook is not sys.__excepthook__:
            self._hook(exc_type, exc, tb)  # a hook set by someone else goes on hearing of it (pytest-qt's)
        storm = self.problems.note(what)
        if issubclass(exc_type, MemoryError):
            self.fail("out of memory")
        elif storm:
            self.fail(f"{health.STORM_ERRORS} errors within {health.STORM_SECONDS:.0f} s")

    def note_warning(self, message: str) -> None:
        self.problems.note("Qt: " + " ".join(message.split())[:200], error=False)

    def fail(self, reason: str) -> None:
        """Give up: end the event loop with ``EXIT_FATAL``, so a service manager starts the kiosk afresh."""
        if self.exit_status == health.EXIT_FATAL:
            return  # ending already
        self.exit_status = health.EXIT_FATAL
        kiosk_log.critical("%s: the kiosk ends with status %d to start afresh", reason, health.EXIT_FATAL)
        QTimer.singleShot(0, lambda: self.end(health.EXIT_FATAL))

    # ------------------------------------------------------------------------------ for staff

    def summary(self) -> tuple[int, list[str]]:
        """Problems noted so far, and the last five (newest first), for the admin dialog."""
        return self.problems.count, [str(p) for p in reversed(list(self.problems.last)[-5:])]
