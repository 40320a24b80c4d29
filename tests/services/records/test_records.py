"""Lists, filters and the Today overview, as the views and the command line read them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from partnerdesk.core.choices import OrganizationType, RequestStage
from partnerdesk.core.dates import friendly_date
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import (
    ListOptions,
    RecordLister,
    count_rows,
    list_rows,
)
from partnerdesk.services.records.search import MATCH_END, MATCH_START, search
from partnerdesk.services.records.today import today_overview
from partnerdesk.services.records.trash import move_to_trash
from partnerdesk.services.sample_data.loading import load_sample_data
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
    lister = RecordLister(database, RecordKind.ORGANIZATION)
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


def test_today_counts_what_the_lists_show_not_the_trash(sample: Database) -> None:
    with sample.session() as session:
        organization = session.query(Organization).order_by(Organization.id).first()
        assert organization is not None
        move_to_trash(session, RecordKind.ORGANIZATION, [organization.id])
        session.commit()
    with sample.session() as session:
        overview = today_overview(session, TODAY)
        assert overview.counts == {kind: count_rows(session, kind) for kind in RecordKind}
        assert overview.counts[RecordKind.ORGANIZATION] == session.query(Organization).count() - 1


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
    assert {"Angela Brooks", "Nguyễn Thị Lan", "Robert Castellano"} <= {h.title for h in contacts}
    for hit in contacts:
        assert "Riverbend" in hit.context or f"{MATCH_START}Riverbend" in hit.snippet
    assert results.hits[RecordKind.REQUEST][0].context.endswith("Vetting")


def test_search_matches_word_starts_without_accents(sample: Database) -> None:
    with sample.session() as session:
        for query in ("jose", "JOSÉ", "ramir", "nguyen"):
            names = [hit.title for hit in search(session, query).hits[RecordKind.CONTACT]]
            assert names, query
            assert names[0] in {"José Ramírez", "Nguyễn Thị Lan"}, query
        hit = search(session, "ramir").hits[RecordKind.CONTACT][0]
        assert f"{MATCH_START}Ramírez{MATCH_END}" in hit.snippet


def test_search_leaves_out_the_trash(sample: Database) -> None:
    with sample.session() as session:
        contact_id = search(session, "castellano").hits[RecordKind.CONTACT][0].id
        move_to_trash(session, RecordKind.CONTACT, [contact_id])
    with sample.session() as session:
        assert search(session, "castellano").hits[RecordKind.CONTACT] == []


def test_search_index_follows_edits(sample: Database) -> None:
    with sample.session() as session:
        organization = session.query(Organization).filter_by(name="Riverbend Health System").one()
        organization.name = "Riverbend Regional Medical Center"
    with sample.session() as session:
        titles = [hit.title for hit in search(session, "regional").hits[RecordKind.ORGANIZATION]]
    assert titles == ["Riverbend Regional Medical Center"]


@pytest.mark.parametrize("query", ['"', "O'Connor", "a AND", "-:*", "NOT", "(", "😀", "  "])
def test_search_takes_any_typed_text(sample: Database, query: str) -> None:
    with sample.session() as session:
        results = search(session, query)
    assert results.query == query.strip()


def test_dates_read_as_words() -> None:
    assert friendly_date(date(2026, 11, 3)) == "3 Nov 2026"


def test_lists_sort_by_any_column_in_the_database(database: Database) -> None:
    with database.session() as session:
        session.add_all(
            [
                Organization(name="beta pantry", kind=OrganizationType.COMMUNITY_BASED),
                Organization(name="Alpha Hospital", kind=OrganizationType.HOSPITAL),
                Organization(name="Gamma School", kind=OrganizationType.SCHOOL),
            ]
        )
    with database.session() as session:
        by_name = list_rows(
            session,
            RecordKind.ORGANIZATION,
            options=ListOptions(sort_key="name", descending=True),
        )
        assert [row.values["name"] for row in by_name] == [
            "Gamma School",
            "beta pantry",
            "Alpha Hospital",
        ]
        page = list_rows(
            session, RecordKind.ORGANIZATION, options=ListOptions(sort_key="name"), limit=1
        )
        assert page[0].values["name"] == "Alpha Hospital"


def test_lists_narrow_by_type_tag_key_leaders_and_open_follow_ups(sample: Database) -> None:
    with sample.session() as session:
        hospitals = list_rows(
            session,
            RecordKind.ORGANIZATION,
            options=ListOptions(organization_type=OrganizationType.HOSPITAL),
        )
        assert [row.values["name"] for row in hospitals] == ["Riverbend Health System"]
        coalition = count_rows(
            session, RecordKind.ORGANIZATION, options=ListOptions(tag="coalition")
        )
        assert coalition == 2
        leaders = count_rows(
            session, RecordKind.CONTACT, options=ListOptions(key_leaders_only=True)
        )
        assert 0 < leaders < count_rows(session, RecordKind.CONTACT)
        open_notes = list_rows(
            session, RecordKind.NOTE, options=ListOptions(open_follow_ups_only=True)
        )
        assert len(open_notes) == 3
        assert all(row.values["follow_up_due"] is not None for row in open_notes)


def test_today_lists_mou_reviews_due_within_a_month(sample: Database) -> None:
    from partnerdesk.store.models import Mou, PartnershipRequest

    with sample.session() as session:
        request = session.query(PartnershipRequest).filter_by(stage=RequestStage.VETTING).one()
        session.add_all(
            [
                Mou(title="Referral MOU", request_id=request.id, review_on=TODAY + timedelta(10)),
                Mou(title="Far-off MOU", request_id=request.id, review_on=TODAY + timedelta(90)),
            ]
        )
    with sample.session() as session:
        reviews = today_overview(session, TODAY).mou_reviews
    assert [(r.title, r.organization) for r in reviews] == [
        ("Referral MOU", "Riverbend Health System")
    ]
