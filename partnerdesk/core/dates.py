"""Dates as people read and write them.

``read_date`` understands the usual ways people write a date (2027-09-30, 9/30/2027,
30 Sep 2027, September 30, 2027, today), and the same in Spanish (30 sept 2027, 30 de
septiembre de 2027, hoy); the date field in the window shows back what it understood with
``long_date``. A hand-written reader is a few dozen lines, where a locale library would
still need the same rules for two-digit years and the order of day and month; it reads
both languages whatever the screen's, so a date typed (or shown) in one still reads after
switching.

``friendly_date`` and ``long_date`` write a date in the screen's language (issue 21):
English by hand, as ever; another language as the Unicode locale data writes it, through
the window's Qt (``use_date_writer``: already loaded, so showing the Today page in Spanish
costs nothing) or, for the commands, through Babel (imported only then).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from partnerdesk.core.translation import SOURCE_LANGUAGE, current_language, translate

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Spanish, as a date shown in Spanish writes them (without accents: they are taken off
# before reading). "setiembre" is how part of Latin America writes September.
_SPANISH_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_SPANISH_WEEKDAYS = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")

# "sep", "sept" and "september" all name September; any start of three letters or more.
# No start of an English month's name is the start of another month's Spanish one.
_MONTH_NUMBERS = {
    **{name.lower(): number for number, name in enumerate(MONTHS, start=1)},
    **{name: number for number, name in enumerate(_SPANISH_MONTHS, start=1)},
    "setiembre": 9,
}
_WEEKDAY_NAMES = (*(name.lower() for name in WEEKDAYS), *_SPANISH_WEEKDAYS)
_RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1, "hoy": 0, "manana": 1, "ayer": -1}
# "4 de diciembre de 2026", "4 de diciembre del 2026": the little words add nothing.
_SPANISH_LINKS = re.compile(r"\b(?:de|del)\b")
# A two-digit year up to this one is in the 2000s, above it in the 1900s ("27" is 2027,
# "98" is 1998), as Python's and most spreadsheets' readers do.
_LAST_TWO_DIGIT_YEAR_IN_2000S = 68

_NUMBERS = re.compile(r"(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]+)\.?[\s,\-/.]*(\d{2,4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,\-/.]+(\d{2,4})")


class UnreadableDateError(ValueError):
    """The text is not a date we can read; the message says so in plain words."""

    def __init__(self, text: str) -> None:
        super().__init__(
            translate(
                "dates", "Could not read “{text}” as a date. Write it like {example}."
            ).format(text=text, example=friendly_date(date(2027, 9, 30)))
        )
        self.text = text


# (day, language, spelled out with its weekday?) -> the date written in that language.
DateWriter = Callable[[date, str, bool], str]
_date_writer: DateWriter | None = None


def use_date_writer(writer: DateWriter | None) -> None:
    """Write the dates of languages other than English with ``writer`` (the window passes
    Qt's locale); None: with Babel, as the commands do."""
    global _date_writer
    _date_writer = writer


def friendly_date(value: date, language: str | None = None) -> str:
    """A date as people write it ("3 Nov 2026"; "3 nov 2026" in Spanish), the same on every
    platform, in ``language`` (the screen's unless given)."""
    language = language or current_language()
    if language != SOURCE_LANGUAGE:
        return _written(value, language, spelled_out=False)
    return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"


def long_date(value: date, language: str | None = None) -> str:
    """A date spelled out, with its weekday ("Friday 30 September 2027"; "jueves, 30 de
    septiembre de 2027"), to confirm it."""
    language = language or current_language()
    if language != SOURCE_LANGUAGE:
        return _written(value, language, spelled_out=True)
    return f"{WEEKDAYS[value.weekday()]} {value.day} {MONTHS[value.month - 1]} {value.year}"


def _written(value: date, language: str, *, spelled_out: bool) -> str:
    if _date_writer is not None:
        return _date_writer(value, language, spelled_out)
    from babel.dates import format_date  # the commands only, in another language

    # The short form with the month's name ("medium"), as in the English "3 Nov 2026".
    return str(format_date(value, "full" if spelled_out else "medium", locale=language))


# Where English writes the month first in a date spelled out ("December 4, 2026"), as the
# Unicode locale data (CLDR) has it: the United States and its territories, Canada, the
# Philippines. Everywhere else English writes the day first ("4 December 2026").
_MONTH_FIRST_TERRITORIES = frozenset({"US", "AS", "GU", "MP", "PR", "UM", "VI", "CA", "PH"})
# The locale the documents' dates follow; None: the environment's (LC_ALL, LC_TIME, LANG).
_document_locale: str | None = None


def use_document_locale(name: str | None) -> None:
    """The user's locale ("en_US", "de_DE", "fr-CA"), as the window knows it from the
    system; None: read it from the environment again, as the command line does."""
    global _document_locale
    _document_locale = name


def _territory(name: str) -> str:
    """ "en_US.UTF-8" → "US"; "" when the name holds none (C, POSIX, "en")."""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    return parts[-1].upper() if len(parts) > 1 and len(parts[-1]) == 2 else ""


def document_date(day: date) -> str:
    """A date in a document, one way throughout, in the document's language
    (core/document_language.py): "December 4, 2026" in the United States, "4 December
    2026" in most of the English-speaking world, "4 de diciembre de 2026" in Spanish.

    In English, the months are English whatever the language of the user's locale; only
    its country decides the order. A locale that names no country (C, POSIX, unset) is
    taken as the United States, where PartnerDesk's users mostly are. The month names
    and patterns are the Unicode locale data's (Babel), not ours.
    """
    from partnerdesk.core.document_language import ENGLISH, document_language, spelled_date

    language = document_language()
    if language != ENGLISH:
        return spelled_date(day, language)
    name = _document_locale
    if name is None:
        name = next(
            (os.environ[key] for key in ("LC_ALL", "LC_TIME", "LANG") if os.environ.get(key)),
            "",
        )
    territory = _territory(name) or "US"
    return spelled_date(day, ENGLISH, "US" if territory in _MONTH_FIRST_TERRITORIES else "")


def date_in_words(day: date) -> str:
    """A date spelled out in a sentence on screen, in the screen's language: in English as
    the documents write it ("December 4, 2026", or "4 December 2026" outside the countries
    that put the month first), else as that language does ("4 de diciembre de 2026")."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return document_date(day)
    from partnerdesk.core.document_language import spelled_date

    return spelled_date(day, language)


def read_date(text: str, *, day_first: bool = False, today: date | None = None) -> date | None:
    """The date ``text`` means; None for empty text.

    ``day_first``: 1/2/2027 is the 1st of February (as most of the world writes it) rather
    than January 2nd (as in the United States); the window decides from the system's locale.
    Raises ``UnreadableDateError`` for anything else, never guesses.
    """
    cleaned = _without_accents(" ".join(text.split()).lower())
    if not cleaned:
        return None
    if cleaned in _RELATIVE:
        return (today or date.today()) + timedelta(days=_RELATIVE[cleaned])
    # A weekday in front ("Friday 30 September 2027", as the field shows it) adds nothing.
    first, _space, rest = cleaned.partition(" ")
    if rest and _weekday(first.rstrip(",")):
        cleaned = rest
    cleaned = " ".join(_SPANISH_LINKS.sub(" ", cleaned).split())
    try:
        found = _read(cleaned, day_first)
    except ValueError:
        found = None
    if found is None:
        raise UnreadableDateError(" ".join(text.split()))
    return found


def _without_accents(text: str) -> str:
    """ "miércoles" → "miercoles": people type Spanish with and without its accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def _weekday(word: str) -> bool:
    # "mar" starts both "martes" and "marzo": a month's start is not taken for a weekday.
    if _month(word) is not None:
        return False
    return len(word) >= 3 and any(name.startswith(word) for name in _WEEKDAY_NAMES)


def _read(text: str, day_first: bool) -> date | None:
    numbers = _NUMBERS.fullmatch(text)
    if numbers:
        a, b, c = numbers.groups()
        if len(a) == 4:  # year first: 2027-09-30, 2027/9/30
            return date(int(a), int(b), int(c))
        if len(a) == 3 or len(c) == 3:
            return None
        day, month = (a, b) if day_first else (b, a)
        return date(_year(c), int(month), int(day))
    words = _DAY_MONTH_YEAR.fullmatch(text)
    if words:
        day, month_name, year = words.groups()
    else:
        words = _MONTH_DAY_YEAR.fullmatch(text)
        if not words:
            return None
        month_name, day, year = words.groups()
    month = _month(month_name)
    if month is None or len(year) == 3:
        return None
    return date(_year(year), month, int(day))


def _month(name: str) -> int | None:
    if len(name) < 3:
        return None
    found = {number for full, number in _MONTH_NUMBERS.items() if full.startswith(name)}
    return found.pop() if len(found) == 1 else None


def _year(digits: str) -> int:
    year = int(digits)
    if len(digits) <= 2:
        return year + (2000 if year <= _LAST_TWO_DIGIT_YEAR_IN_2000S else 1900)
    return year
