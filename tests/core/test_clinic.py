"""The clinic file: read and checked (``path:line: message``), and carried by handouts: the cover,
every page's footer, the topics that show the clinic's contacts, the care-team lines."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import zlib
from html import unescape
from pathlib import Path

import pytest
from pdf_pages import in_order, page_texts, squash
from pypdf import PdfReader

from handbook import content
from handbook.config import Clinic, ClinicConfigError, load_clinic, load_kiosk_config
from handbook.content import Handbook, check
from handbook.handout import handout_contents
from handbook.pdf import HandoutRequest, export_pdf

LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
    '<rect width="40" height="40" fill="#1f4e79"/><text x="48" y="27" font-size="18">RCC</text></svg>'
)
GOOD = """[clinic]
; the clinic's own details
name = Riverside Cancer Centre
phone = +1 555-010-2000
line = Urology clinic, 2nd floor
logo = {logo}
emergency = 911
after_hours = (555) 010 2999
note_en = We speak Arabic and Spanish.
note_ar = نتحدث العربية والإسبانية.
"""


def png(width: int, height: int) -> bytes:
    """A plain grey PNG of the given size, made by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


@pytest.fixture
def clinic_file(tmp_path: Path) -> Path:
    folder = tmp_path / "clinic"
    folder.mkdir()
    (folder / "logo.svg").write_text(LOGO_SVG, encoding="utf-8")
    path = folder / "clinic.ini"
    path.write_text(GOOD.format(logo="logo.svg"), encoding="utf-8")
    return path


def test_a_good_clinic_file_is_read_with_its_logo_beside_it(clinic_file: Path) -> None:
    clinic = load_clinic(clinic_file)
    assert clinic.name == "Riverside Cancer Centre" and clinic.phone == "+1 555-010-2000"
    assert clinic.line == "Urology clinic, 2nd floor"
    assert clinic.logo == clinic_file.parent / "logo.svg"
    assert clinic.numbers() == (("phone", "+1 555-010-2000"), ("emergency", "911"), ("after_hours", "(555) 010 2999"))
    assert clinic.note("en") == "We speak Arabic and Spanish." and clinic.note("ko") == ""


def test_a_png_logo_is_read(clinic_file: Path) -> None:
    (clinic_file.parent / "logo.png").write_bytes(png(200, 80))
    clinic_file.write_text(GOOD.format(logo="logo.png"), encoding="utf-8")
    assert load_clinic(clinic_file).logo == clinic_file.parent / "logo.png"


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("name = Riverside Cancer Centre", "name ="), 3, "name is missing"),
        (("phone = +1 555-010-2000", "phone = call us"), 4, "'call us' is not a phone number"),
        (("emergency = 911", "emergency = 9-1-1-x"), 7, "emergency '9-1-1-x'"),
        (("line = Urology", "lines = Urology"), 5, "unknown setting 'lines'"),
        (("note_ar", "note_fr"), 10, "unknown setting 'note_fr'"),
        (("name = Riverside Cancer Centre", "name = " + "R" * 81), 3, "name is too long (81 characters"),
        (("[clinic]", "[clinics]"), 1, "no [clinic] section"),
        (("name = Riverside", "name Riverside"), 3, "not a valid INI file"),
        (("logo = logo.svg", "logo = missing.svg"), 6, "does not exist"),
        (("logo = logo.svg", "logo = notes.txt"), 6, "is not a PNG or SVG image"),
        (("logo = logo.svg", "logo = broken.svg"), 6, "is not an SVG image that can be read"),
        (("logo = logo.svg", "logo = empty.svg"), 6, "has no size"),
        (("logo = logo.svg", "logo = huge.png"), 6, "is too large (5000×20 pixels"),
        (("logo = logo.svg", "logo = tiny.png"), 6, "is too small (8×8 pixels"),
        (("logo = logo.svg", "logo = damaged.png"), 6, "is a damaged PNG image"),
        (("logo = logo.svg", "logo = heavy.svg"), 6, "is too big"),
    ],
)
def test_a_bad_clinic_file_is_named_with_its_line(
    clinic_file: Path, change: tuple[str, str], line: int, words: str
) -> None:
    folder = clinic_file.parent
    (folder / "notes.txt").write_text("not a picture", encoding="utf-8")
    (folder / "broken.svg").write_text("this is not XML <<<", encoding="utf-8")
    (folder / "empty.svg").write_text("<html><body/></html>", encoding="utf-8")
    (folder / "huge.png").write_bytes(png(5000, 20))
    (folder / "tiny.png").write_bytes(png(8, 8))
    (folder / "damaged.png").write_bytes(png(100, 100)[:60])
    (folder / "heavy.svg").write_text(LOGO_SVG + "<!--" + "x" * 1_000_001 + "-->", encoding="utf-8")
    clinic_file.write_text(clinic_file.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    with pytest.raises(ClinicConfigError) as raised:
        load_clinic(clinic_file)
    message = str(raised.value)
    assert message.startswith(f"{clinic_file}:{line}: "), message
    assert words in message and "\n" not in message


def test_a_missing_clinic_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ClinicConfigError, match=r"nope\.ini:1: there is no clinic file here"):
        load_clinic(tmp_path / "nope.ini")


