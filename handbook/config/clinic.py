"""The clinic file: the clinic's own name, numbers and logo, for handouts, the home page and the
topics that show the clinic's contacts.

An INI file with a ``[clinic]`` section (see docs/CLINIC.md), given with ``--clinic FILE``, named by
``HANDBOOK_CLINIC``, named by ``clinic`` in the kiosk configuration, or ``clinic.ini`` in the user
configuration folder::

    [clinic]
    name = Riverside Cancer Centre        ; required
    phone = +1 555-010-2000               ; required: the clinic's number
    line = Urology clinic, 2nd floor      ; address or department
    logo = riverside.png                  ; PNG or SVG, at most 1 MB (relative to this file)
    emergency = 911                       ; the local emergency number
    after_hours = 555-010-2999            ; the number to call when the clinic is closed
    note_es = Hablamos español.           ; a local note in one language (note_en, note_ar, ...)

Every bad value is reported as ``path:line: message``; nothing is written before the file is good.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from handbook.config.ini import read_section
from handbook.errors import HandbookError
from handbook.i18n import LANGUAGES
from handbook.records import record

SECTION = "clinic"
_FIELDS = ("name", "phone", "line", "logo", "emergency", "after_hours")
_NOTES = tuple(f"note_{lang}" for lang in LANGUAGES)
_REQUIRED = ("name", "phone")
_LONGEST = {"name": 80, "line": 120, "note": 300}
_PHONE = re.compile(r"^\+?[0-9(][0-9 ().\-/]*[0-9]$")
#: A logo is printed about 4 cm wide: a larger file only slows the handout down.
MAX_LOGO_BYTES = 1_000_000
MAX_LOGO_PIXELS = 4096
MIN_LOGO_PIXELS = 16


class ClinicConfigError(HandbookError):
    """The clinic file has a bad value (message: ``path:line: what is wrong``)."""


@record
class Clinic:
    """The clinic's details as a handout and the app show them."""

    name: str
    phone: str
    line: str = ""
    logo: Path | None = None
    emergency: str = ""
    after_hours: str = ""
    #: (language, note) pairs
    notes: tuple[tuple[str, str], ...] = ()
    path: Path | None = None

    def note(self, lang: str) -> str:
        """The clinic's note for readers of ``lang`` ("" if it has none)."""
        return dict(self.notes).get(lang, "")

    def numbers(self) -> tuple[tuple[str, str], ...]:
        """(ui.yaml key of the label, number) of each number the clinic gave, in the order shown."""
        found = (("phone", self.phone), ("emergency", self.emergency), ("after_hours", self.after_hours))
        return tuple((key, number) for key, number in found if number)


def default_path() -> Path:
    """``HANDBOOK_CLINIC`` if set, else ``clinic.ini`` in the user configuration folder."""
    override = os.environ.get("HANDBOOK_CLINIC")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("handbook", appauthor=False)) / "clinic.ini"


def find(path: Path | None = None) -> Clinic | None:
    """The clinic file ``path``, else the default one if there is one; None when there is none."""
    if path is not None:
        return load(path)
    default = default_path()
    return load(default) if default.exists() else None


def load(path: Path) -> Clinic:
    """Read and check a clinic file (``ClinicConfigError`` with ``path:line: message``)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ClinicConfigError(f"{path}:1: there is no clinic file here")
    values, lines = read_section(path, SECTION, "clinic file", ClinicConfigError)

    def fail(key: str, message: str) -> ClinicConfigError:
        return ClinicConfigError(f"{path}:{lines.get(key, 1)}: {message}")

    for key in values:
        if key not in _FIELDS and key not in _NOTES:
            raise fail(key, f"unknown setting '{key}' (known: {', '.join(_FIELDS)}, note_<language>)")
    got = {key: " ".join(values.get(key, "").split()) for key in (*_FIELDS, *_NOTES)}
    for key in _REQUIRED:
        if not got[key]:
            raise fail(key, f"{key} is missing: the clinic file must give the clinic's {key}")
    for key in ("name", "line", *_NOTES):
        limit = _LONGEST["note" if key.startswith("note_") else key]
        if len(got[key]) > limit:
            raise fail(key, f"{key} is too long ({len(got[key])} characters; at most {limit})")
        if any(not c.isprintable() for c in got[key]):
            raise fail(key, f"{key} has a control character")
    for key in ("phone", "emergency", "after_hours"):
        number = got[key]
        digits = sum(c.isdigit() for c in number)
        if number and (not _PHONE.match(number) or not 2 <= digits <= 20):
            raise fail(key, f"{key} '{number}' is not a phone number (digits, spaces, + - . / and brackets)")
    logo = _logo(path, got["logo"], fail) if got["logo"] else None
    return Clinic(
        name=got["name"],
        phone=got["phone"],
        line=got["line"],
        logo=logo,
        emergency=got["emergency"],
        after_hours=got["after_hours"],
        notes=tuple((key.removeprefix("note_"), got[key]) for key in _NOTES if got[key]),
        path=path,
    )


def _logo(clinic_file: Path, raw: str, fail: object) -> Path:
    """The logo's path, checked: a PNG or SVG file that can be read, not too big."""
    assert callable(fail)
    logo = Path(raw).expanduser()
    if not logo.is_absolute():
        logo = clinic_file.parent / logo
    if not logo.is_file():
        raise fail("logo", f"logo '{logo}' does not exist or is not a file")
    size = logo.stat().st_size
    if size > MAX_LOGO_BYTES:
        raise fail("logo", f"logo '{logo}' is too big ({size:,} bytes; at most {MAX_LOGO_BYTES:,})")
    head = logo.read_bytes()[:512]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        problem = _png_problem(logo)
    elif logo.suffix.lower() == ".svg" or b"<svg" in head:
        problem = _svg_problem(logo)
    else:
        problem = "is not a PNG or SVG image"
    if problem:
        raise fail("logo", f"logo '{logo}' {problem}")
    return logo


def _png_problem(logo: Path) -> str:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(logo) as image:
            width, height = image.size
            image.verify()
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError):
        return "is a damaged PNG image"
    if max(width, height) > MAX_LOGO_PIXELS:
        return f"is too large ({width}×{height} pixels; at most {MAX_LOGO_PIXELS} on a side)"
    if min(width, height) < MIN_LOGO_PIXELS:
        return f"is too small ({width}×{height} pixels; at least {MIN_LOGO_PIXELS} on a side)"
    return ""


def _svg_problem(logo: Path) -> str:
    from handbook.config.logo import svg_drawing

    drawing = svg_drawing(logo)
    if drawing is None:
        return "is not an SVG image that can be read"
    if not (drawing.width > 0 and drawing.height > 0):
        return "has no size (give the SVG a width and height or a viewBox)"
    return ""
