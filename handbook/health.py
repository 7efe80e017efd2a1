"""A kiosk's health over weeks of running: its log, the problems it noted, and the service manager.

- :func:`open_log` gives a rotating log file in the user's log folder (``kiosk.log``, at most
  :data:`LOG_BYTES` bytes and :data:`LOG_BACKUPS` older files: some 6 MB in all, whatever the uptime).
- :class:`PrivateFormatter` keeps what a visitor typed or chose out of every log line: the messages of
  modules that may quote a visitor (search, content, the reader...) are written without their values,
  and an exception's message is left out (its type and where it happened stay).
- :class:`Problems` notes unexpected errors and warnings for staff (the kiosk's admin dialog shows the
  last ones) and says when they come so fast that only a fresh start helps.
- :func:`give_back_memory` returns the heap's free pages to the system after a reset; :func:`one_heap`
  (at the kiosk's start) makes that cover what the handout thread freed too.
- :class:`Notifier` speaks systemd's notify protocol when the kiosk runs as a ``Type=notify`` service:
  ready, a status line and the watchdog's heartbeat (nothing when it does not).

No Qt here: ``handbook/ui/kiosk_health.py`` connects this to the running kiosk.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import logging
import logging.handlers
import os
import socket
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import platformdirs

log = logging.getLogger(__name__)

#: The kiosk's own log lines (one per reset, start, stop, problems): never any visitor content.
KIOSK_LOGGER = "handbook.kiosk"
#: Loggers whose lines hold no visitor content and keep their values in the log.
TRUSTED_LOGGERS = (KIOSK_LOGGER, "handbook.ui.kiosk", "handbook.config", "handbook.health", "qt")
LOG_NAME = "kiosk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
#: This many unexpected errors within STORM_SECONDS: the kiosk is broken, a fresh start is better.
STORM_ERRORS = 20
STORM_SECONDS = 60.0
#: The exit status then (EX_SOFTWARE), so that a service manager starts the kiosk again.
EXIT_FATAL = 70
KEPT_PROBLEMS = 20

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folder() -> Path:
    """``$HANDBOOK_LOG_DIR``, else the user's log folder: ``~/.local/state/handbook/log`` on Linux
    (``$XDG_STATE_HOME`` honoured), ``%LOCALAPPDATA%\\handbook\\Logs`` on Windows."""
    override = os.environ.get("HANDBOOK_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir("handbook", appauthor=False))


_PACKAGE = Path(__file__).resolve().parent


def where(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """An exception as staff may read it: its type and the innermost line of the handbook's code (else
    the innermost line), never its message."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(_PACKAGE)] or frames
    if not ours:
        return exc_type.__name__
    last = ours[-1]
    path = Path(last.filename).resolve()
    shown = path.relative_to(_PACKAGE.parent).as_posix() if path.is_relative_to(_PACKAGE) else path.name
    return f"{exc_type.__name__} in {shown}:{last.lineno} ({last.name})"


class PrivateFormatter(logging.Formatter):
    """A formatter that writes no visitor content: see the module's notes."""

    def format(self, record: logging.LogRecord) -> str:
        if record.name.startswith(TRUSTED_LOGGERS) and not record.exc_info:
            return super().format(record)
        private = logging.makeLogRecord(record.__dict__)
        if not record.name.startswith(TRUSTED_LOGGERS):
            private.msg, private.args = str(record.msg), None  # the template, without the values
        private.exc_info, private.exc_text = None, None
        text = super().format(private)
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, _exc, tb = record.exc_info
            frames = "".join(traceback.format_tb(tb)) if tb is not None else ""
            text += f"\nTraceback (most recent call last):\n{frames}{exc_type.__name__} (message left out)"
        return text


def open_log(folder: Path | None = None) -> logging.Handler | None:
    """The rotating kiosk log file with a private formatter, or None (said once) if it cannot be written."""
    folder = folder or log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as err:
        log.warning("kiosk: no log file in %s (%s); logging to standard error only", folder, err.strerror or err)
        return None
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    handler.addFilter(_KioskOrWarnings())
    return handler


