"""How the main window treats handouts and closing: a policy the window asks, which a layer may replace.

The window knows only this class. The desktop uses it as it is (the handout dialog as it comes, save
or print as the reader chooses, close at any time); the kiosk (``handbook/ui/kiosk.py``) installs its
own with :meth:`MainWindow.set_policy`: print only, to the configured printer, closed by the passphrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handbook.pdf import HandoutRequest
    from handbook.ui.export_dialog import ExportDialog
    from handbook.ui.my_questions_dialog import MyQuestionsDialog


class WindowPolicy:
    """The desktop's policy; every method is a question the window asks at one moment."""

    def adapt_export_dialog(self, dialog: ExportDialog) -> None:
        """The handout dialog is about to open: change it if this policy wants to."""

    def adapt_my_questions_dialog(self, dialog: MyQuestionsDialog) -> None:
        """The "My questions" dialog is about to open: change it if this policy wants to."""

    def deliver(self, request: HandoutRequest) -> bool:
        """A handout was chosen: return True if this policy delivered it (then the window does nothing)."""
        return False

    def done_message(self, path: str, message: str) -> str:
        """The status line once a handout is done (``path`` is empty when it was printed)."""
        return message

    def print_news(self, kind: str, message: str) -> str:
        """What to say when a printed handout's job changes (``print_status``: waiting, printed,
        cancelled); an empty string says nothing."""
        return message

    def shown_error(self, err: BaseException) -> BaseException:
        """The error to show for ``err`` (a layer may word it for its readers)."""
        return err

    def may_close(self) -> bool:
        """The window is asked to close: may it?"""
        return True
