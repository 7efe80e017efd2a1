"""The one place that knows whether the handbook runs from the source tree or a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "handbook"


def base_dir() -> Path:
    """The folder holding ``content/`` and ``resources/``: the bundle's ``_internal``, the installed
    package's ``_data`` (a wheel: see setup.py) or the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    package = Path(__file__).resolve().parent
    installed = package / "_data"
    if installed.is_dir():
        return installed
    return package.parent


def content_dir() -> Path:
    return base_dir() / "content"


def resources_dir() -> Path:
    return base_dir() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icon_file() -> Path:
    """The app's icon for its windows (the project's own design; the SVG source is beside it)."""
    return resources_dir() / "icons" / "handbook-256.png"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def shipped_index_dir() -> Path:
    """Where the prebuilt search index is shipped (read-only at run time)."""
    return resources_dir() / "index"


def user_cache_dir() -> Path:
    """Where a rebuilt index goes; ``HANDBOOK_CACHE_DIR`` overrides it (tests, kiosks)."""
    override = os.environ.get("HANDBOOK_CACHE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
