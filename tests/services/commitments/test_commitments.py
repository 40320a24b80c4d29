"""Commitments follow the MOU and the decision, keep the status a person set, and are listed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from partnerdesk.core.choices import Decision
from partnerdesk.core.commitments import (
    BOTH_PARTIES,
    NO_LONGER_A_CONDITION,
    REMOVED_FROM_MOU,
    CommitmentSource,
    CommitmentStatus,
    conditions_of,
    date_in,
    goals_of,
)
from partnerdesk.services.changes import Detail
from partnerdesk.services.commitments.lists import (
    CommitmentLine,
    list_commitments,
    request_commitments,
)
from partnerdesk.services.commitments.status import drop, mark_done, mark_open
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.mou.drafts import DraftEdit, save_draft, start_mou
from partnerdesk.services.mou.versions import bring_back_version, record_version
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.services.records.today import read_today
from partnerdesk.services.vetting.decisions import DecisionForm, record_decision
from partnerdesk.store.database import Database

TODAY = date.today()


def _request(database: Database) -> int:
    with database.session() as session:
        organization_id, _ = add_organization(session, "Lakeview Hospital")
        request_id, _ = save_request(
            session, RequestForm(title="Prenatal classes", organization_id=organization_id)
        )
    return request_id


def _roles(*rows: tuple[str, str, str]) -> DraftEdit:
    return DraftEdit(
        "roles",
        {"roles": [{"responsibility": w, "party": p, "due": d} for w, p, d in rows]},
    )


def _by_what(database: Database, request_id: int) -> dict[str, CommitmentLine]:
    return {line.what: line for line in request_commitments(database, request_id)}


def _mou(database: Database) -> tuple[int, int]:
    request_id = _request(database)
    mou_id, _ = start_mou(database, request_id)
    return request_id, mou_id


def test_roles_rows_become_commitments_and_keep_their_status_as_the_mou_changes(
    database: Database,
) -> None:
    request_id, mou_id = _mou(database)
    late_day = TODAY - timedelta(days=3)
    changes = save_draft(
        database,
        mou_id,
        _roles(
            ("Book the community room", "Us", late_day.isoformat()),
            ("Send the class schedule", "Lakeview Hospital", "Monthly"),
            ("Pay for the interpreters", "Lakeview Hospital", "2027-03-31"),
        ),
    )
    assert changes.names(Detail.COMMITMENTS) and changes.names(Detail.MOU)
    lines = _by_what(database, request_id)
    assert lines["Book the community room"].status is CommitmentStatus.LATE
    assert lines["Book the community room"].due_on == late_day
    assert lines["Send the class schedule"].due_on is None
    assert lines["Send the class schedule"].due_text == "Monthly"
    assert lines["Pay for the interpreters"].due_on == date(2027, 3, 31)
    assert {line.source for line in lines.values()} == {CommitmentSource.ROLE}

    mark_done(database, lines["Book the community room"].id)
    drop(database, lines["Send the class schedule"].id, "They send it by text message instead")

    # Reworded, a date moved, a row removed: statuses set by hand stay; the gone row drops.
    save_draft(
        database,
        mou_id,
        _roles(
            ("Book the community room at the library", "Us", late_day.isoformat()),
            ("Send the class schedule", "Lakeview Hospital", "2027-01-15"),
        ),
    )
    lines = _by_what(database, request_id)
    assert len(lines) == 3, "a row removed from the MOU is kept, dropped"
    assert lines["Book the community room at the library"].status is CommitmentStatus.DONE
    assert lines["Send the class schedule"].status is CommitmentStatus.DROPPED
    assert lines["Send the class schedule"].drop_reason == "They send it by text message instead"
    assert lines["Send the class schedule"].due_on == date(2027, 1, 15)
    assert lines["Pay for the interpreters"].status is CommitmentStatus.DROPPED
    assert lines["Pay for the interpreters"].drop_reason == REMOVED_FROM_MOU

    # Written back into the MOU, it is open again as it was.
    save_draft(
        database,
        mou_id,
        _roles(
            ("Book the community room at the library", "Us", late_day.isoformat()),
            ("Send the class schedule", "Lakeview Hospital", "2027-01-15"),
            ("Pay for the interpreters", "Lakeview Hospital", "2027-03-31"),
        ),
    )
    lines = _by_what(database, request_id)
    assert len(lines) == 3
    assert lines["Pay for the interpreters"].status is CommitmentStatus.OPEN
    assert lines["Pay for the interpreters"].drop_reason == ""

    # Saving the same rows again changes nothing (and says so).
    unchanged = save_draft(
        database,
        mou_id,
        _roles(
            ("Book the community room at the library", "Us", late_day.isoformat()),
            ("Send the class schedule", "Lakeview Hospital", "2027-01-15"),
            ("Pay for the interpreters", "Lakeview Hospital", "2027-03-31"),
        ),
    )
    assert not unchanged.names(Detail.COMMITMENTS)


def test_each_goal_is_a_commitment_of_both_with_its_date(database: Database) -> None:
    request_id, mou_id = _mou(database)
    save_draft(
        database,
        mou_id,
        DraftEdit(
            "goals",
            {
                "goals": "Enroll 40 expecting mothers by March 31, 2027, half of them in "
                "Spanish.\n\nKeep nine in ten of them coming\nto every class."
            },
        ),
    )
    lines = request_commitments(database, request_id)
    assert [(line.what, line.party, line.due_on) for line in lines] == [
        (
            "Enroll 40 expecting mothers by March 31, 2027, half of them in Spanish.",
            BOTH_PARTIES,
            date(2027, 3, 31),
        ),
        ("Keep nine in ten of them coming to every class.", BOTH_PARTIES, None),
    ]
    assert all(line.source is CommitmentSource.GOAL for line in lines)


def test_bringing_back_a_version_brings_back_its_commitments(database: Database) -> None:
    request_id, mou_id = _mou(database)
    save_draft(database, mou_id, _roles(("Print the flyers", "Us", "2027-02-01")))
    with database.session() as session:
        number = record_version(session, mou_id, "sent to them")
    save_draft(database, mou_id, _roles())
    assert _by_what(database, request_id)["Print the flyers"].status is CommitmentStatus.DROPPED
    changes = bring_back_version(database, mou_id, number)
    assert changes.names(Detail.COMMITMENTS)
    assert _by_what(database, request_id)["Print the flyers"].status is CommitmentStatus.OPEN


def test_conditions_of_a_decision_become_the_partners_commitments(database: Database) -> None:
    request_id = _request(database)
    changes = record_decision(
        database,
        request_id,
        DecisionForm(
            Decision.PROCEED_WITH_CONDITIONS,
            "Good fit if they pay for our time.",
            "- Pay our staff for their time\n2. Share the results with us by 2027-06-30\n",
        ),
    )
    assert changes.names(Detail.COMMITMENTS) and changes.names(Detail.DECISION)
    lines = _by_what(database, request_id)
    assert set(lines) == {"Pay our staff for their time", "Share the results with us by 2027-06-30"}
    assert {line.party for line in lines.values()} == {"Lakeview Hospital"}
    assert lines["Share the results with us by 2027-06-30"].due_on == date(2027, 6, 30)
    assert all(line.source is CommitmentSource.CONDITION for line in lines.values())
    mark_done(database, lines["Pay our staff for their time"].id)

    record_decision(database, request_id, DecisionForm(Decision.PROCEED, "They agreed to all."))
    lines = _by_what(database, request_id)
    assert lines["Pay our staff for their time"].status is CommitmentStatus.DROPPED
    assert lines["Pay our staff for their time"].drop_reason == NO_LONGER_A_CONDITION
    # The same conditions again: the one kept is done again, as it was.
    record_decision(
        database,
        request_id,
        DecisionForm(
            Decision.PROCEED_WITH_CONDITIONS,
            "They went back on it.",
            "Pay our staff for their time",
        ),
    )
    lines = _by_what(database, request_id)
    assert lines["Pay our staff for their time"].status is CommitmentStatus.DONE


def test_marking_open_again_and_dropping_needs_a_reason(database: Database) -> None:
    request_id, mou_id = _mou(database)
    save_draft(database, mou_id, _roles(("Print the flyers", "Us", "")))
    (line,) = request_commitments(database, request_id)
    assert mark_done(database, line.id).names(Detail.COMMITMENTS)
    assert request_commitments(database, request_id)[0].status is CommitmentStatus.DONE
    mark_open(database, line.id)
    assert request_commitments(database, request_id)[0].status is CommitmentStatus.OPEN
    with pytest.raises(InvalidInputError, match="why"):
        drop(database, line.id, "  ")
    with pytest.raises(RecordMissingError):
        mark_done(database, line.id + 1000)


def test_list_and_today_show_what_is_due_soon_and_late(database: Database) -> None:
    request_id, mou_id = _mou(database)

    def day(offset: int) -> str:
        return (TODAY + timedelta(days=offset)).isoformat()

    save_draft(
        database,
        mou_id,
        _roles(
            ("Late one", "Us", day(-2)),
            ("Soon one", "Lakeview Hospital", day(5)),
            ("Later one", "Us", day(40)),
            ("Done one", "Us", day(1)),
            ("Undated one", "Us", "Weekly"),
        ),
    )
    lines = _by_what(database, request_id)
    mark_done(database, lines["Done one"].id)

    every = list_commitments(database)
    assert {line.what for line in every} == set(lines)
    assert [line.what for line in list_commitments(database, due_within=14)] == [
        "Late one",
        "Soon one",
    ]
    assert [line.what for line in list_commitments(database, due_within=60)][-1] == "Later one"
    json_line: dict[str, Any] = lines["Late one"].as_json()
    assert json_line == {
        "id": lines["Late one"].id,
        "request_id": request_id,
        "what": "Late one",
        "party": "Us",
        "due_on": day(-2),
        "status": "late",
    }

    today = read_today(database)
    assert [item.what for item in today.late_commitments] == ["Late one"]
    assert [item.what for item in today.commitments_due_soon] == ["Soon one"]
    assert today.late_commitments[0].request_id == request_id


def test_reading_words_people_write() -> None:
    assert goals_of("One.\n\n\n  Two\nlines.  \n") == ["One.", "Two lines."]
    assert conditions_of("• First\n\n(2) Second\n* Third") == ["First", "Second", "Third"]
    assert date_in("Serve 300 patients by 30 September 2027.") == date(2027, 9, 30)
    assert date_in("By the end of the first year") is None
