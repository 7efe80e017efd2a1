"""A real print server for the printing tests (fixtures ``print_server`` and ``queue``, imported by
``test_print_server.py``): a private CUPS scheduler with cups-pdf queues.

The scheduler (``cupsd``) runs from a temporary folder with its own configuration, listening only
on a socket in that folder (no network port, nothing shared with a system CUPS); ``CUPS_SERVER``
points this process and its children at it. Each queue is a cups-pdf queue made with the Debian
PPD (``CUPS-PDF_opt.ppd``) and its own cups-pdf configuration (``/etc/cups/cups-pdf-NAME.conf``,
chosen by the device URI ``cups-pdf:/NAME``) that writes the printed PDFs into the temporary folder.
Everything is removed afterwards. Tests are skipped, with the reason, only when CUPS cannot run
here (not installed, or not root: the cups-pdf backend runs only as root).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from handbook import printing

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONF = Path("/etc/cups")
#: CUPS turns a job away once a queue holds this many unfinished ones (the full-queue test)
MAX_JOBS_PER_PRINTER = 3
#: generous bounds for a loaded machine: polled, never slept through
JOB_TIMEOUT_S = 180.0


def _why_no_cups() -> str:
    for tool in ("cupsd", "lpadmin", "lpstat", "cupsenable", "cupsdisable", "cancel", "lp", "pdftotext", "pdftoppm"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            return f"{tool} is not installed (scripts/setup.sh installs cups, printer-driver-cups-pdf, poppler-utils)"
    if not PPD.exists() or not BACKEND.exists():
        return "printer-driver-cups-pdf is not installed (scripts/setup.sh installs it)"
    if os.geteuid() != 0:
        return "the cups-pdf backend runs only as root, and these tests start their own CUPS (CI runs as root)"
    return ""


def wait_for(condition: object, what: str, timeout: float = JOB_TIMEOUT_S) -> object:
    """Poll ``condition()`` until it gives something true (every 0.1 s, at most ``timeout`` s)."""
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what} after {timeout:.0f} s")
        time.sleep(0.1)


@dataclass
class PrintServer:
    folder: Path
    socket: Path
    queues: list[str] = field(default_factory=list)

    def run(self, *command: str) -> str:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=os.environ.copy())
        assert done.returncode == 0, f"{' '.join(command)}: {done.stderr}"
        return done.stdout

    def add_queue(self, name: str, default: bool = False) -> str:
        out = self.folder / "out" / name
        out.mkdir(parents=True)
        conf = CUPS_PDF_CONF / f"cups-pdf-{name}.conf"
        conf.write_text(
            f"Out {out}\nSpool {self.folder / 'cups-pdf-spool'}\nAnonDirName {out}\n"
            f"Log {self.folder / 'log'}\nLogType 3\nTitlePref 1\nLabel 2\n",
            encoding="utf-8",
        )
        self.queues.append(name)
        self.run("lpadmin", "-p", name, "-v", f"cups-pdf:/{name}", "-E", "-P", str(PPD))
        if default:
            self.run("lpadmin", "-d", name)
        return name

    def out(self, queue: str) -> Path:
        return self.folder / "out" / queue

    def document(self, job: printing.Job) -> Path:
        """The document the job holds, as the app sent it (CUPS keeps it: PreserveJobFiles)."""
        return self.folder / "spool" / f"d{job.id:05d}-001"

    def finished(self, job: printing.Job) -> printing.Job:
        """Wait until ``job`` is done (or cancelled, or aborted); its last state."""

        def ended() -> printing.Job | None:
            now = printing.job(job.id, job.printer)
            return now if now is not None and now.state.finished else None

        done = wait_for(ended, f"print job {job.name}")
        assert isinstance(done, printing.Job)
        return done

    def printed(self, job: printing.Job) -> Path:
        """Wait for ``job`` to complete; the PDF cups-pdf wrote for it."""
        done = self.finished(job)
        assert done.state == printing.JobState.COMPLETED, f"{job.name} ended {done.state.name}: {self.log_tail()}"
        found = wait_for(lambda: sorted(self.out(job.printer).glob(f"{job.title}*job_{job.id}.pdf")), "the PDF")
        assert isinstance(found, list)
        return Path(found[0])

    def log_tail(self) -> str:
        log = self.folder / "log" / "error_log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else ""


def _reset_libcups() -> None:
    """libcups remembers the server it first talked to: make it read ``CUPS_SERVER`` again."""
    if printing.available():
        lib = ctypes.CDLL("libcups.so.2")
        lib.cupsSetServer.argtypes = [ctypes.c_char_p]
        lib.cupsSetServer(None)


@pytest.fixture(scope="module")
def print_server() -> Iterator[PrintServer]:
    reason = _why_no_cups()
    if reason:
        pytest.skip(f"no print server here: {reason}")
    folder = Path(tempfile.mkdtemp(prefix="hbcups-"))  # short: a socket path has at most 107 bytes
    os.chmod(folder, 0o755)
    for sub in ("conf", "spool/tmp", "cache", "state", "log", "out", "cups-pdf-spool"):
        (folder / sub).mkdir(parents=True)
    socket = folder / "cups.sock"
    (folder / "conf" / "cupsd.conf").write_text(
        f"Listen {socket}\nLogLevel info\nWebInterface No\nBrowsing No\nMaxJobsPerPrinter {MAX_JOBS_PER_PRINTER}\n"
        "PreserveJobFiles Yes\nPreserveJobHistory Yes\nJobRetryLimit 0\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
        encoding="utf-8",
    )
    (folder / "conf" / "cups-files.conf").write_text(
        f"ServerRoot {folder / 'conf'}\nRequestRoot {folder / 'spool'}\nTempDir {folder / 'spool' / 'tmp'}\n"
        f"CacheDir {folder / 'cache'}\nStateDir {folder / 'state'}\nErrorLog {folder / 'log' / 'error_log'}\n"
        f"AccessLog {folder / 'log' / 'access_log'}\nPageLog {folder / 'log' / 'page_log'}\nFileDevice No\n",
        encoding="utf-8",
    )
    saved = {key: os.environ.get(key) for key in ("CUPS_SERVER", "HOME")}
    os.environ["CUPS_SERVER"] = str(socket)
    os.environ["HOME"] = str(folder)  # no lpoptions of the user's: the server's default printer counts
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    process = subprocess.Popen(
        [cupsd, "-f", "-c", str(folder / "conf" / "cupsd.conf"), "-s", str(folder / "conf" / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = PrintServer(folder, socket)
    try:

        def answering() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"cupsd stopped: {server.log_tail()}")
            done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, env=os.environ.copy())
            return socket.exists() and "is running" in done.stdout

        wait_for(answering, "cupsd to answer", timeout=60)
        _reset_libcups()
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for name in server.queues:
            (CUPS_PDF_CONF / f"cups-pdf-{name}.conf").unlink(missing_ok=True)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        _reset_libcups()
        shutil.rmtree(folder, ignore_errors=True)


_counter = iter(range(1, 10_000))


@pytest.fixture
def queue(print_server: PrintServer) -> str:
    """A fresh cups-pdf queue for one test, also the default printer."""
    return print_server.add_queue(f"hb{os.getpid()}-{next(_counter)}", default=True)
