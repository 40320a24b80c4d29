"""Property: any text survives import -> store -> export -> re-read, less control characters.

Random names, organizations, roles, phones and notes (control characters, right-to-left
text, emoji, decomposed accents, very long notes, cells that look like formulas) go
through a CSV file into a real store, then out as CSV and as vCard, and are read back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from partnerdesk.core.contact_format import clean_line, clean_multiline
from partnerdesk.imports.contact_files import read_contact_file
from partnerdesk.imports.contact_rows import NAME_LENGTH, PHONE_LENGTH, ContactCandidate, fit
from partnerdesk.imports.matching import normalise_name
from partnerdesk.paths import DataLocation
from partnerdesk.services.transfer.contact_export import export_contacts
from partnerdesk.services.transfer.contact_import import apply_import, preview_import
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ImportBatch,
    ImportedRecord,
    Organization,
)

TRICKY = ["مركز الحي", "שָׁלוֹם", "🍎👩🏽‍🌾", "Nguyễn", "e\u0301", "\u202eevil", "\ufeff", "\t", " "]
# Cells a spreadsheet would run as formulas: the CSV export quotes them, the import unquotes.
FORMULA_LIKE = ["=", "+", "-", "@", "'", "'=", "''-", "=SUM(A1)", "@cmd"]
fragments = st.one_of(st.text(max_size=30), st.sampled_from(TRICKY), st.sampled_from(FORMULA_LIKE))
text = st.lists(fragments, max_size=4).map("".join)
long_text = st.one_of(text, st.text(min_size=1, max_size=40).map(lambda t: t * 120))
person = st.fixed_dictionaries(
    {"name": text, "organization": text, "role": text, "phone": text, "notes": long_text}
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One real store for every example (creating one per example would take minutes)."""
    database = open_database(DataLocation(tmp_path_factory.mktemp("random-text-store")))
    yield database
    database.close()


def _empty(database: Database) -> None:
    with database.session() as session:
        for model in (ImportedRecord, ImportBatch, ContactEmail, ContactPhone, Contact):
            session.execute(delete(model))
        session.execute(delete(Organization))


def _expected(index: int, record: dict[str, str]) -> dict[str, Any]:
    phone = fit(clean_line(record["phone"]), PHONE_LENGTH)
    return {
        # The suffix keeps names apart, so no row is taken for a duplicate of another.
        "name": fit(clean_line(f"{record['name']} #{index}"), NAME_LENGTH),
        "organization": normalise_name(clean_line(record["organization"])),
        "role": clean_line(record["role"]),
        "emails": [f"person{index}@random.example"],
        "phones": [phone] if phone else [],
        "notes": clean_multiline(record["notes"]),
    }


def _stored(database: Database) -> list[dict[str, Any]]:
    with database.session() as session:
        return [
            {
                "name": contact.full_name,
                "organization": normalise_name(contact.organization.name)
                if contact.organization
                else "",
                "role": contact.role_title,
                "emails": [email.address for email in contact.emails],
                "phones": [phone.number for phone in contact.phones],
                "notes": contact.background,
            }
            for contact in session.scalars(select(Contact).order_by(Contact.id))
        ]


def _read_back(path: Path) -> list[dict[str, Any]]:
    items = read_contact_file(path.read_bytes()).items
    assert all(isinstance(item, ContactCandidate) for item in items), items
    return [
        {
            "name": item.full_name,
            "organization": normalise_name(item.organization_name),
            "role": item.role_title,
            "emails": [email.value for email in item.emails],
            "phones": [phone.value for phone in item.phones],
            "notes": item.notes,
        }
        for item in items
        if isinstance(item, ContactCandidate)
    ]


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(records=st.lists(person, min_size=1, max_size=3))
def test_random_text_survives_import_store_and_export(
    store: Database, tmp_path_factory: pytest.TempPathFactory, records: list[dict[str, str]]
) -> None:
    _empty(store)
    folder = tmp_path_factory.mktemp("random-text")
    source = folder / "random.csv"
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["Name", "Email", "Phone", "Organization", "Role", "Notes"])
    for index, record in enumerate(records):
        writer.writerow(
            [
                f"{record['name']} #{index}",
                f"person{index}@random.example",
                record["phone"],
                record["organization"],
                record["role"],
                record["notes"],
            ]
        )
    source.write_bytes(buffer.getvalue().encode("utf-8"))

    plan = preview_import(store, source)
    assert plan.skipped_rows == []
    apply_import(store, plan)
    expected = sorted(
        (_expected(i, record) for i, record in enumerate(records)), key=lambda r: r["name"]
    )
    assert sorted(_stored(store), key=lambda r: r["name"]) == expected

    for extension in (".csv", ".vcf"):
        exported = folder / f"export{extension}"
        export_contacts(store, exported)
        assert sorted(_read_back(exported), key=lambda r: r["name"]) == expected
