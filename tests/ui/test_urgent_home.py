"""The warning signs ("When to get help right away") lead the home page, at home and in a kiosk,
also after a kiosk starts over for the next person; one tap opens them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import click_link

from handbook.config import KioskConfig
from handbook.content import Handbook
from handbook.ui.kiosk import Kiosk, start_kiosk
from handbook.ui.main_window import MainWindow
from handbook.ui.startup import application

URGENT = "urgent-signs"


def topic_links(window: MainWindow) -> list[str]:
    return [href for href, _ in window.reader.view.anchors() if href.startswith("topic:")]


def test_the_home_page_leads_with_the_warning_signs(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    window.go_home()
    assert topic_links(window)[0] == f"topic:{URGENT}"
    assert handbook.topic(URGENT, "en").title in window.reader.view.toPlainText()
    click_link(qtbot, window.reader.view, f"topic:{URGENT}")
    assert window.reader.topic_id == URGENT
    assert window.contents.topLevelItem(0).child(0).text(0) == handbook.topic(URGENT, "en").title


@pytest.fixture
def kiosk(qtbot: QtBot, qapp: QApplication, handbook: Handbook) -> Iterator[Kiosk]:
    made = start_kiosk(application(), handbook, KioskConfig(), "en", 60, 2)
    qtbot.waitExposed(made.window)
    yield made
    made.uninstall()
    made.window.close()
    made.window.deleteLater()


def test_the_kiosk_home_page_leads_with_the_warning_signs(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    assert window.reader.topic_id == ""
    assert topic_links(window)[0] == f"topic:{URGENT}"
    click_link(qtbot, window.reader.view, f"topic:{URGENT}")
    assert window.reader.topic_id == URGENT
    kiosk.reset()  # the visitor walked away: the next one starts at the warning signs again
    assert window.reader.topic_id == ""
    assert topic_links(window)[0] == f"topic:{URGENT}"
