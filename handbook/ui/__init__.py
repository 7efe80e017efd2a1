"""The Qt (PySide6) layer of the handbook: thin widgets over the core.

PySide6-Essentials is pinned to 6.11.3: 6.12.0's build, on CPython 3.11, returns ``None`` from
void methods without taking a reference to it, and after a few thousand calls CPython aborts with
"none_dealloc: deallocating None" (``tests/ui`` guards against this with many void calls).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handbook.content import Handbook
    from handbook.pdf import HandoutRequest


def run_gui(args: argparse.Namespace) -> int:
    """``handbook gui``: the desktop app, or the kiosk with ``--kiosk`` (Qt is imported only now)."""
    from handbook.ui.app import run_gui as run

    return run(args)


def print_handout(handbook: Handbook, request: HandoutRequest, printer: str | None, copies: int) -> str:
    """``handbook print``: the handout on a print queue; one line saying what happened."""
    from handbook.ui.print_command import print_handout as send

    return send(handbook, request, printer, copies)
