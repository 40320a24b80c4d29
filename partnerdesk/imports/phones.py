"""Phone numbers compared as the same number however they are written.

"+1 (413) 555-0111" and "(413) 555-0111" are one number in the United States: both are
compared in their international form (E.164), made with Google's libphonenumber
(``phonenumbers``). A number written without its country code is read as one of the
user's own country, taken from the system locale (no Qt here: the ``locale`` module).
A number the library cannot read is compared by its digits, as before.
"""

from __future__ import annotations

import contextlib
import functools
import locale
import os
import re
import sys
from typing import NamedTuple

_NOT_ASCII_DIGIT = re.compile(r"[^0-9]+")
_REGION = re.compile(r"^[a-z]{2,3}[_-]([A-Z]{2})\b")


@functools.cache
def default_region() -> str | None:
    """The user's country ("US", "DE") from the system locale, or None if it says none."""
    names: list[str | None] = []
    if sys.platform == "win32":
        names.append(_windows_locale_name())
    with contextlib.suppress(ValueError):  # an odd locale setting Python cannot parse
        names.append(locale.getlocale()[0])
    names += [os.environ.get(variable) for variable in ("LC_ALL", "LC_CTYPE", "LANG")]
    for name in names:
        found = _REGION.match(name or "")
        if found:
            return found.group(1)
    return None


def _windows_locale_name() -> str | None:
    import ctypes

    buffer = ctypes.create_unicode_buffer(85)
    windll = getattr(ctypes, "windll", None)
    if windll is None or not windll.kernel32.GetUserDefaultLocaleName(buffer, 85):
        return None
    return str(buffer.value)  # "en-US"


def phone_key(number: str, region: str | None = None) -> str:
    """The number in its international form ("+14135550111"), else its digits.

    ``region``: the country a number without a country code belongs to; the system
    locale's by default.
    """
    return _key(number, region or default_region())


@functools.lru_cache(maxsize=65536)  # a file repeats numbers
def _key(number: str, region: str | None) -> str:
    digits = _digits(number)
    if len(digits) < 5:  # an extension or a short code: its digits will do
        return digits or number.casefold()
    national = _national_rule(region) if "+" not in number else None
    if national is not None and not digits.startswith(national.prefixes):
        # Written the usual national way, without trunk or international prefix: the
        # international form is the country code and the digits, which the library
        # would say too at a hundredth of its cost (a 10,000-row file has 20,000 numbers).
        return f"+{national.country_code}{digits}"
    # Imported here: most of the program never compares phone numbers.
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return digits
    if not phonenumbers.is_possible_number(parsed):
        return digits
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


class _NationalRule(NamedTuple):
    country_code: int
    # A number starting with one of these may carry a trunk prefix ("0" in Germany, "1"
    # in the United States) or an international one ("00", "011"): the library decides.
    prefixes: tuple[str, ...]


@functools.cache
def _national_rule(region: str | None) -> _NationalRule | None:
    if region is None:
        return None
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region.upper())
    if metadata is None or metadata.country_code is None:
        return None
    prefixes = {"0", "1"}
    for prefix in (metadata.national_prefix, metadata.international_prefix):
        if prefix and prefix.isdigit():
            prefixes.add(prefix[0])
    return _NationalRule(metadata.country_code, tuple(sorted(prefixes)))


def _digits(number: str) -> str:
    if number.isascii():  # the usual case; for ASCII, isdigit() means 0-9
        return _NOT_ASCII_DIGIT.sub("", number)
    return "".join(character for character in number if character.isdigit())
