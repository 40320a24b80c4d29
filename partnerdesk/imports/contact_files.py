"""Reading a whole contacts file: decode it, tell vCard from CSV, recognise the CSV's
format (or apply a column mapping) and turn every row into a candidate or a problem.
"""

from __future__ import annotations

import csv
import io
import operator
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from partnerdesk.core.contact_format import unquote_formula
from partnerdesk.core.translation import translate
from partnerdesk.imports.contact_rows import ReadItem, RowProblem
from partnerdesk.imports.csv_formats import (
    CsvFormat,
    column_uses,
    header_key,
    recognise_format,
    row_columns,
    row_reader,
    whole_cell_test,
)
from partnerdesk.imports.csv_mapping import (
    ColumnMapping,
    ContactField,
    check_mapping,
    has_name_or_email,
    read_mapped_row,
    suggest_mapping,
)
from partnerdesk.imports.errors import ImportCancelledError, UnreadableFileError
from partnerdesk.imports.text_files import (
    DecodedText,
    decode_bytes,
    encoding_name,
    first_line,
    sniff_delimiter,
)
from partnerdesk.imports.vcards import looks_like_vcard, read_vcards

VCARD_FORMAT = "vcard"
VCARD_LABEL = "vCard"

# Notes can be long; the csv module's default limit (128 KiB per field) is not a file's.
csv.field_size_limit(64 * 1024 * 1024)

# LinkedIn's Connections.csv starts with a "Notes:" paragraph and a blank line; the header
# is looked for this many lines down when the first line is not one.
_PREAMBLE_LINES = 20
# Values exports put in every row of columns PartnerDesk has no place for ("0/0/00" for
# no birthday, Outlook's "Normal" priority, Google's "* myContacts" group): not data lost.
_DEFAULT_CELLS = {"", "0/0/00", "normal", "false", "unspecified", "smtp", "* mycontacts"}
_DEFAULT_CELLS_AS_WRITTEN = {"", "0/0/00", "Normal", "False", "Unspecified", "SMTP", "* myContacts"}


@dataclass(frozen=True)
class FileDetection:
    """What a file is, before reading its rows: shown to the user for the mapping step."""

    file_format: str
    format_label: str
    encoding: str
    delimiter: str = ""
    headers: list[str] = field(default_factory=list)
    suggested_mapping: dict[str, ContactField] = field(default_factory=dict)
    # Lines above the header (a preamble such as LinkedIn's "Notes:"), skipped.
    header_line: int = 0
    # The encoding was a guess among code pages that give other letters ("Lefèvre" or
    # "Lefčvre"): the user is told, and may choose another.
    encoding_uncertain: bool = False

    @property
    def encoding_label(self) -> str:
        """The encoding as people name it: "Western European (Windows)"."""
        return encoding_name(self.encoding)


@dataclass(frozen=True)
class ContactFile:
    detection: FileDetection
    items: list[ReadItem]
    mapping: dict[str, ContactField] = field(default_factory=dict)
    # "row" for CSV (header = row 1), "card" for vCard: how a user counts the records.
    unit: str = "row"
    # {header: what it became} for the columns read, and the columns that hold data
    # PartnerDesk left out: both shown in the preview and by `import --dry-run`.
    columns: dict[str, str] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)


def detect_contact_file(data: bytes, encoding: str | None = None) -> FileDetection:
    """Recognise the file; raises UnreadableFileError if it is not text at all.

    ``encoding`` is the user's choice; without it the encoding is detected.
    """
    return _detect(decode_bytes(data, encoding))


def _detect(decoded: DecodedText) -> FileDetection:
    if looks_like_vcard(decoded.text):
        return FileDetection(
            VCARD_FORMAT, VCARD_LABEL, decoded.encoding, encoding_uncertain=decoded.uncertain
        )
    header_line, delimiter, headers = _find_header(decoded.text)
    csv_format = recognise_format(headers)
    return FileDetection(
        csv_format.value,
        csv_format.label,
        decoded.encoding,
        delimiter,
        headers,
        suggest_mapping(headers) if csv_format is CsvFormat.GENERIC else {},
        header_line,
        decoded.uncertain,
    )


def _find_header(text: str) -> tuple[int, str, list[str]]:
    """(lines above it, delimiter, headers): the first line, or a later one that reads as
    a header when the first does not (a preamble above the table)."""
    first = first_line(text)
    delimiter = sniff_delimiter(first)
    headers = _header_row(text, delimiter)
    if _looks_like_header(headers):
        return 0, delimiter, headers
    for number, line in enumerate(text.splitlines()[1:_PREAMBLE_LINES], start=1):
        later_delimiter = sniff_delimiter(line)
        try:
            later = next(csv.reader([line], delimiter=later_delimiter), [])
        except csv.Error:
            continue
        later = [cell.strip() for cell in later]
        if len([cell for cell in later if cell]) >= 2 and _looks_like_header(later):
            return number, later_delimiter, later
    return 0, delimiter, headers


