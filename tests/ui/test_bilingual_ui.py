"""Bilingual handouts from the app: the handout dialog offers a second language, the kiosk's
configuration chooses or hides it, and the saved handout has both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from handbook.config import KioskConfig
from handbook.content import Handbook
from handbook.ui import export_runner
from handbook.ui.export_dialog import SAVE
from handbook.ui.kiosk import Kiosk
from handbook.ui.main_window import MainWindow


def test_the_dialog_makes_an_arabic_and_english_handout(
    qtbot: QtBot, window: MainWindow, handbook: Handbook, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(export_runner, "ask_save_path", lambda *args: target)
    window.open_topic("denosumab")
    dialog = window.open_export_dialog()
    combo = dialog.second_language
    assert combo.accessibleName() and dialog.second_label.buddy() is combo
    assert dialog.request().second_lang is None  # one language unless asked
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.set_second_lang("en")
    assert dialog.request().lang == "ar" and dialog.request().second_lang == "en"
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        dialog._choose(SAVE)
    reader = PdfReader(target)
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    text = "".join(page.extract_text() for page in reader.pages)
    assert "What is denosumab?" in text


def test_the_first_language_is_no_second_language(window: MainWindow) -> None:
    dialog = window.open_export_dialog()
    dialog.set_second_lang("es")
    dialog.language.setCurrentIndex(dialog.language.findData("es"))  # now the same: dropped
    assert dialog.second_lang() == "" and dialog.request().second_lang is None
    model = dialog.second_language.model()
    row = dialog.second_language.findData("es")
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert model.flags(model.index(dialog.second_language.findData("en"), 0)) & Qt.ItemFlag.ItemIsEnabled
    dialog.close()


@pytest.mark.parametrize(("setting", "shown", "chosen"), [("", True, ""), ("en", True, "en"), ("off", False, "")])
def test_the_kiosk_configuration_offers_chooses_or_hides_it(
    window: MainWindow, setting: str, shown: bool, chosen: str
) -> None:
    kiosk = Kiosk(window, KioskConfig(second_language=setting), "es", 60, 20)
    window.set_policy(kiosk)
    dialog = window.open_export_dialog()
    assert dialog.second_language.isVisibleTo(dialog) == shown
    assert dialog.second_lang() == chosen
    dialog.close()
