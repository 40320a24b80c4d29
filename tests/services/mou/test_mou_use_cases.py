"""The MOU and profile use cases the window calls: each its own transaction, refusals in words."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy.exc import OperationalError

from partnerdesk.services.changes import Detail
from partnerdesk.services.errors import ChangedElsewhereError, DatabaseUnavailableError
from partnerdesk.services.mou.drafts import (
    DraftEdit,
    find_request_mou,
    read_draft,
    save_draft,
    start_mou,
)
from partnerdesk.services.mou.versions import (
    bring_back_version,
    exported_still_current,
    record_version,
    version_text,
    versions_of,
)
from partnerdesk.services.profiles.answers import (
    choose_our_organization,
    find_our_organization,
    read_profile,
    save_profile_answers,
)
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.store.database import Database


@pytest.fixture
def request_id(database: Database) -> int:
    with database.session() as session:
        organization_id, _ = add_organization(session, "Lakeview Hospital")
        request_id, _ = save_request(
            session, RequestForm(title="Rides to appointments", organization_id=organization_id)
        )
    return request_id


def test_an_mou_started_edited_and_restored_names_only_the_mou(
    database: Database, request_id: int
) -> None:
    assert find_request_mou(database, request_id).mou_id is None
    mou_id, started = start_mou(database, request_id)
    assert find_request_mou(database, request_id).mou_id == mou_id
    assert started.names(Detail.MOU) and not started.kinds

    edit = DraftEdit("goals", {"goals": "Forty rides a month."}, ({},), "Rides MOU", "review")
    changes = save_draft(database, mou_id, edit)
    assert changes.names(Detail.MOU) and not changes.kinds
    draft = read_draft(database, mou_id)
    assert (draft.title, draft.last_page) == ("Rides MOU", "review")
    assert draft.sections["goals"]["goals"] == "Forty rides a month."

    with database.session() as session:  # as an export to Word records it
        record_version(session, mou_id, "Sent for comments", "rides.docx")
    assert exported_still_current(database, mou_id, 1, "Rides MOU")
    assert not exported_still_current(database, mou_id, 1, "Another title")
    save_draft(database, mou_id, DraftEdit("goals", {"goals": "Sixty rides."}))
    assert not exported_still_current(database, mou_id, 1, "Rides MOU")
    assert "Forty rides a month." in version_text(database, mou_id, 1)

    restored = bring_back_version(database, mou_id, 1)
    assert restored.names(Detail.MOU) and not restored.kinds
    assert read_draft(database, mou_id).sections["goals"]["goals"] == "Forty rides a month."
    assert [v.number for v in versions_of(database, mou_id)] == [1, 2]


def test_the_users_own_saves_on_their_way_are_not_someone_elses(
    database: Database, request_id: int
) -> None:
    mou_id, _ = start_mou(database, request_id)
    opened = dict(read_draft(database, mou_id).sections.get("conflict") or {})
    first = {"process": "The leads talk."}
    second = {"process": "The leads talk within a week."}
    # Both saves left before the first was written: the second expects either state.
    save_draft(database, mou_id, DraftEdit("conflict", first, (opened,)))
    save_draft(database, mou_id, DraftEdit("conflict", second, (opened, first)))
    assert read_draft(database, mou_id).sections["conflict"] == second

    # A colleague's words are none of those: refused, and nothing of the edit is written.
    save_draft(database, mou_id, DraftEdit("conflict", {"process": "Their leads meet monthly."}))
    mine = DraftEdit("conflict", {"process": "Ours meet weekly."}, (second,), "Renamed")
    with pytest.raises(ChangedElsewhereError) as refused:
        save_draft(database, mou_id, mine)
    assert refused.value.theirs == {"process": "Their leads meet monthly."}
    draft = read_draft(database, mou_id)
    assert draft.title != "Renamed"
    assert draft.sections["conflict"]["process"] == "Their leads meet monthly."


def test_a_store_that_cannot_be_written_just_now_is_refused_in_words(
    database: Database, request_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    mou_id, _ = start_mou(database, request_id)

    @contextmanager
    def locked() -> Iterator[None]:
        raise OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked"))
        yield

    monkeypatch.setattr(database, "session", locked)
    with pytest.raises(DatabaseUnavailableError) as refused:
        save_draft(database, mou_id, DraftEdit(title="Renamed"))
    assert "could not reach its data just now" in str(refused.value)
    with pytest.raises(DatabaseUnavailableError):
        save_profile_answers(database, 1, {"serve.mission": "Care"})


def test_a_profile_is_read_saved_and_ours_chosen_by_use_cases(database: Database) -> None:
    with database.session() as session:
        hospital, _ = add_organization(session, "Lakeview Hospital")
    assert find_our_organization(database).organization_id is None
    assert (hospital, "Lakeview Hospital") in find_our_organization(database).choices

    changes = save_profile_answers(database, hospital, {"serve.mission": " Care "}, "do")
    assert changes.names(Detail.PROFILE) and not changes.kinds
    state = read_profile(database, hospital)
    assert (state.answers, state.last_page) == ({"serve.mission": "Care"}, "do")

    ours, chosen = choose_our_organization(database, None, "eastside food collective")
    assert ours != hospital and chosen.kinds  # which is ours shows on lists and requests
    assert find_our_organization(database).organization_id == ours
    assert choose_our_organization(database, hospital)[0] == hospital
    assert find_our_organization(database).organization_id == hospital
