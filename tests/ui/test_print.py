"""The printed handout has what the saved PDF has: the chosen sections or comparison, then the
questions to ask, the glossary terms and the sources, in the same order, in the reader's language."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from handbook.content import Handbook
from handbook.handout import HandoutContents, handout_contents
from handbook.pdf import HandoutRequest, export_pdf
from handbook.ui.export_runner import ExportRunner, handout_document

#: the marks pdftotext writes around right-to-left runs, and white space (Qt spaces words with tabs)
_NOISE = re.compile(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


def squeeze(text: str) -> str:
    """Text without white space and direction marks; ligatures (Qt writes "ﬁ" in "Xofigo") as letters."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text))


def requests(handbook: Handbook, lang: str) -> list[HandoutRequest]:
    """Sections that use glossary terms and a treatment with questions; and a comparison."""
    treatment = next(t.id for t in handbook.topics(lang) if t.kind == "questions" and t.treatment)
    section = next(t.id for t in handbook.topics(lang) if t.kind == "section" and t.glossary)
    names = tuple(t.id for t in handbook.treatments(lang)[:2])
    return [HandoutRequest(lang, sections=(section, treatment)), HandoutRequest(lang, compare=names)]


def expected(handbook: Handbook, contents: HandoutContents) -> list[str]:
    """What the handout shows after the sections, in order: questions, glossary, sources, footer."""
    ui = handbook.ui(contents.lang)
    needles = [t.title for t in contents.narratives]
    needles += [ui["questions"]] if contents.questions else []
    for topic in contents.questions:
        needles += [topic.title, *(item for block in topic.body for item in (block.items or (block.text,)))]
    needles += [ui["glossary"]] if contents.glossary else []
    for term in contents.glossary:
        needles += [term.title, term.summary]
    return [*needles, ui["sources"], *contents.citations, ui["footer"]]


def in_order(text: str, needles: list[str]) -> list[str]:
    """The needles not found in ``text`` after the one before (empty when all are, in order)."""
    missing, at = [], 0
    for needle in needles:
        found = text.find(squeeze(needle), at)
        if found < 0:
            missing.append(needle)
        else:
            at = found + len(squeeze(needle))
    return missing


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return squeeze(done.stdout.decode())


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("kind", ["sections", "compare"])
def test_the_printed_document_has_the_handouts_contents_in_order(
    qtbot: QtBot, handbook: Handbook, lang: str, kind: str
) -> None:
    request = requests(handbook, lang)[kind == "compare"]
    contents = handout_contents(handbook, request)
    assert contents.questions and contents.citations
    assert bool(contents.glossary) == (kind == "sections")
    document = handout_document(handbook, request, "Handbook")
    text = squeeze(document.toPlainText())
    assert in_order(text, expected(handbook, contents)) == []
    ui = handbook.ui(lang)
    cover = [ui["handbook_title"], *(t.title for t in contents.shown), ui["reviewed"], ui["footer"]]
    assert in_order(text, cover) == []
    # the reader's language runs right to left in Arabic; the (English) citations left to right
    rtl = {
        block.text(): block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        for block in blocks(document)
    }
    citations = [rtl[c] for c in contents.citations]
    assert not any(citations)
    assert rtl[contents.questions[0].title] == (lang == "ar") == rtl[ui["sources"]]


def blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_printing_and_saving_give_the_same_glossary_questions_and_sources(
    qtbot: QtBot, handbook: Handbook, tmp_path: Path, lang: str
) -> None:
    request = requests(handbook, lang)[0]
    saved = pdf_text(export_pdf(handbook, request, tmp_path / "saved.pdf"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    runner = ExportRunner(handbook)
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        runner.print_handout(request, printer, "Handbook")
    printed = pdf_text(tmp_path / "printed.pdf")
    contents = handout_contents(handbook, request)
    # citations run over lines and pages: their first words stand for them
    needles = [
        *(t.title for t in contents.questions),
        *(t.title for t in contents.glossary),
        *(c[:24] for c in contents.citations),
    ]
    assert needles and in_order(saved, needles) == []
    if lang == "ar":
        # Qt's PDFs give Arabic back as presentation forms with lam-alef ligatures lost, so only the
        # (English) citations are read back here; the Arabic text is checked in the QTextDocument.
        needles = [c[:24] for c in contents.citations]
    assert in_order(printed, needles) == []
