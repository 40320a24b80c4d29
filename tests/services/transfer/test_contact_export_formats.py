"""Exports for Google Contacts and Outlook, and one vCard per contact (issue 20): the
headers those programs import, and every export re-imports as the same contacts."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vobject
from sqlalchemy import select

from partnerdesk.exports.contacts import GOOGLE_FIXED_COLUMNS, OUTLOOK_COLUMNS
from partnerdesk.imports import phones
from partnerdesk.paths import DataLocation
from partnerdesk.services.errors import UnsupportedExportError
from partnerdesk.services.transfer.contact_export import export_contacts
from partnerdesk.services.transfer.contact_import import apply_import, preview_import
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import Contact, ContactEmail, ContactPhone, Organization
from tests.imports import real_files

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"


@pytest.fixture(autouse=True)
def _in_the_united_states(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phones, "default_region", lambda: "US")


@pytest.fixture
def other_database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DataLocation(tmp_path / "other-store"))
    yield database
    database.close()


def _import(database: Database, path: Path) -> None:
    apply_import(database, preview_import(database, path))


def _fill(database: Database, tmp_path: Path) -> None:
    for name in ("google_contacts.csv", "outlook_desktop_cp1252.csv", "apple_v30.vcf"):
        _import(database, SAMPLES / name)
    for name, sample in (
        ("thunderbird.csv", real_files.thunderbird_csv),
        ("Connections.csv", real_files.linkedin_csv),
        ("kontakte.csv", real_files.german_excel_csv),
    ):
        path = tmp_path / name
        path.write_bytes(sample())
        _import(database, path)
    with database.session() as session:
        organization = Organization(name="Eastside Food Collective")
        lan = Contact(
            full_name="Nguyễn Thị Lan",
            given_name="Lan",
            family_name="Nguyễn",
            organization=organization,
            role_title="Pantry Coordinator",
            background="=SUM(A1) is not a formula here\n- met at the fair",
            is_key_leader=True,
            is_decision_maker=True,
        )
        lan.emails += [
            ContactEmail(address="lan@eastside.example", label="work", position=0),
            ContactEmail(address="lan.home@home.example", label="home", position=1),
        ]
        lan.phones += [
            ContactPhone(number="+1 (413) 555-0142", label="mobile", position=0),
            ContactPhone(number="(413) 555-0143", label="work", position=1),
        ]
        session.add(lan)


def _contacts(database: Database, *, labels: bool, parts: bool = True) -> list[tuple[Any, ...]]:
    """What every format carries: the name as written and its parts, organization, role,
    addresses, numbers, notes, flags; labels (case aside) where the format has them.

    Outlook names people by their first and last names: a name without parts ("Auntie
    Rose") comes back with the full name split into them (``parts=False``).
    """
    with database.session() as session:
        contacts = session.scalars(select(Contact).where(Contact.deleted_at.is_(None)))
        return sorted(
            (
                contact.full_name,
                contact.given_name if parts else "",
                contact.family_name if parts else "",
                contact.organization.name if contact.organization else "",
                contact.role_title,
                tuple((e.address, e.label.casefold() if labels else "") for e in contact.emails),
                # Outlook's phones come back in its columns' order.
                _in_order(
                    [(p.number, p.label.casefold() if labels else "") for p in contact.phones],
                    keep=labels,
                ),
                contact.background,
                contact.is_key_leader,
                contact.is_decision_maker,
            )
            for contact in contacts
        )


def _in_order(values: list[tuple[str, str]], *, keep: bool) -> tuple[tuple[str, str], ...]:
    return tuple(values if keep else sorted(values))


@pytest.mark.parametrize(
    ("name", "file_format", "labels"),
    [
        ("for-google.csv", "google", True),
        ("for-outlook.csv", "outlook", False),
        ("partnerdesk.csv", "partnerdesk", True),
        ("cards.vcf", "vcard", True),
        ("cards.zip", "vcard-per-contact", True),
        ("cards", "vcard-per-contact", True),
    ],
)
def test_every_export_reimports_as_the_same_contacts(
    database: Database,
    other_database: Database,
    tmp_path: Path,
    name: str,
    file_format: str,
    labels: bool,
) -> None:
    _fill(database, tmp_path)
    target = tmp_path / name
    count = export_contacts(database, target, file_format)
    assert count == len(_contacts(database, labels=False))
    if target.suffix == ".zip":
        with zipfile.ZipFile(target) as archive:
            for member in archive.namelist():
                path = tmp_path / "unzipped" / member
                path.parent.mkdir(exist_ok=True)
                path.write_bytes(archive.read(member))
        cards = sorted((tmp_path / "unzipped").iterdir())
    elif target.is_dir():
        cards = sorted(target.iterdir())
    else:
        cards = [target]
    for card in cards:
        _import(other_database, card)
    parts = file_format != "outlook"
    assert _contacts(other_database, labels=labels, parts=parts) == _contacts(
        database, labels=labels, parts=parts
    )


def _rows(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, as both programs read it
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_google_csv_has_googles_columns_and_conventions(
    database: Database, tmp_path: Path
) -> None:
    _fill(database, tmp_path)
    target = tmp_path / "google.csv"
    export_contacts(database, target, "google")
    rows = _rows(target)
    header = list(rows[0])
    assert header[: len(GOOGLE_FIXED_COLUMNS)] == list(GOOGLE_FIXED_COLUMNS)
    assert header[len(GOOGLE_FIXED_COLUMNS) :][:4] == [
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "E-mail 2 - Label",
        "E-mail 2 - Value",
    ]
    assert "Phone 1 - Value" in header
    lan = next(row for row in rows if row["File As"] == "Nguyễn Thị Lan")
    assert (lan["First Name"], lan["Middle Name"], lan["Last Name"]) == ("Lan", "Thị", "Nguyễn")
    assert (lan["Organization Name"], lan["Organization Title"]) == (
        "Eastside Food Collective",
        "Pantry Coordinator",
    )
    assert (lan["E-mail 1 - Label"], lan["E-mail 1 - Value"]) == ("* Work", "lan@eastside.example")
    assert (lan["Phone 1 - Label"], lan["Phone 1 - Value"]) == ("* Mobile", "+1 (413) 555-0142")
    assert lan["Labels"] == "* myContacts ::: Key leader ::: Decision maker"
    # Spreadsheets would run "=..."; notes starting with "-" are left as they are.
    assert lan["Notes"] == "'=SUM(A1) is not a formula here\n- met at the fair"


def test_the_outlook_csv_has_outlooks_columns(database: Database, tmp_path: Path) -> None:
    _fill(database, tmp_path)
    target = tmp_path / "outlook.csv"
    export_contacts(database, target, "outlook")
    rows = _rows(target)
    assert tuple(rows[0]) == OUTLOOK_COLUMNS
    assert len(OUTLOOK_COLUMNS) == 92
    lan = next(row for row in rows if row["E-mail Address"] == "lan@eastside.example")
    assert (lan["First Name"], lan["Middle Name"], lan["Last Name"]) == ("Lan", "Thị", "Nguyễn")
    assert (lan["Company"], lan["Job Title"]) == ("Eastside Food Collective", "Pantry Coordinator")
    assert (lan["E-mail Type"], lan["E-mail Display Name"]) == (
        "SMTP",
        "Nguyễn Thị Lan (lan@eastside.example)",
    )
    assert lan["E-mail 2 Address"] == "lan.home@home.example"
    assert (lan["Mobile Phone"], lan["Business Phone"]) == ("+1 (413) 555-0142", "(413) 555-0143")
    assert lan["Categories"] == "Key leader;Decision maker"
    assert target.read_bytes().count(b'"') >= 2 * 92  # every cell quoted, as Outlook writes


def test_cards_for_outlook_say_their_charset_and_keep_the_middle_name(
    database: Database, tmp_path: Path
) -> None:
    _fill(database, tmp_path)
    target = tmp_path / "cards.zip"
    export_contacts(database, target)  # .zip: one card per contact by default
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        text = archive.read("Nguyễn Thị Lan.vcf").decode("utf-8")
    assert len(names) == len(set(names)) == len(_contacts(database, labels=False))
    assert text.count("BEGIN:VCARD") == 1
    assert "N;CHARSET=UTF-8:Nguyễn;Lan;Thị;;" in text
    assert "FN;CHARSET=UTF-8:Nguyễn Thị Lan" in text
    card = vobject.readOne(text)
    assert card.n.value.additional == "Thị"
    single = tmp_path / "all.vcf"
    export_contacts(database, single)
    assert "N:Nguyễn;Lan;Thị;;" in single.read_text(encoding="utf-8")


def test_a_folder_of_cards_is_never_written_over_files(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me")
    with pytest.raises(UnsupportedExportError, match="empty folder"):
        export_contacts(database, folder, "vcard-per-contact")
    with pytest.raises(UnsupportedExportError, match=r"\.csv file"):
        export_contacts(database, tmp_path / "x.vcf", "google")


def test_what_outlook_has_no_column_for_goes_in_its_notes(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        many = Contact(full_name="Kwame Mensah", given_name="Kwame", family_name="Mensah")
        many.emails += [
            ContactEmail(address=f"kwame{n}@soccer.example", label="", position=n) for n in range(4)
        ]
        many.phones += [
            ContactPhone(number=f"(413) 555-01{n:02d}", label="mobile", position=n)
            for n in range(12)
        ]
        session.add(many)
    target = tmp_path / "outlook.csv"
    export_contacts(database, target, "outlook")
    (row,) = _rows(target)
    assert row["E-mail 3 Address"] == "kwame2@soccer.example"
    assert row["Notes"] == ("E-mail: kwame3@soccer.example\nPhone (mobile): (413) 555-0111")


@pytest.mark.parametrize(("name", "file_format"), [("g.csv", "google"), ("o.csv", "outlook")])
def test_our_own_export_reimports_without_columns_left_out(
    database: Database, tmp_path: Path, name: str, file_format: str
) -> None:
    # Labels holding only "* myContacts" and the flags are read back whole: no warning.
    _fill(database, tmp_path)
    target = tmp_path / name
    export_contacts(database, target, file_format)
    plan = preview_import(database, target)
    # Outlook's display names of the second and third e-mail are "Name (address)": read.
    assert plan.unmapped_columns == []


def test_groups_besides_the_flags_are_still_named_as_left_out(tmp_path: Path) -> None:
    from partnerdesk.imports.contact_files import read_contact_file

    google = real_files.csv_bytes(
        real_files.GOOGLE_HEADER,
        [
            {"First Name": "Ana", "Labels": "* myContacts ::: * starred ::: Key leader"},
            {"First Name": "Bo", "Labels": "* myContacts ::: Decision maker"},
        ],
    )
    assert "Labels" not in read_contact_file(google).unmapped
    grouped = real_files.csv_bytes(
        real_files.GOOGLE_HEADER,
        [{"First Name": "Ana", "Labels": "* myContacts ::: Key leader ::: Board"}],
    )
    assert "Labels" in read_contact_file(grouped).unmapped
    outlook = real_files.csv_bytes(
        real_files.OUTLOOK_HEADER,
        [
            {"First Name": "Ana", "Last Name": "Ruiz", "Categories": "Key leader;Decision maker"},
            {"First Name": "Bo", "Last Name": "Lee", "Categories": "Volunteers"},
        ],
        quote_all=True,
    )
    assert read_contact_file(outlook).unmapped == ["Categories"]


def _labels(database: Database) -> list[tuple[str, ...]]:
    with database.session() as session:
        return sorted(
            tuple(e.label for e in contact.emails) + tuple(p.label for p in contact.phones)
            for contact in session.scalars(select(Contact).where(Contact.deleted_at.is_(None)))
        )


def test_the_google_export_gives_back_the_labels_exactly(
    database: Database, other_database: Database, tmp_path: Path
) -> None:
    # Google writes "Work"; PartnerDesk keeps "work": the round trip changes nothing.
    _fill(database, tmp_path)
    target = tmp_path / "google.csv"
    export_contacts(database, target, "google")
    _import(other_database, target)
    assert _labels(other_database) == _labels(database)
    assert ("work", "home", "mobile", "work") in _labels(other_database)


def _add_titled(database: Database) -> None:
    with database.session() as session:
        maria = Contact(full_name="Dr. Maria Garcia PhD", given_name="Maria", family_name="Garcia")
        maria.emails.append(ContactEmail(address="maria@clinic.example", label="work", position=0))
        session.add(maria)
        session.add(Contact(full_name="Rev. Amos Tutu Jr.", given_name="Amos", family_name="Tutu"))
        session.add(
            Contact(full_name="Maria Garcia (Pantry)", given_name="Maria", family_name="Garcia")
        )


def test_titles_and_suffixes_go_in_their_fields_not_the_middle_name(
    database: Database, other_database: Database, tmp_path: Path
) -> None:
    _add_titled(database)
    google, outlook = tmp_path / "google.csv", tmp_path / "outlook.csv"
    export_contacts(database, google, "google")
    export_contacts(database, outlook, "outlook")
    by_name = {row["File As"]: row for row in _rows(google)}
    assert {
        name: tuple(
            by_name[name][column]
            for column in ("Name Prefix", "First Name", "Middle Name", "Last Name", "Name Suffix")
        )
        for name in by_name
    } == {
        "Dr. Maria Garcia PhD": ("Dr.", "Maria", "", "Garcia", "PhD"),
        "Rev. Amos Tutu Jr.": ("Rev.", "Amos", "", "Tutu", "Jr."),
        # Words that are no title, suffix or middle name stay only in the name as written.
        "Maria Garcia (Pantry)": ("", "Maria", "", "Garcia", ""),
    }
    titled = [row for row in _rows(outlook) if row["Title"]]
    assert sorted((r["Title"], r["Middle Name"], r["Suffix"]) for r in titled) == [
        ("Dr.", "", "PhD"),
        ("Rev.", "", "Jr."),
    ]
    # Both files re-import with the full names as written.
    names = sorted(["Dr. Maria Garcia PhD", "Rev. Amos Tutu Jr.", "Maria Garcia (Pantry)"])
    _import(other_database, google)
    assert [row[0] for row in _contacts(other_database, labels=False)] == names
    third = open_database(DataLocation(tmp_path / "third"))
    try:
        _import(third, outlook)
        # Outlook has no "File As": its display name, beside the e-mail, keeps the name.
        assert "Dr. Maria Garcia PhD" in [row[0] for row in _contacts(third, labels=False)]
    finally:
        third.close()
