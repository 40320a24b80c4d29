"""Checking e-mail addresses and writing them into headers, for e-mail drafts.

Kept apart from the draft itself because both the draft and the dialog's "other addresses"
field need it, and because Python 3.11's header folding has a bug this module works around.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from email import errors
from email.header import Header
from email.headerregistry import Address
from email.utils import formataddr

from partnerdesk.core.text import clean_single_line


class EmailDraftError(ValueError):
    """The draft cannot be made as asked; ``str()`` says why, in words meant for the user."""


# Stricter than RFC 5322 on purpose: quoted local parts, comments and IP-address domains are
# legal but nobody types them, while a missing dot or a stray comma is a typing slip.
_PLAIN_ADDRESS = re.compile(r'^[^@\s"<>(),;:\[\]\\]+@[^@\s"<>(),;:\[\]\\]+\.[^@\s"<>(),;:\[\]\\]+$')
_NAMED_ADDRESS = re.compile(r"^(?P<name>.*?)\s*<(?P<address>[^<>]*)>$")
_SEPARATORS = ",;"
# Longer names are cut: no one needs more, and it keeps every header line far below 998.
NAME_LENGTH = 300


def checked_address(address: str) -> str:
    """The address as it goes into a header (domain in ASCII), or a plain-words error."""
    address = clean_single_line(address)
    shown = f"“{address}”"
    if not address:
        raise EmailDraftError("An e-mail address is empty.")
    if not _PLAIN_ADDRESS.match(address):
        raise EmailDraftError(
            f"{shown} is not a complete e-mail address. An address looks like "
            "name@example.org: a name, one @, and a domain with a dot, without spaces."
        )
    local, _, domain = address.rpartition("@")
    if not local.isascii():
        raise EmailDraftError(
            f"{shown} has accented or non-Latin letters before the @. Many mail programs "
            "cannot send to such an address from a file; type it in your mail program instead."
        )
    try:
        # International domain names travel as "xn--" (IDNA), which every mail program reads.
        ascii_domain = domain.encode("idna").decode("ascii")
        Address(addr_spec=f"{local}@{ascii_domain}")
    except (UnicodeError, ValueError, IndexError, errors.HeaderParseError):
        raise EmailDraftError(
            f"{shown} is not a valid e-mail address. Check it for a typing slip, such as two "
            "dots in a row or a dot just before the @."
        ) from None
    return f"{local}@{ascii_domain}"


def recipient(display_name: str, address: str) -> tuple[str, str]:
    """A checked address with its display name cleaned of line breaks and control characters."""
    return clean_single_line(display_name)[:NAME_LENGTH], checked_address(address)


def parse_addresses(text: str) -> list[tuple[str, str]]:
    """Addresses typed into one box: separated by commas or semicolons (as Outlook does),
    each either bare (``a@example.org``) or with a name (``Ana Ruiz <a@example.org>``)."""
    found: list[tuple[str, str]] = []
    for piece in _split_outside_quotes(clean_single_line(text)):
        piece = piece.strip()
        if not piece:
            continue
        named = _NAMED_ADDRESS.match(piece)
        if named:
            name = named["name"].strip().strip('"').strip()
            address = named["address"].strip()
        else:
            name, address = "", piece
        checked_address(address)
        found.append((name, address))
    return found


def _split_outside_quotes(text: str) -> list[str]:
    """Split on commas and semicolons that are not inside "quotes" or <angle brackets>."""
    pieces: list[str] = []
    current: list[str] = []
    quoted = bracketed = False
    for character in text:
        if character == '"':
            quoted = not quoted
        elif character == "<" and not quoted:
            bracketed = True
        elif character == ">" and not quoted:
            bracketed = False
        elif character in _SEPARATORS and not quoted and not bracketed:
            pieces.append("".join(current))
            current = []
            continue
        current.append(character)
    pieces.append("".join(current))
    return pieces


def encoded_words(text: str, header_name: str) -> str:
    """``text`` as RFC 2047 encoded words, folded onto lines of at most 76 characters.

    Spaces travel inside the encoded words, so readers, which ignore the whitespace between
    two encoded words (RFC 2047, 6.2), show exactly ``text``.
    """
    header = Header(text, "utf-8", header_name=header_name)
    return header.encode(linesep="\n", maxlinelen=76)


def needs_encoding(text: str) -> bool:
    """Non-ASCII text, or text a reader would mistake for encoded words ("=?…?=")."""
    return not text.isascii() or "=?" in text


def address_list(addresses: Sequence[tuple[str, str]], header_name: str) -> str:
    """The value of an address header (To, From), one address per line, for ``set_raw``.

    Written here rather than by Python's header folder, which in 3.11 can swallow the comma
    between two addresses into an encoded word (so readers see one address fewer) and can
    drop a space where it folds between two encoded words.
    """
    written = []
    for display_name, address in addresses:
        name = clean_single_line(display_name)[:NAME_LENGTH]
        if name and needs_encoding(name):
            # The address on a line of its own keeps every line within 78 characters.
            written.append(f"{encoded_words(name, header_name)}\n <{address}>")
        else:
            written.append(formataddr((name, address)))
    return ",\n ".join(written)
