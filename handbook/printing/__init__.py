"""Printing handouts on a real print queue, the parts without Qt: which queue, and what became of a job.

- :func:`choose_queue` finds the queue (the system default when none is named) and says clearly when it
  is missing, naming the queues there are, or does not accept jobs;
- :func:`sent_job` finds the job just sent (by its :func:`job_title`) or reports why the server refused
  it (a full queue, for one);
- :func:`job` and :class:`JobState` follow it until it is done, cancelled or aborted.

The pages themselves are painted by Qt (``handbook.ui.printout``), from the same contents as the PDF.
"""

from __future__ import annotations

from handbook.printing.cups import Job, JobState, Printer, PrinterState, available, job, jobs, printers
from handbook.printing.queue import PrintError, Sent, choose_queue, job_title, printer_list, sent_job

__all__ = [
    "Job",
    "JobState",
    "PrintError",
    "Printer",
    "PrinterState",
    "Sent",
    "available",
    "choose_queue",
    "job",
    "job_title",
    "jobs",
    "printer_list",
    "printers",
    "sent_job",
]
