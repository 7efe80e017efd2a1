"""What a start imports: only what the first window needs (issue 13). The PDF code, the search index,
the content checks and the libraries behind them load on first use, never at start.

Each start runs in a fresh process (``handbook gui --screenshot``, the real start-up path), which then
lists what it had imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

#: Never imported by a start, in any language (each is needed only by something the reader asks for).
NOT_AT_START = (
    "reportlab",  # PDF handouts
    "PIL",  # ReportLab's images
    "svglib",  # a clinic's SVG logo in a PDF
    "uharfbuzz",  # ReportLab's shaping
    "pyphen",  # ReportLab's hyphenation
    "whoosh",  # the search index
    "jieba",  # Chinese search terms
    "jsonschema",  # `handbook check`
    "yaml",  # content sources (a start reads the compiled content)
    "handbook.pdf",
    "handbook.search",
    "handbook.printing",  # print queues (and ctypes, libcups): on the first print
    "handbook.content.checks",  # `handbook check`
    "configparser",  # the clinic and kiosk files, read only when there is one
    "html",  # its table of named entities: the markup escapes five characters itself
    "handbook.ui.printout",
    "handbook.ui.export_dialog",
    "handbook.ui.export_runner",
    "PySide6.QtPrintSupport",
)

#: Not imported by a start on the home page, which shows no date (a topic shows when it was reviewed).
NOT_AT_HOME = ("datetime",)

_PROBE = """
import json, sys
from handbook.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _start(tmp_path: Path, *args: str) -> set[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HANDBOOK_CLINIC", "HANDBOOK_KIOSK_CONFIG")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))  # no clinic file
    shot = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "gui", "--screenshot", str(shot), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0 and shot.is_file()
    return set(result["modules"])


def _found(modules: set[str], names: tuple[str, ...] = NOT_AT_START) -> list[str]:
    return sorted(name for name in names if any(m == name or m.startswith(name + ".") for m in modules))


@pytest.mark.parametrize("lang", ["en", "es", "zh", "vi", "ar", "ko"])
def test_a_start_imports_only_what_the_first_window_needs(tmp_path: Path, lang: str) -> None:
    assert _found(_start(tmp_path, "--lang", lang), NOT_AT_START + NOT_AT_HOME) == []


def test_a_start_on_a_topic_imports_no_pdf_nor_search(tmp_path: Path) -> None:
    assert _found(_start(tmp_path, "--lang", "ar", "--view", "section:denosumab")) == []


def test_the_probe_sees_the_date_code_a_topic_imports(tmp_path: Path) -> None:
    """The home-page check can fail: a topic shows its review date."""
    assert _found(_start(tmp_path, "--lang", "en", "--view", "section:denosumab"), NOT_AT_HOME) == ["datetime"]


def test_the_probe_sees_what_a_search_imports(tmp_path: Path) -> None:
    """The check above can fail: a start that searches does import the search code."""
    assert "handbook.search" in _found(_start(tmp_path, "--lang", "en", "--view", "search:bone pain"))
