"""Handouts through the Python API and the command line: what is in them and in what order, their
metadata and page furniture, large print, and safe writing (no partial file, never a broken file
over a good one, one plain line for every user error)."""

from __future__ import annotations

import datetime
import errno
import math
import os
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from handbook.content import Handbook
from handbook.dates import format_date
from handbook.errors import ExportError, NotFoundError
from handbook.handout import handout_contents, page_number
from handbook.i18n import LANGUAGES, LOCALE_TAGS, is_rtl
from handbook.pdf import HandoutRequest, export_pdf
from handbook.pdf import export as pdf_module
from handbook.pdf import fonts as pdf_fonts
from handbook.pdf.layout import footer_zone, styles
from handbook.resources import content_dir

CONTENT_LANGUAGES = sorted(p.name for p in content_dir().iterdir() if p.is_dir() and p.name in LANGUAGES)
THREE = ("denosumab", "spread-to-bone", "jaw-osteonecrosis")


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc"))


def text_of(pdf: Path, first: int = 1, last: int | None = None, *options: str) -> str:
    args = ["pdftotext", "-q", "-enc", "UTF-8", "-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    out = subprocess.run([*args, *options, str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60)
    return squash(out.stdout)


def area(y: float, height: float, width: float = 10_000) -> list[str]:
    """pdftotext options reading only ``height`` points from ``y`` down (from the top of the page)."""
    return ["-x", "0", "-y", str(math.floor(y)), "-W", str(math.ceil(width)), "-H", str(math.floor(height))]


def body_text(pdf: Path, lang: str = "en", large_print: bool = False, first: int = 1) -> str:
    """The text above the footer of each page from ``first`` on, squashed (see test_pdf_text)."""
    zone = footer_zone(styles(lang, large_print))
    pages = PdfReader(pdf).pages
    parts = [text_of(pdf, n, n, *area(0, float(page.mediabox.height) - zone)) for n, page in enumerate(pages, 1)]
    return "".join(parts[first - 1 :])


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "handbook", *args], capture_output=True, text=True, timeout=120)


def one_line_error(out: subprocess.CompletedProcess[str], *words: str) -> None:
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    for word in words:
        assert word in lines[0], lines[0]


def is_pdf(path: Path) -> bool:
    return path.read_bytes().startswith(b"%PDF-") and len(PdfReader(path).pages) > 0


def sizes_used(path: Path) -> Counter[float]:
    """How many text-showing operations use each type size."""
    counts: Counter[float] = Counter()
    reader = PdfReader(path)
    for page in reader.pages:
        size = 0.0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                size = round(float(operands[1]), 2)
            elif operator in (b"Tj", b"TJ"):
                counts[size] += 1
    return counts


# ------------------------------------------------------------------------------ what is in it


def test_sections_print_in_handbook_order_with_their_glossary_questions_and_sources(
    handbook: Handbook, tmp_path: Path
) -> None:
    request = HandoutRequest(sections=("denosumab", "spread-to-bone"))
    out = export_pdf(handbook, request, tmp_path / "h.pdf")
    text = body_text(out, first=2)  # after the cover
    first, second = handbook.topic("spread-to-bone"), handbook.topic("denosumab")
    assert text.find(squash(first.title)) < text.find(squash(second.title))
    ui = handbook.ui("en")
    questions = text.find(squash(ui["questions"]))
    glossary = text.find(squash(ui["glossary"]))
    sources = text.rfind(squash(ui["sources"]))
    # the topics that go with denosumab (the warning signs) follow the chosen ones
    going = handout_contents(handbook, request).companions
    assert going
    places = [text.find(squash(t.body[-1].plain())) for t in (second, *going)]
    assert places == sorted(places) and places[0] >= 0
    assert places[-1] < questions < glossary < sources
    asked = [t for t in handbook.topics("en") if t.kind == "questions"]
    for topic in asked:
        present = squash(topic.title) in text
        assert present == (topic.treatment == "denosumab"), topic.id
    used = {term for t in (first, second, *going) for term in t.glossary}
    for term in (t for t in handbook.topics("en") if t.kind == "glossary"):
        assert (squash(term.summary) in text[glossary:sources]) == (term.id in used), term.id
    for source in {s for t in (first, second, *going) for s in t.sources}:
        assert squash(handbook.sources[source]["citation"]) in text[sources:], source


def test_all_prints_every_section_and_treatment_once(handbook: Handbook, tmp_path: Path) -> None:
    out = export_pdf(handbook, HandoutRequest(all_sections=True), tmp_path / "all.pdf")
    text = body_text(out, first=2)
    narratives = [t for t in handbook.topics("en") if t.is_narrative]
    places = [text.find(squash(t.body[0].plain())) for t in narratives]
    assert all(p >= 0 for p in places) and places == sorted(places)


