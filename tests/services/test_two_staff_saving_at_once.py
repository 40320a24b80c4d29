"""Two staff saving the same thing at the same moment on one PostgreSQL database (issue 22).

The first save is held just before its commit while the second runs into it; then the
first commits and the second must be refused as any save over a colleague's is: with
their version to show, and nothing of theirs overwritten.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from partnerdesk.paths import DataLocation
from partnerdesk.services.errors import ChangedElsewhereError
from partnerdesk.services.mou.drafts import DraftEdit, read_draft, save_draft, start_mou
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.services.vetting.questions import AnswerForm, answers_by_key, save_answer
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import PartnershipRequest

from .two_staff import held_before_commit, start, wait_until_waiting_on_a_lock

pytestmark = pytest.mark.postgresql_only
TRIALS = range(3)


@pytest.fixture
def colleague(location: DataLocation) -> Iterator[Database]:
    """A second staff member's PartnerDesk on the same database (an engine of its own)."""
    other = open_database(location)
    yield other
    other.close()


@pytest.mark.parametrize("trial", TRIALS)
def test_overlapping_saves_of_one_mou_page_refuse_the_second_with_the_firsts_page(
    database: Database, colleague: Database, trial: int
) -> None:
    mou_id, _changes = start_mou(database, title=f"Shared kitchen MOU {trial}")
    mine = DraftEdit("conflict", {"process": "Our leads meet weekly."}, ({},))
    theirs = DraftEdit("conflict", {"process": "Their leads meet monthly."}, ({},))

    with held_before_commit(colleague) as hold:
        first = start(lambda: save_draft(colleague, mou_id, theirs))
        hold.wait_until_reached()
        second = start(lambda: save_draft(database, mou_id, mine))
        wait_until_waiting_on_a_lock(database, second)
        hold.release.set()
        first.outcome()
        with pytest.raises(ChangedElsewhereError) as refused:
            second.outcome()

    error = refused.value
    assert isinstance(error.theirs, dict)
    assert error.theirs.get("process") == "Their leads meet monthly."
    assert [d.theirs for d in error.differences] == ["Their leads meet monthly."]
    assert [d.mine for d in error.differences] == ["Our leads meet weekly."]
    assert read_draft(database, mou_id).sections["conflict"]["process"] == (
        "Their leads meet monthly."
    )


@pytest.fixture
def request_id(database: Database) -> int:
    with database.session() as session:
        load_sample_data(session)
        request = session.query(PartnershipRequest).order_by(PartnershipRequest.id).first()
        assert request is not None
        assert "data.ownership" not in answers_by_key(session, request.id)
        return request.id


@pytest.mark.parametrize("trial", TRIALS)
def test_two_first_answers_to_one_question_at_once_are_a_conflict_not_a_failure(
    database: Database, colleague: Database, request_id: int, trial: int
) -> None:
    key = "data.ownership"
    with held_before_commit(colleague) as hold:
        first = start(
            lambda: save_answer(colleague, request_id, key, AnswerForm("Their lawyers own it"))
        )
        hold.wait_until_reached()
        second = start(
            lambda: save_answer(
                database, request_id, key, AnswerForm("The community owns it"), AnswerForm()
            )
        )
        wait_until_waiting_on_a_lock(database, second)
        hold.release.set()
        first.outcome()
        with pytest.raises(ChangedElsewhereError) as refused:
            second.outcome()

    error = refused.value
    assert isinstance(error.theirs, AnswerForm)
    assert error.theirs.their_answer == "Their lawyers own it"
    assert "Their answer" in [d.field.capitalize() for d in error.differences]
    with database.session() as session:
        assert answers_by_key(session, request_id)[key].their_answer == "Their lawyers own it"
