"""The kiosk configuration: defaults, every bad value named with its line, the hashed passphrase."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from handbook.config import KioskConfigError
from handbook.config import kiosk as kiosk_config


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "kiosk.ini"
    path.write_text(body, encoding="utf-8")
    return path


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = kiosk_config.load(tmp_path / "none.ini")
    assert (config.default_language, config.idle_timeout, config.reset_countdown) == ("en", 120, 20)
    assert not config.has_passphrase


def test_values_are_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"[kiosk]\ndefault_language = ar\nidle_timeout = 60 ; a minute\nreset_countdown = 25\n"
        f"printer = Front desk\noutput_folder = {tmp_path}\n",
    )
    config = kiosk_config.load(path)
    assert config.default_language == "ar"
    assert (config.idle_timeout, config.reset_countdown) == (60, 25)
    assert config.printer == "Front desk"
    assert config.output_folder == tmp_path


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("[kiosk]\nidle_timeout = soon\n", 2, "whole number"),
        ("[kiosk]\n\nreset_countdown = -5\n", 3, "between 1 and 86400"),
        ("[kiosk]\ndefault_language = fr\n", 2, "'fr' is not one of"),
        ("[kiosk]\noutput_folder = /no/such/folder\n", 2, "does not exist"),
        ("[kiosk]\ncolour = red\n", 2, "unknown setting 'colour'"),
        ("[kiosk]\npassphrase_hash = hunter2\n", 2, "damaged"),
        ("[other]\nx = 1\n", 1, "no [kiosk] section"),
        ("idle_timeout = 5\n", 1, "not a valid INI"),
    ],
)
def test_bad_values_give_clear_errors(tmp_path: Path, body: str, line: int, words: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(KioskConfigError) as caught:
        kiosk_config.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: ")
    assert words in message


def test_passphrase_is_stored_hashed_and_unlocks(tmp_path: Path) -> None:
    path = write(tmp_path, "[kiosk]\nidle_timeout = 90\n")
    kiosk_config.set_passphrase("open sesame", path)
    text = path.read_text(encoding="utf-8")
    assert "open sesame" not in text
    assert "idle_timeout = 90" in text
    config = kiosk_config.load(path)
    assert config.unlocks("open sesame")
    assert not config.unlocks("open sesame ")
    assert not config.unlocks("")
    assert path.stat().st_mode & 0o077 == 0


def test_two_hashes_of_one_passphrase_differ() -> None:
    assert kiosk_config.hash_passphrase("same words") != kiosk_config.hash_passphrase("same words")


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(KioskConfigError, match="at least"):
        kiosk_config.set_passphrase("abc", tmp_path / "k.ini")


@pytest.mark.parametrize(
    "typed",
    [b"caf\xe9 front desk\n", b"\xff\xfe\x00p\x00a\x00s\x00s\n", b"front desk \xc3\n"],
    ids=["latin-1", "utf-16", "cut short"],
)
def test_a_passphrase_that_is_not_utf8_is_one_clear_line(tmp_path: Path, typed: bytes) -> None:
    config = tmp_path / "kiosk.ini"
    done = subprocess.run(
        [sys.executable, "-m", "handbook", "kiosk-passphrase", "--kiosk-config", str(config)],
        input=typed,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "handbook: the passphrase is not UTF-8 text (set the terminal or the script to UTF-8, or use plain "
        "letters and digits); nothing was changed\n"
    )
    assert not config.exists()


def test_a_utf8_passphrase_from_a_script_is_stored(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.ini"
    done = subprocess.run(
        [sys.executable, "-m", "handbook", "kiosk-passphrase", "--kiosk-config", str(config)],
        input="contraseña de recepción\r\n".encode(),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert kiosk_config.load(config).unlocks("contraseña de recepción")
