"""The user's settings (``handbook.config.settings``'s registry) kept with QSettings.

Without a QSettings store (a screenshot run) the values live in memory and nothing is written.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings

from handbook.config import LANGUAGE, MY_QUESTIONS, REGISTRY, THEME, ZOOM, Setting, clamp_zoom
from handbook.my_questions import MyQuestions

log = logging.getLogger(__name__)

ORGANIZATION = "handbook"
APPLICATION = "handbook"


def user_store() -> QSettings:
    """The user's own settings file (an INI file in the platform's config folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class Prefs:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store
        self._memory: dict[str, object] = {}
        if store is not None:
            _warn_if_damaged(store)

    def _get(self, setting: Setting) -> object:
        raw = self._store.value(setting.key) if self._store is not None else self._memory.get(setting.key)
        return setting.coerce(raw)

    def _set(self, setting: Setting, value: object) -> None:
        value = setting.coerce(value)
        if self._store is not None:
            if self._store.contains(setting.key) and str(self._store.value(setting.key)) == str(value):
                return  # stored already (the window sets every setting as it starts): no write, no sync
            self._store.setValue(setting.key, value)
            self._store.sync()
        else:
            self._memory[setting.key] = value

    @property
    def zoom(self) -> int:
        return int(str(self._get(ZOOM)))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set(ZOOM, clamp_zoom(value))

    @property
    def theme(self) -> str:
        return str(self._get(THEME))

    @theme.setter
    def theme(self, value: str) -> None:
        self._set(THEME, value)

    @property
    def language(self) -> str:
        return str(self._get(LANGUAGE))

    @language.setter
    def language(self, value: str) -> None:
        self._set(LANGUAGE, value)

    @property
    def my_questions(self) -> MyQuestions:
        """The reader's questions: in the settings file at home; in memory only without a store
        (a kiosk, a screenshot)."""
        return MyQuestions.from_json(self._get(MY_QUESTIONS))

    @my_questions.setter
    def my_questions(self, value: MyQuestions) -> None:
        self._set(MY_QUESTIONS, value.to_json() if value else "")

    def stored(self) -> dict[str, object]:
        """Every registered setting's current value."""
        return {key: self._get(setting) for key, setting in REGISTRY.items()}


def _warn_if_damaged(store: QSettings) -> None:
    """Log a warning when the settings file is damaged; the defaults then stand in for what is lost.

    Qt reads many damaged files without an error, so besides ``status()`` this looks for entries the
    handbook never writes and for a file with content but no readable entry.
    """
    path = Path(store.fileName())
    if store.status() != QSettings.Status.NoError:
        reason = store.status().name
    elif unknown := [key for key in store.allKeys() if key not in REGISTRY]:
        reason = f"{len(unknown)} entries the handbook does not use"
    elif not store.allKeys() and _has_content(path):
        reason = "no readable entry"
    else:
        return
    log.warning("the settings file %s is damaged (%s): using the default settings", path, reason)


def _has_content(path: Path) -> bool:
    try:
        return path.is_file() and bool(path.read_bytes().strip())
    except OSError:
        return False
