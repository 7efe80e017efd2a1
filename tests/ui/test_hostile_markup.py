"""Markup in a content pack is text: HTML in a topic's title, summary, body and comparison row is shown
as the characters written, never rendered (no image loaded, no link made, no script), wherever the
topic appears: the page and its title, the contents list, search results, the
comparison and the printed handout."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from handbook import content
from handbook.content import Handbook
from handbook.pdf import HandoutRequest, export_pdf
from handbook.resources import content_dir
from handbook.ui.main_window import MainWindow
from handbook.ui.prefs import Prefs
from handbook.ui.search_panel import HTML_ROLE
from handbook.ui.startup import application, build_window

IMAGE = '<img src="file:///etc/passwd">'
LINK = '<a href="https://example.org/steal">tap here</a>'
SCRIPT = "<script>alert(1)</script>"
HOSTILE = f"{IMAGE} {LINK} {SCRIPT}"
#: what must never turn up as a link or an image anywhere
FOREIGN = ("file:", "https:", "http:", "javascript:")


def _yaml_quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture(scope="module")
def hostile_pack(tmp_path_factory: pytest.TempPathFactory) -> Handbook:
    root = tmp_path_factory.mktemp("hostile") / "content"
    shutil.copytree(content_dir(), root)
    page = root / "en" / "radiation.md"
    text = page.read_text(encoding="utf-8")
    for key, value in (("title", "Radiation " + HOSTILE), ("summary", HOSTILE), ("  what", HOSTILE)):
        found = re.search(rf"^{key}: .*$", text, flags=re.MULTILINE)
        assert found is not None
        text = text[: found.start()] + f"{key}: {_yaml_quoted(value)}" + text[found.end() :]
    # (a line that starts with "<" is refused by the schema: the markup here is inside the text)
    body = f"\n## How can it help? {SCRIPT}\n\nRead this: {HOSTILE}\n\n- A list item: {HOSTILE}\n\n"
    text = text.replace("\n## How can it help?\n", body, 1)
    page.write_text(text, encoding="utf-8")
    return content.load(root)


@pytest.fixture
def hostile_window(qtbot: QtBot, qapp: QApplication, hostile_pack: Handbook, prefs: Prefs) -> Iterator[MainWindow]:
    window = build_window(application(), hostile_pack, prefs, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.deleteLater()


def rendered(doc: QTextDocument) -> tuple[str, list[str], int]:
    """A document's text as shown, the targets of its links, and how many images it holds."""
    links: list[str] = []
    images = 0
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                images += 1
            if fmt.isAnchor():
                links.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return doc.toPlainText(), links, images


def assert_shown_as_text(doc: QTextDocument, *written: str) -> None:
    text, links, images = rendered(doc)
    for piece in written:
        assert piece in text
    assert images == 0
    assert not [link for link in links if link.startswith(FOREIGN)], links


def test_the_pack_loads_with_the_markup_as_written(hostile_pack: Handbook) -> None:
    topic = hostile_pack.topic("radiation", "en")
    assert topic.title == "Radiation " + HOSTILE
    assert topic.summary == HOSTILE
    assert HOSTILE in topic.words()


def test_the_page_shows_markup_as_text(hostile_window: MainWindow) -> None:
    hostile_window.open_topic("radiation")
    reader = hostile_window.reader
    assert_shown_as_text(reader.view.document(), "Radiation " + HOSTILE, f"Read this: {HOSTILE}", SCRIPT)


def test_contents_and_search_results_show_markup_as_text(hostile_window: MainWindow) -> None:
    it = QTreeWidgetItemIterator(hostile_window.contents)
    titles = []
    while it.value() is not None:
        titles.append(it.value().text(0))
        it += 1
    assert "Radiation " + HOSTILE in titles

    hostile_window.search.set_query("radiation")
    results = hostile_window.search.results
    shown = []
    for i in range(results.count()):
        doc = QTextDocument()
        doc.setHtml(results.item(i).data(HTML_ROLE) or "")  # as the results' delegate draws it
        assert_shown_as_text(doc)
        shown.append(doc.toPlainText())
    assert any(("Radiation " + HOSTILE) in text for text in shown), shown


def test_the_comparison_shows_markup_as_text(hostile_window: MainWindow) -> None:
    hostile_window.open_compare(["radiation", "zometa"])
    assert_shown_as_text(hostile_window.compare_view.view.document(), IMAGE, LINK, SCRIPT)


def test_the_handout_prints_markup_as_text(hostile_pack: Handbook, tmp_path: Path) -> None:
    request = HandoutRequest(sections=("radiation",), compare=("radiation", "zometa"))
    pages = PdfReader(export_pdf(hostile_pack, request, tmp_path / "h.pdf")).pages
    text = "".join("".join(page.extract_text().split()) for page in pages)
    for piece in (IMAGE, LINK, SCRIPT):
        assert "".join(piece.split()) in text
