"""A short end-to-end check of what this build contains, run by ``partnerdesk self-test``.

The installer runs it inside the frozen bundle, so every step uses the real code paths.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from partnerdesk.core.choices import NoteKind, OrganizationType, RequestStage
from partnerdesk.paths import DataLocation
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records import count_rows, list_rows
from partnerdesk.services.trash import move_to_trash, restore
from partnerdesk.store.database import Database, integrity_problems, open_database
from partnerdesk.store.models import (
    Contact,
    ContactEmail,
    Organization,
    OutreachNote,
    PartnershipRequest,
)
from partnerdesk.store.schema import head_revision


class SelfTestError(Exception):
    pass


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    detail: str = ""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _open(folder: Path) -> Database:
    database = open_database(DataLocation(folder))
    _require(database.state_before_open.revision is None, "a new store should start empty")
    return database


def _write_records(database: Database) -> None:
    with database.session() as session:
        org = Organization(name="Self-test Health System", kind=OrganizationType.HOSPITAL)
        contact = Contact(
            full_name="Ada Self-Test",
            organization=org,
            emails=[ContactEmail(address="ada@selftest.example")],
        )
        session.add_all([org, contact])
        session.flush()
        session.add(
            OutreachNote(
                organization_id=org.id,
                happened_on=date.today(),
                kind=NoteKind.CALL,
                subject="First call",
                participants=[contact],
            )
        )
        session.add(
            PartnershipRequest(title="Self-test request", organization_id=org.id, contact=contact)
        )


def _read_records(database: Database) -> None:
    with database.session() as session:
        for kind in RecordKind:
            _require(count_rows(session, kind) == 1, f"expected one {kind.label.lower()}")
        contacts = list_rows(session, RecordKind.CONTACT)
        _require(contacts[0].values["email"] == "ada@selftest.example", "contact email lost")
        requests = list_rows(session, RecordKind.REQUEST)
        _require(requests[0].values["stage"] is RequestStage.RECEIVED, "request stage lost")


def _trash_and_restore(database: Database) -> None:
    with database.session() as session:
        org_id = list_rows(session, RecordKind.ORGANIZATION)[0].id
        move_to_trash(session, RecordKind.ORGANIZATION, [org_id])
    with database.session() as session:
        _require(count_rows(session, RecordKind.ORGANIZATION) == 0, "trash did not hide it")
        restore(session, RecordKind.ORGANIZATION, [org_id])
    with database.session() as session:
        _require(count_rows(session, RecordKind.ORGANIZATION) == 1, "restore did not work")


def _reopen(folder: Path) -> None:
    database = open_database(DataLocation(folder))
    try:
        _require(database.state_before_open.revision == head_revision(), "schema not at head")
        _require(not integrity_problems(database), "integrity check failed")
    finally:
        database.close()


def store_steps(folder: Path) -> Iterator[tuple[str, Callable[[], None]]]:
    """The store's part of the self-test, as named steps run in order."""
    holder: dict[str, Database] = {}

    def open_step() -> None:
        holder["db"] = _open(folder)

    def close_step() -> None:
        holder["db"].close()

    yield "create and migrate a new store", open_step
    yield "write records", lambda: _write_records(holder["db"])
    yield "read records back", lambda: _read_records(holder["db"])
    yield "move to trash and restore", lambda: _trash_and_restore(holder["db"])
    yield "close", close_step
    yield "reopen and check integrity", lambda: _reopen(folder)


def run_steps(steps: Iterator[tuple[str, Callable[[], None]]]) -> Iterator[StepResult]:
    """Run steps until one fails; every step's outcome is reported."""
    for name, step in steps:
        try:
            step()
        except Exception as error:  # a self-test reports any failure rather than crashing
            yield StepResult(name, False, f"{type(error).__name__}: {error}")
            return
        yield StepResult(name, True)
