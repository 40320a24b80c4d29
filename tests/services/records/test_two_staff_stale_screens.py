"""Two staff on one database, each with their own engine (as two computers would be), the
test choosing who acts when: a screen shown before a colleague's change must not undo it
in silence (issue 22, items 5, 7 and 8).

Runs on the SQLite file and, with PARTNERDESK_TEST_POSTGRES=1, on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from partnerdesk.core.choices import Decision, RequestStage
from partnerdesk.paths import DataLocation
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.concurrency import as_loaded, mark_own_changes
from partnerdesk.services.records.editing import (
    note_to_edit,
    organization_to_edit,
    request_to_edit,
    save_note_edits,
    save_organization_edits,
    save_request_edits,
)
from partnerdesk.services.records.notes import NoteForm
from partnerdesk.services.records.organizations import OrganizationForm
from partnerdesk.services.records.request_board import read_board
from partnerdesk.services.records.requests import RequestForm, StageShown, change_stage
from partnerdesk.services.records.trash import (
    move_records_to_trash,
    restore_records,
    restore_with_edits,
)
from partnerdesk.services.vetting.decisions import (
    DecisionForm,
    DecisionToMake,
    decision_to_make,
    record_decision,
)
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.errors import ChangedElsewhereError, TrashedElsewhereError
from partnerdesk.store.models import Organization, OutreachNote, PartnershipRequest


@pytest.fixture
def staff(location: DataLocation) -> Iterator[tuple[Database, Database]]:
    """Alex and Sam: one database, an engine each."""
    alex, sam = open_database(location), open_database(location)
    yield alex, sam
    alex.close()
    sam.close()


def _request(database: Database) -> int:
    organization_id, _ = save_organization_edits(database, OrganizationForm("Lakeside Youth Club"))
    form = RequestForm(title="After-school tutoring", organization_id=organization_id, ask="Rooms")
    return save_request_edits(database, form)[0]


def _stored_request(database: Database, request_id: int) -> PartnershipRequest:
    with database.session() as session:
        request = session.get_one(PartnershipRequest, request_id)
        session.expunge(request)
        return request


DECLINE = DecisionForm(Decision.DECLINE, "Their funding ends before the work would.")
PROCEED = DecisionForm(Decision.PROCEED, "A good fit for our volunteers.")


# Item 5: decisions -------------------------------------------------------------------------
def test_a_decision_from_a_dialog_opened_before_a_colleague_declined_is_refused(
    staff: tuple[Database, Database],
) -> None:
    alex, sam = staff
    request_id = _request(alex)
    shown = decision_to_make(alex, request_id)  # Alex opens the dialog
    record_decision(sam, request_id, DECLINE, "Sam")  # Sam declines meanwhile

    with pytest.raises(ChangedElsewhereError) as refused:
        record_decision(alex, request_id, PROCEED, "Alex", shown=shown)
    assert refused.value.changed == ["stage", "decision", "reasons"]
    assert "They changed: stage, decision, reasons." in str(refused.value)
    stored = _stored_request(alex, request_id)
    assert (stored.stage, stored.decision) == (RequestStage.DECLINED, Decision.DECLINE)

    # Keep mine: decided again knowing theirs, on purpose.
    theirs = refused.value.theirs
    assert isinstance(theirs, DecisionToMake) and theirs.current is not None
    assert theirs.current.decision is Decision.DECLINE
    record_decision(alex, request_id, PROCEED, "Alex", shown=theirs)
    assert _stored_request(alex, request_id).decision is Decision.PROCEED


def test_a_colleagues_edit_of_other_details_does_not_stand_in_the_way_of_a_decision(
    staff: tuple[Database, Database],
) -> None:
    alex, sam = staff
    request_id = _request(alex)
    shown = decision_to_make(alex, request_id)
    form = request_to_edit(sam, request_id).form
    assert form is not None
    save_request_edits(sam, replace(form, title="After-school tutoring, spring"), request_id)

    record_decision(alex, request_id, PROCEED, "Alex", shown=shown)
    stored = _stored_request(alex, request_id)
    assert (stored.title, stored.decision) == ("After-school tutoring, spring", Decision.PROCEED)


# Item 5: stage moves from the board --------------------------------------------------------
def _card(database: Database, request_id: int) -> StageShown:
    cards = [card for column in read_board(database).values() for card in column]
    shown = next(card.shown for card in cards if card.id == request_id)
    assert shown is not None
    return shown


def test_a_move_from_a_board_shown_before_a_colleague_declined_is_refused(
    staff: tuple[Database, Database],
) -> None:
    alex, sam = staff
    request_id = _request(alex)
    card = _card(alex, request_id)  # Alex's board
    record_decision(sam, request_id, DECLINE, "Sam")

    with pytest.raises(ChangedElsewhereError) as refused:
        change_stage(alex, request_id, RequestStage.VETTING, "Alex", shown=card)
    assert refused.value.changed == ["stage", "decision"]
    assert _stored_request(alex, request_id).stage is RequestStage.DECLINED
    # Keep mine: moved knowing it was declined.
    assert isinstance(refused.value.theirs, StageShown)
    change_stage(alex, request_id, RequestStage.VETTING, "Alex", shown=refused.value.theirs)
    assert _stored_request(alex, request_id).stage is RequestStage.VETTING


def test_a_move_a_colleague_already_made_is_no_conflict(
    staff: tuple[Database, Database],
) -> None:
    alex, sam = staff
    request_id = _request(alex)
    card = _card(alex, request_id)
    change_stage(sam, request_id, RequestStage.VETTING, "Sam")
    change_stage(alex, request_id, RequestStage.VETTING, "Alex", shown=card)
    assert _stored_request(alex, request_id).stage is RequestStage.VETTING


# Item 8: the colleague's change is named, not the user's own field -------------------------
def test_a_stage_move_by_a_colleague_is_named_when_the_request_editor_saves(
    staff: tuple[Database, Database],
) -> None:
    alex, sam = staff
    request_id = _request(alex)
    loaded = request_to_edit(alex, request_id).form  # Alex opens the request editor
    assert loaded is not None
    change_stage(sam, request_id, RequestStage.GETTING_TO_KNOW, "Sam")

    mine = as_loaded(replace(loaded, ask="Rooms on Tuesdays"), loaded)
    with pytest.raises(ChangedElsewhereError) as refused:
        save_request_edits(alex, mine, request_id)
    error = mark_own_changes(refused.value, loaded)
    assert error.changed == ["stage"]
    assert "They changed: stage. Your own changes: ask." in str(error)
    stage = next(item for item in error.differences if item.field == "stage")
    assert (stage.theirs, stage.mine) == (
        RequestStage.GETTING_TO_KNOW.label,
        RequestStage.RECEIVED.label,
    )
    # Keep mine writes the ask and leaves the colleague's stage alone.
    save_request_edits(alex, replace(mine, row_version=None), request_id)
    stored = _stored_request(alex, request_id)
    assert (stored.ask, stored.stage) == ("Rooms on Tuesdays", RequestStage.GETTING_TO_KNOW)


# Item 7: moved to the Trash by a colleague while edited ------------------------------------
def test_a_note_trashed_by_a_colleague_says_so_and_comes_back_with_the_edit(
    staff: tuple[Database, Database],
) -> None:
    alex, sam = staff
    note_id, _ = save_note_edits(
        alex, NoteForm(subject="Call with the club", summary="They need rooms.")
    )
    loaded = note_to_edit(alex, note_id).form
    assert loaded is not None
    move_records_to_trash(sam, RecordKind.NOTE, [note_id])

    mine = as_loaded(replace(loaded, summary="They need rooms on Tuesdays."), loaded)
    with pytest.raises(TrashedElsewhereError) as refused:
        save_note_edits(alex, mine, note_id)
    assert "moved this note to the Trash" in str(refused.value)
    with alex.session() as session:
        assert session.get_one(OutreachNote, note_id).summary == "They need rooms."

    # "Keep mine" as before (the version they hold) no longer saves into the Trash.
    their_version = refused.value.theirs.row_version  # type: ignore[attr-defined]
    with pytest.raises(TrashedElsewhereError):
        save_note_edits(alex, replace(mine, row_version=their_version), note_id)

    changes = restore_with_edits(
        alex, RecordKind.NOTE, note_id, replace(mine, row_version=their_version)
    )
    assert changes.trash and RecordKind.NOTE in changes.kinds
    with alex.session() as session:
        stored = session.get_one(OutreachNote, note_id)
        assert (stored.deleted_at, stored.summary) == (None, "They need rooms on Tuesdays.")


def test_an_organization_trashed_and_restored_again_is_not_restored_twice_over_an_edit(
    staff: tuple[Database, Database],
) -> None:
    alex, sam = staff
    organization_id, _ = save_organization_edits(alex, OrganizationForm(name="Hillside Pantry"))
    loaded = organization_to_edit(alex, organization_id).form
    assert loaded is not None
    move_records_to_trash(sam, RecordKind.ORGANIZATION, [organization_id])
    mine = as_loaded(replace(loaded, notes="Opens at nine."), loaded)
    with pytest.raises(TrashedElsewhereError) as refused:
        save_organization_edits(alex, mine, organization_id)
    seen = replace(mine, row_version=refused.value.theirs.row_version)  # type: ignore[attr-defined]
    # Sam restores it and renames it before Alex chooses "Restore it with my changes".
    restore_records(sam, [(RecordKind.ORGANIZATION, organization_id)])
    form = organization_to_edit(sam, organization_id).form
    assert form is not None
    save_organization_edits(sam, replace(form, name="Hillside Community Pantry"), organization_id)

    with pytest.raises(ChangedElsewhereError) as again:
        restore_with_edits(alex, RecordKind.ORGANIZATION, organization_id, seen)
    assert not isinstance(again.value, TrashedElsewhereError)
    assert "name" in again.value.changed
    with alex.session() as session:
        assert session.get_one(Organization, organization_id).name == "Hillside Community Pantry"


# Item 8: saves that overlap exactly list what differs ---------------------------------------
@pytest.mark.postgresql_only
def test_overlapping_saves_name_the_fields(staff: tuple[Database, Database]) -> None:
    """Both read the same version; Sam's save commits between Alex's check and write."""
    alex, sam = staff
    organization_id, _ = save_organization_edits(alex, OrganizationForm(name="Hillside Pantry"))
    loaded = organization_to_edit(alex, organization_id).form
    assert loaded is not None

    def sam_saves_first(session: Session, _context: object, _instances: object) -> None:
        form = organization_to_edit(sam, organization_id).form
        assert form is not None
        save_organization_edits(
            sam, replace(form, mission="Groceries for every family"), organization_id
        )

    event.listen(alex.sessions, "before_flush", sam_saves_first, once=True)
    mine = as_loaded(replace(loaded, notes="Opens at nine."), loaded)
    with pytest.raises(ChangedElsewhereError) as refused:
        save_organization_edits(alex, mine, organization_id)
    assert refused.value.changed == ["mission", "notes"]
    assert "Someone else changed this organization" in str(refused.value)
    assert refused.value.theirs is not None


@pytest.mark.postgresql_only
def test_a_decision_overlapping_a_colleagues_decline_names_it(
    staff: tuple[Database, Database],
) -> None:
    """Sam's decline commits between Alex's check and write: refused, with the fields."""
    alex, sam = staff
    request_id = _request(alex)
    shown = decision_to_make(alex, request_id)

    def sam_declines(_session: Session, _context: object, _instances: object) -> None:
        record_decision(sam, request_id, DECLINE, "Sam")

    event.listen(alex.sessions, "before_flush", sam_declines, once=True)
    with pytest.raises(ChangedElsewhereError) as refused:
        record_decision(alex, request_id, PROCEED, "Alex", shown=shown)
    assert refused.value.changed == ["stage", "decision", "reasons"]
    stored = _stored_request(alex, request_id)
    assert (stored.stage, stored.decision) == (RequestStage.DECLINED, Decision.DECLINE)


@pytest.mark.postgresql_only
def test_a_board_move_overlapping_a_colleagues_decline_names_it(
    staff: tuple[Database, Database],
) -> None:
    alex, sam = staff
    request_id = _request(alex)
    card = _card(alex, request_id)

    def sam_declines(_session: Session, _context: object, _instances: object) -> None:
        record_decision(sam, request_id, DECLINE, "Sam")

    event.listen(alex.sessions, "before_flush", sam_declines, once=True)
    with pytest.raises(ChangedElsewhereError) as refused:
        change_stage(alex, request_id, RequestStage.VETTING, "Alex", shown=card)
    assert refused.value.changed == ["stage", "decision"]
    assert _stored_request(alex, request_id).stage is RequestStage.DECLINED
