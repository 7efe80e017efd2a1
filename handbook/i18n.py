"""The languages of the handbook and facts about each one (no translations live here)."""

from __future__ import annotations

from typing import Final

from handbook.errors import NotFoundError

LANGUAGES: Final = ("en", "es", "zh", "vi", "ar", "ko")
DEFAULT_LANGUAGE: Final = "en"
RTL_LANGUAGES: Final = frozenset({"ar"})

#: Each language's name for itself: shown on language buttons, so a reader finds their own.
NATIVE_NAMES: Final = {
    "en": "English",
    "es": "Español",
    "zh": "简体中文",
    "vi": "Tiếng Việt",
    "ar": "العربية",
    "ko": "한국어",
}

#: BCP 47 tags used for PDF ``/Lang`` and Qt locales.
LOCALE_TAGS: Final = {"en": "en-US", "es": "es", "zh": "zh-Hans", "vi": "vi", "ar": "ar", "ko": "ko"}


def check_language(lang: str) -> str:
    """Return ``lang`` if it is one of the handbook's languages, else raise a clear error."""
    if lang not in LANGUAGES:
        raise NotFoundError(f"unknown language '{lang}': choose one of {', '.join(LANGUAGES)}")
    return lang


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES
