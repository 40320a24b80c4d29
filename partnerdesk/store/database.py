"""Open PartnerDesk's database: the one entry point the app, the CLI and tests use."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation
from partnerdesk.store.backup import backup_before_upgrade, has_backup_with_records
from partnerdesk.store.connection_errors import describe_connection_problem
from partnerdesk.store.engine import open_engine, session_factory
from partnerdesk.store.errors import (
    ChangedElsewhereError,
    DamagedDatabaseError,
    DatabaseUnavailableError,
    NotPartnerDeskDatabaseError,
)
from partnerdesk.store.schema import SchemaState, prepare_schema

SQLITE_HEADER = b"SQLite format 3\x00"

DAMAGED_MESSAGE = (
    "PartnerDesk's data file is damaged and cannot be opened safely. Nothing has been "
    "changed. Restore your most recent backup, or open another data folder."
)
EMPTY_FILE_MESSAGE = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "PartnerDesk's data file {path} is empty: it holds none of your records, yet there "
    "are backups that do. It was probably damaged, so nothing has been changed. Restore "
    "your most recent backup (partnerdesk restore FILE, or start PartnerDesk to be "
    "offered the newest one).",
)
NOT_A_DATABASE_MESSAGE = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "The file {path} is not a PartnerDesk database (it is not a database at all). "
    "Nothing has been changed. Restore a backup, or choose another data folder.",
)


@dataclass
class Database:
    """An open, up-to-date database and the way to start units of work on it."""

    location: DataLocation
    engine: Engine
    sessions: sessionmaker[Session]
    state_before_open: SchemaState

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with self.sessions.begin() as session:
                yield session
        except StaleDataError as error:
            # Another session (another staff member, on a shared database) updated or
            # removed the row between our read and our write: its row_version moved on.
            raise ChangedElsewhereError("record") from error

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_shared(self) -> bool:
        """A server several staff use (PostgreSQL): its own backups and checks apply."""
        return not self.is_sqlite

    def close(self) -> None:
        self.engine.dispose()


def check_sqlite_header(path: Path) -> None:
    """Refuse to open a file that is not SQLite at all, before SQLite touches it."""
    if path.is_dir():
        raise DatabaseUnavailableError(
            translate(
                "StoreErrors",
                "PartnerDesk's data file {path} is a folder, not a file. Nothing has been "
                "changed. Move that folder away, or choose another data folder.",
            ).format(path=path)
        )
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotPartnerDeskDatabaseError(
            translate("StoreErrors", NOT_A_DATABASE_MESSAGE).format(path=path)
        )


def open_database(location: DataLocation) -> Database:
    """Open (creating or upgrading as needed) the database at ``location``.

    Raises a StoreError subclass, whose text is meant for the user, when it cannot.
    """
    database_file = location.database_file
    if database_file is not None:
        try:
            location.ensure_exists()
            database_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise DatabaseUnavailableError(
                translate(
                    "StoreErrors", "PartnerDesk cannot use the folder {folder}: {strerror}."
                ).format(folder=database_file.parent, strerror=error.strerror)
            ) from error
        check_sqlite_header(database_file)
    existed = database_file is not None and database_file.exists()

    engine = open_engine(location.url)

    def take_backup(state: SchemaState) -> Path | None:
        if database_file is None or state.revision is None:
            return None
        return backup_before_upgrade(database_file, location.backup_dir, state.revision)

    def refuse_empty_over_backups() -> None:
        # A file that was there but holds no schema (truncated, zeroed) is not a new store
        # when backups with records exist: a fresh start would hide them from the user.
        if existed and has_backup_with_records(location.backup_dir):
            raise DamagedDatabaseError(
                translate("StoreErrors", EMPTY_FILE_MESSAGE).format(path=database_file)
            )

    def writer() -> AbstractContextManager[object]:
        # Creating or upgrading the schema writes: one writer per data folder.
        from partnerdesk.instance_lock import writing_to

        return writing_to(location.data_dir if database_file is not None else None)

    try:
        state = prepare_schema(
            engine,
            before_upgrade=take_backup,
            writer=writer,
            before_create=refuse_empty_over_backups,
        )
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        raise _explain(error, location) from error
    except Exception:
        engine.dispose()
        raise
    if database_file is not None and database_file.exists():
        # Only this user should read it; a read-only disk keeps whatever it has.
        with contextlib.suppress(OSError):
            database_file.chmod(0o600)
    return Database(location, engine, session_factory(engine), state)


def _explain(error: DBAPIError, location: DataLocation) -> Exception:
    original = error.orig
    if isinstance(original, sqlite3.DatabaseError):
        message = str(original).lower()
        if "not a database" in message:
            return NotPartnerDeskDatabaseError(
                NOT_A_DATABASE_MESSAGE.format(path=location.database_file)
            )
        if "malformed" in message or "corrupt" in message:
            return DamagedDatabaseError(DAMAGED_MESSAGE)
        if "readonly" in message or "unable to open" in message:
            return DatabaseUnavailableError(
                f"PartnerDesk cannot write to {location.database_file}. "
                "Check that the folder exists and that you may change files in it."
            )
    if location.database_file is None:
        return DatabaseUnavailableError(describe_connection_problem(error, location.url))
    return DatabaseUnavailableError(
        "PartnerDesk could not open its database. Details: " + str(original).strip()
    )


def check_connection(url: str) -> None:
    """Connect to ``url`` once; raises DatabaseUnavailableError saying why it failed."""
    engine = open_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as error:
        raise DatabaseUnavailableError(describe_connection_problem(error, url)) from error
    finally:
        engine.dispose()


class CheckStoppedError(Exception):
    """The integrity check was asked to stop before it finished."""


class CheckStopper:
    """Lets another thread (the window, closing) stop a running integrity check.

    SQLite's interrupt is meant to be called from another thread; it ends the check
    within milliseconds, where a progress handler is first called only after a third of
    a second on a large file.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self.stopped = False

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            if self._connection is not None:
                self._connection.interrupt()

    def _attach(self, connection: sqlite3.Connection | None) -> None:
        with self._lock:
            if self.stopped:
                raise CheckStoppedError
            self._connection = connection

    def _detach(self) -> None:
        with self._lock:
            self._connection = None


def integrity_problems(
    database: Database, *, quick: bool = False, stopper: CheckStopper | None = None
) -> list[str]:
    """SQLite's own integrity check; an empty list means the file is healthy.

    ``quick`` runs quick_check, which skips index contents and is much faster at start.
    A large file takes a second or more to check: ``stopper`` lets another thread end it
    early, with CheckStoppedError.
    """
    if not database.is_sqlite:
        return []
    pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
    with database.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if stopper is not None:
            stopper._attach(raw if isinstance(raw, sqlite3.Connection) else None)
        try:
            rows = connection.execute(text(pragma)).scalars().all()
        except OperationalError as error:
            if stopper is not None and stopper.stopped:
                raise CheckStoppedError from error
            raise
        finally:
            if stopper is not None:
                stopper._detach()
    return [] if rows == ["ok"] else [str(row) for row in rows]
