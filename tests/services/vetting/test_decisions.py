"""Deciding on a request: reasons required, history kept, declining closes the request."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.core.choices import Decision, RequestStage
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, get_request, save_request
from partnerdesk.services.records.timeline import TimelineKind, organization_timeline
from partnerdesk.services.vetting.decisions import DecisionForm, decision_history, record_decision
from partnerdesk.store.database import Database


def _request(database: Database) -> tuple[int, int]:
    with database.session() as session:
        organization_id, _ = add_organization(session, "Lakeview Hospital")
        request_id, _ = save_request(
            session, RequestForm(title="Prenatal classes", organization_id=organization_id)
        )
    return organization_id, request_id


def test_a_decision_needs_reasons_and_conditions_when_conditional(database: Database) -> None:
    _, request_id = _request(database)
    with pytest.raises(InvalidInputError, match="why"):
        record_decision(database, request_id, DecisionForm(Decision.PROCEED, "  "))
    with pytest.raises(InvalidInputError, match="conditions"):
        record_decision(
            database, request_id, DecisionForm(Decision.PROCEED_WITH_CONDITIONS, "Good fit")
        )
    with database.session() as session:
        assert get_request(session, request_id).decision is None


def test_each_decision_is_kept_and_the_latest_is_the_requests(database: Database) -> None:
    organization_id, request_id = _request(database)
    record_decision(
        database,
        request_id,
        DecisionForm(Decision.PAUSE, "Wait for their board", "Board approval", date(2026, 3, 1)),
        decided_by="Marisol Ortega",
    )
    record_decision(
        database,
        request_id,
        DecisionForm(
            Decision.PROCEED_WITH_CONDITIONS,
            "Board approved; grant runs 3 years",
            "Our staff time is paid\nWe co-own the data",
            date(2026, 6, 1),
        ),
    )
    with database.session() as session:
        history = decision_history(session, request_id)
        request = get_request(session, request_id)
        assert [entry.decision for entry in history] == [
            Decision.PAUSE,
            Decision.PROCEED_WITH_CONDITIONS,
        ]
        assert history[0].decided_by == "Marisol Ortega"
        assert history[0].conditions == "Board approval"
        assert request.decision is Decision.PROCEED_WITH_CONDITIONS
        assert request.decision_conditions == "Our staff time is paid\nWe co-own the data"
        assert request.decided_on == date(2026, 6, 1)
        assert request.stage is RequestStage.RECEIVED
        timeline = organization_timeline(session, organization_id)
    decisions = [entry for entry in timeline if entry.kind is TimelineKind.DECISION]
    assert {entry.title for entry in decisions} == {
        "Pause: Prenatal classes",
        "Proceed with conditions: Prenatal classes",
    }
    assert any("We co-own the data" in entry.details for entry in decisions)


def test_declining_moves_the_request_to_declined_and_records_the_move(
    database: Database,
) -> None:
    _, request_id = _request(database)
    record_decision(
        database,
        request_id,
        DecisionForm(Decision.DECLINE, "No plan after the grant", "ignored for a decline"),
        decided_by="Dana",
    )
    with database.session() as session:
        request = get_request(session, request_id)
        assert request.stage is RequestStage.DECLINED
        assert request.decision_conditions == ""
        last = request.stage_changes[-1]
        assert (last.from_stage, last.to_stage, last.changed_by) == (
            RequestStage.RECEIVED,
            RequestStage.DECLINED,
            "Dana",
        )
        assert request.decided_on == date.today()
