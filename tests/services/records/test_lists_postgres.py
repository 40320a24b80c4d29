"""On a shared PostgreSQL database a list's first page is read in index order (0007),
not sorted from every row. Plans, not timings: bench/bench_shared_database.py measures
(also the counts, which read an index only on tables too large to read whole)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import RecordLister, _filtered
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, Organization

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def many_contacts(database: Database) -> Database:
    with database.session() as session:
        session.add_all(Organization(name=f"Group {n:04d}") for n in range(1000))
        session.add_all(Contact(full_name=f"person {n:05d}") for n in range(3000))
    with database.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(
            text("VACUUM ANALYZE organizations, contacts")
        )
    return database


def _plan(database: Database, statement: object) -> str:
    sql = str(statement.compile(database.engine, compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]
    with database.engine.connect() as connection:
        return "\n".join(connection.execute(text("EXPLAIN " + sql)).scalars())


@pytest.mark.parametrize(
    ("kind", "index"),
    [
        (RecordKind.CONTACT, "ix_contacts_list_order_shared"),
        (RecordKind.ORGANIZATION, "ix_organizations_list_order_shared"),
    ],
)
def test_a_list_of_names_reads_its_first_page_in_index_order(
    many_contacts: Database, kind: RecordKind, index: str
) -> None:
    plan = _plan(many_contacts, _filtered(kind, "", None, "postgresql").limit(100))
    assert index in plan, plan
    assert "Sort" not in plan.split(index)[0], plan


def test_the_first_page_read_with_the_count_is_the_first_page(many_contacts: Database) -> None:
    lister = RecordLister(many_contacts, RecordKind.CONTACT)
    assert lister.count() == 3000
    first = lister.page(0, RecordLister.FIRST_PAGE_ROWS)
    assert [row.values["name"] for row in first[:2]] == ["person 00000", "person 00001"]
    # Used once: a later read of the first page asks the store again.
    with many_contacts.session() as session:
        session.add(Contact(full_name="Aaron Early"))
    assert lister.page(0, RecordLister.FIRST_PAGE_ROWS)[0].values["name"] == "Aaron Early"
