"""The window's language: which one, and Qt's translators for it (issue 21).

Chosen, first to last: ``--language`` on the command line, Settings → Language (kept in
the data folder's settings.ini), else the system's languages as Qt knows them. English
is the language the code is written in: for it nothing is loaded at all, so a start in
English costs nothing. For another language two translators are installed before the
first window: PartnerDesk's own (.qm compiled from resources/translations) and Qt's
(``qtbase_LANG.qm``, shipped with PySide6) for the words of Qt's own dialogs.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from partnerdesk.core.dates import use_date_writer
from partnerdesk.core.translation import (
    SOURCE_LANGUAGE,
    current_language,
    language_setting,
    resolve_language,
    use_backend,
)
from partnerdesk.shipped_files import content_language as content_language
from partnerdesk.translation_files import compiled_translation

log = logging.getLogger(__name__)

# The translators stay installed (and referenced) for the whole run.
_installed: list[QTranslator] = []


def system_languages() -> list[str]:
    """The system's interface languages, most wanted first ("es", "en", ...)."""
    return [name.replace("-", "_").split("_")[0].lower() for name in QLocale.system().uiLanguages()]


def chosen_language(data_dir: Path | None, option: str | None = None) -> str:
    return resolve_language(option or language_setting(data_dir), system_languages())


def use_language(
    application: QCoreApplication, language: str, cache_dir: Path | None = None
) -> str:
    """Install the translators for ``language``; returns the language shown.

    ``cache_dir``: where a missing .qm is compiled (default: the user's cache folder).
    """
    if language == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    if _installed:  # a window reopened on other data: already in place
        return current_language()
    compiled = compiled_translation(language, cache_dir)
    ours = QTranslator(application)
    if compiled is None or not ours.load(str(compiled)):
        log.warning("no translation into %s could be loaded", language)
        return SOURCE_LANGUAGE
    qt_own = QTranslator(application)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(
        f"qtbase_{language}",
        folder,
    ):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    # Ours last: Qt asks the most recently installed translator first, so the few words
    # of Qt's own dialogs our .ts holds (ui/document_language.py) win over qtbase's.
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    # The commands' and services' messages, when shown in the window, through Qt too.
    use_backend(_qt_translate, language)
    # And the dates' month and weekday names: Qt's locale data is loaded already.
    use_date_writer(_qt_date)
    return language


def _qt_date(day: date, language: str, spelled_out: bool) -> str:
    """``day`` as ``language`` writes it: "4 dic 2026", or "viernes, 4 de diciembre de 2026"."""
    locale = QLocale(language)
    shown = QDate(day.year, day.month, day.day)
    if spelled_out:
        return locale.toString(shown, QLocale.FormatType.LongFormat)
    # The short form with the month's name, in the order English writes it ("4 Dec 2026").
    return locale.toString(shown, "d MMM yyyy")


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def remove_translators() -> None:
    """Back to English (tests that switched to another language)."""
    from partnerdesk.core.translation import english

    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    use_backend(english, SOURCE_LANGUAGE)
    use_date_writer(None)
