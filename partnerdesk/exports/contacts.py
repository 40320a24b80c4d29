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
    parts = name_parts(record)
    card.add("n").value = vobject.vcard.Name(
        family=parts.family,
        given=parts.given,
        additional=parts.middle,
        prefix=parts.prefix,
        suffix=parts.suffix,
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


# --- For other programs: Google Contacts and Outlook CSV, one vCard per contact ---------
#
# Each program imports its own export's header; these are exactly those names, in their
# order. Neither program reads formulas, but the files may be opened in a spreadsheet:
# a cell starting with "=" or "@" (or a tab or carriage return) gets a quote in front;
# "+" and "-" are left alone, as phone numbers ("+1 413…") and notes ("- met at…")
# start with them and the address books would keep the quote.
_RISKY_STARTS = ("=", "@", "\t", "\r")
# Google's labels (its groups) and Outlook's categories carry the two flags, which
# neither program has a field for; the importers read them back.
KEY_LEADER_GROUP = "Key leader"
DECISION_MAKER_GROUP = "Decision maker"

GOOGLE_FIXED_COLUMNS = (
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels",
)  # fmt: skip
OUTLOOK_COLUMNS = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business Street 2", "Business Street 3", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
    "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3", "Other City",
    "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone",
    "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone",
    "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone",
    "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address",
    "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
    "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage",
    "Notes", "Office Location", "Organizational ID Number", "Other Address PO Box",
    "Priority", "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1",
    "User 2", "User 3", "User 4", "Web Page",
)  # fmt: skip
# Outlook has one column per kind of phone: a label picks the column, the first free of
# these takes the others (and a second of a kind).
_OUTLOOK_PHONE_COLUMNS = {
    "work": ("Business Phone", "Business Phone 2"),
    "mobile": ("Mobile Phone",),
    "cell": ("Mobile Phone",),
    "home": ("Home Phone", "Home Phone 2"),
    "main": ("Primary Phone",),
    "fax": ("Business Fax",),
    "work fax": ("Business Fax",),
    "home fax": ("Home Fax",),
    "pager": ("Pager",),
    "company": ("Company Main Phone",),
    "assistant": ("Assistant's Phone",),
    "car": ("Car Phone",),
}
_OUTLOOK_SPARE_PHONES = (
    "Other Phone", "Business Phone 2", "Home Phone 2", "Callback", "Radio Phone", "Car Phone",
    "Company Main Phone", "Other Fax", "ISDN", "Telex",
)  # fmt: skip
_OUTLOOK_EMAILS = ("E-mail", "E-mail 2", "E-mail 3")


# Words around a name that say how to address or credit the person, recognised with or
# without the dot and in any case: they go in the programs' prefix and suffix fields.
_COURTESY_TITLES = frozenset(
    {
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "rev", "fr", "sr", "sra", "srta", "dra",
        "hon", "mme", "mlle", "m", "herr", "frau",
    }
)  # fmt: skip
_NAME_SUFFIXES = frozenset(
    {
        "jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "do", "dds", "dmd", "rn", "np", "pa",
        "msw", "lcsw", "mph", "mba", "esq", "cpa", "jd", "edd", "ma", "ms", "bsn", "msn",
    }
)  # fmt: skip


@dataclass(frozen=True)
class NameParts:
    """A name in the fields address books have: "Dr." "Maria" "" "Garcia" "PhD"."""

    prefix: str = ""
    given: str = ""
    middle: str = ""
    family: str = ""
    suffix: str = ""


def name_parts(record: ContactRecord) -> NameParts:
    """The name's parts, with what the full name holds besides the given and family names
    put where it belongs: words between them are the middle name ("Nguyễn Thị Lan", given
    "Lan", family "Nguyễn": "Thị"), a courtesy title before them the prefix, a suffix
    after them ("PhD", "Jr.") the suffix. Words that are none of these are left out: the
    full name travels whole beside the parts ("File As", the display name, FN)."""
    given, family = _line(record.given_name), _line(record.family_name)
    if not (given or family):
        return NameParts()
    words = _line(record.full_name).split()
    bare = [word.strip(",").casefold() for word in words]
    given_at = _find(bare, given)
    family_at = _find(bare, family)
    if given_at is None or family_at is None:
        return NameParts(given=given, family=family)
    first, second = sorted((given_at, family_at))
    middle = words[first[1] : second[0]] if first[1] <= second[0] else []
    before, after = words[: first[0]], words[second[1] :]
    return NameParts(
        prefix=_recognised(before, _COURTESY_TITLES),
        given=given,
        middle=" ".join(middle),
        family=family,
        suffix=_recognised(after, _NAME_SUFFIXES),
    )


def _find(words: list[str], part: str) -> tuple[int, int] | None:
    """(start, end) of the part's words in the name's, or None."""
    wanted = [word.strip(",").casefold() for word in part.split()]
    for start in range(len(words) - len(wanted) + 1):
        if wanted and words[start : start + len(wanted)] == wanted:
            return start, start + len(wanted)
    return None


def _recognised(words: list[str], known: frozenset[str]) -> str:
    """The words as written when every one is known ("Dr.", "PhD,"), else ""."""
    if words and all(word.strip(",").rstrip(".").casefold() in known for word in words):
        return " ".join(word.strip(",") for word in words)
    return ""


