"""Bundled fonts for Qt: every file in resources/fonts is registered once, and each language gets
its font chain (``handbook.fonts.chain``) as a family list, so no script falls back to boxes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from handbook import fonts
from handbook.i18n import LANGUAGES
from handbook.resources import fonts_dir

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")

#: Point sizes: controls, and the reader's text at 100 % zoom.
UI_POINT_SIZE = 12.0
CONTENT_POINT_SIZE = 14.0

_registered: dict[Path, list[str]] = {}
#: each language's families, found once (asking Qt whether a family exists goes through fontconfig)
_families: dict[str, list[str]] = {}


def register_bundled_fonts(from_memory: bool = False) -> dict[Path, list[str]]:
    """Register every bundled font file with Qt (once per process); return the families of each.

    ``from_memory`` (the kiosk, which runs for weeks): Qt gets a copy of each file and opens every face
    on that one copy; from a file, FreeType maps the file again for each face it opens, and those
    mappings add up in the resident memory of a long-running process. Reading the copy costs a
    desktop start a little time (some 4.5 M instructions), so the desktop app registers the files."""
    if _registered:
        return _registered
    folder = fonts_dir()
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        if from_memory:
            font_id = QFontDatabase.addApplicationFontFromData(path.read_bytes())
        else:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        _registered[path.resolve()] = QFontDatabase.applicationFontFamilies(font_id)
    log.debug("registered fonts: %s", _registered)
    return _registered


def families(lang: str) -> list[str]:
    """The font families for ``lang``, best first: the names Qt gave the chain's files."""
    if lang in _families:
        return list(_families[lang])
    registered = register_bundled_fonts()
    out: list[str] = []
    for face in fonts.chain(lang):
        names = registered.get(Path(face.regular).resolve(), [])
        index = face.subfont_index
        chosen = names[index] if index < len(names) else (names[0] if names else face.family)
        for name in (chosen, face.family):
            # a name Qt gave a registered file exists; another is looked up (through fontconfig: slow)
            if name and name not in out and (name in names or QFontDatabase.hasFamily(name)):
                out.append(name)
                break
    _families[lang] = out
    return list(out)


def font(lang: str, point_size: float) -> QFont:
    """A font for ``lang`` at ``point_size``, falling back along the language's chain."""
    result = QFont()
    chain = families(lang)
    if chain:
        result.setFamilies(chain)
    result.setPointSizeF(point_size)
    return result


def language_css() -> str:
    """A style sheet giving each language's parts (class ``lang-<code>``, as ``markup`` writes a part
    in another language) that language's font families first."""
    rules = []
    for lang in LANGUAGES:
        chain = ", ".join(f'"{name}"' for name in families(lang))
        if chain:
            rules.append(f".lang-{lang} {{ font-family: {chain}; }}")
    return "\n".join(rules)
