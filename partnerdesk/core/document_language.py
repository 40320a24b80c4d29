"""The language a document is written in, chosen per export and independent of the screen's.

A Spanish-speaking coordinator may send the hospital an English MOU and print the questions
in Spanish for a community meeting. The words of a document come from data per language
(``resources/document_words.yaml``, ``resources/es/document_words.yaml``, same keys), its
dates and numbers from the language's locale (Babel).

The document's words are read deep inside core (a section's title, a date, the sentence a
choice becomes), so the language is set once around one export, as a locale would be
(``writing_in``), rather than passed through every function on the way. It is a context
variable: an export on the database worker does not change what another thread writes.

YAML and Babel are imported only when a document is written: start-up pays for neither.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from enum import StrEnum
from functools import cache

from partnerdesk.shipped_files import SOURCE_LANGUAGE, resource_in

ENGLISH = SOURCE_LANGUAGE
SPANISH = "es"
# The languages a document can be written in, each named in its own language (a person
# looking for their language finds it whatever the screen's).
DOCUMENT_LANGUAGES: dict[str, str] = {ENGLISH: "English", SPANISH: "Español"}
WORDS_FILE = "document_words.yaml"

_language: ContextVar[str] = ContextVar("document_language", default=ENGLISH)


class DocumentWordsError(ValueError):
    """A document-words file cannot be used; the message says which and why."""


def document_language() -> str:
    """The language of the document being written ("en" outside any export)."""
    return _language.get()


def known_language(language: str) -> str:
    """``language`` if documents can be written in it; a ValueError in plain words if not."""
    if language not in DOCUMENT_LANGUAGES:
        choices = ", ".join(DOCUMENT_LANGUAGES)
        raise ValueError(f"Documents can be written in these languages: {choices}.")
    return language


@contextmanager
def writing_in(language: str) -> Iterator[None]:
    """Write the documents made inside this block in ``language``."""
    token = _language.set(known_language(language))
    try:
        yield
    finally:
        _language.reset(token)


Words = dict[str, "str | dict[str, str]"]


@cache
def document_words(language: str) -> Words:
    """The fixed words of the documents in ``language``: {key: text}, or {key: {"one": ...,
    "other": ...}} for words that change with a count."""
    import yaml

    path = resource_in(language, WORDS_FILE)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DocumentWordsError(f"{path.name} ({language}) cannot be read: {error}") from error
    if not isinstance(raw, dict):
        raise DocumentWordsError(f"{path.name} ({language}) should be a list of key: text.")
    words: Words = {}
    for key, value in raw.items():
        if isinstance(value, str):
            words[str(key)] = value
        elif isinstance(value, dict) and set(value) == {"one", "other"}:
            words[str(key)] = {form: str(text) for form, text in value.items()}
        else:
            raise DocumentWordsError(
                f"{path.name} ({language}): “{key}” should be text, or one: and other: forms."
            )
    return words


def say(key: str, **values: object) -> str:
    """The document's words for ``key`` in the current document language, with ``values``
    put in their {places}."""
    text = document_words(document_language())[key]
    if not isinstance(text, str):
        raise KeyError(f"{key} changes with a count: use say_count")
    return text.format(**values) if values else text


def say_count(key: str, count: int, **values: object) -> str:
    """The words for ``key`` that fit ``count`` ("1 open point", "2 open points"); the
    count is in {count}, written as the language writes numbers."""
    forms = document_words(document_language())[key]
    if isinstance(forms, str):
        raise KeyError(f"{key} does not change with a count: use say")
    # English and Spanish both use "one" for exactly 1 (CLDR), "other" for the rest.
    form = forms["one"] if count == 1 else forms["other"]
    return form.format(count=document_number(count), **values)


def _locale_name(language: str) -> str:
    # Spanish as written in the United States, where PartnerDesk's users are.
    return "es_US" if language == SPANISH else language


def document_number(number: int | float) -> str:
    """A number as the document's language writes it (1,500 in English, 1500 or 1.500 in
    Spanish)."""
    if isinstance(number, int) and abs(number) < 1000:
        return str(number)  # the same in every language: no need for Babel
    from babel.numbers import format_decimal

    return str(format_decimal(number, locale=_locale_name(document_language())))


def spelled_date(day: date, language: str, english_territory: str = "US") -> str:
    """``day`` spelled out in ``language``: "December 4, 2026", "4 December 2026" (English
    outside the countries that put the month first), "4 de diciembre de 2026"."""
    from babel.dates import format_date

    if language == ENGLISH:
        locale = "en_US" if english_territory == "US" else "en_001"
    else:
        locale = _locale_name(language)
    return str(format_date(day, format="long", locale=locale))


def chart_date(day: date, language: str) -> str:
    """A date on a chart and in its words, as the window's tables write it ("14 Apr 2026";
    "14 abr 2026"), so the picture, its description and the screen agree."""
    from partnerdesk.core.dates import friendly_date

    return friendly_date(day, language)


def choice_words(choice: StrEnum) -> str:
    """A chosen value (a stage, a decision, a rating) as the document's language names it:
    in English the screens' own label, else the document words "choice.KIND.VALUE"."""
    if document_language() == ENGLISH:
        # The English label whatever the screen's language.
        label = getattr(choice, "english_label", None)
        return str(label) if label is not None else str(choice.value)
    return say(f"choice.{type(choice).__name__}.{choice.value}")