def _looks_like_header(headers: list[str]) -> bool:
    return recognise_format(headers) is not CsvFormat.GENERIC or has_name_or_email(
        suggest_mapping(headers)
    )


def read_contact_file(
    data: bytes,
    mapping: ColumnMapping | None = None,
    cancelled: Callable[[], bool] | None = None,
    encoding: str | None = None,
) -> ContactFile:
    """Every row of the file as a candidate or a problem.

    With ``mapping`` (header -> field) the CSV is read through it whatever its format;
    without, known formats are read as they are and other CSVs by the suggested mapping.
    ``encoding`` is the user's choice; without it the encoding is detected.
    """
    decoded = decode_bytes(data, encoding)
    detection = _detect(decoded)
    text = _below_preamble(decoded.text, detection.header_line)
    if detection.file_format == VCARD_FORMAT:
        items = read_vcards(text, cancelled)
        if not items:
            raise UnreadableFileError(translate("ContactFiles", "The vCard file holds no cards."))
        return ContactFile(detection, items, unit="card")
    headers = detection.headers
    if mapping is not None:
        chosen = check_mapping(mapping, headers)
    elif detection.file_format == CsvFormat.GENERIC:
        chosen = detection.suggested_mapping
    else:
        chosen = {}
    if (mapping is not None or detection.file_format == CsvFormat.GENERIC) and (
        not has_name_or_email(chosen)
    ):
        raise UnreadableFileError(
            translate(
                "ContactFiles",
                "PartnerDesk cannot tell which column holds names or e-mail addresses in this "
                "file (its first line is: {header}). Choose the columns by hand, or save it "
                "from your address book as Google CSV, Outlook CSV or vCard.",
            ).format(header=_shown_header(headers))
        )
    csv_format = CsvFormat(detection.file_format)
    convert = _row_converter(headers, chosen, csv_format)
    rows = _data_rows(text, detection.delimiter, detection.header_line)
    filled: set[int] = set()
    # Labels holding only the flags the reader reads (and Google's own groups) lose nothing.
    all_read = (
        {}
        if chosen
        else {
            index: test
            for index, header in enumerate(headers)
            if (test := whole_cell_test(csv_format, header)) is not None
        }
    )
    noted = _noting_filled(rows, len(headers), filled, all_read)
    items = _read_rows(noted, len(headers), convert, cancelled)
    columns = (
        {header: field_.value.replace("_", " ") for header, field_ in chosen.items()}
        if chosen
        else column_uses(csv_format, headers)
    )
    filled_headers = {headers[index] for index in filled}
    # Only columns that hold something: Outlook writes 92, most of them always empty.
    columns = {
        header: use
        for header, use in columns.items()
        if use != ContactField.IGNORE.value and header in filled_headers
    }
    unmapped = [
        header or f"(column {index + 1}, no name)"
        for index, header in enumerate(headers)
        if index in filled and header not in columns
    ]
    return ContactFile(detection, items, chosen, columns=columns, unmapped=unmapped)


def _below_preamble(text: str, header_line: int) -> str:
    if not header_line:
        return text
    return "".join(text.splitlines(keepends=True)[header_line:])


