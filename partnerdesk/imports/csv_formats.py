"""The CSV exports people really have: Google Contacts (current and older), Outlook
(desktop and Outlook.com), Thunderbird, LinkedIn's connections and PartnerDesk's own
export, recognised by their headers.

Each reader turns one row, given as {normalised header: cell}, into a candidate.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import TypedDict

from partnerdesk.core.contact_format import CSV_SIGNATURE_COLUMNS
from partnerdesk.core.translation import translate
from partnerdesk.imports.contact_rows import ReadItem, RowProblem, is_true, make_candidate

Cells = Mapping[str, str]
RowReader = Callable[[int, Cells], ReadItem]


class CsvFormat(StrEnum):
    GOOGLE = "google-csv"
    GOOGLE_OLD = "google-csv-old"
    OUTLOOK = "outlook-csv"
    OUTLOOK_COM = "outlook.com-csv"
    THUNDERBIRD = "thunderbird-csv"
    LINKEDIN = "linkedin-csv"
    PARTNERDESK = "partnerdesk-csv"
    GENERIC = "csv"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    CsvFormat.GOOGLE: "Google Contacts CSV",
    CsvFormat.GOOGLE_OLD: "Google Contacts CSV (older format)",
    CsvFormat.OUTLOOK: "Outlook CSV",
    CsvFormat.OUTLOOK_COM: "Outlook.com CSV",
    CsvFormat.THUNDERBIRD: "Thunderbird CSV",
    CsvFormat.LINKEDIN: "LinkedIn connections",
    CsvFormat.PARTNERDESK: "PartnerDesk CSV",
    CsvFormat.GENERIC: "CSV",
}

# Google puts several values in one cell: "a@x.example ::: b@x.example".
_GOOGLE_SEPARATOR = re.compile(r"\s*:::\s*")
_GOOGLE_PAIR = re.compile(r"^(e-mail|phone) (\d+) - (value)$")
_GOOGLE_OLD_PAIR = re.compile(r"^(e-mail|phone|organization) (\d+) - (type|value|name)$")

# Outlook's phone columns and the label each one means, primary ones first.
_OUTLOOK_PHONES = (
    ("primary phone", "main"),
    ("business phone", "work"),
    ("business phone 2", "work"),
    ("mobile phone", "mobile"),
    ("company main phone", "company"),
    ("home phone", "home"),
    ("home phone 2", "home"),
    ("other phone", "other"),
    ("assistant's phone", "assistant"),
    ("car phone", "car"),
    ("callback", "callback"),
    ("isdn", "ISDN"),
    ("pager", "pager"),
    ("radio phone", "radio"),
    ("telex", "telex"),
    ("tty/tdd phone", "TTY/TDD"),
    ("business fax", "work fax"),
    ("home fax", "home fax"),
    ("other fax", "other fax"),
)
_OUTLOOK_EMAILS = ("e-mail address", "e-mail 2 address", "e-mail 3 address")
# The address Outlook appends to a display name: "Ana Ruiz (ana@x.example)".
_DISPLAY_ADDRESS = re.compile(r"\s*\([^)]*@[^)]*\)\s*$")
_OUTLOOK_MARKERS = {
    "business phone",
    "mobile phone",
    "home phone",
    "job title",
    "company",
    "e-mail display name",
    "business street",
    "suffix",
}


def header_key(header: str) -> str:
    """Headers compared without case, surrounding spaces or doubled spaces."""
    return " ".join(header.replace("\ufeff", "").casefold().split())


def recognise_format(headers: Sequence[str]) -> CsvFormat:
    keys = {header_key(header) for header in headers}
    partnerdesk_keys = {header_key(column) for column in CSV_SIGNATURE_COLUMNS}
    if partnerdesk_keys <= keys:
        return CsvFormat.PARTNERDESK
    if any(_GOOGLE_PAIR.match(key) for key in keys) and (
        {"first name", "last name"} <= keys or "organization name" in keys or "labels" in keys
    ):
        return CsvFormat.GOOGLE
    if {"given name", "family name"} <= keys and (
        "group membership" in keys or any(_GOOGLE_OLD_PAIR.match(key) for key in keys)
    ):
        return CsvFormat.GOOGLE_OLD
    if {"given yomi", "surname yomi", "e-mail address"} <= keys:
        return CsvFormat.OUTLOOK_COM
    if {"first name", "last name", "e-mail address"} <= keys and len(keys & _OUTLOOK_MARKERS) >= 2:
        return CsvFormat.OUTLOOK
    if {"first name", "last name", "display name", "primary email"} <= keys:
        return CsvFormat.THUNDERBIRD
    if {"first name", "last name", "url", "email address", "connected on"} <= keys:
        return CsvFormat.LINKEDIN
    return CsvFormat.GENERIC


def row_reader(csv_format: CsvFormat) -> RowReader:
    return _READERS[csv_format]


def row_columns(csv_format: CsvFormat) -> frozenset[str] | None:
    """The header keys the format's reader looks at; None when it looks for numbered ones.

    Outlook writes 92 columns a row and its reader uses a third of them: giving it only
    those halves the cost of making each row's {header: cell} mapping.
    """
    return _COLUMNS.get(csv_format)


def read_google_row(number: int, cells: Cells) -> ReadItem:
    others = _other_places(
        _GOOGLE_SEPARATOR.split(cells.get("organization name", ""))[1:],
        _GOOGLE_SEPARATOR.split(cells.get("organization title", ""))[1:],
    )
    parts = (cells.get("first name", ""), cells.get("middle name", ""), cells.get("last name", ""))
    prefix, suffix = cells.get("name prefix", ""), cells.get("name suffix", "")
    return _with_other_places(
        others,
        make_candidate(
            number,
            full_name=_reordered(cells.get("file as", ""), parts),
            given_name=parts[0],
            middle_name=parts[1],
            family_name=parts[2],
            prefix=prefix,
            suffix=suffix,
            fallback_names=(cells.get("nickname", ""), cells.get("file as", "")),
            role_title=_first_of(cells.get("organization title", "")),
            organization_name=_first_of(cells.get("organization name", "")),
            emails=_google_pairs(cells, "e-mail", "label"),
            phones=_google_pairs(cells, "phone", "label"),
            notes=(cells.get("notes", ""), *others),
            dates=(("Birthday", cells.get("birthday", "")),),
            **_flags(_GOOGLE_SEPARATOR.split(cells.get("labels", ""))),
        ),
    )


def read_google_old_row(number: int, cells: Cells) -> ReadItem:
    others = _other_places(
        [cells.get(f"organization {n} - name", "") for n in range(2, 10)],
        [cells.get(f"organization {n} - title", "") for n in range(2, 10)],
    )
    return _with_other_places(
        others,
        make_candidate(
            number,
            full_name=cells.get("name", ""),
            given_name=cells.get("given name", ""),
            middle_name=cells.get("additional name", ""),
            family_name=cells.get("family name", ""),
            suffix=cells.get("name suffix", ""),
            fallback_names=(cells.get("nickname", ""), cells.get("short name", "")),
            role_title=_first_of(cells.get("organization 1 - title", "")),
            organization_name=_first_of(cells.get("organization 1 - name", "")),
            emails=_google_pairs(cells, "e-mail", "type"),
            phones=_google_pairs(cells, "phone", "type"),
            notes=(cells.get("notes", ""), *others),
            dates=(("Birthday", cells.get("birthday", "")),),
        ),
    )


def _reordered(name: str, parts: Sequence[str]) -> str:
    """``name`` when it holds every word of the name parts, in any order ("Nguyễn Thị Lan"
    for Lan, Thị, Nguyễn), maybe with more ("Dr. Maria Garcia PhD", "Maria Garcia
    (Pantry)": a title, a suffix or words no field holds), else "" (the parts make the
    name)."""
    words = Counter(" ".join(parts).split())
    return name if words and not words - Counter(name.split()) else ""


# Google's labels and Outlook's categories that carry PartnerDesk's flags
# (exports/contacts.py writes them).
_FLAG_GROUPS = {"key leader": "is_key_leader", "decision maker": "is_decision_maker"}


class _Flags(TypedDict):
    is_key_leader: bool
    is_decision_maker: bool


def _flags(groups: Sequence[str]) -> _Flags:
    named = {group.strip().removeprefix("* ").casefold() for group in groups}
    return _Flags(is_key_leader="key leader" in named, is_decision_maker="decision maker" in named)


# Google's own groups, not the user's: every contact is in "* myContacts", and "* starred"
# is the star. Nothing is lost when they are not kept.
_GOOGLE_SYSTEM_GROUPS = {"* mycontacts", "* starred"}
# The column holding groups, and how a cell separates them, where the reader reads flags.
_GROUP_COLUMNS: dict[CsvFormat, tuple[str, re.Pattern[str]]] = {
    CsvFormat.GOOGLE: ("labels", _GOOGLE_SEPARATOR),
    CsvFormat.OUTLOOK: ("categories", re.compile(r";")),
    CsvFormat.OUTLOOK_COM: ("categories", re.compile(r";")),
}


def whole_cell_test(csv_format: CsvFormat, header: str) -> Callable[[str], bool] | None:
    """For a column the reader uses only in part, a test of whether a cell of it holds
    nothing left out; None for other columns.

    Google's "Labels" and Outlook's "Categories": only the flags and Google's own groups.
    Outlook's "E-mail 2 Display Name" (and 3): the "Name (address)" Outlook makes of the
    contact's name and that address, both read from their own columns.
    """
    key = header_key(header)
    column = _GROUP_COLUMNS.get(csv_format)
    if column is not None and key == column[0]:
        return functools.partial(groups_all_read, csv_format)
    if csv_format in (CsvFormat.OUTLOOK, CsvFormat.OUTLOOK_COM) and key in (
        "e-mail 2 display name",
        "e-mail 3 display name",
    ):
        return lambda cell: bool(_DISPLAY_ADDRESS.search(cell))
    return None


def groups_all_read(csv_format: CsvFormat, cell: str) -> bool:
    """True when a group cell holds only the two flags and Google's own groups: nothing
    in it is left out (our own export writes "* myContacts ::: Key leader")."""
    column = _GROUP_COLUMNS.get(csv_format)
    if column is None:
        return False
    groups = {group.strip().casefold() for group in column[1].split(cell)} - {""}
    return groups <= _GOOGLE_SYSTEM_GROUPS | _FLAG_GROUPS.keys()


def _other_places(names: list[str], titles: list[str]) -> list[str]:
    """ "Also: Treasurer, Neighbourhood Council" for each organization after the first.

    PartnerDesk keeps one organization a contact belongs to; the others go in the notes.
    """
    places = []
    for index, name in enumerate(names):
        title = titles[index].strip() if index < len(titles) else ""
        place = ", ".join(part for part in (title, name.strip()) if part)
        if place:
            places.append(f"Also: {place}")
    return places


def _with_other_places(places: list[str], item: ReadItem) -> ReadItem:
    if places and not isinstance(item, RowProblem):
        item.warnings.append(
            "the other organizations are kept in the notes (a contact has one organization)"
        )
    return item


def read_outlook_row(number: int, cells: Cells) -> ReadItem:
    # Outlook's "Title" is the courtesy title (Ms., Dr.); the role is "Job Title".
    emails = [(cells.get(column, ""), "") for column in _OUTLOOK_EMAILS]
    parts = (cells.get("first name", ""), cells.get("middle name", ""), cells.get("last name", ""))
    suffix = cells.get("suffix", "")
    shown = cells.get("e-mail display name", "")
    return make_candidate(
        number,
        # The display name keeps the order the person writes their name in.
        full_name=_reordered(_DISPLAY_ADDRESS.sub("", shown), parts) if shown else "",
        given_name=parts[0],
        middle_name=parts[1],
        family_name=parts[2],
        suffix=suffix,
        fallback_names=_outlook_fallback_names(cells),
        role_title=cells.get("job title", ""),
        organization_name=cells.get("company", ""),
        emails=emails,
        # Outlook has 19 phone columns, nearly all empty: only the filled ones are kept.
        phones=[
            (value, label) for column, label in _OUTLOOK_PHONES if (value := cells.get(column))
        ],
        notes=(cells.get("notes", ""),),
        dates=(
            ("Birthday", cells.get("birthday", "")),
            ("Anniversary", cells.get("anniversary", "")),
        ),
        **_flags(cells.get("categories", "").split(";")),
    )


def _outlook_fallback_names(cells: Cells) -> Iterator[str]:
    """The nickname, then the display name without its address ("Ana (ana@x.example)").

    Lazily: nearly every row has a name of its own, and the display name costs a regex.
    """
    yield cells.get("nickname", "")
    yield _DISPLAY_ADDRESS.sub("", cells.get("e-mail display name", ""))


# Thunderbird's phone columns and the label each one means.
_THUNDERBIRD_PHONES = (
    ("work phone", "work"),
    ("home phone", "home"),
    ("mobile number", "mobile"),
    ("fax number", "fax"),
    ("pager number", "pager"),
)
_THUNDERBIRD_PERSON = ("first name", "last name", "primary email", "secondary email")


def read_thunderbird_row(number: int, cells: Cells) -> ReadItem:
    # A mailing list is exported as a row with only its name, nickname and description.
    if cells.get("display name", "").strip() and not any(
        cells.get(column, "").strip()
        for column in (*_THUNDERBIRD_PERSON, *(column for column, _ in _THUNDERBIRD_PHONES))
    ):
        name = cells.get("display name", "").strip()
        return RowProblem(
            number,
            translate("ContactRows", 'a mailing list ("{name}"), not a person').format(name=name),
        )
    return make_candidate(
        number,
        given_name=cells.get("first name", ""),
        family_name=cells.get("last name", ""),
        fallback_names=(cells.get("display name", ""), cells.get("nickname", "")),
        role_title=cells.get("job title", ""),
        organization_name=cells.get("organization", ""),
        emails=[(cells.get("primary email", ""), ""), (cells.get("secondary email", ""), "")],
        phones=[(cells.get(column, ""), label) for column, label in _THUNDERBIRD_PHONES],
        # Birth Year, Month and Day have no place in PartnerDesk: they are listed among
        # the columns left out (contact_files.py), never a reason to leave the person out.
        notes=(cells.get("notes", ""),),
    )


def read_linkedin_row(number: int, cells: Cells) -> ReadItem:
    url = cells.get("url", "").strip()
    return make_candidate(
        number,
        given_name=cells.get("first name", ""),
        family_name=cells.get("last name", ""),
        role_title=cells.get("position", ""),
        organization_name=cells.get("company", ""),
        emails=[(cells.get("email address", ""), "")],
        # The profile's address has no field of its own; the notes keep it.
        notes=(f"LinkedIn: {url}" if url else "",),
    )


def read_partnerdesk_row(number: int, cells: Cells) -> ReadItem:
    return make_candidate(
        number,
        full_name=cells.get("full name", ""),
        given_name=cells.get("given name", ""),
        family_name=cells.get("family name", ""),
        role_title=cells.get("role", ""),
        organization_name=cells.get("organization", ""),
        emails=_numbered_pairs(cells, "e-mail"),
        phones=_numbered_pairs(cells, "phone"),
        notes=(cells.get("notes", ""),),
        is_key_leader=is_true(cells.get("key leader", "")),
        is_decision_maker=is_true(cells.get("decision maker", "")),
    )


def _first_of(cell: str) -> str:
    return _GOOGLE_SEPARATOR.split(cell, maxsplit=1)[0]


def _google_pairs(cells: Cells, kind: str, label_word: str) -> list[tuple[str, str]]:
    """E-mails or phones from "Kind N - Value" and "Kind N - Label" (or "- Type")."""
    pairs: list[tuple[str, str]] = []
    number = 1
    while f"{kind} {number} - value" in cells:
        values = [v for v in _GOOGLE_SEPARATOR.split(cells[f"{kind} {number} - value"]) if v]
        labels = _GOOGLE_SEPARATOR.split(cells.get(f"{kind} {number} - {label_word}", ""))
        for index, value in enumerate(values):
            # One label per value when Google wrote as many; otherwise it applies to all.
            label = labels[index] if len(labels) == len(values) else labels[0]
            pairs.append((value, _as_stored(label)))
        number += 1
    return pairs


# Google writes its standard labels capitalised ("Work", "* Mobile"); PartnerDesk keeps
# them as vCards and Outlook's columns give them ("work", "mobile"), so a contact reads
# the same whichever file it came from, and our own Google export re-imports unchanged.
# A label the user made up ("Pantry line") stays as written.
_GOOGLE_STANDARD_LABELS = frozenset(
    {
        "home", "work", "other", "mobile", "main", "home fax", "work fax", "pager",
        "google voice", "work mobile", "work pager", "assistant", "callback", "car",
        "company main", "isdn", "radio", "telex", "tty/tdd",
    }
)  # fmt: skip


def _as_stored(label: str) -> str:
    bare = label.strip().removeprefix("* ")
    if bare.casefold() not in _GOOGLE_STANDARD_LABELS:
        return label
    return label.replace(bare, bare.casefold())


def _numbered_pairs(cells: Cells, kind: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    number = 1
    while f"{kind} {number}" in cells:
        pairs.append((cells[f"{kind} {number}"], cells.get(f"{kind} {number} label", "")))
        number += 1
    return pairs


_OUTLOOK_COLUMNS = frozenset(
    {
        "first name",
        "middle name",
        "last name",
        "suffix",
        "nickname",
        "e-mail display name",
        "job title",
        "company",
        "notes",
        "birthday",
        "anniversary",
        "categories",
        *_OUTLOOK_EMAILS,
        *(column for column, _ in _OUTLOOK_PHONES),
    }
)
_THUNDERBIRD_COLUMNS = frozenset(
    {
        *_THUNDERBIRD_PERSON,
        "display name",
        "nickname",
        "job title",
        "organization",
        "notes",
        *(column for column, _ in _THUNDERBIRD_PHONES),
    }
)
_LINKEDIN_COLUMNS = frozenset(
    {"first name", "last name", "url", "email address", "company", "position"}
)
_COLUMNS = {
    CsvFormat.OUTLOOK: _OUTLOOK_COLUMNS,
    CsvFormat.OUTLOOK_COM: _OUTLOOK_COLUMNS,
    CsvFormat.THUNDERBIRD: _THUNDERBIRD_COLUMNS,
    CsvFormat.LINKEDIN: _LINKEDIN_COLUMNS,
}

_READERS: dict[CsvFormat, RowReader] = {
    CsvFormat.GOOGLE: read_google_row,
    CsvFormat.GOOGLE_OLD: read_google_old_row,
    CsvFormat.OUTLOOK: read_outlook_row,
    CsvFormat.OUTLOOK_COM: read_outlook_row,
    CsvFormat.THUNDERBIRD: read_thunderbird_row,
    CsvFormat.LINKEDIN: read_linkedin_row,
    CsvFormat.PARTNERDESK: read_partnerdesk_row,
}


# What each column a known format's reader uses becomes, in the words of the preview and
# of `import --dry-run`; the numbered ones (Google's "E-mail 2 - Value") by pattern.
_GOOGLE_USES = {
    "first name": "first name",
    "middle name": "middle name",
    "last name": "last name",
    "name prefix": "name prefix",
    "name suffix": "name suffix",
    "nickname": "name (when there is no other)",
    "file as": "name (as written, or when there is no other)",
    "organization title": "role",
    "organization name": "organization",
    "notes": "notes",
    "birthday": "birthday (checked, not kept)",
}
_GOOGLE_OLD_USES = {
    "name": "full name",
    "given name": "first name",
    "additional name": "middle name",
    "family name": "last name",
    "name suffix": "name suffix",
    "nickname": "name (when there is no other)",
    "short name": "name (when there is no other)",
    "organization 1 - title": "role",
    "organization 1 - name": "organization",
    **{
        f"organization {n} - {part}": "notes (another organization)"
        for n in range(2, 10)
        for part in ("name", "title")
    },
    "notes": "notes",
    "birthday": "birthday (checked, not kept)",
}
_OUTLOOK_USES = {
    "first name": "first name",
    "middle name": "middle name",
    "last name": "last name",
    "suffix": "name suffix",
    "nickname": "name (when there is no other)",
    "e-mail display name": "name (when there is no other)",
    "job title": "role",
    "company": "organization",
    "notes": "notes",
    "birthday": "birthday (checked, not kept)",
    "anniversary": "anniversary (checked, not kept)",
    **dict.fromkeys(_OUTLOOK_EMAILS, "email"),
    **{column: f"phone ({label})" for column, label in _OUTLOOK_PHONES},
}
_PARTNERDESK_USES = {
    "full name": "full name",
    "given name": "first name",
    "family name": "last name",
    "role": "role",
    "organization": "organization",
    "notes": "notes",
    "key leader": "key leader",
    "decision maker": "decision maker",
}
_NUMBERED_USES: dict[CsvFormat, tuple[re.Pattern[str], ...]] = {
    CsvFormat.GOOGLE: (re.compile(r"^(e-mail|phone) \d+ - (value|label)$"),),
    CsvFormat.GOOGLE_OLD: (re.compile(r"^(e-mail|phone) \d+ - (value|type)$"),),
    CsvFormat.PARTNERDESK: (re.compile(r"^(e-mail|phone) \d+( label)?$"),),
}
_THUNDERBIRD_USES = {
    "first name": "first name",
    "last name": "last name",
    "display name": "name (when there is no other)",
    "nickname": "name (when there is no other)",
    "primary email": "email",
    "secondary email": "email",
    "job title": "role",
    "organization": "organization",
    "notes": "notes",
    **{column: f"phone ({label})" for column, label in _THUNDERBIRD_PHONES},
}
_LINKEDIN_USES = {
    "first name": "first name",
    "last name": "last name",
    "email address": "email",
    "company": "organization",
    "position": "role",
    "url": "notes (the profile's address)",
}
_USES: dict[CsvFormat, dict[str, str]] = {
    CsvFormat.THUNDERBIRD: _THUNDERBIRD_USES,
    CsvFormat.LINKEDIN: _LINKEDIN_USES,
    CsvFormat.GOOGLE: _GOOGLE_USES,
    CsvFormat.GOOGLE_OLD: _GOOGLE_OLD_USES,
    CsvFormat.OUTLOOK: _OUTLOOK_USES,
    CsvFormat.OUTLOOK_COM: _OUTLOOK_USES,
    CsvFormat.PARTNERDESK: _PARTNERDESK_USES,
}


# Google's "Labels" and Outlook's "Categories" are read for the two flags only: other
# groups are lost, so those columns are named among the ones left out when they hold any
# (see groups_all_read).


def column_uses(csv_format: CsvFormat, headers: Sequence[str]) -> dict[str, str]:
    """{header: what PartnerDesk makes of it} for the columns a known format's reader uses."""
    table = _USES.get(csv_format, {})
    patterns = _NUMBERED_USES.get(csv_format, ())
    uses: dict[str, str] = {}
    for header in headers:
        key = header_key(header)
        if key in table:
            uses.setdefault(header, table[key])
            continue
        for pattern in patterns:
            found = pattern.match(key)
            if found:
                kind = "email" if found.group(1) == "e-mail" else "phone"
                is_label = found.group(found.lastindex or 1) in ("label", "type", " label")
                uses.setdefault(header, f"{kind} label" if is_label else kind)
    return uses
