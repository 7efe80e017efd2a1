"""Switching the language while the app runs: buttons, content, layout direction, fonts, and memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handbook.content import Handbook
from handbook.i18n import LANGUAGES, NATIVE_NAMES, is_rtl
from handbook.ui import typeface
from handbook.ui.main_window import MainWindow
from handbook.ui.prefs import Prefs

#: The "Home" button's text in each language (from the .ts files, so a missing .qm shows up here).
HOME = {"en": "Home", "es": "Inicio", "zh": "首页", "vi": "Trang đầu", "ar": "الصفحة الرئيسية", "ko": "처음 화면"}


def test_the_language_list_shows_each_language_in_its_own_words(window: MainWindow) -> None:
    combo = window.command_bar.language
    assert [combo.itemText(i) for i in range(combo.count())] == [NATIVE_NAMES[code] for code in LANGUAGES]
    assert [combo.itemData(i) for i in range(combo.count())] == list(LANGUAGES)


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_choosing_a_language_translates_buttons_and_content(
    qtbot: QtBot, window: MainWindow, handbook: Handbook, prefs: Prefs, lang: str
) -> None:
    topic = next(t for t in handbook.topics("en") if t.kind == "treatment")
    window.open_topic(topic.id)
    combo = window.command_bar.language
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(lang))  # what choosing from the list does
    assert window.lang == lang
    assert window.command_bar.buttons["home"].text() == HOME[lang]
    translated = handbook.topic(topic.id, lang)
    assert translated.lang == lang  # the content exists in this language
    assert translated.title in window.reader.view.toPlainText()
    assert window.contents.item_for(topic.id).text(0) == translated.title
    expected = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == expected
    assert window.layoutDirection() == expected  # the whole window mirrors
    assert QApplication.font().families()[0] == typeface.families(lang)[0]
    assert prefs.language == lang  # remembered


def test_back_to_english_undoes_everything(qtbot: QtBot, window: MainWindow) -> None:
    window.set_language("ar")
    window.set_language("en")
    assert window.command_bar.buttons["home"].text() == "Home"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.windowTitle().endswith("Patient handbook")


def test_search_follows_the_language(qtbot: QtBot, window: MainWindow) -> None:
    window.search.set_query("xgeva")
    english = [window.search.results.item(i).text() for i in range(window.search.results.count())]
    window.set_language("es")
    spanish = [window.search.results.item(i).text() for i in range(window.search.results.count())]
    assert spanish and spanish != english
    assert window.search.status.text().startswith("Resultados")


def test_the_saved_language_is_used_next_time(make_window: object, prefs: Prefs) -> None:
    from handbook.ui.app import start_language

    prefs.language = "vi"
    assert start_language("en", prefs.language) == "vi"  # no --lang: the reader's last choice
    assert start_language("ko", prefs.language) == "ko"  # --lang wins
    assert callable(make_window)
    window = make_window(start_language("en", prefs.language))
    assert window.command_bar.language.currentData() == "vi"
    assert window.command_bar.buttons["home"].text() == HOME["vi"]


def test_qt_own_words_are_translated_too(qtbot: QtBot, window: MainWindow) -> None:
    """Qt's own dialogs and context menus (qtbase_<lang>.qm) follow the language."""
    from PySide6.QtCore import QCoreApplication

    window.set_language("es")
    assert QCoreApplication.translate("QLineEdit", "&Undo") != "&Undo"
    window.set_language("en")
    assert QCoreApplication.translate("QLineEdit", "&Undo") == "&Undo"
