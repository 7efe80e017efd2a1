"""The kiosk configuration file: default language, idle times, where handouts go, the admin passphrase.

An INI file (``[kiosk]`` section), by default ``kiosk.ini`` in the user configuration folder, or the
file named by ``--kiosk-config`` or ``HANDBOOK_KIOSK_CONFIG``::

    [kiosk]
    default_language = es          ; en es zh vi ar ko
    idle_timeout = 120             ; seconds without a touch or key before "Are you still there?"
    reset_countdown = 20           ; seconds the countdown shows before the app resets
    printer = Front desk           ; printer name; empty: the system's default printer
    output_folder = /srv/handouts  ; if set, "Print" writes the PDF here instead of printing
    passphrase_hash = scrypt$...   ; set with `handbook kiosk-passphrase`; never the passphrase itself
    clinic = /etc/handbook/clinic.ini ; the clinic's details for handouts and the home page (docs/CLINIC.md)
    second_language = en           ; handouts side by side with English by default; "off": never bilingual

Every bad value is reported as ``path:line: message``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from handbook.config.ini import read_section
from handbook.errors import HandbookError
from handbook.i18n import DEFAULT_LANGUAGE, LANGUAGES
from handbook.records import record

SECTION = "kiosk"
DEFAULT_IDLE_TIMEOUT = 120
DEFAULT_RESET_COUNTDOWN = 20
_KEYS = (
    "default_language",
    "idle_timeout",
    "reset_countdown",
    "printer",
    "output_folder",
    "passphrase_hash",
    "clinic",
    "second_language",
)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSPHRASE = 6


class KioskConfigError(HandbookError):
    """The kiosk configuration has a bad value (message: ``path:line: what is wrong``)."""


@record
class KioskConfig:
    """The kiosk configuration file's settings (the defaults when there is no file)."""

    default_language: str = DEFAULT_LANGUAGE
    idle_timeout: int = DEFAULT_IDLE_TIMEOUT
    reset_countdown: int = DEFAULT_RESET_COUNTDOWN
    printer: str = ""
    output_folder: Path | None = None
    passphrase_hash: str = ""
    path: Path | None = None
    #: the clinic file (``handbook.config.clinic``), relative paths taken from this file's folder
    clinic: Path | None = None
    #: bilingual handouts: "" offered (none chosen), a language (offered, chosen), "off" (not offered)
    second_language: str = ""

    @property
    def offers_second_language(self) -> bool:
        return self.second_language != "off"

    @property
    def has_passphrase(self) -> bool:
        return bool(self.passphrase_hash)

    def unlocks(self, passphrase: str) -> bool:
        return bool(self.passphrase_hash) and verify_passphrase(passphrase, self.passphrase_hash)


def default_path() -> Path:
    override = os.environ.get("HANDBOOK_KIOSK_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("handbook", appauthor=False)) / "kiosk.ini"


def load(path: Path | None = None) -> KioskConfig:
    """Read the configuration; a missing file means the defaults (and no passphrase)."""
    path = path or default_path()
    if not path.exists():
        return KioskConfig(path=path)
    values, lines = read_section(path, SECTION, "kiosk configuration", KioskConfigError)

    def fail(key: str, message: str) -> KioskConfigError:
        return KioskConfigError(f"{path}:{lines.get(key, 1)}: {message}")

    for key in values:
        if key not in _KEYS:
            raise fail(key, f"unknown setting '{key}' (known: {', '.join(_KEYS)})")

    def seconds(key: str, default: int, low: int) -> int:
        raw = values.get(key, "").strip()
        if not raw:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise fail(key, f"{key} must be a whole number of seconds, not '{raw}'") from None
        if not low <= value <= 86_400:
            raise fail(key, f"{key} must be between {low} and 86400 seconds, not {value}")
        return value

    language = values.get("default_language", DEFAULT_LANGUAGE).strip() or DEFAULT_LANGUAGE
    if language not in LANGUAGES:
        raise fail("default_language", f"default_language '{language}' is not one of {', '.join(LANGUAGES)}")
    folder_raw = values.get("output_folder", "").strip()
    folder = Path(folder_raw).expanduser() if folder_raw else None
    if folder is not None and not folder.is_dir():
        raise fail("output_folder", f"output_folder '{folder}' does not exist or is not a folder")
    clinic_raw = values.get("clinic", "").strip()
    clinic = Path(clinic_raw).expanduser() if clinic_raw else None
    if clinic is not None and not clinic.is_absolute():
        clinic = path.parent / clinic
    if clinic is not None and not clinic.is_file():
        raise fail("clinic", f"clinic '{clinic}' does not exist or is not a file")
    second = values.get("second_language", "").strip().lower()
    if second not in ("", "off", *LANGUAGES):
        raise fail("second_language", f"second_language '{second}' is not off or one of {', '.join(LANGUAGES)}")
    digest = values.get("passphrase_hash", "").strip()
    if digest and not _well_formed(digest):
        raise fail("passphrase_hash", "passphrase_hash is damaged: set it again with `handbook kiosk-passphrase`")
    return KioskConfig(
        default_language=language,
        idle_timeout=seconds("idle_timeout", DEFAULT_IDLE_TIMEOUT, 1),
        reset_countdown=seconds("reset_countdown", DEFAULT_RESET_COUNTDOWN, 1),
        printer=values.get("printer", "").strip(),
        output_folder=folder,
        passphrase_hash=digest,
        path=path,
        clinic=clinic,
        second_language=second,
    )


def hash_passphrase(passphrase: str) -> str:
    """A salted scrypt hash: ``scrypt$n$r$p$salt$digest`` (base64)."""
    import base64
    import hashlib
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, **_SCRYPT, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${b64(salt).decode()}${b64(digest).decode()}"


def _well_formed(digest: str) -> bool:
    import base64

    parts = digest.split("$")
    if len(parts) != 6 or parts[0] != "scrypt" or not all(p.isdigit() for p in parts[1:4]):
        return False
    try:
        base64.b64decode(parts[4], validate=True)
        base64.b64decode(parts[5], validate=True)
    except ValueError:
        return False
    return True


def verify_passphrase(passphrase: str, digest: str) -> bool:
    import base64
    import hashlib
    import hmac

    if not _well_formed(digest):
        return False
    _, n, r, p, salt, expected = digest.split("$")
    actual = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(actual, base64.b64decode(expected))


def set_passphrase(passphrase: str, path: Path | None = None) -> Path:
    """Store the hash of ``passphrase`` in the configuration, keeping every other setting."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise KioskConfigError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    import configparser

    path = path or default_path()
    parser = configparser.ConfigParser(inline_comment_prefixes=(";", "#"), interpolation=None)
    if path.exists():
        load(path)  # refuse to rewrite a file that is already broken
        parser.read(path, encoding="utf-8")
    if not parser.has_section(SECTION):
        parser.add_section(SECTION)
    parser[SECTION]["passphrase_hash"] = hash_passphrase(passphrase)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            parser.write(handle)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as err:
        raise KioskConfigError(f"cannot write the kiosk configuration {path} ({err.strerror})") from None
    return path
