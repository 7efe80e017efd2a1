"""The window as a whole: the command bar at any width, going home, and the one place for errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import PATIENCE_MS

from handbook.errors import SearchError
from handbook.ui.main_window import MainWindow


@pytest.mark.parametrize("lang", ["en", "vi", "es"])
def test_the_command_bar_never_cuts_a_button_short(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    window.set_language(lang)
    for width, two_rows in ((1280, False), (860, True)):
        window.resize(width, 760)
        qtbot.wait(5)  # delivers the resize and the layout requests it posts (however long that takes)
        assert window.command_bar.two_rows is two_rows
        for button in window.command_bar.buttons.values():
            assert button.width() >= button.sizeHint().width(), (width, button.text())


def test_reset_to_home_forgets_the_last_reader(qtbot: QtBot, window: MainWindow) -> None:
    window.search.set_query("pain")
    window.open_compare(["denosumab", "radiation"])
    window.open_topic("denosumab")
    window.set_zoom(180)
    window.find_bar.open_bar()
    window.reset_to_home()
    assert window.search.box.text() == "" and window.search.results.count() == 0
    assert window.compare_view.selected() == ()
    assert window.zoom == 100
    assert window.page == "" and window.reader.topic_id == ""
    assert window.history == [""]
    assert not window.find_bar.isVisible()
    assert window.reader.view.verticalScrollBar().value() == 0


def test_a_failing_search_is_reported_in_the_banner(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(query: str, lang: str) -> object:
        raise SearchError("the search index could not be opened")

    monkeypatch.setattr(window.search, "_search", broken)
    window.search.set_query("pain")
    assert window.banner.isVisible()
    assert window.banner.message.startswith("Search is not working right now.")
    window.open_topic("denosumab")  # moving on clears it
    assert not window.banner.isVisible()


def test_an_unknown_topic_is_reported_not_raised(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_topic("no-such-topic") is False
    assert "That page could not be found." in window.banner.message


def test_a_term_link_works_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.open_topic("denosumab")
    view = window.reader.view
    view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=PATIENCE_MS)
    for _ in range(20):  # Tab walks through the links of the page
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.textCursor().charFormat().anchorHref().startswith("term:"):
            break
    else:
        pytest.fail("Tab never reached a glossary term")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(window.reader.popup.isVisible, timeout=PATIENCE_MS)
    assert window.reader.popup.definition.text()


def test_content_problems_are_shown_in_the_one_banner(qtbot: QtBot, tmp_path: Path) -> None:
    import shutil

    from handbook import content
    from handbook.resources import content_dir
    from handbook.ui.prefs import Prefs
    from handbook.ui.startup import application, build_window

    shutil.copytree(content_dir(), tmp_path / "content")
    (tmp_path / "content" / "en" / "kyphoplasty.md").write_text("---\nid: [broken\n---\n", encoding="utf-8")
    handbook = content.load(tmp_path / "content")
    window = build_window(application(), handbook, Prefs(), "en")
    qtbot.addWidget(window)
    window.go_home()
    window.report_content_problems()
    assert window.banner.isVisibleTo(window)
    assert "could not be loaded" in window.banner.message
    assert "kyphoplasty.md" in window.banner.message
    assert window.open_topic("denosumab")  # the rest of the handbook still works
