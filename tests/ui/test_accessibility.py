"""Every control has an accessible name, in every language: the tree a screen reader sees (QAccessible)
is walked for every window and dialog the app opens (desktop and kiosk), with each view shown."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from handbook.config import KioskConfig, hash_passphrase
from handbook.content import Handbook
from handbook.i18n import LANGUAGES
from handbook.ui.kiosk import start_kiosk
from handbook.ui.main_window import MainWindow
from handbook.ui.startup import application

_R = QAccessible.Role
#: Roles a person acts on (pressed, ticked, typed into, chosen from) even when they take no focus.
ACTED_ON = frozenset(
    {
        _R.Button,
        _R.CheckBox,
        _R.RadioButton,
        _R.ComboBox,
        _R.EditableText,
        _R.SpinBox,
        _R.Slider,
        _R.List,
        _R.Tree,
        _R.Table,
        _R.PageTab,
        _R.Link,
        _R.ButtonMenu,
        _R.ButtonDropDown,
        _R.MenuItem,
        _R.ListItem,
        _R.TreeItem,
    }
)


@dataclass(frozen=True)
class Unnamed:
    where: str
    role: str
    kind: str
    object_name: str

    def __str__(self) -> str:
        return f"{self.where}: {self.role} {self.kind} {self.object_name!r}"


def _interfaces(root: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    yield root
    if depth > 40:
        return
    for i in range(root.childCount()):
        child = root.child(i)
        if child is not None and child.isValid():
            yield from _interfaces(child, depth + 1)


def unnamed_controls(widget: QWidget, where: str, seen: set[str] | None = None) -> tuple[list[Unnamed], int]:
    """The visible controls under ``widget`` that take focus or are acted on but have no name; the
    class and object name of each control checked go into ``seen``."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None, f"{where}: no accessible interface"
    missing: list[Unnamed] = []
    checked = 0
    for iface in _interfaces(root):
        state = iface.state()
        if state.invisible or not (state.focusable or iface.role() in ACTED_ON):
            continue
        checked += 1
        obj = iface.object()
        kind = obj.metaObject().className() if obj is not None else "item"
        if seen is not None:
            seen.update((kind, obj.objectName() if obj is not None else ""))
        if not iface.text(QAccessible.Text.Name).strip():
            missing.append(Unnamed(where, iface.role().name, kind, obj.objectName() if obj is not None else ""))
    return missing, checked


class Walk:
    """Collects what is unnamed, over every place visited."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.missing: list[Unnamed] = []
        self.checked = 0
        self.places: list[str] = []
        self.seen: set[str] = set()  # the classes and object names of the controls checked

    def check(self, widget: QWidget, where: str) -> None:
        QApplication.processEvents()
        missing, checked = unnamed_controls(widget, f"{self.lang} {where}", self.seen)
        self.missing += missing
        self.checked += checked
        self.places.append(where)


def _my_questions(walk: Walk, window: MainWindow, where: str) -> None:
    questions = window.open_my_questions()
    walk.check(questions, f"{where} (empty)")
    questions.own.setText("Can I still travel?")
    questions.add_button.click()
    questions.list.setCurrentRow(0)
    walk.check(questions, where)
    questions.clear_button.click()
    questions.close()


def _desktop_tour(walk: Walk, window: MainWindow) -> None:
    walk.check(window, "home")
    window.search.set_query("bone pain")
    walk.check(window, "search results")
    window.search.set_query("zzxqj")  # nothing found: the "did you mean" button may show
    walk.check(window, "no results")
    window.search.set_query("prostrate")
    walk.check(window, "did you mean")
    window.search.clear()
    window.open_topic("denosumab")
    walk.check(window, "topic")
    window.find_bar.open_bar()
    window.find_bar.box.setText("bone")
    walk.check(window, "find bar")
    window.find_bar.close_bar()
    window.open_compare(["zometa", "xgeva"])
    walk.check(window, "comparison")
    window.report_error(RuntimeError("a test problem"))
    walk.check(window, "error banner")
    window.banner.dismiss()
    window.open_topic("denosumab")
    term = next(href for href, _ in window.reader.view.anchors() if href.startswith("term:"))
    window.reader.explain_term(term.removeprefix("term:"), window.mapToGlobal(QPoint(200, 200)))
    walk.check(window.reader.popup, "glossary popup")
    window.reader.popup.close()
    dialog = window.open_export_dialog()
    walk.check(dialog, "handout dialog")
    dialog.reject()
    _my_questions(walk, window, "my questions")
    for menu in window.menus:
        walk.check(menu, f"menu {menu.title()}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_control_of_the_desktop_app_has_a_name(qtbot: QtBot, make_window: object, lang: str) -> None:
    assert callable(make_window)
    window = make_window(lang)
    assert isinstance(window, MainWindow)
    walk = Walk(lang)
    _desktop_tour(walk, window)
    assert walk.checked > 100
    # the parts Qt makes on its own are among those checked: the boxes' clear buttons, the message's text
    assert {"QLineEditIconButton", "errorBannerText"} <= walk.seen
    assert not walk.missing, "\n".join(map(str, walk.missing))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_control_of_the_kiosk_has_a_name(qtbot: QtBot, qapp: QApplication, handbook: Handbook, lang: str) -> None:
    config = KioskConfig(passphrase_hash=hash_passphrase("front desk 42"))
    kiosk = start_kiosk(application(), handbook, config, lang, 60, 5)
    qtbot.waitExposed(kiosk.window)
    window = kiosk.window
    walk = Walk(lang)
    try:
        window.search.set_query("bone pain")
        walk.check(window, "kiosk search")
        window.search.clear()
        window.open_topic("radiation")
        walk.check(window, "kiosk topic")
        window.open_compare(["zometa", "xgeva"])
        walk.check(window, "kiosk comparison")
        dialog = window.open_export_dialog()
        walk.check(dialog, "kiosk handout dialog")
        dialog.reject()
        _my_questions(walk, window, "kiosk my questions")
        admin = kiosk.ask_passphrase()
        walk.check(admin, "admin dialog")
        admin.box.setText("wrong")
        admin.try_unlock()
        walk.check(admin, "admin dialog after a wrong passphrase")
        admin.reject()
        kiosk.idle.begin_countdown()
        walk.check(window, "still there? countdown")
        kiosk.idle.cancel()
        assert walk.checked > 80
        assert "SearchClearButton" in walk.seen  # the kiosk's own clear button beside the search box
        assert not walk.missing, "\n".join(map(str, walk.missing))
    finally:
        kiosk.uninstall()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not window and widget.isWindow():
                widget.close()
        if window.translations.lang != "en":
            window.translations.apply("en")
        window.close()
        window.deleteLater()


def test_the_walk_finds_an_unnamed_control(qtbot: QtBot) -> None:
    """The check itself: a button with no text and no name is reported; named, it is not."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    button = QPushButton(host)
    layout.addWidget(button)
    host.show()
    qtbot.waitExposed(host)
    missing, checked = unnamed_controls(host, "test")
    assert checked == 1 and [m.kind for m in missing] == ["QPushButton"]
    button.setAccessibleName("Go")
    assert unnamed_controls(host, "test") == ([], 1)
