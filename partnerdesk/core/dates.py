"""Dates as people read and write them.

``read_date`` understands the usual ways people write a date (2027-09-30, 9/30/2027,
30 Sep 2027, September 30, 2027, today); the date field in the window shows back what it
understood with ``long_date``. English month names only, as the rest of the program: a
hand-written reader is a few dozen lines, where a locale library (Babel) would add a
dependency and still need the same rules for two-digit years and the order of day and month.
"""

from __future__ import annotations

import os
import re
from datetime import date, timedelta

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

# "sep", "sept" and "september" all name September; any start of three letters or more.
_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1}
# A two-digit year up to this one is in the 2000s, above it in the 1900s ("27" is 2027,
# "98" is 1998), as Python's and most spreadsheets' readers do.
_LAST_TWO_DIGIT_YEAR_IN_2000S = 68

_NUMBERS = re.compile(r"(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]+)\.?[\s,\-/.]*(\d{2,4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,\-/.]+(\d{2,4})")


class UnreadableDateError(ValueError):
    """The text is not a date we can read; the message says so in plain words."""

    def __init__(self, text: str) -> None:
        super().__init__(f"Could not read “{text}” as a date. Write it like 30 Sep 2027.")
        self.text = text


def friendly_date(value: date) -> str:
    """A date as people write it ("3 Nov 2026"), the same on every platform."""
    return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"


def long_date(value: date) -> str:
    """A date spelled out, with its weekday ("Friday 30 September 2027"), to confirm it."""
    return f"{WEEKDAYS[value.weekday()]} {value.day} {MONTHS[value.month - 1]} {value.year}"


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


def read_date(text: str, *, day_first: bool = False, today: date | None = None) -> date | None:
    """The date ``text`` means; None for empty text.

    ``day_first``: 1/2/2027 is the 1st of February (as most of the world writes it) rather
    than January 2nd (as in the United States); the window decides from the system's locale.
    Raises ``UnreadableDateError`` for anything else, never guesses.
    """
    cleaned = " ".join(text.split()).lower()
    if not cleaned:
        return None
    if cleaned in _RELATIVE:
        return (today or date.today()) + timedelta(days=_RELATIVE[cleaned])
    # A weekday in front ("Friday 30 September 2027", as the field shows it) adds nothing.
    first, _space, rest = cleaned.partition(" ")
    if rest and _weekday(first.rstrip(",")):
        cleaned = rest
    try:
        found = _read(cleaned, day_first)
    except ValueError:
        found = None
    if found is None:
        raise UnreadableDateError(" ".join(text.split()))
    return found


def _weekday(word: str) -> bool:
    return len(word) >= 3 and any(name.lower().startswith(word) for name in WEEKDAYS)


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
