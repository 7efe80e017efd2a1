"""The one declared registry of the user's settings: each key, its default and how it is checked.

No Qt here: the desktop app stores these values through QSettings (``handbook/ui/prefs.py``), and
anything else may read the same registry. A stored value that is missing or invalid falls back to
the default, so a damaged settings file never stops the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

from handbook.i18n import DEFAULT_LANGUAGE, LANGUAGES
from handbook.records import record

log = logging.getLogger(__name__)

ZOOM_MIN: Final = 50
ZOOM_MAX: Final = 300
ZOOM_STEP: Final = 10
ZOOM_DEFAULT: Final = 100

THEMES: Final = ("calm", "high-contrast")


@record
class Setting:
    """One setting: its key in the store, its default and a function that checks a raw value."""

    key: str
    default: object
    parse: Callable[[object], object]
    description: str

    def coerce(self, raw: object) -> object:
        """``raw`` as a valid value, or the default if it is missing or invalid."""
        if raw is None:
            return self.default
        try:
            return self.parse(raw)
        except (TypeError, ValueError) as err:
            log.warning("setting %s: ignoring stored value %r (%s)", self.key, raw, err)
            return self.default


def _zoom(raw: object) -> int:
    value = int(str(raw).strip().rstrip("%"))
    if not ZOOM_MIN <= value <= ZOOM_MAX:
        raise ValueError(f"zoom must be {ZOOM_MIN} to {ZOOM_MAX}")
    return value


def _choice(choices: tuple[str, ...]) -> Callable[[object], object]:
    def parse(raw: object) -> str:
        value = str(raw)
        if value not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}")
        return value

    return parse


ZOOM: Final = Setting("view/zoom", ZOOM_DEFAULT, _zoom, "text size in percent")
THEME: Final = Setting("view/theme", THEMES[0], _choice(THEMES), "colour theme")
LANGUAGE: Final = Setting("language", DEFAULT_LANGUAGE, _choice(LANGUAGES), "language of the app and content")
MY_QUESTIONS: Final = Setting(
    "questions/mine", "", str, "the reader's ticked and own questions (JSON, see handbook.my_questions)"
)

#: Every setting, by key.
REGISTRY: Final[dict[str, Setting]] = {s.key: s for s in (ZOOM, THEME, LANGUAGE, MY_QUESTIONS)}


def clamp_zoom(value: int) -> int:
    """``value`` kept within the zoom range and on a step."""
    stepped = round(value / ZOOM_STEP) * ZOOM_STEP
    return max(ZOOM_MIN, min(ZOOM_MAX, stepped))


def defaults() -> dict[str, object]:
    return {key: setting.default for key, setting in REGISTRY.items()}
