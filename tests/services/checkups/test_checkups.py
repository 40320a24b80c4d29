"""Check-ups: started, our side saved as typed (a colleague's save never overwritten),
the partner's side replaced from their form, and read back for the screens and the chart."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar

from partnerdesk.core.checkups import StatementRating, shipped_statements
from partnerdesk.core.choices import RequestStage
from partnerdesk.services.calendar_export import calendar_bytes, calendar_events
from partnerdesk.services.changes import Detail, RecordKind
from partnerdesk.services.checkups.checkups import (
    checkup_history,
    delete_checkup,
    list_checkups,
    read_checkup,
    save_our_rating,
    save_partner_ratings,
    start_checkup,
)
from partnerdesk.services.checkups.trend import checkup_trend
from partnerdesk.services.errors import ChangedElsewhereError, RecordMissingError
from partnerdesk.services.mou.partnerships import list_partnerships
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.services.records.trash import move_to_trash
from partnerdesk.store.database import Database
from partnerdesk.store.models import PartnershipRequest

TODAY = date.today()


def _request(database: Database) -> int:
    with database.session() as session:
        organization_id, _ = add_organization(session, "Lakeview Hospital")
        request_id, _ = save_request(
            session,
            RequestForm(title="Prenatal classes", organization_id=organization_id),
        )
        request = session.get(PartnershipRequest, request_id)
        assert request is not None
        request.stage = RequestStage.ACTIVE
    return request_id


def test_our_ratings_saved_one_at_a_time_and_read_back_with_the_gaps(
    database: Database,
) -> None:
    request_id = _request(database)
    started = start_checkup(database, request_id, TODAY - timedelta(days=3))
    assert started.changes.names(Detail.CHECKUPS)
    checkup_id = started.checkup_id
    save_our_rating(database, checkup_id, StatementRating("trust.promises", 4), None)
    empty = StatementRating("trust.promises", None)
    # The comment typed next: its base is what was saved a moment ago.
    save_our_rating(
        database,
        checkup_id,
        StatementRating("trust.promises", 4, "They called back every time."),
        StatementRating("trust.promises", 4),
    )
    save_our_rating(database, checkup_id, StatementRating("power.decide", 5), empty)
    save_partner_ratings(
        database,
        checkup_id,
        [StatementRating("power.decide", 2, "We were told, not asked."), StatementRating("x", 3)],
        "Check-up form - Lakeview - returned.docx",
    )

    shown = read_checkup(database, checkup_id)
    assert shown.ours["trust.promises"] == StatementRating(
        "trust.promises", 4, "They called back every time."
    )
    assert set(shown.theirs) == {"power.decide"}  # an unknown statement is left out
    assert shown.partner_form_name == "Check-up form - Lakeview - returned.docx"
    assert shown.partner_read_at is not None
    assert [(gap.statement.id, gap.ours, gap.theirs) for gap in shown.gaps] == [
        ("power.decide", 5, 2)
    ]
    assert shown.scores.ours["trust"] == 4.0 and shown.scores.theirs["trust"] is None
    [line] = list_checkups(database, request_id)
    assert (line.ours_average, line.theirs_average) == (4.5, 2.0)

    # Their side is replaced by the next form read, not added to.
    save_partner_ratings(database, checkup_id, [StatementRating("trust.people", 5)], "again.docx")
    assert set(read_checkup(database, checkup_id).theirs) == {"trust.people"}

    # Clearing a rating and its comment removes it.
    save_our_rating(
        database,
        checkup_id,
        StatementRating("power.decide", None),
        StatementRating("power.decide", 5),
    )
    assert "power.decide" not in read_checkup(database, checkup_id).ours


def test_a_colleagues_save_of_the_same_statement_is_never_overwritten(
    database: Database,
) -> None:
    request_id = _request(database)
    checkup_id = start_checkup(database, request_id, TODAY).checkup_id
    empty = StatementRating("purpose.goals", None)
    save_our_rating(database, checkup_id, StatementRating("purpose.goals", 2), empty)
    # A colleague's window still showed it unrated.
    with pytest.raises(ChangedElsewhereError) as refused:
        save_our_rating(database, checkup_id, StatementRating("purpose.goals", 5), empty)
    assert refused.value.theirs == StatementRating("purpose.goals", 2)
    assert read_checkup(database, checkup_id).ours["purpose.goals"].score == 2


def test_history_in_date_order_and_what_else_shows_check_ups(database: Database) -> None:
    request_id = _request(database)
    later = start_checkup(database, request_id, TODAY - timedelta(days=10)).checkup_id
    earlier = start_checkup(database, request_id, TODAY - timedelta(days=200)).checkup_id
    planned = start_checkup(database, request_id, TODAY + timedelta(days=30)).checkup_id
    save_our_rating(database, earlier, StatementRating("data.shared", 2))
    save_our_rating(database, later, StatementRating("data.shared", 4))

    history = checkup_history(database, request_id)
    assert [item.checkup_id for item in history] == [earlier, later, planned]
    assert [item.ours["data"] for item in history] == [2.0, 4.0, None]
    assert set(history[0].ours) == {domain.id for domain in shipped_statements().domains}

    # The partnership's last check-up is the latest held, not the planned one.
    [row] = [row for row in list_partnerships(database) if row.id == request_id]
    assert row.last_checkup_on == TODAY - timedelta(days=10)

    with database.session() as session:
        events = [event for event in calendar_events(session) if "checkup" in event.uid]
    assert [event.uid for event in events] == [
        f"checkup-{earlier}@partnerdesk.invalid",
        f"checkup-{later}@partnerdesk.invalid",
        f"checkup-{planned}@partnerdesk.invalid",
    ]
    assert "Lakeview Hospital" in events[0].summary
    written = Calendar.from_ical(calendar_bytes(events)).walk("VEVENT")
    assert [str(event["uid"]) for event in written] == [event.uid for event in events]
    assert all(event.walk("VALARM") for event in written)  # a reminder on each

    delete_checkup(database, planned)
    assert [line.id for line in list_checkups(database, request_id)] == [earlier, later]
    with pytest.raises(RecordMissingError):
        read_checkup(database, planned)

    # A partnership moved to the Trash takes its check-ups off the calendar.
    with database.session() as session:
        move_to_trash(session, RecordKind.REQUEST, [request_id])
        assert not [event for event in calendar_events(session) if "checkup" in event.uid]
    with pytest.raises(RecordMissingError):
        list_checkups(database, request_id)


def test_the_trend_leaves_out_check_ups_not_rated_yet(database: Database) -> None:
    request_id = _request(database)
    assert checkup_trend(database, request_id).png is None
    held = start_checkup(database, request_id, TODAY - timedelta(days=20)).checkup_id
    save_our_rating(database, held, StatementRating("benefits.community", 4))
    start_checkup(database, request_id, TODAY + timedelta(days=60))  # planned, not rated
    trend = checkup_trend(database, request_id)
    assert trend.png is not None and trend.png.startswith(b"\x89PNG")
    assert trend.description.startswith("1 check-up, from ")
    assert "Benefits to each side and to the community: ours 4; theirs not rated." in (
        trend.description
    )
