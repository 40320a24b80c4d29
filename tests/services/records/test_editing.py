"""Saving organizations, contacts, notes and history as the editors do."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.core.choices import Acknowledgement, NoteKind, OrganizationType
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.records.contacts import (
    ContactForm,
    check_contact_form,
    load_contact_form,
    save_contact,
)
from partnerdesk.services.records.notes import (
    NoteForm,
    load_note_form,
    mark_follow_up_done,
    save_note,
)
from partnerdesk.services.records.organization_overview import organization_overview
from partnerdesk.services.records.organizations import (
    HistoryForm,
    OrganizationForm,
    load_organization_form,
    save_history_entry,
    save_organization,
)
from partnerdesk.services.records.timeline import TimelineKind
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, Organization, Tag


def _organization(database: Database, name: str, **values: object) -> int:
    with database.session() as session:
        return save_organization(session, OrganizationForm(name=name, **values))[0]  # type: ignore[arg-type]


def test_organization_round_trip_with_tags(database: Database) -> None:
    form = OrganizationForm(
        name="  Clínica\x00 del Pueblo  ",
        kind=OrganizationType.COMMUNITY_BASED,
        mission="Care in Spanish,\r\nwithout fear.",
        years_active_in_community=31,
        first_contact_on=date(2011, 5, 2),
        tags=["Health", "health ", "immigrant services", ""],
    )
    with database.session() as session:
        organization_id, _changes = save_organization(session, form)
    with database.session() as session:
        loaded = load_organization_form(session, organization_id)
        assert session.query(Tag).count() == 2
    assert loaded.name == "Clínica del Pueblo"
    assert loaded.mission == "Care in Spanish,\nwithout fear."
    assert loaded.tags == ["Health", "immigrant services"]
    assert loaded.years_active_in_community == 31


def test_an_organization_needs_a_name(database: Database) -> None:
    with database.session() as session, pytest.raises(InvalidInputError, match="name"):
        save_organization(session, OrganizationForm(name=" \n "))


def test_only_one_organization_is_ours(database: Database) -> None:
    first = _organization(database, "Eastside Food Collective", is_ours=True)
    second = _organization(database, "Westside Food Collective", is_ours=True)
    with database.session() as session:
        ours = [o.id for o in session.query(Organization).filter(Organization.is_ours)]
    assert ours == [second] and first != second


def test_editing_a_removed_record_says_so(database: Database) -> None:
    with database.session() as session, pytest.raises(RecordMissingError):
        load_organization_form(session, 9999)


def test_moving_a_contact_keeps_where_they_were(database: Database) -> None:
    county = _organization(database, "Harlow County Health")
    hospital = _organization(database, "Riverbend Health System")
    form = ContactForm(
        full_name="Angela Brooks",
        organization_id=county,
        role_title="Coalition lead",
        emails=["angela@county.example", "ANGELA@county.example", " "],
        phones=["(413) 555-0112"],
        is_key_leader=True,
    )
    with database.session() as session:
        contact_id, _changes = save_contact(session, form)
    form.organization_id = hospital
    form.role_title = "Director of Community Benefit"
    with database.session() as session:
        save_contact(session, form, contact_id, today=date(2025, 6, 1))
    with database.session() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        assert [e.address for e in contact.emails] == ["angela@county.example"]
        assert [(a.organization_id, a.role_title, a.ended_on) for a in contact.affiliations] == [
            (county, "Coalition lead", date(2025, 6, 1))
        ]
        former = organization_overview(session, county).people
    assert [(p.name, p.is_former) for p in former] == [("Angela Brooks", True)]


def test_contact_warnings_do_not_stop_saving(database: Database) -> None:
    form = ContactForm(full_name="Kofi Mensah", emails=["kofi at home"], phones=["call me"])
    warnings = check_contact_form(form)
    assert {w.field for w in warnings} == {"emails", "phones"}
    with database.session() as session:
        contact_id, _ = save_contact(session, form)
    with database.session() as session:
        assert load_contact_form(session, contact_id).emails == ["kofi at home"]


def test_a_contact_needs_a_name_or_an_email(database: Database) -> None:
    with database.session() as session:
        with pytest.raises(InvalidInputError):
            save_contact(session, ContactForm())
        contact_id, _ = save_contact(session, ContactForm(emails=["only@mail.example"]))
        assert load_contact_form(session, contact_id).full_name == "only@mail.example"


def test_note_with_follow_up_appears_on_the_timeline(database: Database) -> None:
    hospital = _organization(database, "Riverbend Health System")
    with database.session() as session:
        person, _ = save_contact(session, ContactForm(full_name="Lan", organization_id=hospital))
        note_id, _ = save_note(
            session,
            NoteForm(
                happened_on=date(2026, 11, 4),
                kind=NoteKind.CALL,
                organization_id=hospital,
                subject="Introductory call",
                participant_ids=[person, person],
                follow_up_action="Send our questions",
                follow_up_due=date(2026, 11, 9),
            ),
        )
        save_history_entry(
            session,
            hospital,
            HistoryForm(
                title="Screening pilot",
                happened_on=date(2019, 4, 6),
                harm_or_broken_promise="Results never shared",
                acknowledgement=Acknowledgement.NOT_ACKNOWLEDGED,
            ),
        )
    with database.session() as session:
        timeline = organization_overview(session, hospital).timeline
        assert load_note_form(session, note_id).participant_ids == [person]
    assert [(e.kind, e.title) for e in timeline] == [
        (TimelineKind.NOTE, "Introductory call"),
        (TimelineKind.HISTORY, "Screening pilot"),
    ]
    assert "Follow-up: Send our questions, due 9 Nov 2026" in timeline[0].details
    assert timeline[1].needs_attention
    with database.session() as session:
        mark_follow_up_done(session, note_id)
    with database.session() as session:
        assert load_note_form(session, note_id).follow_up_done
        assert "Follow-up" not in organization_overview(session, hospital).timeline[0].details


def test_a_note_without_subject_takes_its_first_line(database: Database) -> None:
    with database.session() as session:
        note_id, _ = save_note(session, NoteForm(summary="Met at the fair.\nGood chat."))
        assert load_note_form(session, note_id).subject == "Met at the fair."
        with pytest.raises(InvalidInputError):
            save_note(session, NoteForm())
