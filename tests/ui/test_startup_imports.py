"""What a start imports: only what the first window needs (issue 13). The PDF code, the search index,
the content checks and the libraries behind them load on first use, never at start.

Each start runs in a fresh process (``handbook gui --screenshot``, the real start-up path), which then
lists what it had imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from handbook.resources import base_dir

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
origins = {name: getattr(getattr(module, "__spec__", None), "origin", None) for name, module in sys.modules.items()}
print(json.dumps({"code": code, "modules": origins}))
"""

LANGUAGES = ("en", "es", "zh", "vi", "ar", "ko")


def _start(tmp_path: Path, *args: str) -> dict[str, str | None]:
    """The modules a start imported, each with where it came from (a file, or None)."""
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
    modules: dict[str, str | None] = result["modules"]
    return modules


def _found(modules: Iterable[str], names: tuple[str, ...] = NOT_AT_START) -> list[str]:
    return sorted(name for name in names if any(m == name or m.startswith(name + ".") for m in modules))


@pytest.fixture(scope="module")
def language_starts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str | None]]:
    """One start in each language: the modules each imported."""
    return {lang: _start(tmp_path_factory.mktemp(lang), "--lang", lang) for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_start_imports_only_what_the_first_window_needs(
    language_starts: dict[str, dict[str, str | None]], lang: str
) -> None:
    assert _found(language_starts[lang], NOT_AT_START + NOT_AT_HOME) == []


def test_a_start_on_a_topic_imports_no_pdf_nor_search(tmp_path: Path) -> None:
    assert _found(_start(tmp_path, "--lang", "ar", "--view", "section:denosumab")) == []


def test_the_probe_sees_the_date_code_a_topic_imports(tmp_path: Path) -> None:
    """The home-page check can fail: a topic shows its review date."""
    assert _found(_start(tmp_path, "--lang", "en", "--view", "section:denosumab"), NOT_AT_HOME) == ["datetime"]


def test_the_probe_sees_what_a_search_imports(tmp_path: Path) -> None:
    """The check above can fail: a start that searches does import the search code."""
    assert "handbook.search" in _found(_start(tmp_path, "--lang", "en", "--view", "search:bone pain"))


START_MODULES = base_dir() / "packaging" / "pyinstaller" / "start_modules.txt"
#: Imported at every start of the frozen app by PyInstaller's bootstrap (pyimod03_ctypes), not by the app.
FROZEN_BOOTSTRAP = {"ctypes", "ctypes._endian"}
#: Imported by a user's first start only (the content's hash, before its stamp is kept in the cache).
FIRST_START = {"hashlib"}


def _never_collected(name: str) -> bool:
    """Modules of a source start that the frozen app does not take from PyInstaller's archive: the
    interpreter's site set-up and the editable install's finder, PyInstaller's own bootstrap (struct),
    shiboken's signature loader and PySide6's support package (embedded in shiboken's library)."""
    return (
        name in ("site", "_sitebuiltins", "_distutils_hack", "sitecustomize", "struct", "signature_bootstrap")
        or name.startswith("__editable__")
        or name == "PySide6.support"
        or name.startswith("PySide6.support.")
    )


def test_the_frozen_app_ships_what_a_start_imports_as_plain_pyc_files(
    language_starts: dict[str, dict[str, str | None]],
) -> None:
    """build_app.spec ships the modules of start_modules.txt as .pyc files beside PyInstaller's
    compressed archive, so that a start of the frozen app inflates none of its modules: the list is
    what a start imports from Python files, less PyInstaller's base library (all of it shipped so)."""
    from PyInstaller.compat import PY3_BASE_MODULES

    imported = {
        name
        for modules in language_starts.values()
        for name, origin in modules.items()
        if origin is not None
        and origin.endswith(".py")
        and name.split(".")[0] not in PY3_BASE_MODULES
        and not _never_collected(name)
    }
    lines = START_MODULES.read_text(encoding="utf-8").splitlines()
    listed = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert sorted(imported - listed) == [], f"imported by a start: add to {START_MODULES.name}"
    assert sorted(listed - imported - FROZEN_BOOTSTRAP - FIRST_START) == [], (
        f"imported by no start: drop from {START_MODULES.name}"
    )
