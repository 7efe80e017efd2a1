"""Every UI string is translated in every language: no unfinished, empty or obsolete entry, and no
string in the code that the .ts files lack (checked by running lupdate on the code)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from handbook.i18n import LANGUAGES
from handbook.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _numbers(text: str) -> list[str]:
    """The numbers a reader sees (2, 4, ...), not the %1 placeholders; they must stay as they are."""
    return re.findall(r"\d+", PLACEHOLDER.sub("", text))


UI = ROOT / "handbook" / "ui"


def _entries(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def _code_strings(tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate not found next to python"
    out = tmp_path / "code.ts"
    subprocess.run(
        [lupdate, *sorted(str(p) for p in UI.glob("*.py")), "-ts", str(out)], check=True, capture_output=True
    )
    return {(context, source) for context, source, _ in _entries(out)}


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    return _code_strings(tmp_path_factory.mktemp("lupdate"))


#: How many plural forms Qt expects for each language (Qt Linguist's numerus rules).
NUMERUS_FORMS = {"en": 2, "es": 2, "zh": 1, "vi": 1, "ko": 1, "ar": 6}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang: str, code_strings: set[tuple[str, str]]) -> None:
    path = translations_dir() / f"handbook_{lang}.ts"
    entries = _entries(path)
    problems = []
    for context, source, message in entries:
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if message.get("numerus") == "yes":  # plural forms: each one is a whole translation
            texts = [form.text or "" for form in translation.findall("numerusform")]
            if len(texts) != NUMERUS_FORMS[lang]:
                problems.append(f"{context}: {source!r} has {len(texts)} plural forms, not {NUMERUS_FORMS[lang]}")
        else:
            texts = [translation.text or ""]
        for text in texts:
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{context}: {source!r} is {kind}")
            elif not text.strip():
                problems.append(f"{context}: {source!r} has no translation")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} loses a %-placeholder")
            elif not set(_numbers(source)) <= set(_numbers(text)):
                problems.append(f"{context}: {source!r} changes a number")
    assert problems == []
    listed = {(context, source) for context, source, _ in entries}
    assert code_strings - listed == set(), "strings in the code missing from the .ts (run lupdate)"
    assert listed - code_strings == set(), "strings in the .ts that the code no longer has"


def test_each_translation_is_built(tmp_path: Path) -> None:
    """The .qm files scripts/setup.sh builds load (a test of the build step, not of the text)."""
    from PySide6.QtCore import QTranslator

    for lang in LANGUAGES:
        translator = QTranslator()
        assert translator.load(f"handbook_{lang}", str(translations_dir())), f"handbook_{lang}.qm missing"
        assert not translator.isEmpty()
