"""Recognising the dates contact files hold (birthdays, anniversaries) in their many forms.

PartnerDesk does not store these dates; a row with one nobody can read is still reported,
because it usually means columns were shifted or mapped wrongly.
"""

from __future__ import annotations

import re
from datetime import date, datetime

# Outlook writes these for "no date"; they are empty, not unreadable.
_EMPTY_DATES = {"0/0/00", "0/0/0000", "00/00/0000", "0000-00-00", "1/1/4501"}

_FORMATS = (
    "%Y-%m-%d",
    "%Y%m%d",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%m/%d/%y",
    "%d/%m/%y",
    "%d.%m.%Y",
    "%d.%m.%y",
    "%Y/%m/%d",
    "%d-%m-%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
)
# vCard and Google: a birthday without a year, "--0415" or "--04-15".
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_TIME_PART = re.compile(r"[T ]\d{1,2}:\d{2}.*$")


def is_readable_date(value: str) -> bool:
    """True for an empty value or one of the date forms contact exports use."""
    value = value.strip()
    if not value or value in _EMPTY_DATES:
        return True
    no_year = _NO_YEAR.match(value)
    if no_year:
        return _valid_month_day(int(no_year.group(1)), int(no_year.group(2)))
    value = _TIME_PART.sub("", value).strip()
    for pattern in _FORMATS:
        try:
            datetime.strptime(value, pattern)
        except ValueError:
            continue
        return True
    return False


def _valid_month_day(month: int, day: int) -> bool:
    try:
        date(2000, month, day)  # a leap year, so 29 February counts
    except ValueError:
        return False
    return True
