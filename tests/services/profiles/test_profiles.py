"""Partner profiles on a real store: saving as you type, resuming, and naming our organization."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from partnerdesk.services.changes import Detail, RecordKind
from partnerdesk.services.documents.profile import profile_report
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.profiles.answers import (
    load_profile,
    our_organization_id,
    save_profile,
    save_profile_answer,
    set_up_our_organization,
)
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.trash import empty_trash, move_to_trash
from partnerdesk.store.database import Database
from partnerdesk.store.models import Organization, PartnerProfile


@pytest.fixture
def hospital(database: Database) -> int:
    with database.session() as session:
        organization_id, _ = add_organization(session, "Lakeview Hospital")
    return organization_id


def _profile_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(PartnerProfile.id))) or 0


def test_an_organization_without_a_profile_opens_empty_and_stores_nothing(
    database: Database, hospital: int
) -> None:
    with database.session() as session:
        state = load_profile(session, hospital)
    assert state.organization_name == "Lakeview Hospital"
    assert state.answers == {} and state.last_page == "" and not state.is_ours
    assert _profile_count(database) == 0


def test_answers_are_cleaned_saved_and_read_back(database: Database, hospital: int) -> None:
    with database.session() as session:
        changes = save_profile_answer(
            session, hospital, "serve.mission", "  Care for\r\nthe county\x07  "
        )
        # A profile shows on no list: the change names the profile, not the organization.
        assert changes.names(Detail.PROFILE) and not changes.kinds
        save_profile_answer(session, hospital, "do.timeframe", "Since\n1962")
    with database.session() as session:
        state = load_profile(session, hospital)
    assert state.answers == {"serve.mission": "Care for\nthe county", "do.timeframe": "Since 1962"}
    assert state.answered(["serve.mission", "serve.where", "do.timeframe"]) == 2


def test_saving_several_answers_and_the_page_at_once_then_resuming(
    database: Database, hospital: int
) -> None:
    with database.session() as session:
        save_profile(
            session,
            hospital,
            {"why.need": "Fewer readmissions", "how.terms": "“Navigator”: a staff member"},
            last_page="how",
        )
    with database.session() as session:
        state = load_profile(session, hospital)
    assert state.last_page == "how"
    assert state.answers["how.terms"] == "“Navigator”: a staff member"
    assert _profile_count(database) == 1


def test_the_same_text_twice_writes_nothing_and_an_emptied_answer_is_removed(
    database: Database, hospital: int
) -> None:
    with database.session() as session:
        save_profile_answer(session, hospital, "serve.where", "Harlow County")
    with database.session() as session:
        version = session.scalars(select(PartnerProfile.row_version)).one()
        assert not save_profile_answer(session, hospital, "serve.where", "Harlow County  ")
    with database.session() as session:
        assert session.scalars(select(PartnerProfile.row_version)).one() == version
        save_profile_answer(session, hospital, "serve.where", "   ")
    with database.session() as session:
        assert load_profile(session, hospital).answers == {}


def test_unknown_questions_parts_and_organizations_are_refused(
    database: Database, hospital: int
) -> None:
    with database.session() as session, pytest.raises(InvalidInputError, match="no question"):
        save_profile_answer(session, hospital, "serve.nothing", "x")
    with database.session() as session, pytest.raises(InvalidInputError, match="no part"):
        save_profile(session, hospital, {}, last_page="nowhere")
    with database.session() as session, pytest.raises(RecordMissingError):
        save_profile_answer(session, hospital + 100, "serve.mission", "x")
    with database.session() as session, pytest.raises(RecordMissingError):
        load_profile(session, hospital + 100)
    assert _profile_count(database) == 0


def test_emptying_the_trash_removes_the_organizations_profile(
    database: Database, hospital: int
) -> None:
    with database.session() as session:
        save_profile_answer(session, hospital, "serve.mission", "Care")
        move_to_trash(session, RecordKind.ORGANIZATION, [hospital])
    with database.session() as session:
        # In the trash, the profile is still there to come back with the organization.
        assert load_profile(session, hospital).answers == {"serve.mission": "Care"}
        empty_trash(session)
    assert _profile_count(database) == 0


def test_naming_our_organization_adds_it_once_and_marks_it_ours(database: Database) -> None:
    with database.session() as session:
        assert our_organization_id(session) is None
        with pytest.raises(InvalidInputError, match="organization's name"):
            set_up_our_organization(session, "   ")
        ours, changes = set_up_our_organization(session, "  Eastside   Food Collective ")
        assert {RecordKind.ORGANIZATION, RecordKind.REQUEST} <= changes.kinds
    with database.session() as session:
        assert our_organization_id(session) == ours
        organization = session.get(Organization, ours)
        assert organization is not None and organization.name == "Eastside Food Collective"
        assert organization.kind.value == "community_based"
        assert load_profile(session, ours).is_ours


def test_naming_an_organization_we_already_have_marks_that_one(
    database: Database, hospital: int
) -> None:
    with database.session() as session:
        cbo, _ = add_organization(session, "Eastside Food Collective")
        ours, _ = set_up_our_organization(session, "eastside food collective")
    assert ours == cbo
    with database.session() as session:
        assert session.scalar(select(func.count(Organization.id))) == 2
        assert our_organization_id(session) == cbo


def test_the_report_holds_the_prompts_answers_and_who_prepared_it(
    database: Database, hospital: int
) -> None:
    with database.session() as session:
        set_up_our_organization(session, "Eastside Food Collective")
        save_profile_answer(session, hospital, "contributions.clinical", "Nurses & doctors")
        report = profile_report(session, hospital, today=date(2026, 5, 4))
    assert report.organization == "Lakeview Hospital" and not report.is_ours
    assert report.our_organization == "Eastside Food Collective"
    assert report.answers == {"contributions.clinical": "Nurses & doctors"}
    assert report.prompts.parts[0].id == "serve"
    assert report.prepared_on == date(2026, 5, 4)
