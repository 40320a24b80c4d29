"""How contacts are written in files, shared by the readers (imports) and writers (exports).

PartnerDesk reads back the CSV it writes: both sides need the same columns, the same
cleaning and the same guard against spreadsheet formulas, so they live here, below both.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from partnerdesk.core.text import clean_single_line

# Same set as core.text: control characters (tab and line breaks kept), noncharacters,
# lone surrogates. Multi-line notes need them removed without losing their line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK = re.compile(r"\r\n|\r|\u2028|\u2029")

CSV_FIXED_COLUMNS = ("Full Name", "Given Name", "Family Name", "Organization", "Role")
CSV_FLAG_COLUMNS = ("Key leader", "Decision maker")
# The importer knows PartnerDesk's own CSV by these headers.
CSV_SIGNATURE_COLUMNS = (*CSV_FIXED_COLUMNS, *CSV_FLAG_COLUMNS)
# What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class LabelledValue:
    """An e-mail address or phone number with its label ("work", "mobile", ...)."""

    value: str
    label: str = ""


def clean_multiline(value: str) -> str:
    """Notes: no control characters, line breaks kept (as ``\\n``), NFC, trimmed."""
    if not value:
        return ""  # most rows have no notes: three regex passes for nothing
    # Control characters go before NFC: removing one between a letter and its accent
    # would otherwise leave text that is not NFC, and a re-import would change it.
    value = _CONTROL.sub("", _LINE_BREAK.sub("\n", value))
    return unicodedata.normalize("NFC", value).strip()


def clean_line(value: str) -> str:
    """core.text.clean_single_line, made idempotent (control characters removed first)."""
    if not value:
        return ""
    # Printable ASCII (no control characters, already NFC) with single spaces and none at
    # either end: clean_single_line would return it unchanged. Tested here rather than in
    # a function of its own, since this runs for about ten cells of every row.
    if (
        value.isascii()
        and value.isprintable()
        and "  " not in value
        and value[0] != " "
        and value[-1] != " "
    ):
        return value  # most cells of a 10,000-row file: nothing to clean, and 10× faster
    return clean_single_line(_CONTROL.sub("", value))


def quote_formula(cell: str) -> str:
    """The cell as a spreadsheet shows it as text, never runs it (see the module's rule)."""
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def unquote_formula(cell: str) -> str:
    """Undo quote_formula exactly, for cells of a CSV file PartnerDesk wrote."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
