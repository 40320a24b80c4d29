"""The use cases the window and the command line call: each opens and commits its own
transaction, and hands back plain data, outcomes or what changed (issue 17)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from partnerdesk.paths import DataLocation
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.data_safety.backups import backup_now
from partnerdesk.services.data_safety.checking import check_data
from partnerdesk.services.data_safety.opening import (
    Damaged,
    Opened,
    restore_over_damaged,
    try_to_open,
)
from partnerdesk.services.database_access import Database, open_database
from partnerdesk.services.errors import ChangedElsewhereError, RecordMissingError
from partnerdesk.services.records.contacts import ContactForm
from partnerdesk.services.records.editing import (
    contact_to_edit,
    note_to_edit,
    organization_to_edit,
    save_contact_edits,
    save_organization_edits,
)
from partnerdesk.services.records.list_output import records_to_list
from partnerdesk.services.records.organizations import OrganizationForm
from partnerdesk.services.sample_data.loading import add_sample_data, store_is_empty
from partnerdesk.services.transfer.contact_import import apply_import, preview_import


def test_an_editor_reads_plain_forms_and_saves_in_its_own_transaction(database: Database) -> None:
    riverbend, changes = save_organization_edits(
        database, OrganizationForm(name="Riverbend Clinic", tags=["Health"])
    )
    assert changes.names(RecordKind.ORGANIZATION)
    save_contact_edits(database, ContactForm(full_name="Ana Lima", organization_id=riverbend))
    save_contact_edits(database, ContactForm(full_name="Bo Chen"))

    found = organization_to_edit(database, riverbend)
    assert found.form is not None and found.form.name == "Riverbend Clinic"
    assert found.tags == ["Health"]
    assert organization_to_edit(database, None).form is None  # a new one: tags only
    assert [name for _id, name in contact_to_edit(database, None).organizations] == [
        "Riverbend Clinic"
    ]
    # A note's people: its organization's first.
    people = note_to_edit(database, None, riverbend).people
    assert [name for _id, name in people] == ["Ana Lima", "Bo Chen"]


def test_a_save_over_someone_elses_is_refused_and_changes_nothing(database: Database) -> None:
    organization_id, _ = save_organization_edits(database, OrganizationForm(name="Eastside"))
    mine = organization_to_edit(database, organization_id).form
    theirs = organization_to_edit(database, organization_id).form
    assert mine is not None and theirs is not None
    save_organization_edits(database, replace(theirs, mission="Theirs"), organization_id)
    with pytest.raises(ChangedElsewhereError) as refused:
        save_organization_edits(database, replace(mine, notes="Mine"), organization_id)
    assert [difference.field for difference in refused.value.differences] == ["mission", "notes"]
    stored = organization_to_edit(database, organization_id).form
    assert stored is not None and (stored.mission, stored.notes) == ("Theirs", "")


def test_a_removed_record_is_said_plainly(database: Database) -> None:
    with pytest.raises(RecordMissingError, match="no longer there"):
        organization_to_edit(database, 4242)


def test_an_import_is_committed_by_the_import_itself(
    database: Database, location: DataLocation, tmp_path: Path
) -> None:
    source = tmp_path / "people.csv"
    source.write_text("Name,Email\nAna Lima,ana@x.example\n", encoding="utf-8")
    apply_import(database, preview_import(database, source))
    # Another connection sees it at once: nothing was left for a caller to commit.
    other = open_database(location)
    try:
        assert len(records_to_list(other, RecordKind.CONTACT).rows) == 1
    finally:
        other.close()


def test_sample_data_and_the_list_the_command_line_prints(database: Database) -> None:
    assert store_is_empty(database)
    summary = add_sample_data(database)
    assert not store_is_empty(database)
    listed = records_to_list(database, RecordKind.REQUEST, with_red_flags=True)
    assert len(listed.rows) == summary.requests
    assert all("red_flags" in record for record in listed.records)


@pytest.mark.sqlite_only
def test_opening_says_damaged_and_restoring_over_it_keeps_the_damaged_file(
    data_dir: Path,
) -> None:
    location = DataLocation(data_dir)
    assert check_data(location).message.startswith("There is no PartnerDesk data")
    opened = try_to_open(location)
    assert isinstance(opened, Opened)
    add_sample_data(opened.database)
    backup_now(location, "manual")
    opened.database.close()
    database_file = location.database_file
    assert database_file is not None
    database_file.write_bytes(bytes(database_file.stat().st_size))  # zero-filled

    outcome = try_to_open(location)
    assert isinstance(outcome, Damaged) and outcome.newest is not None
    assert not check_data(location).healthy
    kept = restore_over_damaged(location, outcome.newest.path)
    assert kept is not None and kept.read_bytes() == bytes(kept.stat().st_size)
    reopened = try_to_open(location)
    assert isinstance(reopened, Opened)
    reopened.database.close()
    assert check_data(location).healthy
