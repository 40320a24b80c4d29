"""The calendar export, read back with icalendar: reviews repeat, UIDs stay, nothing is nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar, Component

from partnerdesk.services.calendar_export import export_calendar
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.errors import ExportFormatError
from partnerdesk.services.mou.drafts import DraftEdit, save_draft, start_mou
from partnerdesk.services.records.notes import NoteForm, save_note
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.services.records.trash import move_records_to_trash
from partnerdesk.store.database import Database

DUE = date.today() + timedelta(days=20)


def _partnership(database: Database) -> tuple[int, int]:
    with database.session() as session:
        hospital, _ = add_organization(session, "Lakeview Hospital, Inc.; East")
        request_id, _ = save_request(
            session, RequestForm(title="Prenatal classes", organization_id=hospital)
        )
        save_note(
            session,
            NoteForm(
                organization_id=hospital,
                subject="First call",
                follow_up_action="Send our profile",
                follow_up_due=DUE,
            ),
        )
    mou_id, _ = start_mou(database, request_id)
    save_draft(database, mou_id, DraftEdit("review", {"every_months": 6}))
    save_draft(
        database,
        mou_id,
        DraftEdit(
            "roles",
            {"roles": [{"responsibility": "Book the room", "party": "Us", "due": DUE.isoformat()}]},
        ),
    )
    return request_id, mou_id


def _events(target: Path) -> dict[str, Component]:
    calendar = Calendar.from_ical(target.read_bytes())
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_everything_dated_exports_with_reminders_and_stable_uids(
    database: Database, tmp_path: Path
) -> None:
    request_id, mou_id = _partnership(database)
    target = tmp_path / "partnerdesk.ics"
    assert export_calendar(database, target) == 3
    events = _events(target)
    assert len(events) == 3
    for uid, event in events.items():
        assert uid.endswith("@partnerdesk.invalid")
        assert isinstance(event.decoded("dtstart"), date)
        assert event["dtstart"].params.get("VALUE") == "DATE"
        assert "dtstamp" in event and str(event["summary"]) and str(event["description"])
        [alarm] = event.walk("VALARM")
        assert alarm.decoded("trigger") == timedelta(days=-1)
    review = events[f"mou-{mou_id}-review@partnerdesk.invalid"]
    assert review["rrule"].to_ical() == b"FREQ=MONTHLY;INTERVAL=6"
    assert "Lakeview Hospital, Inc.; East" in str(review["summary"])
    [commitment] = [event for uid, event in events.items() if uid.startswith("commitment-")]
    assert commitment.decoded("dtstart") == DUE
    assert "Us" in str(commitment["description"])
    assert "Prenatal classes" in str(commitment["description"])
    [follow_up] = [event for uid, event in events.items() if uid.startswith("note-")]
    assert (
        str(follow_up["summary"])
        == "Follow up with Lakeview Hospital, Inc.; East: Send our profile"
    )

    # Changed and exported again: the same UIDs, the changed event newer than before.
    sequence = int(review.decoded("sequence"))
    save_draft(database, mou_id, DraftEdit("review", {"every_months": 3}))
    save_draft(database, mou_id, DraftEdit("term", {"ends_on": "2031-12-31"}))
    assert export_calendar(database, target) == 3
    again = _events(target)
    assert set(again) == set(events)
    review = again[f"mou-{mou_id}-review@partnerdesk.invalid"]
    rule = review.decoded("rrule")  # a vRecur: its parts by name
    assert (rule["FREQ"], rule["INTERVAL"], rule["UNTIL"]) == (
        ["MONTHLY"],
        [3],
        [date(2031, 12, 31)],
    )
    assert int(review.decoded("sequence")) >= sequence
    assert "last-modified" in review

    # A partnership moved to the Trash takes its review and commitments off the calendar.
    move_records_to_trash(database, RecordKind.REQUEST, [request_id])
    assert export_calendar(database, target) == 1
    assert [uid.split("-")[0] for uid in _events(target)] == ["note"]


def test_nothing_dated_writes_no_file(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "partnerdesk.ics"
    assert export_calendar(database, target) == 0
    assert list(folder.iterdir()) == []
    with pytest.raises(ExportFormatError):
        export_calendar(database, tmp_path / "partnerdesk.txt")


def test_only_check_ups_still_to_rate_ask_for_ratings(database: Database, tmp_path: Path) -> None:
    from partnerdesk.services.checkups.checkups import list_checkups, start_checkup
    from partnerdesk.services.sample_data.loading import load_sample_data

    with database.session() as session:
        load_sample_data(session)
    rated = []
    for request_id in range(1, 20):
        try:
            lines = list_checkups(database, request_id)
        except Exception:
            continue
        if lines:
            rated = lines
            break
    assert len(rated) == 2, "the sample partnership has two check-ups"
    both, ours_only = sorted(rated, key=lambda line: line.partner_form_name == "")
    assert both.partner_form_name and both.held_on < date.today()
    planned = start_checkup(database, both.request_id, date.today() + timedelta(days=30))
    target = tmp_path / "partnerdesk.ics"
    export_calendar(database, target)
    events = _events(target)
    done = events[f"checkup-{both.id}@partnerdesk.invalid"]
    assert "(done)" in str(done["summary"]) and "Both sides rated" in str(done["description"])
    assert "Rate how" not in str(done["description"])
    [reminder] = done.walk("VALARM")  # every event has one; this one asks for nothing
    assert "(done)" in str(reminder["description"])
    for still in (ours_only.id, planned.checkup_id):
        event = events[f"checkup-{still}@partnerdesk.invalid"]
        assert "Rate how the partnership is going" in str(event["description"])
        assert event.walk("VALARM")


def test_the_empty_export_names_check_ups_too() -> None:
    from partnerdesk.services.calendar_export import NOTHING_TO_EXPORT

    assert "check-ups" in NOTHING_TO_EXPORT


def test_check_up_events_in_the_document_language(database: Database, tmp_path: Path) -> None:
    """--document-language es: the check-ups' events in Spanish like the others (review of
    issue 21, 17)."""
    from partnerdesk.services.checkups.checkups import start_checkup

    request_id, _ = _partnership(database)
    planned = start_checkup(database, request_id, date.today() + timedelta(days=30))
    target = tmp_path / "partnerdesk.ics"
    export_calendar(database, target, language="es")
    event = _events(target)[f"checkup-{planned.checkup_id}@partnerdesk.invalid"]
    assert str(event["summary"]) == "Revisión de la alianza con Lakeview Hospital, Inc.; East"
    assert str(event["description"]).startswith("Califique cómo va la alianza")
    assert "Alianza: Prenatal classes (con Lakeview Hospital, Inc.; East)." in str(
        event["description"]
    )
    export_calendar(database, target)
    event = _events(target)[f"checkup-{planned.checkup_id}@partnerdesk.invalid"]
    assert str(event["summary"]) == "Partnership check-up with Lakeview Hospital, Inc.; East"