def test_the_kiosk_configuration_names_the_clinic_file(tmp_path: Path, clinic_file: Path) -> None:
    config = tmp_path / "kiosk.ini"
    config.write_text(f"[kiosk]\nclinic = {clinic_file.relative_to(tmp_path)}\n", encoding="utf-8")
    assert load_kiosk_config(config).clinic == clinic_file
    config.write_text("[kiosk]\ndefault_language = es\nclinic = gone.ini\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"kiosk\.ini:3: clinic '.*gone\.ini' does not exist"):
        load_kiosk_config(config)


# ------------------------------------------------------------------------------ on paper


def footer_room(pdf: Path) -> float:
    """The footer zone, from the page's bottom to the footer rule: the care-team line (one or two
    lines), the clinic's name and its numbers."""
    from handbook.pdf.layout import footer_zone, styles

    return footer_zone(styles("en", False), 4) + 2


def export(handbook: Handbook, clinic: Clinic | None, lang: str, target: Path, *sections: str) -> Path:
    return export_pdf(handbook, HandoutRequest(lang, sections=sections, clinic=clinic), target)


@pytest.mark.parametrize("lang", ["en", "es", "ar", "zh"])
def test_every_page_carries_the_clinics_name_and_numbers(
    handbook: Handbook, clinic_file: Path, tmp_path: Path, lang: str
) -> None:
    clinic = load_clinic(clinic_file)
    out = export(handbook, clinic, lang, tmp_path / "h.pdf", "support", "denosumab", "radiation")
    footers = page_texts(out, footer_room(out), footer_only=True)
    assert len(footers) >= 4
    for number, text in enumerate(footers, 1):
        for piece in (clinic.name, clinic.phone, clinic.emergency, clinic.after_hours):
            assert squash(piece) in text, (number, piece)
    ui = handbook.ui(lang)
    cover = page_texts(out)[0]
    named = ui["footer_clinic"].replace("{clinic}", clinic.name)
    for piece in (clinic.name, clinic.line, ui["your_clinic"], clinic.phone, clinic.after_hours, named):
        assert squash(piece) in cover, piece
    if lang in ("en", "ar"):
        assert squash(clinic.note(lang)) in cover


def words_at(pdf: Path, page: int) -> list[tuple[float, float, str]]:
    """(top, left, text) of each word on a page, as pdftotext places them."""
    args = ["pdftotext", "-q", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"]
    html = subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    return [(float(y), float(x), unescape(text)) for x, y, text in found]


@pytest.mark.parametrize("where", ["cover", "footer"])
def test_the_numbers_read_in_order_on_an_arabic_page(
    handbook: Handbook, clinic_file: Path, tmp_path: Path, where: str
) -> None:
    """Each number is set left to right, as one run: its groups lie left to right on the page (in
    right-to-left text the bidi algorithm would otherwise reverse "(555) 010 2999")."""
    clinic = load_clinic(clinic_file)
    out = export(handbook, clinic, "ar", tmp_path / "h.pdf", "support")
    words = words_at(out, 1)
    footer_top = float(PdfReader(out).pages[0].mediabox.height) - footer_room(out)
    for number in (clinic.phone, clinic.after_hours):
        groups = number.split()
        for top, left, text in words:
            if text == groups[0] and (top > footer_top) == (where == "footer"):
                row = sorted((x, t) for y, x, t in words if abs(y - top) < 1 and x >= left)
                assert [t for _x, t in row[: len(groups)]] == groups, row
                break
        else:
            raise AssertionError(f"{number} is not on the {where}")


def test_topics_that_show_the_clinic_show_its_box(handbook: Handbook, clinic_file: Path, tmp_path: Path) -> None:
    clinic = load_clinic(clinic_file)
    out = export(handbook, clinic, "en", tmp_path / "h.pdf", "support", "denosumab")
    ui = handbook.ui("en")
    body = "".join(page_texts(out, footer_room(out))[1:])
    support = handbook.topic("support")
    denosumab = handbook.topic("denosumab")
    assert handbook.topic("support").clinic_contacts and not denosumab.clinic_contacts
    assert in_order(body, [denosumab.title, support.title, ui["your_clinic"], clinic.phone]) == []
    # one box in each topic of the handout that asks for it (the warning signs that go with
    # denosumab ask for it too)
    going = handout_contents(handbook, HandoutRequest("en", sections=("support", "denosumab"))).companions
    boxes = [t for t in (support, denosumab, *going) if t.clinic_contacts]
    assert body.count(squash(ui["your_clinic"])) == len(boxes) >= 1
    questions = ui["questions_clinic"].replace("{clinic}", clinic.name)
    assert squash(questions) in body


def test_without_a_clinic_nothing_of_it_shows(handbook: Handbook, tmp_path: Path) -> None:
    out = export(handbook, None, "en", tmp_path / "h.pdf", "support")
    text = "".join(page_texts(out))
    ui = handbook.ui("en")
    assert squash(ui["your_clinic"]) not in text and squash(ui["footer"]) in text


def test_any_topic_can_show_the_clinic_by_its_front_matter(
    content_copy: Path, clinic_file: Path, tmp_path: Path
) -> None:
    for lang in ("en", "es"):
        path = content_copy / lang / "bone-problems.md"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\nsummary:", "\nclinic_contacts: true\nsummary:", 1), encoding="utf-8")
    shutil.rmtree(content_copy / "zh")
    shutil.rmtree(content_copy / "ar")
    handbook = content.load(content_copy)
    assert handbook.topic("bone-problems", "es").clinic_contacts
    problems = [str(p) for p in check(handbook) if "clinic_contacts" in p.message]
    assert len(problems) == 2 and all("bone-problems" in p for p in problems)  # vi and ko lack it
    out = export(handbook, load_clinic(clinic_file), "es", tmp_path / "h.pdf", "bone-problems")
    assert squash(handbook.ui("es")["your_clinic"]) in "".join(page_texts(out)[1:])


# ------------------------------------------------------------------------------ the CLI


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "handbook", *args], capture_output=True, text=True, timeout=120)