@pytest.mark.parametrize("lang", CONTENT_LANGUAGES)
def test_cover_metadata_and_page_furniture(handbook: Handbook, tmp_path: Path, lang: str) -> None:
    request = HandoutRequest(lang=lang, sections=THREE)
    out = export_pdf(handbook, request, tmp_path / "h.pdf")
    ui = handbook.ui(lang)
    topics = [handbook.topic(t, lang) for t in THREE]
    going = handout_contents(handbook, request).companions
    reviewed = format_date(max(t.reviewed for t in (*topics, *going)), lang)  # as the language writes dates
    today = format_date(pdf_module.today(), lang)
    cover = text_of(out, 1, 1)
    for piece in (ui["handbook_title"], ui["handbook_subtitle"], today, reviewed, ui["footer"]):
        assert squash(piece) in cover, piece

    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == ui["handbook_title"]
    assert meta.subject and all(t.title in meta.subject for t in topics)
    assert meta.author
    assert meta.creation_date is not None
    assert abs(meta.creation_date.date() - datetime.date.today()) <= datetime.timedelta(days=1)
    assert reader.trailer["/Root"]["/Lang"] == LOCALE_TAGS[lang]
    direction = reader.trailer["/Root"]["/ViewerPreferences"].get("/Direction")
    assert direction == ("/R2L" if is_rtl(lang) else None)

    zone = footer_zone(styles(lang, False))
    for number, page in enumerate(reader.pages, 1):
        bottom = text_of(out, number, number, *area(float(page.mediabox.height) - zone, zone + 1))
        assert squash(ui["footer"]) in bottom, number
        assert squash(reviewed) in bottom
        assert squash(page_number(ui["page"], number)) in bottom


@pytest.mark.parametrize("lang", [lang for lang in ("en", "ar", "zh") if lang in CONTENT_LANGUAGES])
def test_large_print_sets_text_at_16_pt_or_more_and_reflows(handbook: Handbook, tmp_path: Path, lang: str) -> None:
    normal = export_pdf(handbook, HandoutRequest(lang=lang, sections=THREE), tmp_path / "normal.pdf")
    large = export_pdf(handbook, HandoutRequest(lang=lang, sections=THREE, large_print=True), tmp_path / "large.pdf")
    footer = styles(lang, True).footer.size
    used = sizes_used(large)
    assert min(size for size in used if size != footer) >= 16
    assert sizes_used(normal).most_common(1)[0][0] < 16 <= used.most_common(1)[0][0]
    normal_pages, large_pages = PdfReader(normal).pages, PdfReader(large).pages
    assert len(large_pages) > len(normal_pages)
    assert large_pages[1].mediabox == normal_pages[1].mediabox  # the same paper: reflowed, not shrunk
    body = handbook.topic("denosumab", lang).body
    text = body_text(large, lang, True)
    assert all(squash(block.text) in text for block in body if block.kind == "p")


def test_a_wide_comparison_goes_on_its_side_and_repeats_its_header_row(handbook: Handbook, tmp_path: Path) -> None:
    names = ("Zometa", "xgeva", "radiation", "kyphoplasty")
    request = HandoutRequest(compare=names, large_print=True)
    out = export_pdf(handbook, request, tmp_path / "c.pdf")
    reader = PdfReader(out)
    assert float(reader.pages[1].mediabox.width) > float(reader.pages[1].mediabox.height)
    ui = handbook.ui("en")
    pages = [text_of(out, n, n) for n in range(1, len(reader.pages) + 1)]
    first = next(n for n, text in enumerate(pages) if squash(ui["compare_rows"]["what"]) in text)
    ends = [squash(ui["questions"]), *(squash(t.title) for t in handout_contents(handbook, request).companions)]
    after = next(n for n, text in enumerate(pages) if n > first and any(end in text for end in ends))
    assert after - first >= 2  # large print: the table runs over pages...
    for text in pages[first:after]:  # ...each with the header row
        assert "Kyphoplasty" in text


def test_fonts_are_registered_once_per_process(handbook: Handbook, tmp_path: Path) -> None:
    export_pdf(handbook, HandoutRequest(sections=THREE), tmp_path / "one.pdf")
    before = pdf_fonts._register.cache_info()
    export_pdf(handbook, HandoutRequest(sections=THREE), tmp_path / "two.pdf")
    after = pdf_fonts._register.cache_info()
    assert after.misses == before.misses
    assert after.hits > before.hits


# ------------------------------------------------------------------------------ user errors