def write_google_csv(records: Sequence[ContactRecord], stream: TextIO) -> None:
    """Google Contacts' own CSV ("Google CSV"), which its import reads column for column."""
    emails = max([1, *(len(record.emails) for record in records)])
    phones = max([1, *(len(record.phones) for record in records)])
    header = list(GOOGLE_FIXED_COLUMNS)
    for number in range(1, emails + 1):
        header += [f"E-mail {number} - Label", f"E-mail {number} - Value"]
    for number in range(1, phones + 1):
        header += [f"Phone {number} - Label", f"Phone {number} - Value"]
    writer = csv.writer(stream)
    writer.writerow(header)
    for record in records:
        parts = name_parts(record)
        cells = dict.fromkeys(header, "")
        cells.update(
            {
                "Name Prefix": parts.prefix,
                "First Name": parts.given,
                "Middle Name": parts.middle,
                "Last Name": parts.family,
                "Name Suffix": parts.suffix,
                # Google shows "File as" as the name: the name as the person writes it,
                # which is also how a name without parts travels.
                "File As": _line(record.full_name),
                "Organization Name": _line(record.organization),
                "Organization Title": _line(record.role_title),
                "Notes": clean_multiline(record.notes),
                "Labels": " ::: ".join(["* myContacts", *_flag_groups(record)]),
            }
        )
        for kind, values in (("E-mail", record.emails), ("Phone", record.phones)):
            for number, item in enumerate(values, start=1):
                cells[f"{kind} {number} - Label"] = _google_label(item.label, number == 1)
                cells[f"{kind} {number} - Value"] = _line(item.value)
        writer.writerow([_safe(cell) for cell in cells.values()])


def write_outlook_csv(records: Sequence[ContactRecord], stream: TextIO) -> None:
    """The CSV classic Outlook exports (its 92 columns), which Outlook and Outlook.com
    import by these names."""
    writer = csv.writer(stream, quoting=csv.QUOTE_ALL)  # as Outlook writes it
    writer.writerow(OUTLOOK_COLUMNS)
    for record in records:
        parts = name_parts(record)
        given, family = parts.given, parts.family
        if not (given or family):  # Outlook names people by these: split the full name
            given, _, family = _line(record.full_name).partition(" ")
        cells = dict.fromkeys(OUTLOOK_COLUMNS, "")
        cells.update(
            {
                "Title": parts.prefix,
                "First Name": given,
                "Middle Name": parts.middle,
                "Last Name": family,
                "Suffix": parts.suffix,
                "Company": _line(record.organization),
                "Job Title": _line(record.role_title),
                "Notes": clean_multiline(record.notes),
                "Categories": ";".join(_flag_groups(record)),
            }
        )
        for column, item in zip(_OUTLOOK_EMAILS, record.emails, strict=False):
            address = _line(item.value)
            cells[f"{column} Address"] = address
            cells[f"{column} Type"] = "SMTP"
            cells[f"{column} Display Name"] = f"{_line(record.full_name)} ({address})"
        # Outlook has three e-mail columns and one per kind of phone: what does not fit
        # goes in the notes rather than nowhere.
        extra = [f"E-mail: {_line(item.value)}" for item in record.emails[3:]]
        for item in record.phones:
            phone_column = _outlook_phone_column(item.label, cells)
            if phone_column is not None:
                cells[phone_column] = _line(item.value)
            else:
                label = f" ({_line(item.label)})" if _line(item.label) else ""
                extra.append(f"Phone{label}: {_line(item.value)}")
        if extra:
            cells["Notes"] = "\n".join(part for part in (cells["Notes"], *extra) if part)
        writer.writerow([_safe(cell) for cell in cells.values()])


def _outlook_phone_column(label: str, cells: dict[str, str]) -> str | None:
    wanted = _OUTLOOK_PHONE_COLUMNS.get(_line(label).casefold(), ())
    return next((c for c in (*wanted, *_OUTLOOK_SPARE_PHONES) if not cells[c]), None)


def _flag_groups(record: ContactRecord) -> list[str]:
    return [
        group
        for group, flag in (
            (KEY_LEADER_GROUP, record.is_key_leader),
            (DECISION_MAKER_GROUP, record.is_decision_maker),
        )
        if flag
    ]


def _google_label(label: str, primary: bool) -> str:
    """Google writes "* " before the first (primary) value's label."""
    text = _line(label)
    shown = text[:1].upper() + text[1:] if text.islower() else text
    return f"* {shown}" if primary and shown else shown


def _safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_RISKY_STARTS) else cell


def vcard_file_name(record: ContactRecord, taken: set[str]) -> str:
    """A file name for one contact's card: its name, safe on every system, never twice."""
    name = _line(record.full_name) or "contact"
    safe = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(". ")
    stem = (safe or "contact")[:80]
    candidate, number = f"{stem}.vcf", 2
    while candidate.casefold() in taken:
        candidate, number = f"{stem} ({number}).vcf", number + 1
    taken.add(candidate.casefold())
    return candidate


def contact_vcard_for_outlook(record: ContactRecord) -> str:
    """One card as classic Outlook reads it: it takes text without a CHARSET parameter
    as the Windows code page, so every text line says CHARSET=UTF-8."""
    card = vobject.readOne(contact_vcard(record))
    for lines in card.contents.values():
        for line in lines:
            if line.name.upper() in _TEXT_PROPERTIES:
                line.params["CHARSET"] = ["UTF-8"]
    return str(card.serialize())


_TEXT_PROPERTIES = {"FN", "N", "ORG", "TITLE", "NOTE", "X-ABLABEL", "NICKNAME"}
