"""Copying a laptop's data into a new shared database: all of it, or none of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from partnerdesk.paths import DataLocation
from partnerdesk.services.records.organizations import OrganizationForm, save_organization
from partnerdesk.services.records.search import search
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.services.vetting.questions import ensure_question_bank
from partnerdesk.store.copy_records import (
    CopyStoppedError,
    TargetNotEmptyError,
    copy_all_records,
    holds_records,
    record_counts,
)
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import Base, Mou, Organization, VettingQuestion


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    """The data on this computer: the sample records, with their own question bank."""
    source = open_database(DataLocation(tmp_path / "laptop"))
    with source.session() as session:
        load_sample_data(session)
        ensure_question_bank(session)
        session.get_one(VettingQuestion, 1).text = "Why now? (our own wording)"
    yield source
    source.close()


def _all_counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def test_every_row_arrives_with_its_links_and_search_finds_it(
    laptop: Database, database: Database
) -> None:
    with database.session() as session:
        ensure_question_bank(session)  # what a new shared database is given at start
    steps: list[tuple[int, int]] = []

    result = copy_all_records(laptop.engine, database.engine, lambda *step: steps.append(step))

    assert _all_counts(database) == _all_counts(laptop)
    assert steps and steps[-1][0] == steps[-1][1] == sum(_all_counts(laptop).values())
    assert "organizations" in result.summary() and "contacts" in result.summary()
    with database.session() as session:
        # The laptop's reworded question replaced the shipped one, not joined it.
        assert session.get_one(VettingQuestion, 1).text == "Why now? (our own wording)"
        # The sample's two MOUs (a draft, and the active partnership's signed one).
        mous = session.scalars(select(Mou)).all()
        assert len(mous) == 2
        assert all(mou.request_id is not None and mou.sections for mou in mous)
        found = search(session, "riverbend")
        assert found.total > 0


def test_new_records_after_the_copy_get_fresh_ids(laptop: Database, database: Database) -> None:
    copy_all_records(laptop.engine, database.engine)
    with laptop.session() as session:
        highest = session.scalar(select(func.max(Organization.id)))
    with database.session() as session:
        new_id, _ = save_organization(session, OrganizationForm(name="Eastside Tenants Union"))
    assert highest is not None and new_id > highest


def test_a_database_that_already_holds_records_is_refused_untouched(
    laptop: Database, database: Database
) -> None:
    with database.session() as session:
        save_organization(session, OrganizationForm(name="Already There Co-op"))
    before = _all_counts(database)

    with pytest.raises(TargetNotEmptyError, match=r"already holds records \(1 organization\)"):
        copy_all_records(laptop.engine, database.engine)

    assert _all_counts(database) == before


def test_stopping_leaves_the_shared_database_empty(laptop: Database, database: Database) -> None:
    with pytest.raises(CopyStoppedError):
        copy_all_records(laptop.engine, database.engine, should_stop=lambda: True)
    assert not holds_records(database.engine)
    with database.engine.connect() as connection:
        assert set(record_counts(connection).values()) == {0}


def _index_names(database: Database) -> set[str]:
    return set().union(
        *(
            {index["name"] for index in inspect(database.engine).get_indexes(table.name)}
            for table in Base.metadata.sorted_tables
        )
    )


def test_the_shared_database_keeps_every_index_after_the_copy(
    laptop: Database, database: Database
) -> None:
    before = _index_names(database)
    copy_all_records(laptop.engine, database.engine)
    assert _index_names(database) == before
    with database.session() as session:
        assert search(session, "riverbend").total > 0


def test_every_value_arrives_as_it_was(laptop: Database, database: Database) -> None:
    """COPY's text form must not bend a tab, a line break, a backslash or a literal \\N."""
    tricky = "Tab\there, line\nbreak, back\\slash, \\N, “quotes”, Nguyễn, 🙂"
    with laptop.session() as session:
        organization_id, _ = save_organization(
            session, OrganizationForm(name=tricky, notes=tricky + "\r\n")
        )
    copy_all_records(laptop.engine, database.engine)

    for table in Base.metadata.sorted_tables:
        query = select(table).order_by(*table.primary_key.columns)
        with laptop.engine.connect() as source, database.engine.connect() as target:
            assert source.execute(query).all() == target.execute(query).all(), table.name
    with database.session() as session:
        notes = session.get_one(Organization, organization_id).notes
    assert "\\N" in notes and "back\\slash" in notes and "line\nbreak" in notes
