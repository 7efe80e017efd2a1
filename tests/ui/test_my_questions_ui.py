"""My questions in the app: ticking questions in the reader, writing one's own, the list kept
between sessions at home (and clearable), forgotten by a kiosk reset and never written to disk
there, and "Print my questions" making the sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import click_link

from handbook.config import MY_QUESTIONS, KioskConfig
from handbook.content import Handbook
from handbook.my_questions import MyQuestions, items
from handbook.ui import export_runner, markup
from handbook.ui.kiosk import start_kiosk
from handbook.ui.main_window import MainWindow
from handbook.ui.my_questions_dialog import SAVE
from handbook.ui.prefs import Prefs, user_store
from handbook.ui.startup import application, build_window

LIST = "questions-denosumab"


def _tick(qtbot: QtBot, window: MainWindow, place: int) -> None:
    assert window.open_topic(LIST)
    click_link(qtbot, window.reader.view, f"{markup.TICK_SCHEME}{LIST}:{place}")


def _boxes(window: MainWindow) -> str:
    text = window.reader.view.document().toPlainText()
    return "".join(c for c in text if c in markup.BOXES)


def test_questions_are_ticked_in_the_reader(qtbot: QtBot, window: MainWindow, handbook: Handbook) -> None:
    _tick(qtbot, window, 1)
    assert window.my_questions.ticked == ((LIST, 1),)
    count = len(items(handbook.topic(LIST)))
    assert _boxes(window) == markup.BOXES[0] + markup.BOXES[1] + markup.BOXES[0] * (count - 2)
    _tick(qtbot, window, 1)  # and unticked
    assert not window.my_questions


def _dialog(window: MainWindow) -> object:
    dialog = window.open_my_questions()
    assert dialog.isVisible()
    for widget in (dialog.list, dialog.own, dialog.add_button, dialog.remove_button, dialog.clear_button):
        assert widget.accessibleName(), widget
    for button in (dialog.save_button, dialog.print_button, dialog.close_button):
        assert button.accessibleName(), button
    return dialog


def test_own_questions_are_added_removed_and_cleared(qtbot: QtBot, window: MainWindow) -> None:
    _tick(qtbot, window, 0)
    dialog = _dialog(window)
    dialog.own.setText("Can I still travel?")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert window.my_questions.own == ("Can I still travel?",) and dialog.own.text() == ""
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(0)  # the ticked one (its topic comes first)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert window.my_questions == MyQuestions(own=("Can I still travel?",))
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert not window.my_questions and dialog.list.count() == 0
    assert not dialog.print_button.isEnabled()
    dialog.close()


def test_the_list_survives_a_restart_at_home_and_can_be_cleared(
    qtbot: QtBot, qapp: QApplication, handbook: Handbook, tmp_path: Path
) -> None:
    settings = tmp_path / "settings.ini"

    def start() -> MainWindow:
        window = build_window(
            application(), handbook, Prefs(QSettings(str(settings), QSettings.Format.IniFormat)), "es"
        )
        qtbot.addWidget(window)
        window.show()
        return window

    first = start()
    _tick(qtbot, first, 2)
    first.set_my_questions(first.my_questions.with_own("¿Puedo viajar?"))
    first.close()
    again = start()
    assert again.my_questions == MyQuestions(((LIST, 2),), ("¿Puedo viajar?",))
    assert again.open_topic(LIST) and _boxes(again)[2] == markup.BOXES[1]
    again.set_my_questions(MyQuestions())
    again.close()
    assert not start().my_questions


def test_a_kiosk_reset_forgets_them_and_nothing_is_written(
    qtbot: QtBot, qapp: QApplication, handbook: Handbook
) -> None:
    store = user_store()
    before = store.value(MY_QUESTIONS.key)
    kiosk = start_kiosk(application(), handbook, KioskConfig(), "en", 60, 2, full_screen=False)
    try:
        window = kiosk.window
        _tick(qtbot, window, 0)
        window.set_my_questions(window.my_questions.with_own("Can I still travel?"))
        dialog = window.open_my_questions()
        assert dialog.save_button.isHidden()  # at a kiosk the sheet is printed, never saved
        kiosk.reset()
        assert not window.my_questions and not window.prefs.my_questions
        assert window.open_topic(LIST) and markup.BOXES[1] not in _boxes(window)
        store.sync()
        assert store.value(MY_QUESTIONS.key) == before  # the user's settings file is never touched
    finally:
        kiosk.uninstall()
        kiosk.window.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_print_my_questions_makes_the_sheet(
    qtbot: QtBot, make_window: object, handbook: Handbook, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str
) -> None:
    assert callable(make_window)
    window = make_window(lang)
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(export_runner, "ask_save_path", lambda *args: target)
    _tick(qtbot, window, 0)
    window.set_my_questions(window.my_questions.with_own("Can I still travel"))
    dialog = window.open_my_questions()
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        dialog.chosen.emit(SAVE)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = "".join(reader.pages[0].extract_text().split())
    assert "Canistilltravel".lower() in text.lower()
    assert reader.trailer["/Root"]["/Lang"] == ("ar" if lang == "ar" else "en-US")
    dialog.close()
