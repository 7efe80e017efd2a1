"""The Qt (PySide6) layer of the handbook: thin widgets over the core.

PySide6 6.12's abi3 build, on CPython 3.11, returns ``None`` from every void method without
taking a reference to it, so each such call lowers ``None``'s reference count by one; after a few
thousand calls CPython aborts with "none_dealloc: deallocating None". CPython 3.12 made ``None``
immortal (PEP 683), which hides the fault there. ``pin_none`` gives ``None`` a reference count
that no session can use up, the same effect as 3.12's immortality, before any Qt code runs.
"""

from __future__ import annotations

import ctypes
import sys

#: Added to None's reference count on CPython < 3.12: about 10^12 void calls' worth.
NONE_PIN = 1 << 40


def pin_none() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is a PyObject's first field
    if count.value < NONE_PIN // 2:
        count.value += NONE_PIN


pin_none()
