"""Lists, filters and the Today overview, as the views and the command line read them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from partnerdesk.core.choices import RequestStage
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records import RecordLister, count_rows, friendly_date, list_rows
from partnerdesk.services.sample_data import load_sample_data
from partnerdesk.services.search import search
from partnerdesk.services.today import today_overview
from partnerdesk.store.database import Database
from partnerdesk.store.models import Organization

TODAY = date(2026, 11, 23)


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def test_pages_cover_the_whole_list_in_order(database: Database) -> None:
    with database.session() as session:
        session.add_all(Organization(name=f"Organization {n:03d}") for n in range(450))
    lister = RecordLister(database.session, RecordKind.ORGANIZATION)
    assert lister.count() == 450
    pages = [lister.page(offset, 200) for offset in (0, 200, 400)]
    names = [row.values["name"] for page in pages for row in page]
    assert names == [f"Organization {n:03d}" for n in range(450)]


@pytest.mark.parametrize("needle", ["%", "_", "\\", "'", '"', "100%"])
def test_filter_text_is_taken_literally(database: Database, needle: str) -> None:
    with database.session() as session:
        session.add_all(
            [Organization(name="Plain Food Bank"), Organization(name=f"Odd {needle} Name")]
        )
    with database.session() as session:
        rows = list_rows(session, RecordKind.ORGANIZATION, text_filter=needle)
        assert [row.values["name"] for row in rows] == [f"Odd {needle} Name"]


def test_filter_ignores_case(sample: Database) -> None:
    with sample.session() as session:
        assert count_rows(session, RecordKind.CONTACT, text_filter="RIVERBEND") == 3


def test_today_overview_sorts_follow_ups_by_urgency(sample: Database) -> None:
    with sample.session() as session:
        overview = today_overview(session, TODAY)
    assert overview.overdue and all(item.due < TODAY for item in overview.overdue)
    assert overview.upcoming
    assert all(TODAY <= item.due <= TODAY + timedelta(days=14) for item in overview.upcoming)
    assert [item.due for item in overview.upcoming] == sorted(i.due for i in overview.upcoming)
    assert [request.stage for request in overview.waiting_requests] == [RequestStage.VETTING]
    assert not overview.store_is_empty


def test_today_overview_of_an_empty_store(database: Database) -> None:
    with database.session() as session:
        overview = today_overview(session, TODAY)
    assert overview.store_is_empty
    assert overview.overdue == overview.upcoming == overview.waiting_requests == []


def test_search_groups_hits_by_kind_with_context(sample: Database) -> None:
    with sample.session() as session:
        results = search(session, "riverbend")
    organizations = results.hits[RecordKind.ORGANIZATION]
    assert [hit.title for hit in organizations] == ["Riverbend Health System"]
    assert organizations[0].context == "Hospital or health system"
    contacts = results.hits[RecordKind.CONTACT]
    assert all("Riverbend Health System" in hit.context for hit in contacts)
    assert results.hits[RecordKind.REQUEST][0].context.endswith("Vetting")


def test_dates_read_as_words() -> None:
    assert friendly_date(date(2026, 11, 3)) == "3 Nov 2026"
