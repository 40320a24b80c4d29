"""Each real-world export maps to the right fields, accents intact (no store involved)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.imports.contact_files import detect_contact_file, read_contact_file
from partnerdesk.imports.contact_rows import ContactCandidate, RowProblem
from partnerdesk.imports.csv_formats import CsvFormat, row_columns, row_reader
from partnerdesk.imports.csv_mapping import ContactField, suggest_mapping
from partnerdesk.imports.errors import UnreadableFileError

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "imports"


def _read(name: str) -> tuple[str, list[ContactCandidate], list[RowProblem]]:
    contact_file = read_contact_file((SAMPLES / name).read_bytes())
    people = [item for item in contact_file.items if isinstance(item, ContactCandidate)]
    problems = [item for item in contact_file.items if isinstance(item, RowProblem)]
    return contact_file.detection.file_format, people, problems


def _by_name(people: list[ContactCandidate]) -> dict[str, ContactCandidate]:
    return {person.full_name: person for person in people}


def test_google_current_format() -> None:
    file_format, people, problems = _read("google_contacts.csv")
    assert file_format == "google-csv"
    assert problems == []
    jose = _by_name(people)["José Ramírez"]
    assert (jose.given_name, jose.family_name) == ("José", "Ramírez")
    assert jose.organization_name == "Clínica del Pueblo"
    assert jose.role_title == "Health Outreach Director"
    # " ::: " holds several values in one cell; "* Work" marks the primary label.
    assert jose.emails == [
        LabelledValue("jose.ramirez@clinica.example", "work"),
        LabelledValue("outreach@clinica.example", "work"),
        LabelledValue("jramirez@home.example", "home"),
    ]
    assert [phone.value for phone in jose.phones] == ["555-0101", "555-0102", "555-0103"]
    assert jose.notes == "Met at the spring health fair.\nPrefers calls in Spanish."
    names = [person.full_name for person in people]
    # A nickname or "File As" stands in when there is no name; a birthday without year reads.
    assert names == [
        "José Ramírez",
        "Zoë Ødegaard",
        "Auntie Rose",
        "Hope Street Shelter front desk",
    ]


def test_google_older_format_in_utf16() -> None:
    file_format, people, _ = _read("google_contacts_old_utf16le.csv")
    assert file_format == "google-csv-old"
    lan = _by_name(people)["Nguyễn Thị Lan"]
    assert (lan.given_name, lan.family_name) == ("Lan", "Nguyễn")
    assert lan.organization_name == "Eastside Food Collective"
    assert lan.role_title == "Pantry Coordinator"
    assert lan.emails == [LabelledValue("lan.nguyen@eastside.example", "work")]
    amara = _by_name(people)["Amara Okafor"]
    assert [email.value for email in amara.emails] == [
        "amara@tenants.example",
        "amara.okafor@home.example",
    ]


def test_outlook_desktop_in_windows_1252() -> None:
    file_format, people, problems = _read("outlook_desktop_cp1252.csv")
    assert file_format == "outlook-csv"
    assert problems == []  # "0/0/00" is Outlook's empty birthday, not an unreadable one
    zoe = _by_name(people)["Zoë Ødegaard"]
    # Outlook's "Title" is "Ms."; the role comes from "Job Title".
    assert zoe.role_title == "Volunteer Lead"
    assert zoe.organization_name == "Nordlys Community Kitchen"
    assert zoe.phones == [LabelledValue("555-0121", "work"), LabelledValue("555-0122", "mobile")]
    assert (
        zoe.notes
        == "Runs the Tuesday community dinner.\nAllergic to peanuts – keep them off the menu."
    )
    assert "François Dubois Jr." in _by_name(people)
    # No name at all: the e-mail display name, without its "(address)", is used.
    assert "Chinatown Seniors Association" in _by_name(people)


def test_outlook_com_in_utf8_with_bom_and_crlf() -> None:
    file_format, people, _ = _read("outlook_com_utf8_bom.csv")
    assert file_format == "outlook.com-csv"
    sam = _by_name(people)["Samuel Whitehorse"]
    assert sam.role_title == "Executive Director"
    assert sam.organization_name == "Hope Street Shelter"
    assert [email.value for email in sam.emails] == [
        "sam@hopestreet.example",
        "samuel.w@home.example",
    ]
    assert sam.notes == "Prefers email.\nBoard meets first Monday."


def test_generic_semicolon_file_in_windows_1252() -> None:
    detection = detect_contact_file((SAMPLES / "generic_semicolon_cp1252.csv").read_bytes())
    assert (detection.file_format, detection.encoding, detection.delimiter) == (
        "csv",
        "cp1252",
        ";",
    )
    assert detection.suggested_mapping == {
        "Full name": ContactField.FULL_NAME,
        "E-mail": ContactField.EMAIL,
        "Phone": ContactField.PHONE,
        "Organisation": ContactField.ORGANIZATION,
        "Job title": ContactField.ROLE,
        "Notes": ContactField.NOTES,
    }
    _, people, _ = _read("generic_semicolon_cp1252.csv")
    jose = _by_name(people)["José Ramírez"]
    assert jose.notes == "Llamó el 3 de mayo — quiere una reunión; donó 500 € a la despensa"
    assert _by_name(people)["Brontë Ó Súilleabháin"].notes == "Œuvre: “Reading Circle”"


def test_generic_file_in_utf16_big_endian_keeps_rtl_and_emoji() -> None:
    _, people, _ = _read("generic_utf16be.csv")
    by_name = _by_name(people)
    assert by_name["Nguyễn Thị Lan"].notes == "🍎 Apple drive lead"
    assert by_name["فاطمة السيد"].organization_name == "Hope Street Shelter"
    assert by_name["فاطمة السيد"].role_title == "Case Manager"  # "Title" means role here


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Name", "Email", "Phone"], ["full_name", "email", "phone"]),
        (["Full name", "E-mail", "Organisation"], ["full_name", "email", "organization"]),
        (
            ["First Name", "Last Name", "Company", "Role"],
            ["given_name", "family_name", "organization", "role"],
        ),
        (
            ["Nombre", "Correo electrónico", "Teléfono", "Organización", "Cargo"],
            ["full_name", "email", "phone", "organization", "role"],
        ),
        (["Work Phone", "Mobile", "Email 2", "Email Type"], ["phone", "phone", "email", None]),
        (["Title", "Job title", "Notes", "Favourite fruit"], ["role", "role", "notes", None]),
    ],
)
def test_suggested_mapping_from_header_names(headers: list[str], expected: list) -> None:
    mapping = suggest_mapping(headers)
    assert [mapping.get(header) for header in headers] == expected


def test_an_explicit_mapping_overrides_the_suggestion() -> None:
    data = b"Who,Reach at,Where\nAna Lima,ana@pantry.example,Eastside Food Collective\n"
    with pytest.raises(UnreadableFileError, match="which column holds names"):
        read_contact_file(data)
    contact_file = read_contact_file(
        data, {"Who": "full_name", "Reach at": "email", "Where": ContactField.ORGANIZATION}
    )
    (ana,) = contact_file.items
    assert isinstance(ana, ContactCandidate)
    assert (ana.full_name, ana.emails[0].value, ana.organization_name) == (
        "Ana Lima",
        "ana@pantry.example",
        "Eastside Food Collective",
    )


def test_a_mapping_naming_a_missing_column_or_field_is_refused() -> None:
    data = b"Name,Email\nAna,ana@x.example\n"
    with pytest.raises(ValueError, match='no column "Phone"'):
        read_contact_file(data, {"Phone": "phone"})
    with pytest.raises(ValueError, match="not a contact field"):
        read_contact_file(data, {"Name": "nickname"})


def test_bad_rows_are_reported_by_row_number_and_the_rest_is_read() -> None:
    _, people, problems = _read("bad_rows.csv")
    assert [(problem.number, problem.reason.split(":")[0]) for problem in problems] == [
        (3, "no name and no email"),
        (4, "unreadable date in birthday"),
        (5, "ragged row"),
        (8, "no name and no email"),  # row 7 spans two lines; rows count records
    ]
    assert [person.number for person in people] == [2, 6, 7, 10]
    assert _by_name(people)["Short Row"].emails[0].value == "short@tenants.example"
    assert _by_name(people)["Priya Natarajan"].notes == "Line one\nLine two"


def test_control_characters_are_removed_but_note_lines_kept() -> None:
    data = b'Name,Notes\n"Ana\x00 Lima\x0b","one\x07\r\ntwo\x1b"\n'
    (ana,) = read_contact_file(data).items
    assert isinstance(ana, ContactCandidate)
    assert (ana.full_name, ana.notes) == ("Ana Lima", "one\ntwo")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("binary_junk.csv", "binary"),
        ("renamed_pdf.csv", "PDF"),
        ("renamed_docx.csv", "Word"),
        ("empty.csv", "empty"),
        ("unknown_columns.csv", "names or e-mail"),
    ],
)
def test_unreadable_files_say_why(name: str, words: str) -> None:
    with pytest.raises(UnreadableFileError, match=words):
        read_contact_file((SAMPLES / name).read_bytes())


class _Watched(dict[str, str]):
    """Cells that note which headers a reader looks up."""

    def __init__(self, cells: dict[str, str]) -> None:
        super().__init__(cells)
        self.asked: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> str:
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.asked.add(str(key))
        return super().__contains__(key)


@pytest.mark.parametrize("csv_format", [f for f in CsvFormat if row_columns(f) is not None])
def test_a_reader_given_only_its_columns_looks_at_no_other(csv_format: CsvFormat) -> None:
    # The file is read with only row_columns() picked out of each row; a column the reader
    # uses but the list lacks would be silently empty.
    used = row_columns(csv_format) or frozenset()
    for cell in ("", "Ana (ana@x.example)"):  # empty cells make it try every fallback
        cells = _Watched({key: cell for key in used})
        row_reader(csv_format)(2, cells)
        assert cells.asked <= used
