"""Tidying text that users type or paste, before it is stored."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 control characters except tab, newline and carriage return; plus the two
# "noncharacters" Word and XML reject, and lone surrogates no file encoding can hold.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_WHITESPACE_RUN = re.compile(r"\s+")


def clean_single_line(value: str) -> str:
    """One line of text: no control characters, no line breaks, single spaces, NFC.

    Control characters go first, so that cleaning twice changes nothing more.
    """
    value = _CONTROL.sub("", value)
    value = unicodedata.normalize("NFC", value)
    return _WHITESPACE_RUN.sub(" ", value).strip()


_LINE_ENDINGS = re.compile(r"\r\n?|\u2028|\u2029")


def clean_multiline(value: str) -> str:
    """Several lines of text: line breaks kept (as \\n), control characters removed, NFC."""
    value = _LINE_ENDINGS.sub("\n", value)
    value = _CONTROL.sub("", value)
    value = unicodedata.normalize("NFC", value)
    return value.strip()
