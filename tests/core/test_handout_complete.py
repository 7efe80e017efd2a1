"""Complete handouts: a treatment brings its at-a-glance facts (the nine comparison rows), and
``--all`` has everything that ``handbook list`` shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_pages import in_order, page_texts, squash

from handbook.content import COMPARE_KEYS, Handbook
from handbook.dates import localize_dates
from handbook.handout import at_a_glance
from handbook.pdf import HandoutRequest, export_pdf
from handbook.pdf.layout import footer_zone, styles


def body(pdf: Path, lang: str) -> str:
    return "".join(page_texts(pdf, footer_zone(styles(lang, False)))[1:])


@pytest.mark.parametrize("lang", ["en", "es", "zh"])
def test_a_treatment_brings_its_nine_at_a_glance_rows(handbook: Handbook, tmp_path: Path, lang: str) -> None:
    out = export_pdf(handbook, HandoutRequest(lang, sections=("denosumab",)), tmp_path / "d.pdf")
    topic = handbook.topic("denosumab", lang)
    rows = at_a_glance(handbook, topic)
    assert len(rows) == len(COMPARE_KEYS)
    labels = handbook.ui(lang)
    needles = [topic.title, labels["at_a_glance"], *(part for row in rows for part in row)]
    assert in_order(body(out, lang), needles) == []


def test_the_low_calcium_fact_of_the_at_a_glance_rows_is_on_paper(handbook: Handbook, tmp_path: Path) -> None:
    out = export_pdf(handbook, HandoutRequest("en", sections=("denosumab",)), tmp_path / "d.pdf")
    assert squash(handbook.topic("denosumab").compare["before_during"]) in body(out, "en")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_all_has_everything_that_list_shows(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "all.pdf"
    run = [sys.executable, "-m", "handbook", "--lang", lang]
    done = subprocess.run([*run, "export", "--all", "-o", str(target)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    listed = json.loads(subprocess.run([*run, "list", "--json"], capture_output=True, text=True, check=True).stdout)
    text = body(target, lang)
    missing = []
    for topic in listed:
        pieces = [topic["title"]]
        for line in topic["text"].splitlines():
            line = line.removeprefix("• ").strip()
            pieces += line.split(": ", 1) if topic["kind"] == "treatment" and ": " in line else [line]
        # the list gives content as it is (ISO dates); paper writes dates as the language does
        missing += [f"{topic['id']}: {p}" for p in pieces if p and squash(localize_dates(p, lang)) not in text]
    assert missing == []