class _KioskOrWarnings(logging.Filter):
    """The kiosk's own lines, and warnings or worse from anywhere."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name.startswith(KIOSK_LOGGER)


@dataclass(frozen=True)
class Problem:
    """A problem noted for staff: when (local time) and what, in one line with no visitor content."""

    when: str
    what: str

    def __str__(self) -> str:
        return f"{self.when} {self.what}"


class Problems:
    """The problems noted since the start: a count, the last few, and whether errors come in a storm."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.count = 0
        self.last: deque[Problem] = deque(maxlen=KEPT_PROBLEMS)
        self._errors: deque[float] = deque(maxlen=STORM_ERRORS)

    def note(self, what: str, error: bool = True) -> bool:
        """Note a problem; True when errors now come too fast (``STORM_ERRORS`` within ``STORM_SECONDS``)."""
        self.count += 1
        self.last.append(Problem(time.strftime("%Y-%m-%d %H:%M:%S"), what))
        if not error:
            return False
        now = self.clock()
        self._errors.append(now)
        return len(self._errors) == STORM_ERRORS and now - self._errors[0] <= STORM_SECONDS


class Notifier:
    """systemd's notify protocol (``sd_notify``): a datagram to ``$NOTIFY_SOCKET``, if there is one."""

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self.address = env.get("NOTIFY_SOCKET", "")
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        wanted = usec.isdigit() and (not pid or pid == str(os.getpid()))
        #: how often to send the heartbeat (half the watchdog's time), 0 if no watchdog is set
        self.heartbeat_ms = int(usec) // 2000 if wanted else 0

    @property
    def active(self) -> bool:
        return bool(self.address)

    def send(self, *fields: str) -> bool:
        if not self.address:
            return False
        address = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.connect(address)
                sock.sendall("\n".join(fields).encode("utf-8"))
        except OSError as err:
            log.warning("kiosk: cannot notify the service manager at %s (%s)", self.address, err.strerror or err)
            return False
        return True


def memory_kb() -> dict[str, int]:
    """This process's memory in KB from ``/proc/self/status`` (Linux; empty elsewhere): ``VmRSS`` (all
    resident pages), ``RssAnon`` (its own heap: what a leak grows), ``RssFile`` (pages of mapped files,
    fonts and libraries: counted once per mapping, shared with the page cache) and ``RssShmem``."""
    wanted = ("VmRSS", "RssAnon", "RssFile", "RssShmem")
    found: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in wanted:
                    found[key] = int(value.split()[0])
    except OSError:
        pass
    return found


def resident_mb() -> float:
    """This process's resident memory in MB (Linux), or 0."""
    return memory_kb().get("VmRSS", 0) / 1024


def private_kb(memory: dict[str, int] | None = None) -> int:
    """The memory this process holds for itself (``RssAnon`` + ``RssShmem``) in KB, of ``memory`` (a
    :func:`memory_kb` reading) or now; 0 where unknown."""
    memory = memory_kb() if memory is None else memory
    return memory.get("RssAnon", 0) + memory.get("RssShmem", 0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim = ctypes.CDLL(None).malloc_trim  # glibc's; not in other C libraries
    except (OSError, AttributeError, TypeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


#: glibc's ``mallopt`` parameter for the most heaps ("arenas") its allocator makes for threads
_M_ARENA_MAX = -8


def one_heap() -> bool:
    """Have every thread allocate from the main heap (glibc's ``M_ARENA_MAX`` = 1, as the environment's
    ``MALLOC_ARENA_MAX=1`` would), so that :func:`give_back_memory` hands back all of it.

    Otherwise the handout thread gets a heap of its own, and ``malloc_trim`` never shrinks the free top
    of a thread's heap: the C library keeps up to twice its largest freed block there (its trim threshold
    rises with the blocks a handout frees), some 4 MB kept after a handout, more or less at random (a
    new heap when the thread pool starts a new thread after 30 s idle). One thread makes handouts and
    Python lets one thread run at a time, so one heap costs nothing. Call it before any thread
    allocates; False where there is no ``mallopt``."""
    try:
        mallopt = ctypes.CDLL(None).mallopt  # glibc's
    except (OSError, AttributeError, TypeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, 1))


def give_back_memory() -> bool:
    """Collect Python's garbage and hand the heap's free pages back to the system (glibc's
    ``malloc_trim``): what the last visitor's pages, dialogs and handout used is free after a reset,
    but without this the C library keeps much of it, scattered between pages still in use, and the
    kiosk's resident memory creeps up over the weeks. False where there is no ``malloc_trim``."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
