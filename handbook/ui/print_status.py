"""What the reader is told about a printed handout once it has left the app: waiting in a paused
queue, printed, or cancelled on the print server (by staff, or by the printer).

The window's policy may word each message its own way (the kiosk speaks to a visitor)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from handbook import printing
    from handbook.ui.printout import JobWatch

log = logging.getLogger(__name__)

WAITING, PRINTED, CANCELLED = "waiting", "printed", "cancelled"


class PrintFollower(QObject):
    """Follows the jobs the window sent; ``news(kind, message)`` for each change worth telling."""

    news = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watches: list[JobWatch] = []

    def follow(self, done: object) -> None:
        # imported here: the printout's module brings the PDF code (ReportLab), which a start does not need
        from handbook.ui.printout import JobWatch, Printout

        if not isinstance(done, Printout) or done.sent is None:
            return
        if done.sent.waiting:
            self.news.emit(
                WAITING,
                self.tr(
                    "The printer %1 is paused. The handout waits in its queue and prints when it is started again."
                ).replace("%1", done.sent.job.printer),
            )
        watch = JobWatch(done.sent, self)
        watch.ended.connect(lambda job, w=watch: self._ended(w, job))
        watch.lost.connect(lambda w=watch: self._forget(w))
        self.watches.append(watch)

    def _ended(self, watch: JobWatch, job: printing.Job) -> None:
        from handbook import printing

        self._forget(watch)
        if job.state == printing.JobState.COMPLETED:
            self.news.emit(PRINTED, self.tr("The handout was printed."))
        else:
            log.warning("print job %s ended %s", job.name, job.state.name.lower())
            self.news.emit(
                CANCELLED,
                self.tr("The print job was cancelled before the handout was printed. You can print it again."),
            )

    def _forget(self, watch: JobWatch) -> None:
        if watch in self.watches:
            self.watches.remove(watch)
            watch.deleteLater()

    def stop(self) -> None:
        for watch in list(self.watches):
            watch.stop()
            self._forget(watch)
