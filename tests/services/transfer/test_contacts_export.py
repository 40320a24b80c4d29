"""Contacts exported to CSV and vCard re-import as the same contacts."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from partnerdesk.paths import DataLocation
from partnerdesk.services.errors import UnsupportedExportError
from partnerdesk.services.transfer.contact_export import export_contacts, export_format_for
from partnerdesk.services.transfer.contact_import import apply_import, preview_import
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import Contact, ContactEmail, ContactPhone, Organization, utc_now

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
EVERY_SAMPLE = [
    "google_contacts.csv",
    "google_contacts_old_utf16le.csv",
    "outlook_desktop_cp1252.csv",
    "outlook_com_utf8_bom.csv",
    "generic_semicolon_cp1252.csv",
    "generic_utf16be.csv",
    "bad_rows.csv",
    "android_v21.vcf",
    "apple_v30.vcf",
    "contacts_v40.vcf",
]


@pytest.fixture
def other_database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(DataLocation(tmp_path / "other-store"))
    yield database
    database.close()


def import_file(database: Database, path: Path) -> None:
    apply_import(database, preview_import(database, path))


def snapshot(database: Database) -> list[tuple[Any, ...]]:
    """Everything an export promises to carry, for every live contact."""
    with database.session() as session:
        contacts = session.scalars(select(Contact).where(Contact.deleted_at.is_(None)))
        return sorted(
            (
                contact.full_name,
                contact.given_name,
                contact.family_name,
                contact.organization.name if contact.organization else "",
                contact.role_title,
                tuple((email.address, email.label) for email in contact.emails),
                tuple((phone.number, phone.label) for phone in contact.phones),
                contact.background,
                contact.is_key_leader,
                contact.is_decision_maker,
            )
            for contact in contacts
        )


def _fill_from_samples(database: Database) -> None:
    for name in EVERY_SAMPLE:
        import_file(database, SAMPLES / name)
    with database.session() as session:
        zoe = session.scalars(select(Contact).where(Contact.full_name == "Zoë Ødegaard")).one()
        zoe.is_key_leader = True
        zoe.is_decision_maker = True


@pytest.mark.parametrize("extension", [".csv", ".vcf"])
def test_export_then_import_into_a_fresh_store_gives_the_same_contacts(
    database: Database, other_database: Database, tmp_path: Path, extension: str
) -> None:
    _fill_from_samples(database)
    exported = tmp_path / f"contacts{extension}"
    count = export_contacts(database, exported)
    before = snapshot(database)
    assert count == len(before) >= 12  # the samples overlap: some rows merged
    import_file(other_database, exported)
    assert snapshot(other_database) == before


def test_the_csv_opens_in_excel_with_accents(database: Database, tmp_path: Path) -> None:
    import_file(database, SAMPLES / "google_contacts_old_utf16le.csv")
    exported = tmp_path / "contacts.CSV"
    export_contacts(database, exported)
    data = exported.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][:5] == ["Full Name", "Given Name", "Family Name", "Organization", "Role"]
    assert rows[0][-3:] == ["Key leader", "Decision maker", "Notes"]
    assert ["Nguyễn Thị Lan", "Lan", "Nguyễn", "Eastside Food Collective"] in [
        row[:4] for row in rows
    ]


def test_the_vcard_is_version_3_with_one_card_per_contact(
    database: Database, tmp_path: Path
) -> None:
    import_file(database, SAMPLES / "apple_v30.vcf")
    exported = tmp_path / "contacts.VCF"
    export_contacts(database, exported)
    text = exported.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and text.count("VERSION:3.0") == 2
    assert "FN:Zoë Ødegaard" in text
    # A label vCard has no TYPE for travels as Apple's grouped X-ABLabel.
    assert "item1.X-ABLABEL:Volunteer desk" in text


# Stores raw NUL characters, which PostgreSQL text refuses; the services never save them.
@pytest.mark.sqlite_only
def test_text_with_control_characters_still_exports(
    database: Database, other_database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        contact = Contact(
            full_name="Ana\x00 Lima\x0b",
            role_title="Chair\x1f",
            background="one\x0c\r\ntwo\x07 \ufffe three",
        )
        contact.emails.append(ContactEmail(address="ana@x.example", label="wo\x00rk"))
        contact.phones.append(ContactPhone(number="555-0170\x08", label=""))
        session.add(contact)
    for extension in (".csv", ".vcf"):
        exported = tmp_path / f"control{extension}"
        export_contacts(database, exported)
        import_file(other_database, exported)
    ((name, _, _, _, role, emails, phones, notes, *_),) = snapshot(other_database)
    assert (name, role, notes) == ("Ana Lima", "Chair", "one\ntwo  three")
    assert emails == (("ana@x.example", "work"),)
    assert phones == (("555-0170", ""),)


def test_trashed_contacts_and_organizations_are_not_exported(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        gone = Organization(name="Closed Pantry", deleted_at=utc_now())
        session.add(Contact(full_name="Kept Person", organization=gone))
        session.add(Contact(full_name="Trashed Person", deleted_at=utc_now()))
    exported = tmp_path / "contacts.csv"
    assert export_contacts(database, exported) == 1
    text = exported.read_text(encoding="utf-8-sig")
    assert "Kept Person" in text and "Trashed Person" not in text and "Closed" not in text


def test_an_empty_store_exports_a_header_only_csv(database: Database, tmp_path: Path) -> None:
    exported = tmp_path / "nobody.csv"
    assert export_contacts(database, exported) == 0
    assert exported.read_text(encoding="utf-8-sig").startswith("Full Name,")


@pytest.mark.parametrize("name", ["contacts.txt", "contacts.xlsx", "contacts", "contacts.csv.bak"])
def test_other_extensions_are_refused(name: str) -> None:
    with pytest.raises(UnsupportedExportError, match=r"\.csv or \.vcf"):
        export_format_for(Path(name))


def test_a_failed_export_leaves_no_partial_file(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "contacts.csv"
    with pytest.raises(OSError):
        export_contacts(database, target)
    assert not target.parent.exists()
