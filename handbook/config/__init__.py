"""Configuration: the reader's settings (one declared registry) and the kiosk's configuration file.

- settings: :data:`REGISTRY` of :class:`Setting`\\ s (:data:`ZOOM`, :data:`THEME`, :data:`LANGUAGE`),
  with their checks (:func:`clamp_zoom`); the UI keeps them with QSettings;
- kiosk: :class:`KioskConfig` read by :func:`load_kiosk_config` (errors as ``path:line: message``,
  :class:`KioskConfigError`), the admin passphrase (:func:`set_passphrase`, :func:`verify_passphrase`).
"""

from __future__ import annotations

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
from handbook.config.settings import (
    LANGUAGE,
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
    "MIN_PASSPHRASE",
    "REGISTRY",
    "THEME",
    "THEMES",
    "ZOOM",
    "ZOOM_DEFAULT",
    "ZOOM_MAX",
    "ZOOM_MIN",
    "ZOOM_STEP",
    "KioskConfig",
    "KioskConfigError",
    "Setting",
    "clamp_zoom",
    "hash_passphrase",
    "kiosk_config_path",
    "load_kiosk_config",
    "set_passphrase",
    "verify_passphrase",
]
