"""What the CUPS print server says about its queues and jobs, read through libcups (ctypes).

Qt prints through the same libcups (its print-support plugin links it), so this sees the same server
(``CUPS_SERVER``, ``~/.cups/client.conf`` or the local socket) and the same queues. Qt does not report
whether CUPS took a job, nor its number: the job is found afterwards by its (unique) title, and
``last_error`` is the status of the calling thread's last CUPS request, which after Qt's
``QPainter.end()`` is the one that sent the job.

Only the stable libcups 2 C API is used (``cupsGetDests2``, ``cupsGetJobs2``, ``cupsLastError``).
Without libcups (Windows) :func:`available` is false and callers print without following the job.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import enum
import logging
from dataclasses import dataclass
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

#: ``cupsGetJobs2`` ``whichjobs``: every job, or only the ones not finished yet.
_ALL_JOBS, _ACTIVE_JOBS = -1, 0


class JobState(enum.IntEnum):
    """IPP ``job-state``."""

    PENDING = 3
    HELD = 4
    PROCESSING = 5
    STOPPED = 6
    CANCELED = 7
    ABORTED = 8
    COMPLETED = 9

    @property
    def finished(self) -> bool:
        return self >= JobState.CANCELED


class PrinterState(enum.IntEnum):
    """IPP ``printer-state``."""

    IDLE = 3
    PROCESSING = 4
    STOPPED = 5


@dataclass(frozen=True)
class Printer:
    name: str
    is_default: bool
    state: PrinterState
    accepting: bool
    reasons: tuple[str, ...]

    @property
    def stopped(self) -> bool:
        return self.state == PrinterState.STOPPED


@dataclass(frozen=True)
class Job:
    id: int
    printer: str
    title: str
    user: str
    state: JobState
    #: size in kilobytes
    size: int

    @property
    def name(self) -> str:
        """How CUPS's own tools name it: ``queue-12``."""
        return f"{self.printer}-{self.id}"


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    ]


class _Job(ctypes.Structure):
    _fields_ = [
        ("id", ctypes.c_int),
        ("dest", ctypes.c_char_p),
        ("title", ctypes.c_char_p),
        ("user", ctypes.c_char_p),
        ("format", ctypes.c_char_p),
        ("state", ctypes.c_int),
        ("size", ctypes.c_int),
        ("priority", ctypes.c_int),
        ("completed_time", ctypes.c_long),
        ("creation_time", ctypes.c_long),
        ("processing_time", ctypes.c_long),
    ]


@cache
def _lib() -> Any:
    """libcups, or None where there is none."""
    for name in ("libcups.so.2", ctypes.util.find_library("cups")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        lib.cupsGetDests2.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(_Dest))]
        lib.cupsGetDests2.restype = ctypes.c_int
        lib.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_Dest)]
        lib.cupsGetJobs2.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.POINTER(_Job)),
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_int,
        ]
        lib.cupsGetJobs2.restype = ctypes.c_int
        lib.cupsFreeJobs.argtypes = [ctypes.c_int, ctypes.POINTER(_Job)]
        lib.cupsLastError.restype = ctypes.c_int
        lib.cupsLastErrorString.restype = ctypes.c_char_p
        return lib
    log.info("libcups not found: print jobs are not followed")
    return None


def available() -> bool:
    return _lib() is not None


def _text(raw: bytes | None) -> str:
    return raw.decode("utf-8", "replace") if raw else ""


def printers() -> list[Printer]:
    """Every queue the print server has (empty when there is no server or no libcups)."""
    lib = _lib()
    if lib is None:
        return []
    dests = ctypes.POINTER(_Dest)()
    count = lib.cupsGetDests2(None, ctypes.byref(dests))
    found: dict[str, Printer] = {}
    try:
        for i in range(count):
            dest = dests[i]
            name = _text(dest.name)
            if not name or name in found:  # an instance (name/instance) is the same queue
                continue
            options = {_text(dest.options[j].name): _text(dest.options[j].value) for j in range(dest.num_options)}
            try:
                state = PrinterState(int(options.get("printer-state", "3")))
            except ValueError:
                state = PrinterState.IDLE
            reasons = tuple(r for r in options.get("printer-state-reasons", "none").split(",") if r and r != "none")
            accepting = options.get("printer-is-accepting-jobs", "true").lower() != "false"
            found[name] = Printer(name, bool(dest.is_default), state, accepting, reasons)
    finally:
        if count:
            lib.cupsFreeDests(count, dests)
    return list(found.values())


def printer(name: str) -> Printer | None:
    return next((p for p in printers() if p.name == name), None)


def jobs(printer_name: str | None = None, active_only: bool = False) -> list[Job]:
    """This user's jobs (on one queue, or on all), oldest first; finished ones too unless ``active_only``."""
    lib = _lib()
    if lib is None:
        return []
    found = ctypes.POINTER(_Job)()
    name = printer_name.encode() if printer_name else None
    count = lib.cupsGetJobs2(None, ctypes.byref(found), name, 1, _ACTIVE_JOBS if active_only else _ALL_JOBS)
    out: list[Job] = []
    try:
        for i in range(max(count, 0)):
            raw = found[i]
            try:
                state = JobState(raw.state)
            except ValueError:
                continue
            out.append(Job(raw.id, _text(raw.dest), _text(raw.title), _text(raw.user), state, raw.size))
    finally:
        if count > 0:
            lib.cupsFreeJobs(count, found)
    return sorted(out, key=lambda job: job.id)


def find_job(title: str, printer_name: str | None = None) -> Job | None:
    """The newest of this user's jobs with ``title``."""
    matching = [job for job in jobs(printer_name) if job.title == title]
    return matching[-1] if matching else None


def job(job_id: int, printer_name: str) -> Job | None:
    return next((j for j in jobs(printer_name) if j.id == job_id), None)


def last_error() -> tuple[int, str]:
    """The IPP status and message of this thread's last CUPS request (``(0, "")`` without libcups)."""
    lib = _lib()
    if lib is None:
        return 0, ""
    return int(lib.cupsLastError()), _text(lib.cupsLastErrorString())
