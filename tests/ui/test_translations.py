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


# ----------------------------------------------------------------------------- the core words (ui.yaml)

BRACED = re.compile(r"\{\w+\}")
#: Placeholders a language may use where English needs none ("第 {n} 页", "{n}쪽"; English "Page 3").
MAY_PLACE = {"page": {"{n}"}}


def _flat(data: dict[str, object], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out |= _flat(value, f"{prefix}{key}.")
        else:
            out[f"{prefix}{key}"] = str(value)
    return out


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_every_core_string_is_translated(lang: str) -> None:
    """content/<lang>/ui.yaml has every key English has, with the same {placeholders}: a missing one
    would print English on that language's handouts (Handbook.ui fills gaps with English)."""
    from handbook import content

    handbook = content.load_cached()
    english, own = _flat(handbook.pack("en").ui), _flat(handbook.pack(lang).ui)
    problems = [f"{key}: missing" for key in english if not own.get(key, "").strip()]
    for key, text in english.items():
        want, have = set(BRACED.findall(text)), set(BRACED.findall(own.get(key, "")))
        if own.get(key) and not want <= have <= want | MAY_PLACE.get(key, set()):
            problems.append(f"{key}: {sorted(have)} for {sorted(want)}")
    assert problems == []


def _translations(lang: str) -> dict[str, set[str]]:
    """Each English source of the app's .ts file, and how ``lang`` translates it (in any context)."""
    out: dict[str, set[str]] = {}
    for _context, source, message in _entries(translations_dir() / f"handbook_{lang}.ts"):
        translation = message.find("translation")
        assert translation is not None
        out.setdefault(source, set()).add(translation.text or "")
    return out


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_the_core_strings_say_what_the_app_says(lang: str) -> None:
    """Where the CLI or a handout says what the app also says ("Words explained", "Did you mean: …?"),
    each language says it in the same words: ui.yaml ({words}) and the .ts file (%1) agree."""
    from handbook import content

    handbook = content.load_cached()
    english, own = _flat(handbook.pack("en").ui), _flat(handbook.pack(lang).ui)
    app_en, app = _translations("en"), _translations(lang)
    shared = {key: BRACED.sub("%1", text) for key, text in english.items() if BRACED.sub("%1", text) in app_en}
    assert {"search_did_you_mean", "search_not_covered", "search_words_explained"} <= set(shared)
    differ = {
        key: (own.get(key), sorted(app[source]))
        for key, source in shared.items()
        if BRACED.sub("%1", own.get(key, "")) not in app[source]
    }
    assert differ == {}


# ----------------------------------------------------------------------------- keyboard mnemonics

MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_clashes(texts: list[str]) -> list[str]:
    """Texts that give the same Alt+key in one place (a menu, or a window's buttons and menu titles)."""
    by_key: dict[str, list[str]] = {}
    for text in texts:
        key = _mnemonic(text)
        if key:
            by_key.setdefault(key, []).append(text)
    return [f"Alt+{key.upper()}: {' / '.join(same)}" for key, same in by_key.items() if len(same) > 1]


def _alt_keys(top: object) -> list[str]:
    """The texts whose & makes an Alt shortcut in a window or dialog: shown buttons, labels with a
    buddy, the menu bar's titles (the entries of a menu only count inside that menu)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QWidget

    assert isinstance(top, QWidget)
    texts = [b.text() for b in top.findChildren(QAbstractButton) if b.isVisibleTo(top)]
    texts += [
        label.text() for label in top.findChildren(QLabel) if label.buddy() is not None and label.isVisibleTo(top)
    ]
    for bar in top.findChildren(QMenuBar):
        texts += [action.text() for action in bar.actions() if action.isVisible()]
    return texts


def test_a_mnemonic_clash_is_found() -> None:
    assert mnemonic_clashes(["&Atrás", "&Alto contraste", "Fish && &chips", "&Cerrar"]) == [
        "Alt+A: &Atrás / &Alto contraste",
        "Alt+C: Fish && &chips / &Cerrar",
    ]
    assert mnemonic_clashes(["&Back", "H&ome", "Fish && chips", "&Find"]) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_two_commands_share_an_alt_key(make_window: object, lang: str) -> None:
    """In each menu, in the main window (buttons, find bar, menu titles) and in each dialog, every
    translated &-mnemonic is a different key."""
    from handbook.ui.main_window import MainWindow

    assert callable(make_window)
    window = make_window(lang)
    assert isinstance(window, MainWindow)
    places: dict[str, list[str]] = {}
    for menu in window.menus:
        places[f"menu {menu.title()}"] = [action.text() for action in menu.actions() if not action.isSeparator()]
    window.find_bar.open_bar()
    places["window"] = _alt_keys(window)
    window.find_bar.close_bar()
    dialog = window.open_export_dialog()
    places["handout dialog"] = _alt_keys(dialog)
    dialog.reject()
    questions = window.open_my_questions()
    places["my questions"] = _alt_keys(questions)
    questions.close()
    assert sum(map(len, places.values())) > 20
    clashes = {where: found for where, texts in places.items() if (found := mnemonic_clashes(texts))}
    assert clashes == {}
