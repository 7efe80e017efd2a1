"""Reading printed files back: page count and size, the text of each page, and how alike two pages look.

cups-pdf makes its PDF from PostScript (CUPS turns the app's PDF into PostScript for a PostScript
printer, then cups-pdf runs Ghostscript on it), and on that way the fonts become Type 3 glyphs that
say nothing of the characters they draw: text cannot be read back from the printed file. So each
test reads the text from the document the print job holds (the PDF the app sent, which CUPS keeps),
and checks that the printed file shows that document: the same number of pages (times the copies),
on A4, each printed page looking like the job's page (rendered small and compared; a landscape
page is printed turned on its side, as on a real printer).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: bidi marks that pdftotext writes around runs, white space (Qt spaces words with tabs), and
#: brackets (in right-to-left text the mirrored glyph is read back: "(" as ")")
_NOISE = re.compile(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069()\[\]]+")
#: Qt's PDFs lose the text of Arabic lam-alef ligatures and may move Arabic vowel marks: both are
#: taken out on both sides
_LAM_ALEF = re.compile("\u0644([\u064b-\u065f\u0670]*)[\u0627\u0622\u0623\u0625]")
_MARKS = re.compile("[\u064b-\u065f\u0670]")
A4 = (595, 842)
#: rendering resolution of page comparisons, and the block size averaged over
DPI = 24
BLOCK = 6


def comparable(text: str) -> str:
    """Text as it can be compared with what pdftotext reads: Arabic presentation forms to letters
    (NFKC); lam-alef, vowel marks, white space and punctuation but hyphens out (where neutral
    punctuation stands between right-to-left and left-to-right runs is pdftotext's guess)."""
    text = _NOISE.sub("", _MARKS.sub("", _LAM_ALEF.sub("", unicodedata.normalize("NFKC", text))))
    return "".join(c for c in text if c == "-" or not unicodedata.category(c).startswith("P"))


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True, check=True)
    return [
        (round(float(w)), round(float(h))) for w, h in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+)", out.stdout)
    ]


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, comparable."""
    texts = []
    for number in range(1, len(page_sizes(pdf)) + 1):
        done = subprocess.run(
            ["pdftotext", "-q", "-enc", "UTF-8", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            check=True,
        )
        texts.append(comparable(done.stdout.decode()))
    return texts


_ARABIC_RUN = re.compile(r"[\u0620-\u064a\u066e-\u06d3][\u0620-\u065f\u066e-\u06d3\s]*")
_LATIN = re.compile(r"[A-Za-z]")


def main_run(text: str) -> str:
    """A text as pdftotext gives it back in order: Arabic mixed with Latin words comes back in
    visual runs (neutral punctuation moved), so only its longest run of Arabic words is looked for."""
    runs = _ARABIC_RUN.findall(text)
    if runs and _LATIN.search(text):
        return max(runs, key=lambda run: len(run.strip()))
    return text


def missing_in_order(text: str, needles: list[str]) -> list[str]:
    """The needles not found in ``text`` after the one before (empty when all are, in order)."""
    missing, at = [], 0
    for needle in needles:
        wanted = comparable(main_run(needle))
        found = text.find(wanted, at)
        if found < 0:
            missing.append(needle)
        else:
            at = found + len(wanted)
    return missing


@dataclass(frozen=True)
class Picture:
    width: int
    height: int
    pixels: bytes

    @cache  # noqa: B019
    def turned(self) -> Picture:
        """Turned a quarter to the left (how a landscape page lies on upright paper)."""
        w, h, p = self.width, self.height, self.pixels
        out = bytearray(w * h)
        for y in range(h):
            row = y * w
            for x in range(w):
                out[(w - 1 - x) * h + y] = p[row + x]
        return Picture(h, w, bytes(out))

    @cache  # noqa: B019 (a few pictures per test)
    def blocks(self) -> list[float]:
        cols, rows = self.width // BLOCK, self.height // BLOCK
        means = []
        for by in range(rows):
            for bx in range(cols):
                total = 0
                for y in range(by * BLOCK, by * BLOCK + BLOCK):
                    start = y * self.width + bx * BLOCK
                    total += sum(self.pixels[start : start + BLOCK])
                means.append(total / (BLOCK * BLOCK))
        return means

    @property
    def ink(self) -> float:
        """How much of the page is drawn on (0 blank .. 255 black)."""
        return sum(255 - v for v in self.pixels) / len(self.pixels)


def pictures(pdf: Path) -> list[Picture]:
    """Every page rendered in grey at ``DPI``."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-q", "-gray", "-r", str(DPI), str(pdf), f"{folder}/p"], check=True)
        found = []
        for path in sorted(Path(folder).glob("p-*.pgm"), key=lambda p: int(p.stem.split("-")[-1])):
            data = path.read_bytes()
            match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
            assert match, path
            width, height = int(match[1]), int(match[2])
            found.append(Picture(width, height, data[match.end() : match.end() + width * height]))
        return found


def difference(a: Picture, b: Picture) -> float:
    """Mean difference of the pages' block averages (0 = alike; grey levels 0..255); a page of the
    other orientation is turned first."""
    if (a.width > a.height) != (b.width > b.height):
        b = b.turned()
    first, second = a.blocks(), b.blocks()
    cols = min(a.width, b.width) // BLOCK
    rows = min(a.height, b.height) // BLOCK
    a_cols, b_cols = a.width // BLOCK, b.width // BLOCK
    total = 0.0
    for r in range(rows):
        for c in range(cols):
            total += abs(first[r * a_cols + c] - second[r * b_cols + c])
    return total / (rows * cols)


def closest(page: Picture, pages: list[Picture]) -> tuple[int, float]:
    """The index of the page in ``pages`` that ``page`` looks most like, and how far it is."""
    distances = [difference(page, other) for other in pages]
    best = min(range(len(pages)), key=distances.__getitem__)
    return best, distances[best]
