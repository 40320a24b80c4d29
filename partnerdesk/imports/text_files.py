"""Turning a file's bytes into text without mojibake, and refusing files that are not text.

Order matters (see docs in stack.md): byte-order marks first, then strict UTF-8, then
the Windows code page Excel wrote "CSV (Comma delimited)" in. Which code page is guessed
with charset-normalizer among a few (ENCODING_CHOICES), Western European first: left to
choose among all of them it reads a French "Lefèvre" as Central European "Lefčvre", since
both decode cleanly; a Cyrillic file decodes to nonsense as Western and is told apart.
The user sees the encoding and may choose another (``decode_bytes(data, encoding)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from partnerdesk.imports.errors import UnreadableFileError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)

# Documents people rename to .csv by mistake, recognised by their first bytes.
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a Word, Excel or other zipped document"),
    (b"\xd0\xcf\x11\xe0", "an older Word or Excel document"),
    (b"SQLite format 3\x00", "a database file"),
    (b"\x89PNG", "a picture"),
    (b"\xff\xd8\xff", "a picture"),
)
_SAVE_AS_HINT = " Save it as CSV (comma or semicolon separated) or vCard and import that file."

# Characters no text file holds in quantity (tab and line breaks excluded).
_BINARY_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DELIMITERS = (",", ";", "\t")

# The encodings a user may choose, with the names people know them by. The Windows code
# pages after the first are also the ones tried when a file is not UTF-8, in this order.
ENCODING_CHOICES = {
    "utf-8": "Unicode (UTF-8)",
    "cp1252": "Western European (Windows)",
    "cp1251": "Cyrillic (Windows)",
    "cp1250": "Central European (Windows)",
    "cp1253": "Greek (Windows)",
    "cp1254": "Turkish (Windows)",
    "utf-16": "Unicode (UTF-16)",
    "mac_roman": "Western European (Mac)",
}
_GUESSED_CODE_PAGES = ["cp1252", "cp1251", "cp1250", "cp1253", "cp1254"]
# How much more "chaos" (charset-normalizer's measure of unlikely characters) a code page
# earlier in the list may show and still be preferred over the best-scoring one.
_CHAOS_TOLERANCE = 0.02


# Central European and Turkish files often decode cleanly as Western European too, and
# charset-normalizer then scores them alike: "Łukasz" reads "£ukasz", "Şule" "Þule". Names
# hold letters, so a reading with fewer of these next to a letter wins: signs, and the
# Icelandic and Romanian letters those code pages turn Polish and Turkish ones into.
_ALTERNATIVES_TO_WESTERN = ("cp1250", "cp1254")
_ODD_LETTERS = frozenset("ÞþÐðŢţªº")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    # True when the encoding was a guess among code pages that read the file about as
    # well but give other letters: the user is told, as names may look wrong.
    uncertain: bool = False


def encoding_name(encoding: str) -> str:
    """The name a person knows an encoding by: "Cyrillic (Windows)" for cp1251."""
    plain = encoding.removesuffix("-sig").removesuffix("-le").removesuffix("-be")
    return ENCODING_CHOICES.get(plain, encoding.upper())


def decode_bytes(data: bytes, encoding: str | None = None) -> DecodedText:
    """The file's text and the encoding it was in; raises UnreadableFileError for non-text.

    With ``encoding`` (the user's choice) the file is read in that one; a byte-order mark
    still wins, as it cannot be wrong.
    """
    refuse_known_documents(data)
    uncertain = False
    if encoding is None:
        text, encoding, uncertain = _decode(data)
    else:
        text, encoding = _decode_as(data, encoding)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise UnreadableFileError("The file is empty: there are no contacts in it.")
    if _looks_binary(text, encoding):
        raise UnreadableFileError(
            "The file is not a text file (it holds binary data), so it cannot be a CSV or "
            "vCard file." + _SAVE_AS_HINT
        )
    return DecodedText(text, encoding, uncertain)


def _looks_binary(text: str, encoding: str) -> bool:
    """Control characters in the first line (a header or BEGIN:VCARD never has any), or,
    for text that was not valid UTF-8, more than a few in the whole file.

    Cells may legitimately hold stray control characters (they are cleaned later), so a
    UTF-8 file is not refused for those alone.
    """
    if _BINARY_CHARACTERS.search(first_line(text)[:2000]):
        return True
    if encoding.startswith("utf"):
        return False
    sample = text[:20000]
    return len(_BINARY_CHARACTERS.findall(sample)) > max(3, len(sample) // 100)


def refuse_known_documents(data: bytes) -> None:
    if not data.strip():
        raise UnreadableFileError("The file is empty: there are no contacts in it.")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise UnreadableFileError(f"The file is {what}, not a contacts file." + _SAVE_AS_HINT)


def _decode(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, whether the encoding was an uncertain guess)."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name, False
            except UnicodeDecodeError as error:
                raise UnreadableFileError(
                    f"The file says it is {codec.upper()} text but is damaged at byte "
                    f"{error.start + len(bom)}."
                ) from error
    unmarked_utf16 = _guess_unmarked_utf16(data)
    if unmarked_utf16 is not None:
        try:
            return data.decode(unmarked_utf16), unmarked_utf16, False
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    guessed = _guess_code_page(data)
    if guessed is not None:
        return guessed
    try:
        return data.decode("cp1252"), "cp1252", False
    except UnicodeDecodeError as error:
        # Windows-1252 leaves five byte values undefined; text files never contain them.
        raise UnreadableFileError(
            "The file is not a text file (it holds binary data), so it cannot be a CSV or "
            "vCard file." + _SAVE_AS_HINT
        ) from error


def _decode_as(data: bytes, encoding: str) -> tuple[str, str]:
    if any(data.startswith(bom) for bom, _, _ in _BOMS):
        return _decode(data)[:2]
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        raise UnreadableFileError(
            f"The file cannot be read as {encoding_name(encoding)} text (byte {error.start} "
            "does not fit): choose another encoding."
        ) from error
    except LookupError as error:
        raise UnreadableFileError(f'"{encoding}" is not an encoding PartnerDesk knows.') from error


def _guess_code_page(data: bytes) -> tuple[str, str, bool] | None:
    """(text, code page, uncertain): the most likely Windows code page, the earlier in
    _GUESSED_CODE_PAGES on a near tie, except that Central European or Turkish wins over
    Western European when its letters are more plausible for names.

    None when none decodes the file (it is then binary).
    """
    # Imported here: only files that are not UTF-8 need it, and it takes time to load.
    from charset_normalizer import from_bytes

    results = from_bytes(data, cp_isolation=_GUESSED_CODE_PAGES, explain=False)
    if not results:
        return None
    best_chaos = min(match.chaos for match in results)
    # A match stands for every code page that decodes the file to the same text.
    fitting = {
        _python_codec(code_page)
        for match in results
        if match.chaos <= best_chaos + _CHAOS_TOLERANCE
        for code_page in [match.encoding, *match.could_be_from_charset]
    }
    first = next((page for page in _GUESSED_CODE_PAGES if page in fitting), None)
    if first is None:
        return None
    text = data.decode(first)
    if first != "cp1252":
        return text, first, False
    readings = {"cp1252": text}
    for page in _ALTERNATIVES_TO_WESTERN:
        if page in fitting:
            other = data.decode(page)
            if other != text:
                readings[page] = other
    oddness = {page: _odd_characters(reading) for page, reading in readings.items()}
    best = min(readings, key=lambda page: oddness[page])  # cp1252 first: wins ties
    # Unsure when another reading looks just as plausible: the user is told.
    uncertain = any(oddness[page] == oddness[best] for page in readings if page != best)
    return readings[best], best, uncertain


def _odd_characters(text: str) -> int:
    """How many characters next to a letter are unlikely in a name: "£" in "£ukasz"."""
    count = 0
    for index, character in enumerate(text):
        if ord(character) < 0x80 or not (
            character in _ODD_LETTERS or not (character.isalpha() or character.isspace())
        ):
            continue
        neighbours = text[max(index - 1, 0) : index] + text[index + 1 : index + 2]
        if any(neighbour.isalpha() for neighbour in neighbours):
            count += 1
    return count


def _python_codec(name: str) -> str:
    return name.replace("windows-", "cp").replace("_", "").casefold()


def _guess_unmarked_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII text then has a zero in every other byte."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.6 and even_zeros == 0:
        return "utf-16-le"
    if even_zeros > half * 0.6 and odd_zeros == 0:
        return "utf-16-be"
    return None


def first_line(text: str) -> str:
    return re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]


def sniff_delimiter(header_line: str) -> str:
    """The delimiter the header line uses most, outside quotes: ``,``, ``;`` or tab.

    Excel in many European locales writes ``;``; a comma wins ties, as it is the default.
    """
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for character in header_line:
        if character == '"':
            quoted = not quoted
        elif not quoted and character in counts:
            counts[character] += 1
    best = max(_DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > 0 else ","