def test_cli_export_with_a_clinic(clinic_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "h.pdf"
    done = cli("export", "--sections", "support", "--lang", "es", "--clinic", str(clinic_file), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert all(squash("Riverside Cancer Centre") in page for page in page_texts(target))


def test_cli_a_bad_clinic_file_is_one_line_and_leaves_the_old_handout(clinic_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "h.pdf"
    target.write_bytes(b"%PDF-1.4 yesterday's good handout")
    clinic_file.write_text(GOOD.format(logo="nope.png"), encoding="utf-8")
    done = cli("--clinic", str(clinic_file), "export", "--all", "-o", str(target))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    logo = clinic_file.parent / "nope.png"
    assert done.stderr.splitlines() == [f"handbook: {clinic_file}:6: logo '{logo}' does not exist or is not a file"]
    assert target.read_bytes() == b"%PDF-1.4 yesterday's good handout"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic", "h.pdf"]


def test_cli_show_gives_the_clinics_numbers_in_the_topics_that_name_them(clinic_file: Path) -> None:
    shown = cli("--clinic", str(clinic_file), "show", "urgent-signs")
    assert shown.returncode == 0, shown.stderr
    head = shown.stdout.split("Who to call")[0]
    assert "Your clinic: Riverside Cancer Centre" in head and "Urology clinic, 2nd floor" in head
    assert "Emergency: 911" in head and "After hours: (555) 010 2999" in head
    other = cli("--clinic", str(clinic_file), "show", "denosumab")
    assert other.returncode == 0 and "Riverside" not in other.stdout
    arabic = cli("--clinic", str(clinic_file), "--lang", "ar", "show", "urgent-signs")
    assert arabic.returncode == 0 and "\u2066(555) 010 2999\u2069" in arabic.stdout  # reads in order in Arabic
