"""Importing into a real store: duplicates, organizations, bad rows, one transaction, undo."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from partnerdesk.services.transfer.contact_import import (
    Decision,
    ImportCancelledError,
    ImportPlan,
    ImportResult,
    ImportUndoError,
    RowStatus,
    UnreadableFileError,
    apply_import,
    list_imports,
    preview_import,
    undo_import,
)
from partnerdesk.store.database import Database
from partnerdesk.store.models import (
    Contact,
    ContactEmail,
    ImportBatch,
    ImportedRecord,
    Organization,
    utc_now,
)

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"


def _import(
    database: Database, path: Path, decisions: Mapping[int, Decision] | None = None
) -> tuple[ImportPlan, ImportResult]:
    plan = preview_import(database, path)
    return plan, apply_import(database, plan, decisions)


def _people(database: Database, *, live: bool = True) -> dict[str, dict[str, Any]]:
    with database.session() as session:
        query = select(Contact)
        if live:
            query = query.where(Contact.deleted_at.is_(None))
        return {
            contact.full_name: {
                "id": contact.id,
                "given": contact.given_name,
                "family": contact.family_name,
                "role": contact.role_title,
                "organization": contact.organization.name if contact.organization else "",
                "emails": [(e.address, e.label) for e in contact.emails],
                "phones": [p.number for p in contact.phones],
                "notes": contact.background,
            }
            for contact in session.scalars(query)
        }


def _count(database: Database, model: Any, *, live: bool = False) -> int:
    with database.session() as session:
        query = select(func.count()).select_from(model)
        if live:
            query = query.where(model.deleted_at.is_(None))
        return session.scalar(query) or 0


def _write(tmp_path: Path, text: str, name: str = "contacts.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _add_contact(
    database: Database, name: str, email: str = "", organization: str = "", **fields: Any
) -> int:
    with database.session() as session:
        contact = Contact(full_name=name, **fields)
        if organization:
            found = session.scalar(select(Organization).where(Organization.name == organization))
            contact.organization = found or Organization(name=organization)
        if email:
            contact.emails.append(ContactEmail(address=email, label="work"))
        session.add(contact)
        session.flush()
        return contact.id


def test_a_google_export_lands_in_the_store_with_its_organizations(database: Database) -> None:
    plan, result = _import(database, SAMPLES / "google_contacts.csv")
    assert plan.file_format == "google-csv"
    assert result.counts.line() == "4 new, 0 merged, 0 skipped"
    jose = _people(database)["José Ramírez"]
    assert jose["organization"] == "Clínica del Pueblo"
    assert jose["role"] == "Health Outreach Director"
    assert jose["emails"][0] == ("jose.ramirez@clinica.example", "work")
    assert jose["phones"] == ["555-0101", "555-0102", "555-0103"]
    assert jose["notes"] == "Met at the spring health fair.\nPrefers calls in Spanish."
    with database.session() as session:
        names = sorted(session.scalars(select(Organization.name)))
    assert names == ["Clínica del Pueblo", "Hope Street Shelter", "Nordlys Community Kitchen"]
    assert result.organizations_created == 3


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("google_contacts_old_utf16le.csv", {"Nguyễn Thị Lan", "Amara Okafor"}),
        ("outlook_com_utf8_bom.csv", {"Samuel Whitehorse", "Grace Liu"}),
        ("generic_utf16be.csv", {"Nguyễn Thị Lan", "فاطمة السيد"}),
        ("android_v21.vcf", {"José Ramírez", "Nguyễn Thị Lan", "Amara Okafor"}),
        ("apple_v30.vcf", {"Zoë Ødegaard", "Samuel Whitehorse"}),
        ("contacts_v40.vcf", {"فاطمة السيد", "Grace Liu"}),
        ("generic_semicolon_cp1252.csv", {"José Ramírez", "Zoë Ødegaard", "Brontë Ó Súilleabháin"}),
    ],
)
def test_every_sample_imports_with_names_intact(
    database: Database, sample: str, expected: set[str]
) -> None:
    _import(database, SAMPLES / sample)
    assert set(_people(database)) == expected


def test_organization_matching(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        session.add(Organization(name="Clínica del Pueblo"))
        session.add(Organization(name="Nordlys Community Kitchen", deleted_at=utc_now()))
    path = _write(
        tmp_path,
        "Name,Email,Company\n"
        "Ana Lima,ana@clinica.example,CLINICA  DEL PUEBLO\n"
        "Kofi Mensah,kofi@nordlys.example,nordlys community kitchen\n",
    )
    _import(database, path)
    people = _people(database)
    assert people["Ana Lima"]["organization"] == "Clínica del Pueblo"
    # The trashed organization is not reused: a live one is created.
    assert people["Kofi Mensah"]["organization"] == "nordlys community kitchen"
    assert _count(database, Organization, live=True) == 2


def test_same_email_merges_and_never_removes_data(database: Database, tmp_path: Path) -> None:
    existing = _add_contact(
        database,
        "Amara Okafor",
        "amara@tenants.example",
        "",
        role_title="",
        background="Met in 2019.",
    )
    path = _write(
        tmp_path,
        "Name,Email,Email 2,Phone,Company,Role,Notes\n"
        "A. Okafor,AMARA@tenants.example,amara.o@home.example,555-0161,"
        "Riverside Tenants Union,Lead Organizer,Prefers texts.\n",
    )
    plan, result = _import(database, path)
    (row,) = plan.rows
    assert (row.status, row.target_contact_id, row.target_name) == (
        RowStatus.MERGE,
        existing,
        "Amara Okafor",
    )
    assert result.counts.line() == "0 new, 1 merged, 0 skipped"
    amara = _people(database)["Amara Okafor"]  # the stored name is kept
    assert amara["emails"] == [("amara@tenants.example", "work"), ("amara.o@home.example", "")]
    assert amara["phones"] == ["555-0161"]
    assert amara["role"] == "Lead Organizer"
    assert amara["organization"] == "Riverside Tenants Union"
    assert amara["notes"] == "Met in 2019.\n\nPrefers texts."
    assert _count(database, Contact) == 1


def test_a_merge_does_not_overwrite_a_role_or_organization(
    database: Database, tmp_path: Path
) -> None:
    _add_contact(
        database, "Ana Lima", "ana@x.example", "Eastside Food Collective", role_title="Chair"
    )
    path = _write(tmp_path, "Name,Email,Company,Role\nAna Lima,ana@x.example,Other Org,Intern\n")
    _import(database, path)
    ana = _people(database)["Ana Lima"]
    assert (ana["role"], ana["organization"]) == ("Chair", "Eastside Food Collective")
    assert _count(database, Organization) == 1  # "Other Org" was not needed


def test_similar_names_at_the_same_organization_are_possible_duplicates(
    database: Database, tmp_path: Path
) -> None:
    same = _add_contact(database, "José Ramírez", "jose@a.example", "Clínica del Pueblo")
    similar = _add_contact(database, "Maria Gonzalez", "maria@a.example", "Clínica del Pueblo")
    _add_contact(database, "Kofi Mensah", "kofi@a.example", "Other Place")
    path = _write(
        tmp_path,
        "Name,Email,Company\n"
        "jose  ramirez,jose@b.example,clínica del pueblo\n"
        "Maria Gonzales,maria@b.example,Clínica del Pueblo\n"
        "Kofi Mensah,kofi@b.example,Clínica del Pueblo\n",
    )
    plan = preview_import(database, path)
    jose, maria, kofi = plan.rows
    assert (jose.status, jose.target_contact_id, jose.default_decision) == (
        RowStatus.POSSIBLE_DUPLICATE,
        same,
        Decision.MERGE,  # the same name once case, accents and spaces are ignored
    )
    assert (maria.status, maria.target_contact_id, maria.default_decision) == (
        RowStatus.POSSIBLE_DUPLICATE,
        similar,
        Decision.ADD_NEW,
    )
    assert kofi.status is RowStatus.NEW  # same name, but another organization
    assert plan.counts().line() == "2 new, 1 merged, 0 skipped"
    assert plan.counts({maria.number: Decision.MERGE}).line() == "1 new, 2 merged, 0 skipped"


def test_the_caller_decides_each_possible_duplicate(database: Database, tmp_path: Path) -> None:
    _add_contact(database, "José Ramírez", "jose@a.example", "Clínica del Pueblo")
    _add_contact(database, "Maria Gonzalez", "maria@a.example", "Clínica del Pueblo")
    path = _write(
        tmp_path,
        "Name,Email,Company\n"
        "José Ramírez,jose@b.example,Clínica del Pueblo\n"
        "Maria Gonzales,maria@b.example,Clínica del Pueblo\n",
    )
    _, result = _import(database, path, {2: Decision.ADD_NEW, 3: Decision.MERGE})
    assert result.counts.line() == "1 new, 1 merged, 0 skipped"
    people = _people(database)
    assert [e for e, _ in people["Maria Gonzalez"]["emails"]] == [
        "maria@a.example",
        "maria@b.example",
    ]
    assert _count(database, Contact) == 3


def test_duplicates_inside_one_file(database: Database) -> None:
    plan, result = _import(database, SAMPLES / "duplicates_in_file.csv")
    statuses = [(row.number, row.status, row.target_row) for row in plan.rows]
    assert statuses == [
        (2, RowStatus.NEW, None),
        (3, RowStatus.POSSIBLE_DUPLICATE, 2),  # "María González" at the same organization
        (4, RowStatus.MERGE, 2),  # the same e-mail, in capitals
        (5, RowStatus.POSSIBLE_DUPLICATE, 2),  # "Maria Gonzales": similar, added as new
        (6, RowStatus.NEW, None),
    ]
    assert result.counts.line() == "3 new, 2 merged, 0 skipped"
    people = _people(database)
    assert sorted(people) == ["Maria Gonzales", "Maria Gonzalez", "Mario Bianchi"]
    assert [e for e, _ in people["Maria Gonzalez"]["emails"]] == [
        "maria@pantry.example",
        "maria.g@pantry.example",
    ]
    assert _count(database, Organization) == 1


def test_bad_rows_are_skipped_and_listed_the_rest_imports(database: Database) -> None:
    plan, result = _import(database, SAMPLES / "bad_rows.csv")
    assert [(row.where, row.reason.split(":")[0]) for row in plan.skipped_rows] == [
        ("row 3", "no name and no email"),
        ("row 4", "unreadable date in birthday"),
        ("row 5", "ragged row"),
        ("row 8", "no name and no email"),
    ]
    assert result.counts.line() == "4 new, 0 merged, 4 skipped"
    with database.session() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert batch is not None
        assert (batch.created_count, batch.skipped_count, batch.file_format) == (4, 4, "csv")


@pytest.mark.parametrize(
    "sample",
    ["binary_junk.csv", "renamed_pdf.csv", "renamed_docx.csv", "empty.csv", "unknown_columns.csv"],
)
def test_unreadable_files_change_nothing(database: Database, sample: str) -> None:
    _add_contact(database, "Ana Lima", "ana@x.example")
    with pytest.raises(UnreadableFileError):
        preview_import(database, SAMPLES / sample)
    assert _count(database, Contact) == 1
    assert _count(database, ImportBatch) == 0


def test_a_missing_file_is_an_unreadable_file(database: Database, tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="cannot open"):
        preview_import(database, tmp_path / "nowhere.csv")


def _many_rows(tmp_path: Path, count: int) -> Path:
    lines = ["Name,Email,Company"]
    lines += [f"Person {n},person{n}@x.example,Org {n % 7}" for n in range(count)]
    return _write(tmp_path, "\n".join(lines) + "\n", "many.csv")


def test_a_cancelled_import_writes_nothing(database: Database, tmp_path: Path) -> None:
    path = _many_rows(tmp_path, 2500)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    plan = preview_import(database, path)
    with pytest.raises(ImportCancelledError):
        apply_import(database, plan, progress=progress, cancelled=lambda: len(calls) >= 2)
    assert calls[0] == (1000, 2500)  # the first thousand were already inserted, then undone
    assert _count(database, Contact) == 0
    assert _count(database, Organization) == 0
    assert _count(database, ImportBatch) == 0


def test_a_failure_in_the_middle_writes_nothing(database: Database, tmp_path: Path) -> None:
    path = _many_rows(tmp_path, 2500)

    def failing_progress(done: int, total: int) -> None:
        if done >= 2000:
            raise RuntimeError("disk full, say")

    plan = preview_import(database, path)
    with pytest.raises(RuntimeError):
        apply_import(database, plan, progress=failing_progress)
    assert _count(database, Contact) == 0
    assert _count(database, ImportedRecord) == 0


def test_preview_reports_progress_and_can_be_cancelled(database: Database, tmp_path: Path) -> None:
    path = _many_rows(tmp_path, 1200)
    seen: list[tuple[int, int]] = []
    plan = preview_import(database, path, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (1200, 1200) and len(plan.rows) == 1200
    with pytest.raises(ImportCancelledError):
        preview_import(database, path, cancelled=lambda: True)


def test_undo_moves_created_records_to_the_trash_and_reverts_merges(
    database: Database, tmp_path: Path
) -> None:
    stored = _add_contact(database, "Amara Okafor", "amara@tenants.example", background="Met.")
    path = _write(
        tmp_path,
        "Name,Email,Phone,Company,Role,Notes\n"
        "Amara Okafor,amara@tenants.example,555-0161,Riverside Tenants Union,Organizer,Texts.\n"
        "Kofi Mensah,kofi@tenants.example,555-0162,Riverside Tenants Union,,\n",
    )
    _, result = _import(database, path)
    assert result.counts.line() == "1 new, 1 merged, 0 skipped"
    changes = undo_import(database, result.batch_id)
    assert changes.trash
    people = _people(database)
    assert list(people) == ["Amara Okafor"]
    assert people["Amara Okafor"] == {
        "id": stored,
        "given": "",
        "family": "",
        "role": "",
        "organization": "",
        "emails": [("amara@tenants.example", "work")],
        "phones": [],
        "notes": "Met.",
    }
    assert _count(database, Organization, live=True) == 0
    assert "Kofi Mensah" in _people(database, live=False)  # in the Trash, restorable
    with pytest.raises(ImportUndoError, match="already undone"):
        undo_import(database, result.batch_id)
    (summary,) = list_imports(database)
    assert summary.undone_at is not None and summary.counts.new == 1


def test_undo_keeps_edits_made_after_the_import(database: Database, tmp_path: Path) -> None:
    stored = _add_contact(database, "Amara Okafor", "amara@tenants.example")
    path = _write(tmp_path, "Name,Email,Role\nAmara Okafor,amara@tenants.example,Organizer\n")
    _, result = _import(database, path)
    with database.session() as session:
        contact = session.get(Contact, stored)
        assert contact is not None
        contact.role_title = "Board Chair"  # the user changed it afterwards
    undo_import(database, result.batch_id)
    assert _people(database)["Amara Okafor"]["role"] == "Board Chair"


def test_undoing_an_unknown_import_is_refused(database: Database) -> None:
    with pytest.raises(ImportUndoError, match="no import"):
        undo_import(database, 42)


def test_a_merge_target_trashed_after_the_preview_is_created_again(
    database: Database, tmp_path: Path
) -> None:
    stored = _add_contact(database, "Ana Lima", "ana@x.example")
    path = _write(tmp_path, "Name,Email\nAna Lima,ana@x.example\n")
    plan = preview_import(database, path)
    with database.session() as session:
        session.get(Contact, stored).deleted_at = utc_now()  # type: ignore[union-attr]
    result = apply_import(database, plan)
    assert result.counts.line() == "1 new, 0 merged, 0 skipped"
    assert _people(database)["Ana Lima"]["id"] != stored


def test_imports_are_listed_newest_first(database: Database) -> None:
    _import(database, SAMPLES / "google_contacts.csv")
    _import(database, SAMPLES / "apple_v30.vcf")
    listed = list_imports(database)
    assert [(item.file_name, item.file_format) for item in listed] == [
        ("apple_v30.vcf", "vcard"),
        ("google_contacts.csv", "google-csv"),
    ]
    # Zoë was in the Google file too (same e-mail): merged.
    assert listed[0].counts.line() == "1 new, 1 merged, 1 skipped"