@pytest.mark.parametrize(
    ("request_", "error", "words"),
    [
        (HandoutRequest(sections=("denosumab", "no-such-topic")), NotFoundError, ["'no-such-topic'"]),
        (HandoutRequest(sections=("nope-1", "nope-2")), NotFoundError, ["'nope-1'", "'nope-2'"]),
        (HandoutRequest(compare=("xgeva", "aspirin")), NotFoundError, ["'aspirin'"]),
        (HandoutRequest(compare=("xgeva",)), NotFoundError, ["2 to 4"]),
        (HandoutRequest(compare=("xgeva", "prolia")), NotFoundError, ["same treatment"]),
        (HandoutRequest(), ExportError, ["--all", "--sections", "--compare"]),
        (HandoutRequest(all_sections=True, sections=("denosumab",)), ExportError, ["only one"]),
        (HandoutRequest(lang="fr", all_sections=True), NotFoundError, ["'fr'"]),
    ],
)
def test_a_bad_request_is_one_clear_line_and_writes_nothing(
    handbook: Handbook, tmp_path: Path, request_: HandoutRequest, error: type[Exception], words: list[str]
) -> None:
    with pytest.raises(error) as caught:
        export_pdf(handbook, request_, tmp_path / "h.pdf")
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named_and_not_created(handbook: Handbook, tmp_path: Path) -> None:
    folder = tmp_path / "not-here"
    with pytest.raises(ExportError, match=f"the folder {folder} does not exist"):
        export_pdf(handbook, HandoutRequest(sections=THREE), folder / "h.pdf")
    assert not folder.exists()


def test_a_folder_as_the_output_is_refused(handbook: Handbook, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_pdf(handbook, HandoutRequest(sections=THREE), tmp_path)


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Path:
    """A folder nobody may write in: permissions for a user; /sys (no new files) for root."""
    if os.geteuid() == 0:
        return Path("/sys")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def test_an_unwritable_folder_is_one_clear_line(handbook: Handbook, unwritable_folder: Path) -> None:
    target = unwritable_folder / "handout.pdf"
    with pytest.raises(ExportError, match="permission denied") as caught:
        export_pdf(handbook, HandoutRequest(sections=THREE), target)
    assert str(unwritable_folder) in str(caught.value)
    assert not target.exists()


def _old_file(tmp_path: Path) -> tuple[Path, bytes]:
    target = tmp_path / "handout.pdf"
    old = b"%PDF-1.4 the good handout printed yesterday"
    target.write_bytes(old)
    target.chmod(0o640)
    return target, old


def test_a_full_disk_leaves_the_old_file_and_no_partial_one(
    handbook: Handbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, old = _old_file(tmp_path)
    real_write_all = pdf_module._write_all

    def half_then_full(fd: int, data: bytes) -> None:
        real_write_all(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pdf_module, "_write_all", half_then_full)
    with pytest.raises(ExportError, match="not enough disk space") as caught:
        export_pdf(handbook, HandoutRequest(sections=THREE), target)
    assert "\n" not in str(caught.value)
    assert target.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_failure_while_building_leaves_the_old_file(
    handbook: Handbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, old = _old_file(tmp_path)

    def broken(*_args: object) -> bytes:
        raise RuntimeError("layout bug")

    monkeypatch.setattr(pdf_module, "render", broken)
    with pytest.raises(RuntimeError):
        export_pdf(handbook, HandoutRequest(sections=THREE), target)
    assert target.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_good_export_replaces_the_old_file_and_keeps_its_permissions(handbook: Handbook, tmp_path: Path) -> None:
    target, _old = _old_file(tmp_path)
    assert export_pdf(handbook, HandoutRequest(sections=THREE), target) == target
    assert is_pdf(target)
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_new_file_gets_the_usual_permissions(handbook: Handbook, tmp_path: Path) -> None:
    target = tmp_path / "new.pdf"
    export_pdf(handbook, HandoutRequest(sections=THREE), target)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


# --------------------------------------------------------------------------------- the CLI


@pytest.mark.parametrize("lang", CONTENT_LANGUAGES)
def test_cli_exports_sections(tmp_path: Path, lang: str) -> None:
    target = tmp_path / f"handout-{lang}.pdf"
    out = run_cli("export", "--sections", ",".join(THREE), "--lang", lang, "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert str(target) in out.stderr
    assert is_pdf(target)
    assert PdfReader(target).trailer["/Root"]["/Lang"] == LOCALE_TAGS[lang]


def test_cli_exports_a_large_print_comparison(tmp_path: Path) -> None:
    target = tmp_path / "compare.pdf"
    out = run_cli("export", "--compare", "zometa,Xgeva", "--large-print", "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert is_pdf(target)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--sections", "denosumab,nope"], ["'nope'"]),
        (["--compare", "xgeva,aspirin"], ["'aspirin'"]),
        (["--all", "--lang", "ar", "-o", "{missing}/h.pdf"], ["does not exist"]),
    ],
)
def test_cli_user_errors_are_one_line_and_exit_non_zero(tmp_path: Path, args: list[str], words: list[str]) -> None:
    missing = tmp_path / "missing"
    argv = [a.replace("{missing}", str(missing)) for a in args]
    if "-o" not in argv:
        argv += ["-o", str(tmp_path / "h.pdf")]
    out = run_cli("export", *argv)
    one_line_error(out, *words)
    assert list(tmp_path.iterdir()) == []
