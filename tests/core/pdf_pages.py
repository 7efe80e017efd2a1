"""Reading handouts back for the tests: each page's text (pdftotext), with or without its footer."""

from __future__ import annotations

import math
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def squash(text: str) -> str:
    """``text`` without white space, format marks or control characters (NFKC)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc"))


def page_texts(pdf: Path, footer: float = 0.0, footer_only: bool = False) -> list[str]:
    """The squashed text of each page: all of it, or only above (or, ``footer_only``, only in) the
    bottom ``footer`` points of the page."""
    texts = []
    for number, page in enumerate(PdfReader(pdf).pages, 1):
        height = float(page.mediabox.height)
        crop: list[str] = []
        if footer:
            top, tall = (height - footer, footer + 1) if footer_only else (0.0, height - footer)
            crop = ["-x", "0", "-y", str(math.floor(top)), "-W", "10000", "-H", str(math.floor(tall))]
        args = ["pdftotext", "-q", "-enc", "UTF-8", "-f", str(number), "-l", str(number), *crop, str(pdf), "-"]
        done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=60)
        texts.append(squash(done.stdout))
    return texts


def in_order(text: str, needles: list[str]) -> list[str]:
    """The needles not found in ``text`` after the one before them (empty: all there, in order)."""
    missing, at = [], 0
    for needle in needles:
        found = text.find(squash(needle), at)
        if found < 0:
            missing.append(needle)
        else:
            at = found + len(squash(needle))
    return missing
