"""Two staff editing the same record: the second save is refused, never silently lost."""

from __future__ import annotations

import pytest
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.services.organizations import (
    OrganizationForm,
    load_organization_form,
    save_organization,
)
from partnerdesk.store.database import Database
from partnerdesk.store.errors import ChangedElsewhereError
from partnerdesk.store.models import Organization


@pytest.fixture
def organization_id(database: Database) -> int:
    with database.session() as session:
        new_id, _ = save_organization(session, OrganizationForm(name="Harbor Food Bank"))
    return new_id


def test_a_stale_update_between_read_and_write_is_detected(
    database: Database, organization_id: int
) -> None:
    """Two sessions edit the same row; the second commit finds its version gone."""
    with database.sessions() as mine:
        my_copy = mine.get(Organization, organization_id)
        assert my_copy is not None
        mine.commit()  # my read is done; the object keeps the version it read
        with database.session() as theirs:
            their_copy = theirs.get(Organization, organization_id)
            assert their_copy is not None
            their_copy.notes = "Met their director"
        my_copy.notes = "Asked about the winter drive"
        with pytest.raises(StaleDataError):
            mine.commit()
    with database.session() as session:
        stored = session.get(Organization, organization_id)
        assert stored is not None and stored.notes == "Met their director"


def test_saving_a_form_opened_before_someone_elses_save_is_refused(
    database: Database, organization_id: int
) -> None:
    with database.session() as session:
        mine = load_organization_form(session, organization_id)
        theirs = load_organization_form(session, organization_id)
    theirs.mission = "Feeding the east side"
    with database.session() as session:
        save_organization(session, theirs, organization_id)

    mine.notes = "Call back in May"
    with pytest.raises(ChangedElsewhereError) as refused, database.session() as session:
        save_organization(session, mine, organization_id)
    # Their version against what this save would write: their mission, my notes.
    assert refused.value.changed == ["mission", "notes"]
    assert "mission" in str(refused.value)

    # "Keep mine": save again over their version, on purpose.
    mine.row_version = None
    with database.session() as session:
        save_organization(session, mine, organization_id)
    with database.session() as session:
        stored = load_organization_form(session, organization_id)
    assert (stored.notes, stored.mission) == ("Call back in May", "")


def test_reopening_after_a_save_saves_normally(database: Database, organization_id: int) -> None:
    for note in ("first", "second"):
        with database.session() as session:
            form = load_organization_form(session, organization_id)
        form.notes = note
        with database.session() as session:
            save_organization(session, form, organization_id)
