"""Two staff writing the same part of a new team charter at the same moment on one
PostgreSQL database (issue 19): the second is refused with the first's words, never a
failure and never an overwrite, even when neither charter row existed yet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from partnerdesk.paths import DataLocation
from partnerdesk.services.charter.charters import TEXT, read_charter, save_charter
from partnerdesk.services.errors import ChangedElsewhereError
from partnerdesk.services.page_edits import PageEdit
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database, open_database
from tests.services.two_staff import held_before_commit, start, wait_until_waiting_on_a_lock

pytestmark = pytest.mark.postgresql_only
VETTING = 1  # the sample request with no charter yet


@pytest.fixture
def colleague(location: DataLocation) -> Iterator[Database]:
    other = open_database(location)
    yield other
    other.close()


def test_two_first_saves_of_one_part_at_once_refuse_the_second_with_the_firsts_words(
    database: Database, colleague: Database
) -> None:
    with database.session() as session:
        load_sample_data(session)
    mine = PageEdit("goal", {TEXT: "Our goal."}, ({TEXT: ""},))
    theirs = PageEdit("goal", {TEXT: "Their goal."}, ({TEXT: ""},))
    with held_before_commit(colleague) as hold:
        first = start(lambda: save_charter(colleague, VETTING, theirs))
        hold.wait_until_reached()
        second = start(lambda: save_charter(database, VETTING, mine))
        wait_until_waiting_on_a_lock(database, second)
        hold.release.set()
        first.outcome()
        with pytest.raises(ChangedElsewhereError) as refused:
            second.outcome()
    assert refused.value.theirs == {TEXT: "Their goal."}
    assert [d.mine for d in refused.value.differences] == ["Our goal."]
    assert read_charter(database, VETTING).texts["goal"] == "Their goal."
