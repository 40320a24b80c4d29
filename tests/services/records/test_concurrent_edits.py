"""Two staff editing the same record: the second save is refused, never silently lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.core.choices import Rating
from partnerdesk.services.mou.drafts import create_mou, load_draft, save_section
from partnerdesk.services.records.contacts import ContactForm, load_contact_form, save_contact
from partnerdesk.services.records.notes import NoteForm, load_note_form, save_note
from partnerdesk.services.records.organizations import (
    OrganizationForm,
    load_organization_form,
    save_organization,
)
from partnerdesk.services.records.requests import RequestForm, load_request_form, save_request
from partnerdesk.services.vetting.questions import (
    AnswerForm,
    answers_by_key,
    ensure_question_bank,
    save_answer,
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


def test_contacts_notes_and_requests_refuse_a_stale_save_too(
    database: Database, organization_id: int
) -> None:
    with database.session() as session:
        contact_id, _ = save_contact(
            session, ContactForm(full_name="Ana Ruiz", organization_id=organization_id)
        )
        note_id, _ = save_note(
            session, NoteForm(subject="First call", organization_id=organization_id)
        )
        request_id, _ = save_request(
            session, RequestForm(title="Screening pilot", organization_id=organization_id)
        )
    editors = [
        ("contact", contact_id, load_contact_form, save_contact, "phones", ["555-0100"]),
        ("note", note_id, load_note_form, save_note, "participant_ids", [contact_id]),
        ("request", request_id, load_request_form, save_request, "ask", "Shared staff"),
    ]
    for what, record_id, load, save, field, their_value in editors:
        with database.session() as session:
            mine = load(session, record_id)
            theirs = load(session, record_id)
        # Their change is only in another table for contacts and notes (phones,
        # participants): the record's version must move on all the same.
        setattr(theirs, field, their_value)
        with database.session() as session:
            save(session, theirs, record_id)
        with pytest.raises(ChangedElsewhereError) as refused, database.session() as session:
            save(session, mine, record_id)
        assert refused.value.what == what
        assert [d.field for d in refused.value.differences] == [
            field.replace("_ids", "s").replace("_", " ")
        ]
        assert refused.value.theirs == load_for(database, load, record_id)


def load_for(database: Database, load: Callable[[Session, int], Any], record_id: int) -> Any:
    with database.session() as session:
        return load(session, record_id)


def test_an_answer_saved_by_someone_else_since_it_was_shown_is_refused(
    database: Database, organization_id: int
) -> None:
    with database.session() as session:
        ensure_question_bank(session)
        request_id, _ = save_request(
            session, RequestForm(title="Screening pilot", organization_id=organization_id)
        )
    key = "data.ownership"
    shown = AnswerForm()  # nobody had answered when both opened the question
    save_answer(database, request_id, key, AnswerForm("Their lawyers own it"), shown)

    mine = AnswerForm("The community owns it", rating=Rating.STRONG)
    with pytest.raises(ChangedElsewhereError) as refused:
        save_answer(database, request_id, key, mine, shown)
    assert refused.value.what == "answer"
    assert refused.value.changed == ["their answer", "rating"]
    assert refused.value.theirs == AnswerForm("Their lawyers own it")

    # Keep mine: saved against their answer as the base, knowingly.
    save_answer(database, request_id, key, mine, refused.value.theirs)
    # The next save from the same editor is based on what it just saved.
    save_answer(database, request_id, key, AnswerForm("The community, always"), mine)
    with database.session() as session:
        assert answers_by_key(session, request_id)[key].their_answer == "The community, always"


def test_an_mou_page_saved_by_someone_else_since_it_was_loaded_is_refused(
    database: Database, organization_id: int
) -> None:
    with database.session() as session:
        request_id, _ = save_request(
            session, RequestForm(title="Screening pilot", organization_id=organization_id)
        )
        mou_id, _ = create_mou(session, request_id)
        base = dict(load_draft(session, mou_id).sections.get("conflict") or {})
        save_section(session, mou_id, "conflict", {"process": "Their leads meet monthly."})

    mine = {"process": "Ours talk within a week."}
    with pytest.raises(ChangedElsewhereError) as refused, database.session() as session:
        save_section(session, mou_id, "conflict", mine, base)
    assert [d.field for d in refused.value.differences] == ["How we resolve conflicts"]
    assert refused.value.theirs["process"] == "Their leads meet monthly."

    # Saving again from what was just saved, or over theirs knowingly, goes through.
    with database.session() as session:
        save_section(session, mou_id, "conflict", mine, refused.value.theirs)
        save_section(session, mou_id, "conflict", {"process": "Within days."}, mine)
    with database.session() as session:
        assert load_draft(session, mou_id).sections["conflict"]["process"] == "Within days."
