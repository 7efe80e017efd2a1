"""Names for the parts Qt makes on its own, which a screen reader would otherwise announce as nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton


def name_clear_button(box: QLineEdit, name: str) -> None:
    """A line edit's own clear button (an icon with no text, shown while there is text): ``name`` as its
    accessible name and tooltip."""
    for button in box.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)
