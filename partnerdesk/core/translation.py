"""The interface's language for code that must not know Qt: the commands, the refusals.

The window translates through Qt (``self.tr``, ``QCoreApplication.translate``, a .qm file
built from ``resources/translations/partnerdesk_LANG.ts``). The commands may not import
Qt (pyproject.toml's contracts) and must start quickly, so they read the same .ts file
themselves with ElementTree. Both sides call the functions here; the window, once it has
loaded its translators, makes them answer through Qt (``use_backend``), so one message
has one translation wherever it is shown.

How to write a message so that ``pyside6-lupdate`` finds it (scripts/translations.py
runs it over the sources):

- ``translate("Context", "Saved {title}.").format(title=title)``: any function called
  ``translate`` whose first two arguments are string literals is extracted.
- Plural forms: ``Commands.tr("%n contact(s) exported.", "", count)``, where
  ``Commands = Messages("Commands")``. lupdate's Python parser takes a plain identifier
  as the fourth argument of ``translate(...)`` for a (long gone) text encoding, so a
  count there is never seen as a plural; with ``tr`` it is, and the context is the name
  before ``.tr``. The variable is therefore named exactly like its context (a test checks).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from partnerdesk.shipped_files import resource

SOURCE_LANGUAGE = "en"
# Each language by its own name, as a person looking for it would recognize it.
LANGUAGE_NAMES: Mapping[str, str] = {"en": "English", "es": "Español"}
# "system": follow the system's language (the default).
FOLLOW_SYSTEM = "system"
LANGUAGE_CHOICES = (FOLLOW_SYSTEM, *LANGUAGE_NAMES)
# Where the choice is kept: the data folder's settings.ini (ui/window_state.py), which a
# command reads here without Qt.
SETTINGS_FILE = "settings.ini"
SETTINGS_SECTION = "interface"
SETTINGS_KEY = "language"

# (context, source text, disambiguation, n) -> the text in the reader's language.
Backend = Callable[[str, str, "str | None", int], str]


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with %n filled in as Qt would (%Ln with thousands marked)."""
    return fill_count(text, n)


def fill_count(text: str, n: int) -> str:
    """%n as the number, %Ln as the number with its thousands marked, as Qt does."""
    if n < 0:
        return text
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


_backend: Backend = english
_language = SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (a message of ``context``) in the language chosen for this run."""
    return _backend(context, text, disambiguation, n)


class Messages:
    """The messages of one context, for plural forms: ``Commands.tr("%n …", "", n)``.

    English is the source language, so nothing is loaded for it: its plural forms are
    the source's "(s)" resolved here ("1 day", "2 days"), as they are for a message not
    translated yet.
    """

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return english_plural(_backend(self.context, text, disambiguation, n), n)


# Plural forms English does not make with an "s".
_IRREGULAR = {"person(s)": ("person", "people"), "entry(s)": ("entry", "entries")}


def english_plural(text: str, n: int) -> str:
    """ "%n day(s)" as English says it for ``n``: "1 day", "3 days"."""
    if "(s)" not in text or n < 0:
        return text
    for word, (one, many) in _IRREGULAR.items():
        text = text.replace(word, one if n == 1 else many)
    return text.replace("(s)", "" if n == 1 else "s")


def current_language() -> str:
    return _language


def use_backend(backend: Backend, language: str) -> None:
    """Translate through ``backend`` from now on (the window passes Qt's)."""
    global _backend, _language
    _backend = backend
    _language = language


def use_language(language: str) -> str:
    """Translate the commands' messages into ``language`` from the shipped .ts file.

    Returns the language used: English when there is no translation for ``language``.
    """
    if language == SOURCE_LANGUAGE or language not in LANGUAGE_NAMES:
        use_backend(english, SOURCE_LANGUAGE)
        return SOURCE_LANGUAGE
    catalog = Catalog.read(translation_source(language), language)
    use_backend(catalog.translate, language)
    return language


def translation_source(language: str) -> Path:
    """The .ts file a translator fills in (lupdate writes it, lrelease compiles it)."""
    return resource("translations", f"partnerdesk_{language}.ts")


def plural_form(language: str, n: int) -> int:
    """Which of a message's plural forms ``n`` takes, in Qt's order for ``language``.

    Spanish, like English, has one form for exactly one and another for every other
    number (CLDR also has a third for large round numbers, which Qt does not use).
    """
    if language == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


class Catalog:
    """The finished translations of one .ts file, looked up as Qt's translator does."""

    def __init__(self, language: str, messages: dict[tuple[str, str, str], str | list[str]]):
        self.language = language
        self.messages = messages

    @classmethod
    def read(cls, path: Path, language: str) -> Catalog:
        # Imported here: only a command run in another language reads a .ts.
        import xml.etree.ElementTree as ElementTree

        messages: dict[tuple[str, str, str], str | list[str]] = {}
        try:
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError):
            # No translation shipped (or a damaged one): the commands speak English.
            return cls(language, messages)
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in (
                    "unfinished",
                    "obsolete",
                    "vanished",
                ):
                    continue
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                if message.get("numerus") == "yes":
                    forms = [form.text or "" for form in translation.iter("numerusform")]
                    if forms and all(forms):
                        messages[key] = forms
                elif translation.text:
                    messages[key] = translation.text
        return cls(language, messages)

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self.messages.get((context, text, disambiguation or ""))
        if found is None:
            return english(context, text, disambiguation, n)
        if isinstance(found, list):
            index = min(plural_form(self.language, n), len(found) - 1)
            found = found[index]
        return fill_count(found, n)


def language_setting(data_dir: Path | None) -> str:
    """The language chosen in Settings → Language: "system", "en", "es", ...

    Read without Qt from the settings file Qt writes (INI, one ``[interface]`` section);
    anything unreadable is the default, following the system.
    """
    if data_dir is None:
        return FOLLOW_SYSTEM
    try:
        text = (data_dir / SETTINGS_FILE).read_text(encoding="utf-8", errors="replace")
    except OSError:  # none yet (a first start), or unreadable: the default
        return FOLLOW_SYSTEM
    # Qt writes "[interface]" then "language=es"; a line scan needs no INI parser at start.
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == SETTINGS_SECTION and line.partition("=")[0].strip() == SETTINGS_KEY:
            value = line.partition("=")[2].strip().strip('"')
            return value if value in LANGUAGE_CHOICES else FOLLOW_SYSTEM
    return FOLLOW_SYSTEM


def system_languages() -> list[str]:
    """The system's preferred languages, most wanted first, as the environment says
    (the window asks Qt, which also knows Windows' and macOS' own settings)."""
    found: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            found.extend(part for part in value.split(":") if part)
            break
    if not found:
        import locale

        name = locale.getlocale()[0]
        if name:
            found.append(name)
    return [part.replace("-", "_").split("_")[0].split(".")[0].lower() for part in found]


def resolve_language(chosen: str | None, preferred: list[str]) -> str:
    """The language to show: ``chosen`` ("system" or a code), else the first of the
    system's ``preferred`` languages PartnerDesk has; English when none is."""
    if chosen and chosen != FOLLOW_SYSTEM:
        return chosen if chosen in LANGUAGE_NAMES else SOURCE_LANGUAGE
    for language in preferred:
        if language in ("c", "posix"):
            return SOURCE_LANGUAGE
        if language in LANGUAGE_NAMES:
            return language
    return SOURCE_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Marks ``text`` for lupdate where it cannot be translated yet (a table made at import);
    ``translate(context, text)`` where it is shown."""
    return text