def _noting_filled(
    rows: Iterator[tuple[int, list[str]]],
    width: int,
    filled: set[int],
    all_read: Mapping[int, Callable[[str], bool]] | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """The rows, unchanged, noting which columns hold a value (not an export's default).

    ``all_read`` {column: test}: a cell the test accepts holds nothing left out either.

    Only columns not yet seen filled are looked at: an Outlook row has 92 cells.
    """
    all_read = all_read or {}
    waiting = set(range(width))
    pick = operator.itemgetter(*waiting) if width > 1 else None
    for number, cells in rows:
        if waiting:
            try:
                # Most rows leave every column still waiting empty: one C-level look.
                quiet = pick is not None and set(pick(cells)) <= _DEFAULT_CELLS_AS_WRITTEN
            except IndexError:  # a short row (Excel drops trailing empty cells)
                quiet = False
            if not quiet:
                found = {
                    index
                    for index in waiting
                    if index < len(cells)
                    and cells[index]
                    and cells[index].strip().casefold() not in _DEFAULT_CELLS
                    and not (index in all_read and all_read[index](cells[index]))
                }
                if found:
                    waiting -= found
                    filled |= found
                    pick = operator.itemgetter(*waiting) if len(waiting) > 1 else None
        yield number, cells


def _header_row(text: str, delimiter: str) -> list[str]:
    try:
        header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error as error:
        raise UnreadableFileError(
            translate("ContactFiles", "The file is not a readable CSV file ({error}).").format(
                error=error
            )
        ) from error
    headers = [cell.strip() for cell in header]
    if not any(headers):
        raise UnreadableFileError(
            translate("ContactFiles", "The file's first line is empty; a CSV file needs headers.")
        )
    return headers


def _data_rows(text: str, delimiter: str, header_line: int = 0) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) with the header as row 1 (below any preamble's lines), as a
    spreadsheet numbers them."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        next(reader, None)
        yield from enumerate(reader, start=2 + header_line)
    except csv.Error as error:
        raise UnreadableFileError(
            translate(
                "ContactFiles", "The file is not a readable CSV file (near line {line}: {error})."
            ).format(line=reader.line_num, error=error)
        ) from error


def _row_converter(
    headers: list[str], mapping: Mapping[str, ContactField], csv_format: CsvFormat
) -> Callable[[int, list[str]], ReadItem]:
    convert = _cells_converter(headers, mapping, csv_format)
    if csv_format in _QUOTED_FOR_SPREADSHEETS:
        # PartnerDesk wrote "'" before "=" and "@" in its files for Google and Outlook
        # (exports/contacts.py); those programs never write one there.
        return lambda number, cells: convert(number, _unquoted(cells))
    if csv_format is not CsvFormat.PARTNERDESK:
        return convert
    # PartnerDesk wrote this file and quoted the cells a spreadsheet would run as formulas
    # (exports/contacts.py): exactly those get their value back; other files are left as
    # they are, since a quote there is the sender's own text.
    return lambda number, cells: convert(number, [unquote_formula(cell) for cell in cells])


_QUOTED_FOR_SPREADSHEETS = {CsvFormat.GOOGLE, CsvFormat.OUTLOOK}


def _unquoted(cells: list[str]) -> list[str]:
    # One C-level search first: a quoted cell is rare, and Outlook rows have 92 cells.
    if "\x00'" not in "\x00" + "\x00".join(cells):
        return cells
    return [_unquote_risky(cell) for cell in cells]


def _unquote_risky(cell: str) -> str:
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "@", "\t", "\r") else cell


def _cells_converter(
    headers: list[str], mapping: Mapping[str, ContactField], csv_format: CsvFormat
) -> Callable[[int, list[str]], ReadItem]:
    if mapping:
        return lambda number, cells: read_mapped_row(number, headers, cells, mapping)
    first_column: dict[str, int] = {}  # a repeated header means its first column
    for index, header in enumerate(headers):
        first_column.setdefault(header_key(header), index)
    used = row_columns(csv_format)
    if used is not None:  # recognising the format took some of these columns: never empty
        first_column = {key: index for key, index in first_column.items() if key in used}
    reader = row_reader(csv_format)
    keys = tuple(first_column)
    # One C-level call picks the cells out of the row (Outlook writes 92 columns a row).
    pick = operator.itemgetter(*first_column.values())

    def convert(number: int, cells: list[str]) -> ReadItem:
        picked = pick(cells)
        return reader(number, dict(zip(keys, picked if len(keys) > 1 else (picked,), strict=True)))

    return convert


def _read_rows(
    rows: Iterator[tuple[int, list[str]]],
    width: int,
    convert: Callable[[int, list[str]], ReadItem],
    cancelled: Callable[[], bool] | None,
) -> list[ReadItem]:
    items: list[ReadItem] = []
    for number, cells in rows:
        if cancelled is not None and number % 500 == 0 and cancelled():
            raise ImportCancelledError
        if not "".join(cells).strip():
            continue  # blank lines and rows of empty cells are not contacts
        if any(cell.strip() for cell in cells[width:]):
            reason = translate(
                "ContactFiles",
                "ragged row: {cells} cells but the header has {width} "
                "(a delimiter or quote is probably missing)",
            ).format(cells=len(cells), width=width)
            items.append(RowProblem(number, reason))
            continue
        if len(cells) != width:  # short rows are fine: Excel drops trailing empty cells
            cells = cells[:width] + [""] * (width - len(cells))
        items.append(convert(number, cells))
    return items


def _shown_header(headers: list[str]) -> str:
    shown = ", ".join(header for header in headers[:8] if header)
    return f'"{shown}{", ..." if len(headers) > 8 else ""}"'
