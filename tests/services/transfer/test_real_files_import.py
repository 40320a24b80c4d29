"""Files as the real programs write them, imported into a real store (issue 20)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from partnerdesk.imports import phones
from partnerdesk.services.transfer.contact_import import (
    RowStatus,
    apply_import,
    preview_import,
    undo_import,
)
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, Organization
from tests.imports import real_files


@pytest.fixture(autouse=True)
def _in_the_united_states(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phones, "default_region", lambda: "US")


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _import(database: Database, path: Path) -> Any:
    return apply_import(database, preview_import(database, path))


def _contacts(database: Database) -> dict[str, dict[str, Any]]:
    with database.session() as session:
        return {
            contact.full_name: {
                "organization": contact.organization.name if contact.organization else "",
                "emails": [e.address for e in contact.emails],
                "phones": [p.number for p in contact.phones],
                "role": contact.role_title,
                "notes": contact.background,
            }
            for contact in session.scalars(select(Contact).where(Contact.deleted_at.is_(None)))
        }


def _organizations(database: Database) -> dict[str, str]:
    with database.session() as session:
        return {
            organization.name: organization.notes
            for organization in session.scalars(
                select(Organization).where(Organization.deleted_at.is_(None))
            )
        }


def test_an_apple_company_card_becomes_an_organization(database: Database, tmp_path: Path) -> None:
    path = _file(tmp_path, "Contacts.vcf", real_files.apple_vcard())
    plan = preview_import(database, path)
    assert [(row.where, row.status) for row in plan.rows] == [
        ("card 1", RowStatus.NEW),
        ("card 2", RowStatus.NEW),
    ]
    result = apply_import(database, plan)
    people = _contacts(database)
    assert list(people) == ["Zoë Ødegaard"]  # the photo is skipped, the labels kept
    assert people["Zoë Ødegaard"]["phones"] == ["(413) 555-0121", "413-555-0122"]
    organizations = _organizations(database)
    assert organizations["Hope Street Shelter"] == (
        "Phone (work): (413) 555-0130\nE-mail (work): frontdesk@hopestreet.example"
    )
    # Imported again: the organization is there already, and nothing is made twice.
    again = preview_import(database, path)
    assert again.rows[1].status is RowStatus.SKIPPED
    assert "Hope Street Shelter is an organization you already have" in again.rows[1].reason
    undo_import(database, result.batch_id)
    assert _organizations(database) == {}


def test_a_number_written_with_its_country_code_is_not_added_again(
    database: Database, tmp_path: Path
) -> None:
    first = _file(
        tmp_path, "first.csv", b"Name,Email,Phone\r\nAna Lima,ana@a.example,(413) 555-0111\r\n"
    )
    _import(database, first)
    google = _file(
        tmp_path,
        "google.csv",
        real_files.csv_bytes(
            real_files.GOOGLE_HEADER,
            [
                {
                    "First Name": "Ana",
                    "Last Name": "Lima",
                    "E-mail 1 - Value": "ana@a.example",
                    "Phone 1 - Label": "Mobile",
                    "Phone 1 - Value": "+1 (413) 555-0111",
                }
            ],
        ),
    )
    result = _import(database, google)
    assert result.counts.merged == 1
    assert _contacts(database)["Ana Lima"]["phones"] == ["(413) 555-0111"]


@pytest.mark.parametrize(
    ("name", "sample", "expected"),
    [
        ("google.csv", real_files.google_csv, {"Inès Lefèvre", "Kwame Mensah"}),
        ("outlook.csv", real_files.outlook_csv, {"Jürgen Müller"}),
        ("outlook.com.csv", real_files.outlook_com_csv, {"Lan Thị Nguyễn"}),
        ("thunderbird.csv", real_files.thunderbird_csv, {"Priya Raman"}),
        ("Connections.csv", real_files.linkedin_csv, {"Amara Okafor", "Tomás Quispe"}),
        ("kontakte.csv", real_files.german_excel_csv, {"Jürgen Weiß"}),
        ("contactos.csv", real_files.spanish_excel_csv, {"José Núñez Peña"}),
        ("contacts.csv", real_files.french_excel_csv, {"Inès Lefèvre"}),
        ("контакты.csv", real_files.cyrillic_excel_csv, {"Ольга Коваленко", "Иван Петров"}),
    ],
)
def test_each_real_file_imports_its_people(
    database: Database, tmp_path: Path, name: str, sample: Any, expected: set[str]
) -> None:
    _import(database, _file(tmp_path, name, sample()))
    assert set(_contacts(database)) == expected


def test_a_name_made_up_from_an_address_gives_way_to_the_real_one(
    database: Database, tmp_path: Path
) -> None:
    first = _file(
        tmp_path,
        "first.csv",
        b"Organization,Email\r\nHope Street Shelter,sam@hopestreet.example\r\n",
    )
    _import(database, first)
    assert list(_contacts(database)) == ["sam@hopestreet.example"]
    second = _file(
        tmp_path,
        "second.csv",
        b"First Name,Last Name,Email\r\nSamuel,Whitehorse,sam@hopestreet.example\r\n",
    )
    result = _import(database, second)
    assert result.counts.merged == 1
    people = _contacts(database)
    assert list(people) == ["Samuel Whitehorse"]
    assert people["Samuel Whitehorse"]["organization"] == "Hope Street Shelter"
    # A real name is never replaced by another row's address.
    _import(database, _file(tmp_path, "third.csv", b"Email\r\nsam@hopestreet.example\r\n"))
    assert list(_contacts(database)) == ["Samuel Whitehorse"]
    undo_import(database, result.batch_id)
    assert list(_contacts(database)) == ["sam@hopestreet.example"]
