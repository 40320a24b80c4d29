"""Two staff importing overlapping files into one shared database at the same moment.

Each import has its own Database (its own engine and connections), as two computers
would. The test interleaves them with events, never with sleeps: the first import is held
inside its transaction (from its progress report) while the second starts and says it is
waiting; then the first commits and the second must merge into what the first added.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from partnerdesk.paths import DataLocation
from partnerdesk.services.transfer.contact_import import (
    WAITING_MESSAGE,
    Decision,
    ImportCancelledError,
    ImportCounts,
    ImportResult,
    RowStatus,
    apply_import,
    preview_import,
)
from partnerdesk.services.transfer.import_lock import IMPORT_LOCK_KEY
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.models import Contact, ContactEmail, ImportBatch, Organization

pytestmark = pytest.mark.postgresql_only
WAIT_S = 30  # only ever reached when something is wrong

ORGANIZATION = "Lakeshore Community Clinic"


def _contacts_file(path: Path, numbers: range) -> Path:
    lines = ["Name,E-mail Address,Organization"]
    lines += [f"Staff Member {n},staff{n}@lakeshore.example,{ORGANIZATION}" for n in numbers]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def two_staff(postgres_url: str, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    first = open_database(DataLocation(tmp_path / "first", postgres_url))
    second = open_database(DataLocation(tmp_path / "second", postgres_url))
    yield first, second
    first.close()
    second.close()


class _Background:
    """Runs a call in a thread and keeps its result or error for the test."""

    def __init__(self, call: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None

        def run() -> None:
            try:
                self.result = call()
            except BaseException as error:  # handed to the test
                self.error = error

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def join(self) -> Any:
        self.thread.join(WAIT_S)
        assert not self.thread.is_alive(), "the import did not finish"
        if self.error is not None:
            raise self.error
        return self.result


def _stored(database: Database) -> tuple[int, int, int, int]:
    """Contacts, e-mail addresses, distinct addresses and organizations stored."""
    with database.session() as session:
        contacts = session.scalar(select(func.count()).select_from(Contact))
        emails = session.scalar(select(func.count()).select_from(ContactEmail))
        distinct = session.scalar(select(func.count(func.distinct(ContactEmail.address))))
        organizations = session.scalar(
            select(func.count()).where(Organization.name == ORGANIZATION)
        )
    return contacts or 0, emails or 0, distinct or 0, organizations or 0


def test_two_imports_at_once_merge_instead_of_doubling(
    two_staff: tuple[Database, Database], tmp_path: Path
) -> None:
    first, second = two_staff
    mine = _contacts_file(tmp_path / "mine.csv", range(1, 51))
    theirs = _contacts_file(tmp_path / "theirs.csv", range(11, 61))  # 40 people in both
    # Both previews are made before either writes: each sees 50 new people.
    my_plan, their_plan = preview_import(first, mine), preview_import(second, theirs)
    assert my_plan.counts() == their_plan.counts() == ImportCounts(50, 0, 0)

    inside, go_on = threading.Event(), threading.Event()

    def held_inside(_done: int, _total: int) -> None:
        inside.set()  # the first import is writing, in its transaction, lock held
        assert go_on.wait(WAIT_S)

    mine_running = _Background(lambda: apply_import(first, my_plan, progress=held_inside))
    assert inside.wait(WAIT_S)
    waiting = threading.Event()
    theirs_running = _Background(lambda: apply_import(second, their_plan, waiting=waiting.set))
    assert waiting.wait(WAIT_S), "the second import did not say it was waiting"
    # It waits: nothing of it is written while the first is unfinished.
    assert theirs_running.thread.is_alive()
    with second.session() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0

    go_on.set()
    my_result: ImportResult = mine_running.join()
    their_result: ImportResult = theirs_running.join()

    assert my_result.counts == ImportCounts(50, 0, 0)
    assert their_result.counts == ImportCounts(10, 40, 0)  # as one after the other
    assert their_result.organizations_created == 0
    assert _stored(first) == (60, 60, 60, 1)  # every address once, the clinic once


def test_an_import_waits_for_the_lock_and_can_be_cancelled_meanwhile(
    two_staff: tuple[Database, Database], tmp_path: Path
) -> None:
    first, second = two_staff
    plan = preview_import(second, _contacts_file(tmp_path / "theirs.csv", range(1, 21)))
    waiting, stop = threading.Event(), threading.Event()
    # Another import's transaction, as PartnerDesk's would hold it.
    with first.engine.connect() as other:
        other.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})
        said: list[str] = []

        def say() -> None:
            said.append(WAITING_MESSAGE)
            waiting.set()

        stopped = _Background(
            lambda: apply_import(second, plan, waiting=say, cancelled=stop.is_set)
        )
        assert waiting.wait(WAIT_S)
        stop.set()
        with pytest.raises(ImportCancelledError):
            stopped.join()
        assert said == [WAITING_MESSAGE]  # said once, however long it waited

        waiting.clear()
        finished = _Background(lambda: apply_import(second, plan, waiting=waiting.set))
        assert waiting.wait(WAIT_S)
        assert _stored(second) == (0, 0, 0, 0)
        other.rollback()  # the other import ends: the lock is free
        result: ImportResult = finished.join()
    assert result.counts == ImportCounts(20, 0, 0)
    assert _stored(first) == (20, 20, 20, 1)


def test_a_choice_made_in_the_preview_yields_to_a_match_found_since(
    two_staff: tuple[Database, Database], tmp_path: Path
) -> None:
    """ "Add as new" was chosen against one person; a colleague has since added the address."""
    first, second = two_staff

    def write(name: str, text_: str) -> Path:
        path = tmp_path / name
        path.write_text("Name,E-mail Address,Organization\n" + text_, encoding="utf-8")
        return path

    apply_import(first, preview_import(first, write("a.csv", f"Dana Whitfield,,{ORGANIZATION}\n")))
    plan = preview_import(
        second, write("b.csv", f"Dana Whitfield,dana@lakeshore.example,{ORGANIZATION}\n")
    )
    assert plan.rows[0].status is RowStatus.POSSIBLE_DUPLICATE
    colleague = write("c.csv", "Morgan Ellery,dana@lakeshore.example,\n")
    apply_import(first, preview_import(first, colleague))

    result = apply_import(second, plan, {plan.rows[0].number: Decision.ADD_NEW})

    assert result.counts == ImportCounts(0, 1, 0)  # merged into Morgan's, not a third Dana
    assert _stored(first)[1:3] == (1, 1)
