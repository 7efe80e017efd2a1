"""The clinic in the app: "Your clinic" with its numbers on the home page and in the topics that
show it, numbers in reading order in Arabic, and the clinic on the handouts the window makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from handbook.config import Clinic
from handbook.content import Handbook
from handbook.pdf import HandoutRequest
from handbook.ui import export_runner
from handbook.ui.main_window import MainWindow
from handbook.ui.prefs import Prefs
from handbook.ui.startup import application, build_window

CLINIC = Clinic(
    name="Riverside Cancer Centre",
    phone="+1 555-010-2000",
    line="Urology clinic, 2nd floor",
    emergency="911",
    after_hours="(555) 010 2999",
    notes=(("ar", "نتحدث العربية."),),
)


@pytest.fixture
def clinic_window(qtbot: QtBot, handbook: Handbook, tmp_path: Path) -> object:
    made: list[MainWindow] = []

    def make(lang: str = "en") -> MainWindow:
        prefs = Prefs(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        window = build_window(application(), handbook, prefs, lang, CLINIC)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.translations.apply("en")
        window.close()


def _plain(window: MainWindow) -> str:
    return window.reader.view.document().toPlainText()


def test_the_home_page_and_the_support_topic_show_the_clinic(clinic_window: object, handbook: Handbook) -> None:
    assert callable(clinic_window)
    window = clinic_window("en")
    ui = handbook.ui("en")
    home = _plain(window)
    for piece in (ui["your_clinic"], CLINIC.name, CLINIC.line, CLINIC.phone, CLINIC.emergency, CLINIC.after_hours):
        assert piece in home, piece
    assert window.open_topic("support")
    assert ui["your_clinic"] in _plain(window) and CLINIC.phone in _plain(window)
    assert window.open_topic("denosumab")
    assert ui["your_clinic"] not in _plain(window)


def test_a_window_without_a_clinic_shows_none(window: MainWindow, handbook: Handbook) -> None:
    assert handbook.ui("en")["your_clinic"] not in _plain(window)


def _x_of(document: QTextDocument, needle: str) -> list[float]:
    """The x position of each character of ``needle`` where it is laid out in ``document`` (isolate
    marks around it are skipped)."""
    block = document.begin()
    while block.isValid():
        text = block.text()
        kept = [i for i, c in enumerate(text) if c not in "\u2066\u2069"]
        found = "".join(text[i] for i in kept).find(needle)
        if found >= 0:
            layout = block.layout()
            places = kept[found : found + len(needle)]
            return [layout.lineForTextPosition(i).cursorToX(i)[0] for i in places]
        block = block.next()
    raise AssertionError(f"{needle} is not on the page")


@pytest.mark.parametrize("number", [CLINIC.phone, CLINIC.after_hours])
def test_numbers_read_in_order_in_arabic(clinic_window: object, number: str) -> None:
    assert callable(clinic_window)
    window = clinic_window("ar")
    xs = _x_of(window.reader.view.document(), number)
    digits = [x for x, c in zip(xs, number, strict=True) if c.isdigit()]
    assert digits == sorted(digits), (number, xs)


def test_handouts_from_the_window_carry_the_clinic(
    qtbot: QtBot, clinic_window: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert callable(clinic_window)
    window = clinic_window("en")
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(export_runner, "ask_save_path", lambda *args: target)
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):
        window.make_handout(HandoutRequest("en", sections=("support",)), "pdf")
    from pypdf import PdfReader

    pages = ["".join(page.extract_text().split()) for page in PdfReader(target).pages]
    assert pages and all("RiversideCancerCentre" in page for page in pages)


def test_the_printed_handout_carries_the_clinic(qtbot: QtBot, handbook: Handbook) -> None:
    request = HandoutRequest("es", sections=("support",), clinic=CLINIC)
    text = export_runner.handout_document(handbook, request, "Handbook").toPlainText()
    ui = handbook.ui("es")
    for piece in (ui["footer_clinic"].replace("{clinic}", CLINIC.name), ui["your_clinic"], CLINIC.after_hours):
        assert piece in text, piece
