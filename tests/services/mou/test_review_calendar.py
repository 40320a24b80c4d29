"""MOU review dates as an .ics file, read back by icalendar's parser."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from icalendar import Calendar

from partnerdesk.services.mou.drafts import create_mou, save_section
from partnerdesk.services.mou.review_calendar import write_review_calendar
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.store.database import Database


def test_review_dates_export_as_all_day_events(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        hospital, _ = add_organization(session, "Lakeview Hospital, Inc.; East")
        request_id, _ = save_request(session, RequestForm(title="Rides", organization_id=hospital))
        mou_id, _ = create_mou(session, request_id, "MOU: rides to appointments")
        save_section(session, mou_id, "review", {"first_review": "2027-03-15"})
        scratch, _ = create_mou(session, None, "Shared kitchen")
        save_section(session, scratch, "review", {"every_months": None})
        target = tmp_path / "reviews.ics"
        count = write_review_calendar(session, target)
    assert count == 1
    calendar = Calendar.from_ical(target.read_bytes())
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == date(2027, 3, 15)
    assert str(event["summary"]) == (
        "Review the MOU with Lakeview Hospital, Inc.; East: MOU: rides to appointments"
    )
    assert str(event["uid"]) == f"mou-{mou_id}-review-2027-03-15@partnerdesk"
    assert b"\r\n" in target.read_bytes()
