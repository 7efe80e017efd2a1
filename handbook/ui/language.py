"""Switching the app's language while it runs: Qt translators, locale, layout direction and font.

Installing a translator sends every widget a LanguageChange event; each widget's ``changeEvent``
then calls its ``retranslate_ui``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from handbook.i18n import LOCALE_TAGS, check_language, is_rtl
from handbook.resources import translations_dir
from handbook.ui import typeface

log = logging.getLogger(__name__)

#: Qt's own translation file names, where they differ from the handbook's language code.
QT_NAMES = {"zh": "zh_CN"}


class Translations:
    """The translators installed for the current language."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.lang = ""
        #: languages whose UI translation file could not be loaded (said once in the log)
        self.missing: set[str] = set()

    def remove(self) -> None:
        """Take this object's translators out of the app (and free them: each holds a loaded file)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def apply(self, lang: str) -> None:
        check_language(lang)
        self.remove()
        own = QTranslator()  # no parent: freed when taken out
        if own.load(f"handbook_{lang}", str(translations_dir())):
            self._installed.append(own)
        elif lang != "en" and lang not in self.missing:
            self.missing.add(lang)
            log.warning(
                "the UI translation for %s (handbook_%s.qm) is missing in %s: the buttons and menus show in English "
                "(build it with scripts/setup.sh)",
                lang,
                lang,
                translations_dir(),
            )
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator()  # no parent: freed when taken out
        if lang != "en" and qt_own.load(f"qtbase_{QT_NAMES.get(lang, lang)}", qt_folder):
            self._installed.append(qt_own)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(LOCALE_TAGS[lang].replace("-", "_")))
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)
        self._app.setFont(typeface.font(lang, typeface.UI_POINT_SIZE))
        # Qt posts LanguageChange to every window: deliver it now, so the switch is done on return.
        for window in QGuiApplication.topLevelWindows():
            QCoreApplication.sendPostedEvents(window, QEvent.Type.LanguageChange)
        self.lang = lang
        log.debug("language %s: %d translator(s)", lang, len(self._installed))
