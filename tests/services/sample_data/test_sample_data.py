"""The sample data loads into an empty store, refuses to mix with real data, and stays fictional."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import (
    Acknowledgement,
    Decision,
    OrganizationType,
    ParticipationLevel,
    RequestStage,
)
from partnerdesk.paths import DataLocation
from partnerdesk.services.sample_data.loading import (
    SampleDataRefusedError,
    SampleSummary,
    load_sample_data,
    store_has_data,
)
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import (
    Contact,
    ContactAffiliation,
    ContactEmail,
    ContactPhone,
    Organization,
    OutreachNote,
    PartnershipRequest,
    Tag,
)

TODAY = date(2025, 3, 14)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(DataLocation(tmp_path))
    yield db
    db.close()


@pytest.fixture
def loaded(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def stored_counts(session: Session) -> SampleSummary:
    def count(model: type) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return SampleSummary(
        organizations=count(Organization),
        contacts=count(Contact),
        notes=count(OutreachNote),
        requests=count(PartnershipRequest),
    )


def the_request(session: Session, stage: RequestStage) -> PartnershipRequest:
    return session.scalars(
        select(PartnershipRequest).where(PartnershipRequest.stage == stage)
    ).one()


def test_loading_into_an_empty_store_reports_what_it_added(database: Database) -> None:
    with database.session() as session:
        assert not store_has_data(session)
        summary = load_sample_data(session, today=TODAY)
    with database.session() as session:
        assert store_has_data(session)
        assert stored_counts(session) == summary
    assert summary.organizations >= 5
    assert 8 <= summary.contacts <= 12
    assert 6 <= summary.notes <= 10
    assert summary.requests == 3  # vetting, declined, and an active partnership (issue 19)


def test_trashed_records_count_as_data(database: Database) -> None:
    with database.session() as session:
        session.add(Organization(name="Old partner", deleted_at=datetime(2024, 1, 1, tzinfo=UTC)))
    with database.session() as session:
        assert store_has_data(session)
        with pytest.raises(SampleDataRefusedError):
            load_sample_data(session, today=TODAY)


def test_exactly_one_organization_is_ours(loaded: Database) -> None:
    with loaded.session() as session:
        ours = session.scalars(select(Organization).where(Organization.is_ours)).all()
        assert [organization.kind for organization in ours] == [OrganizationType.COMMUNITY_BASED]
        assert ours[0].mission and ours[0].values_statement and ours[0].values_demonstrated


def test_our_organization_has_a_partly_filled_profile(loaded: Database) -> None:
    from partnerdesk.services.profiles.answers import (
        load_profile,
        our_organization_id,
        shipped_prompts,
    )

    with loaded.session() as session:
        ours = our_organization_id(session)
        assert ours is not None
        profile = load_profile(session, ours)
    prompts = shipped_prompts()
    # Enough to show what an answer looks like, with parts left to show what is missing.
    assert 0 < len(profile.answers) < prompts.field_count
    assert all(prompts.field(field_id) for field_id in profile.answers)
    unanswered = {
        part.id for part in prompts.parts if not profile.answered([f.id for f in part.fields])
    }
    assert unanswered and "serve" not in unanswered


def test_the_hospital_has_an_unacknowledged_harm(loaded: Database) -> None:
    with loaded.session() as session:
        hospital = session.scalars(
            select(Organization).where(Organization.kind == OrganizationType.HOSPITAL)
        ).one()
        assert hospital.website.endswith(".example")
        assert hospital.first_contact_on is not None
        assert TODAY - timedelta(days=60) <= hospital.first_contact_on <= TODAY
        assert len(hospital.history) == 1
        entry = hospital.history[0]
        assert entry.acknowledgement is Acknowledgement.NOT_ACKNOWLEDGED
        assert entry.harm_or_broken_promise


def test_follow_ups_are_overdue_upcoming_and_done_relative_to_today(loaded: Database) -> None:
    with loaded.session() as session:
        notes = session.scalars(select(OutreachNote)).all()
        assert all(note.participants for note in notes)
    assert all(note.happened_on <= TODAY for note in notes)
    open_due = [note.follow_up_due for note in notes if note.has_open_follow_up]
    assert None not in open_due
    assert any(due < TODAY for due in open_due if due)
    assert any(TODAY <= due <= TODAY + timedelta(days=14) for due in open_due if due)
    assert any(note.follow_up_action and note.follow_up_done_at for note in notes)


def test_the_hospital_request_is_in_vetting_with_its_history(loaded: Database) -> None:
    with loaded.session() as session:
        request = the_request(session, RequestStage.VETTING)
        assert request.organization is not None
        assert request.organization.kind is OrganizationType.HOSPITAL
        assert request.contact is not None
        assert request.contact.organization is request.organization
        assert request.received_on == TODAY - timedelta(days=21)
        moves = [(change.from_stage, change.to_stage) for change in request.stage_changes]
        assert moves == [
            (None, RequestStage.RECEIVED),
            (RequestStage.RECEIVED, RequestStage.GETTING_TO_KNOW),
            (RequestStage.GETTING_TO_KNOW, RequestStage.VETTING),
        ]
        assert all(change.changed_by for change in request.stage_changes)
        # What the red flags will look at later.
        assert request.funding_ends_on is not None
        assert TODAY < request.funding_ends_on <= TODAY + timedelta(days=365)
        assert request.plan_when_funding_ends == ""
        assert request.participation_offered is ParticipationLevel.CONSULT
        assert request.participation_wanted is ParticipationLevel.COLLABORATE


def test_the_older_request_was_declined_with_reasons(loaded: Database) -> None:
    with loaded.session() as session:
        request = the_request(session, RequestStage.DECLINED)
        assert request.decision is Decision.DECLINE
        assert request.decision_reasons
        assert request.decided_on is not None and request.decided_on < TODAY


def test_one_contact_moved_from_another_organization(loaded: Database) -> None:
    with loaded.session() as session:
        affiliation = session.scalars(select(ContactAffiliation)).one()
        contact = session.get_one(Contact, affiliation.contact_id)
        assert affiliation.organization_id != contact.organization_id
        assert affiliation.ended_on is not None and affiliation.ended_on < TODAY


def test_names_include_accented_ones_for_search(loaded: Database) -> None:
    with loaded.session() as session:
        names = set(session.scalars(select(Contact.full_name)))
    assert {"José Ramírez", "Nguyễn Thị Lan"} <= names


def test_loading_again_is_refused_and_changes_nothing(loaded: Database) -> None:
    with loaded.session() as session:
        before = stored_counts(session)
    with pytest.raises(SampleDataRefusedError) as refused, loaded.session() as session:
        load_sample_data(session, today=TODAY)
    assert "already holds" in str(refused.value)
    with loaded.session() as session:
        assert stored_counts(session) == before


def test_force_loads_again_beside_existing_records(loaded: Database) -> None:
    with loaded.session() as session:
        before = stored_counts(session)
        tags_before = session.scalar(select(func.count()).select_from(Tag))
    with loaded.session() as session:
        added = load_sample_data(session, force=True, today=TODAY)
    assert added == before
    with loaded.session() as session:
        after = stored_counts(session)
        assert after == SampleSummary(
            before.organizations * 2, before.contacts * 2, before.notes * 2, before.requests * 2
        )
        # Tags are shared by name and our own organization stays the only one marked ours.
        assert session.scalar(select(func.count()).select_from(Tag)) == tags_before
        ours = session.scalars(select(Organization.id).where(Organization.is_ours)).all()
        assert len(ours) == 1


def test_every_email_and_website_is_fictional(loaded: Database) -> None:
    with loaded.session() as session:
        addresses = session.scalars(select(ContactEmail.address)).all()
        websites = session.scalars(select(Organization.website)).all()
        phones = session.scalars(select(ContactPhone.number)).all()
    assert addresses
    assert all(address.endswith(".example") for address in addresses)
    assert all(site.endswith(".example") for site in websites if site)
    assert all("555-01" in phone for phone in phones)


def test_today_defaults_to_the_current_date(database: Database) -> None:
    with database.session() as session:
        load_sample_data(session)
        request = the_request(session, RequestStage.VETTING)
        assert request.received_on == date.today() - timedelta(days=21)


def test_the_partners_sample_answers_were_read_from_their_filled_form(loaded: Database) -> None:
    """Issue 19: the second check-up's partner side went through the real form: written,
    typed into ("Agree", "4 - mostly", …), read back, nothing left unread."""
    from partnerdesk.services.checkups.checkups import list_checkups, read_checkup

    with loaded.session() as session:
        request_id = the_request(session, RequestStage.ACTIVE).id
    first, second = list_checkups(loaded, request_id)
    assert first.partner_form_name == "" and read_checkup(loaded, first.id).theirs == {}
    assert second.partner_form_name.startswith("Check-up form - ")
    theirs = read_checkup(loaded, second.id).theirs
    scores = {key: rating.score for key, rating in theirs.items()}
    assert len(scores) == 22 and None not in scores.values()
    assert scores["purpose.community"] == 4  # typed "Agree"
    assert scores["trust.people"] == 5  # "Strongly agree"
    assert scores["communication.timely"] == 4  # "4 - mostly"
    assert theirs["communication.timely"].comment == ""
    assert theirs["power.decide"].comment == "We thought every decision was made together."
