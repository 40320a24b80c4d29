"""The seeds' rules through the store (issue 18): values rated as shown or not, our
organization's 501(c)(3) setting turning the lobbying check on, the MOU's scope prefilled."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from partnerdesk.core.choices import OrganizationType, Rating, ValuesShown
from partnerdesk.core.mou_checks import check_mou
from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.mou.drafts import read_draft, start_mou
from partnerdesk.services.profiles.answers import choose_our_organization
from partnerdesk.services.records.organizations import (
    OrganizationForm,
    load_organization_form,
    save_organization,
)
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.services.vetting.overview import request_answers
from partnerdesk.services.vetting.questions import AnswerForm, save_answer
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import Organization

TODAY = date(2026, 12, 4)
SAMPLES = Path(__file__).resolve().parents[2] / "data"


def _hospital_request(database: Database) -> int:
    with database.session() as session:
        hospital, _ = save_organization(
            session,
            OrganizationForm(
                name="Lakeview Hospital",
                kind=OrganizationType.HOSPITAL,
                values_statement="Compassion and community.",
            ),
        )
        request_id, _ = save_request(
            session,
            RequestForm(
                title="Rides to appointments",
                organization_id=hospital,
                ask="Drive patients from the Millbrook apartments to their clinic visits.",
                proposed_timeframe="Eighteen months, from March.",
            ),
        )
    return request_id


def _codes(database: Database, request_id: int) -> list[str]:
    return [flag.code for flag in request_answers(database, request_id, TODAY).flags]


def test_values_are_rated_beside_the_answer_and_the_flag_reads_the_rating(
    database: Database,
) -> None:
    request_id = _hospital_request(database)
    assert "values-not-demonstrated" in _codes(database, request_id)  # not rated yet
    said = AnswerForm("We have not seen them share a decision.", "", Rating.ADEQUATE, "Kim")
    save_answer(database, request_id, "hard.values-statement", said)
    assert "values-not-demonstrated" in _codes(database, request_id)  # text alone: still up

    shown = AnswerForm(
        said.their_answer, "", Rating.ADEQUATE, "Kim", values_shown=ValuesShown.SHOWN
    )
    save_answer(database, request_id, "hard.values-statement", shown, said)
    answers = request_answers(database, request_id, TODAY)
    line = next(line for line in answers.questions["hard"] if line.key == "hard.values-statement")
    assert line.answer is not None and line.answer.values_shown is ValuesShown.SHOWN
    assert "values-not-demonstrated" not in [flag.code for flag in answers.flags]

    for rating in (ValuesShown.NOT_SHOWN, ValuesShown.DONT_KNOW):
        stored = line.answer
        form = AnswerForm(said.their_answer, "", Rating.ADEQUATE, "Kim", values_shown=rating)
        save_answer(database, request_id, "hard.values-statement", form, stored)
        answers = request_answers(database, request_id, TODAY)
        line = next(q for q in answers.questions["hard"] if q.key == "hard.values-statement")
        assert "values-not-demonstrated" in [flag.code for flag in answers.flags]


def test_our_nonprofit_setting_turns_the_lobbying_check_on_in_a_new_mou(
    database: Database,
) -> None:
    request_id = _hospital_request(database)
    ours, _ = choose_our_organization(database, None, "Millbrook Neighbors", nonprofit=True)
    with database.session() as session:
        assert load_organization_form(session, ours).nonprofit_limits is True
    mou_id, _ = start_mou(database, request_id)
    sections = read_draft(database, mou_id).sections
    assert sections["parties"]["nonprofit_limits"] is True
    sections["objectives"] = {"objectives": "Ask the county council to vote for a bus route."}
    assert "lobbying-501c3" in [finding.code for finding in check_mou(sections)]

    # Not a 501(c)(3) and no public funds: a new MOU does not look for lobbying.
    choose_our_organization(database, ours, nonprofit=False)
    other, _ = start_mou(database, request_id, "Second MOU")
    assert read_draft(database, other).sections["parties"]["nonprofit_limits"] is False


def test_the_scope_is_prefilled_from_the_request_and_asks_for_its_limits(
    database: Database,
) -> None:
    request_id = _hospital_request(database)
    mou_id, _ = start_mou(database, request_id)
    sections = read_draft(database, mou_id).sections
    assert sections["scope"]["will_do"] == (
        "Drive patients from the Millbrook apartments to their clinic visits.\n"
        "Eighteen months, from March."
    )
    [scope] = [finding for finding in check_mou(sections) if finding.section_id == "scope"]
    assert scope.code == "scope-unstated" and "will not do" in scope.title


def test_our_organization_named_for_the_first_time_is_a_nonprofit_by_default(
    database: Database,
) -> None:
    ours, _ = choose_our_organization(database, None, "Millbrook Neighbors")
    with database.session() as session:
        assert load_organization_form(session, ours).nonprofit_limits is True


def test_nonprofits_already_recorded_get_the_setting_on_upgrade(tmp_path: Path) -> None:
    location = DataLocation(tmp_path / "data")
    location.ensure_exists()
    shutil.copyfile(SAMPLES / "schema-0005.sqlite3", location.data_dir / DATABASE_FILE_NAME)
    database = open_database(location)
    try:
        with database.session() as session:
            found = {
                organization.kind: organization.nonprofit_limits
                for organization in session.query(Organization)
            }
    finally:
        database.close()
    assert found[OrganizationType.COMMUNITY_BASED] is True
    assert found[OrganizationType.FAITH_BASED] is True
    assert found[OrganizationType.HOSPITAL] is False
