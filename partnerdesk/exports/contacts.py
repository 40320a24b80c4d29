"""Contacts written as CSV (UTF-8 with BOM, so Excel shows accents) or vCard 3.0.

Both files re-import into PartnerDesk as the same contacts: the CSV's own header is
recognised by the importer, and the vCard keeps labels and the key-leader flags.

A spreadsheet runs a CSV cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula (CSV injection), so such a cell is written with a single quote in
front, as OWASP recommends. The rule, exactly: a cell that starts with one of those
characters *after any leading quotes* gets one more quote; on import of a PartnerDesk CSV
(recognised by its header) a cell that starts with a quote and then, after any further
quotes, one of those characters loses one quote. So "=1+1" is written "'=1+1", "'=x" (a
quote the person typed) is written "''=x", and both read back exactly; "'hello" and
"don't" are written and read as they are.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TextIO

import vobject

from partnerdesk.core.contact_format import (
    CSV_FIXED_COLUMNS,
    CSV_FLAG_COLUMNS,
    LabelledValue,
    clean_line,
    clean_multiline,
    quote_formula,
)

CSV_ENCODING = "utf-8-sig"
MIN_NUMBERED_COLUMNS = 2
YES = "yes"

# Labels vCard has a TYPE for; any other label travels as Apple's X-ABLabel.
_VCARD_TYPES = {"work": "WORK", "home": "HOME", "mobile": "CELL", "fax": "FAX", "pager": "PAGER"}


@dataclass(frozen=True)
class ContactRecord:
    """A contact as the exporters see it: plain values, no database objects."""

    full_name: str
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    role_title: str = ""
    emails: tuple[LabelledValue, ...] = field(default_factory=tuple)
    phones: tuple[LabelledValue, ...] = field(default_factory=tuple)
    notes: str = ""
    is_key_leader: bool = False
    is_decision_maker: bool = False


def csv_header(email_columns: int, phone_columns: int) -> list[str]:
    header = list(CSV_FIXED_COLUMNS)
    for number in range(1, email_columns + 1):
        header += [f"E-mail {number}", f"E-mail {number} Label"]
    for number in range(1, phone_columns + 1):
        header += [f"Phone {number}", f"Phone {number} Label"]
    return [*header, *CSV_FLAG_COLUMNS, "Notes"]


def write_contacts_csv(records: Sequence[ContactRecord], stream: TextIO) -> None:
    """Write to a stream opened with ``encoding=CSV_ENCODING, newline=""``."""
    emails = max([MIN_NUMBERED_COLUMNS, *(len(record.emails) for record in records)])
    phones = max([MIN_NUMBERED_COLUMNS, *(len(record.phones) for record in records)])
    writer = csv.writer(stream)
    writer.writerow(csv_header(emails, phones))
    for record in records:
        row = [
            _line(record.full_name),
            _line(record.given_name),
            _line(record.family_name),
            _line(record.organization),
            _line(record.role_title),
        ]
        row += _numbered_cells(record.emails, emails)
        row += _numbered_cells(record.phones, phones)
        row += [YES if record.is_key_leader else "", YES if record.is_decision_maker else ""]
        row.append(clean_multiline(record.notes))
        writer.writerow([quote_formula(cell) for cell in row])


def write_contacts_vcard(records: Sequence[ContactRecord], stream: TextIO) -> None:
    """One vCard 3.0 per contact, CRLF line ends; open the stream with ``newline=""``."""
    for record in records:
        stream.write(contact_vcard(record))


def contact_vcard(record: ContactRecord) -> str:
    card = vobject.vCard()
    emails = [LabelledValue(_line(e.value), _line(e.label)) for e in record.emails]
    card.add("fn").value = _line(record.full_name) or next(
        (email.value for email in emails if email.value), "(no name)"
    )
    card.add("n").value = vobject.vcard.Name(
        family=_line(record.family_name), given=_line(record.given_name)
    )
    if _line(record.organization):
        card.add("org").value = [_line(record.organization)]
    if _line(record.role_title):
        card.add("title").value = _line(record.role_title)
    group_numbers = iter(range(1, 10_000))
    for kind, values in (("email", emails), ("tel", record.phones)):
        for item in values:
            if _line(item.value):
                _add_labelled(card, kind, item, group_numbers)
    if clean_multiline(record.notes):
        card.add("note").value = clean_multiline(record.notes)
    if record.is_key_leader:
        card.add("x-partnerdesk-key-leader").value = YES
    if record.is_decision_maker:
        card.add("x-partnerdesk-decision-maker").value = YES
    return card.serialize()


def _add_labelled(
    card: vobject.base.Component, kind: str, item: LabelledValue, groups: Iterator[int]
) -> None:
    line = card.add(kind)
    line.value = _line(item.value)
    label = _line(item.label)
    if kind == "email":
        line.params["TYPE"] = ["INTERNET"]
    if not label:
        return
    if label in _VCARD_TYPES:
        line.params.setdefault("TYPE", []).append(_VCARD_TYPES[label])
        return
    group = f"item{next(groups)}"
    line.group = group
    label_line = card.add("x-ablabel")
    label_line.value = label
    label_line.group = group


def _numbered_cells(values: Sequence[LabelledValue], columns: int) -> list[str]:
    cells: list[str] = []
    for index in range(columns):
        item = values[index] if index < len(values) else LabelledValue("")
        cells += [_line(item.value), _line(item.label)]
    return cells


def _line(value: str) -> str:
    return clean_line(value or "")
