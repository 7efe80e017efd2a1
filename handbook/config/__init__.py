"""Configuration: the reader's settings (one declared registry) and the kiosk's configuration file.

- settings: :data:`REGISTRY` of :class:`Setting`\\ s (:data:`ZOOM`, :data:`THEME`, :data:`LANGUAGE`),
  with their checks (:func:`clamp_zoom`); the UI keeps them with QSettings;
- kiosk: :class:`KioskConfig` read by :func:`load_kiosk_config` (errors as ``path:line: message``,
  :class:`KioskConfigError`), the admin passphrase (:func:`set_passphrase`, :func:`verify_passphrase`);
- clinic: the clinic's own details, :class:`Clinic`, read by :func:`load_clinic` (or :func:`find_clinic`:
  the given file, else the default one if present), errors as :class:`ClinicConfigError`;
  :func:`svg_drawing` reads an SVG logo for ReportLab.
"""

from __future__ import annotations

from handbook.config.clinic import MAX_LOGO_BYTES, Clinic, ClinicConfigError
from handbook.config.clinic import default_path as clinic_path
from handbook.config.clinic import find as find_clinic
from handbook.config.clinic import load as load_clinic
from handbook.config.kiosk import (
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_RESET_COUNTDOWN,
    MIN_PASSPHRASE,
    KioskConfig,
    KioskConfigError,
    hash_passphrase,
    set_passphrase,
    verify_passphrase,
)
from handbook.config.kiosk import default_path as kiosk_config_path
from handbook.config.kiosk import load as load_kiosk_config
from handbook.config.logo import svg_drawing
from handbook.config.settings import (
    LANGUAGE,
    MY_QUESTIONS,
    REGISTRY,
    THEME,
    THEMES,
    ZOOM,
    ZOOM_DEFAULT,
    ZOOM_MAX,
    ZOOM_MIN,
    ZOOM_STEP,
    Setting,
    clamp_zoom,
)

__all__ = [
    "DEFAULT_IDLE_TIMEOUT",
    "DEFAULT_RESET_COUNTDOWN",
    "LANGUAGE",
    "MAX_LOGO_BYTES",
    "MIN_PASSPHRASE",
    "MY_QUESTIONS",
    "REGISTRY",
    "THEME",
    "THEMES",
    "ZOOM",
    "ZOOM_DEFAULT",
    "ZOOM_MAX",
    "ZOOM_MIN",
    "ZOOM_STEP",
    "Clinic",
    "ClinicConfigError",
    "KioskConfig",
    "KioskConfigError",
    "Setting",
    "clamp_zoom",
    "clinic_path",
    "find_clinic",
    "hash_passphrase",
    "kiosk_config_path",
    "load_clinic",
    "load_kiosk_config",
    "set_passphrase",
    "svg_drawing",
    "verify_passphrase",
]
