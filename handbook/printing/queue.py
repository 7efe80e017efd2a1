"""Choosing a print queue and telling what became of a job, in plain words (no Qt here).

The checks before printing: the queue exists (else the queues there are are named), it accepts jobs.
A stopped (paused) queue still takes a job and keeps it until someone starts the queue again, so
nothing is lost; :attr:`Sent.waiting` says so. After printing: the job is found by its unique title,
or the server's refusal (a full queue, for one) is reported.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

from handbook.errors import HandbookError
from handbook.printing import cups

log = logging.getLogger(__name__)

#: IPP statuses with which a server turns a job away because it has too many already.
_QUEUE_FULL = {
    0x0404,  # client-error-not-possible ("Quota limit reached.", "Too many active jobs.")
    0x0507,  # server-error-busy
    0x050B,  # server-error-too-many-jobs
}


class PrintError(HandbookError):
    """A handout could not be sent to a printer (nothing was printed)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        #: "no-printer", "unknown-printer", "not-accepting", "queue-full" or "refused"
        self.reason = reason


@dataclass(frozen=True)
class Sent:
    """A job the print server took."""

    job: cups.Job
    #: the queue is stopped: the job waits in it until the queue is started again
    waiting: bool


def job_title(lang: str) -> str:
    """A title no other job has (the job is found by it): ``handbook-en-3f9a1c2e``."""
    return f"handbook-{lang}-{secrets.token_hex(4)}"


def printer_list(printers: list[cups.Printer]) -> str:
    if not printers:
        return "there are no printers set up here"
    names = ", ".join(f"{p.name} (default)" if p.is_default else p.name for p in printers)
    return f"the printers here are: {names}"


def choose_queue(name: str | None) -> cups.Printer | None:
    """The queue ``name`` (or the default one) as the print server describes it.

    ``None`` when no server can be asked (no libcups: Qt's own printer list decides then).
    ``PrintError`` when it is not there or does not accept jobs."""
    if not cups.available():
        return None
    printers = cups.printers()
    if name is None:
        chosen = next((p for p in printers if p.is_default), None)
        if chosen is None:
            raise PrintError(f"no default printer is set ({printer_list(printers)}); use --printer NAME", "no-printer")
    else:
        chosen = next((p for p in printers if p.name == name), None)
        if chosen is None:
            raise PrintError(f"there is no printer named '{name}': {printer_list(printers)}", "unknown-printer")
    if not chosen.accepting:
        why = f" ({', '.join(chosen.reasons)})" if chosen.reasons else ""
        raise PrintError(f"the printer '{chosen.name}' is not accepting jobs now{why}", "not-accepting")
    return chosen


def sent_job(title: str, queue: cups.Printer) -> Sent:
    """The job titled ``title`` that was just sent to ``queue`` (call it in the thread that printed);
    ``PrintError`` if the server turned it away."""
    status, message = cups.last_error()
    found = cups.find_job(title, queue.name)
    if found is None:
        text = message or "no reason given"
        if status in _QUEUE_FULL:
            raise PrintError(
                f"the print queue of '{queue.name}' is full ({text}); nothing was printed, try again later",
                "queue-full",
            )
        raise PrintError(
            f"the printer '{queue.name}' did not take the handout ({text}); nothing was printed", "refused"
        )
    log.info("print job %s (%s) on %s: %s", found.name, title, queue.name, found.state.name.lower())
    return Sent(found, waiting=queue.stopped)
