"""Two staff changing the same rating of a check-up at the same moment on one PostgreSQL
database (issue 19): the second is refused with the first's rating, never an overwrite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from partnerdesk.core.checkups import StatementRating
from partnerdesk.paths import DataLocation
from partnerdesk.services.checkups.checkups import list_checkups, read_checkup, save_our_rating
from partnerdesk.services.errors import ChangedElsewhereError
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database, open_database
from tests.services.two_staff import held_before_commit, start, wait_until_waiting_on_a_lock

pytestmark = pytest.mark.postgresql_only
STATEMENT = "purpose.goals"


@pytest.fixture
def colleague(location: DataLocation) -> Iterator[Database]:
    other = open_database(location)
    yield other
    other.close()


def _rated_checkup(database: Database) -> tuple[int, StatementRating]:
    with database.session() as session:
        load_sample_data(session)
    for request_id in range(1, 20):
        try:
            lines = list_checkups(database, request_id)
        except Exception:
            continue
        for line in lines:
            stored = read_checkup(database, line.id).ours.get(STATEMENT)
            if stored is not None and stored.score is not None:
                return line.id, stored
    raise AssertionError("the sample data has a rated check-up")


def test_two_changes_of_one_rating_at_once_refuse_the_second_with_the_firsts_rating(
    database: Database, colleague: Database
) -> None:
    checkup_id, shown = _rated_checkup(database)
    theirs = StatementRating(STATEMENT, 1, "Their view.")
    mine = StatementRating(STATEMENT, 2, "My view.")
    with held_before_commit(colleague) as hold:
        first = start(lambda: save_our_rating(colleague, checkup_id, theirs, shown))
        hold.wait_until_reached()
        second = start(lambda: save_our_rating(database, checkup_id, mine, shown))
        wait_until_waiting_on_a_lock(database, second)
        hold.release.set()
        first.outcome()
        with pytest.raises(ChangedElsewhereError) as refused:
            second.outcome()
    assert refused.value.theirs == theirs
    stored = read_checkup(database, checkup_id).ours[STATEMENT]
    assert (stored.score, stored.comment) == (1, "Their view.")
