"""Bytes to text: byte-order marks, strict UTF-8, Windows-1252, never mojibake."""

from __future__ import annotations

import pytest

from partnerdesk.imports.errors import UnreadableFileError
from partnerdesk.imports.text_files import decode_bytes, sniff_delimiter

TEXT = "Name;Notes\r\nJosé Ramírez;donó 500 € — “gracias”\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: recognised by its zero bytes
    ],
)
def test_every_encoding_gives_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_a_bom_is_never_left_in_the_text() -> None:
    assert not decode_bytes(b"\xef\xbb\xbf\xef\xbb\xbfName\n").text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"PK\x03\x04\x14\x00rest-of-zip", "Word, Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "older Word or Excel"),
        (bytes(range(256)) * 4, "binary"),
        (b"\xff\xfeN\x00\x00\xd8", "damaged"),  # UTF-16 with a lone surrogate
    ],
)
def test_files_that_are_not_text_are_refused_with_a_reason(data: bytes, words: str) -> None:
    with pytest.raises(UnreadableFileError, match=words):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("line", "delimiter"),
    [
        ("Name,Email,Phone", ","),
        ("Name;E-mail;Téléphone", ";"),
        ("Name\tEmail", "\t"),
        ('"Last, First";Email;Phone', ";"),  # the comma inside quotes does not count
        ("Name", ","),
        ("a,b;c", ","),  # a tie goes to the comma
    ],
)
def test_the_delimiter_is_sniffed_from_the_header(line: str, delimiter: str) -> None:
    assert sniff_delimiter(line) == delimiter
