"""Moving to a shared database: look at it, set it up, bring the laptop's data along.

The Settings dialog runs these off the GUI thread; each says what it found in words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation
from partnerdesk.store.connection_errors import hide_password
from partnerdesk.store.copy_records import (
    CopyResult,
    TargetNotEmptyError,
    copy_all_records,
    not_empty_refusal,
    record_counts,
)
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.engine import is_postgres_url
from partnerdesk.store.errors import DatabaseUnavailableError, NotPartnerDeskDatabaseError
from partnerdesk.store.schema import (
    SchemaState,
    SchemaStatus,
    read_schema_state,
)

# Named here so the Settings dialog knows the refusal without importing the store.
__all__ = [
    "SharedDatabaseFound",
    "SharedDatabaseReady",
    "TargetNotEmptyError",
    "hide_password",
    "is_postgres_url",
    "local_records_summary",
    "look_at_shared_database",
    "not_empty_refusal",
    "set_up_shared_database",
]


@dataclass(frozen=True)
class SharedDatabaseFound:
    """What a successful connection found on the server."""

    state: SchemaState
    records: CopyResult | None  # None: no PartnerDesk tables yet

    @property
    def holds_records(self) -> bool:
        return self.records is not None and any(self.records.rows_by_table.values())

    @property
    def usable(self) -> bool:
        return self.state.status not in (SchemaStatus.NEWER, SchemaStatus.FOREIGN)

    def describe(self) -> str:
        status = self.state.status
        if status is SchemaStatus.EMPTY:
            return translate(
                "SharedSetup", "Connected. The database is empty: PartnerDesk will set it up."
            )
        if status is SchemaStatus.FOREIGN:
            return translate(
                "SharedSetup",
                "Connected, but this file is not a PartnerDesk database, so PartnerDesk will "
                "not change it. Choose another data folder, or restore one of your backups.",
            )
        if status is SchemaStatus.NEWER:
            return translate(
                "SharedSetup",
                "Connected, but this data was saved by a newer version of PartnerDesk. To "
                "keep it safe, this older version will not open it. Please install the "
                "latest PartnerDesk and try again.",
            )
        older = status is SchemaStatus.OLDER
        if self.records is not None and self.holds_records:
            summary = self.records.summary()
            if older:
                return translate(
                    "SharedSetup",
                    "Connected. It holds {summary}. It was set up by an older PartnerDesk "
                    "and will be brought up to date.",
                ).format(summary=summary)
            return translate("SharedSetup", "Connected. It holds {summary}.").format(
                summary=summary
            )
        if older:
            return translate(
                "SharedSetup",
                "Connected. It is set up for PartnerDesk and holds no records yet. It was "
                "set up by an older PartnerDesk and will be brought up to date.",
            )
        return translate(
            "SharedSetup", "Connected. It is set up for PartnerDesk and holds no records yet."
        )


def look_at_shared_database(url: str) -> SharedDatabaseFound:
    """Connect once and say what is there; raises DatabaseUnavailableError saying why not."""
    from sqlalchemy.exc import DBAPIError

    from partnerdesk.store.connection_errors import describe_connection_problem
    from partnerdesk.store.engine import open_engine

    engine = open_engine(url)
    try:
        with engine.connect() as connection:
            state = read_schema_state(connection)
            records = None
            if state.status in (SchemaStatus.CURRENT, SchemaStatus.OLDER):
                records = CopyResult(record_counts(connection))
    except DBAPIError as error:
        raise DatabaseUnavailableError(describe_connection_problem(error, url)) from error
    finally:
        engine.dispose()
    return SharedDatabaseFound(state, records)


@dataclass(frozen=True)
class SharedDatabaseReady:
    found: SharedDatabaseFound
    copied: CopyResult | None

    def describe(self) -> str:
        if self.copied is not None:
            return translate("SharedSetup", "Copied {summary} to the shared database.").format(
                summary=self.copied.summary()
            )
        if self.found.holds_records and self.found.records is not None:
            return translate("SharedSetup", "The shared database holds {summary}.").format(
                summary=self.found.records.summary()
            )
        return translate("SharedSetup", "The shared database is ready.")


def set_up_shared_database(
    data_dir: Path,
    url: str,
    local: Database | None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SharedDatabaseReady:
    """Create or upgrade the shared database's tables (the same migrations as a laptop's
    file), then copy ``local``'s records into it when given. All or nothing: a refused
    or stopped copy leaves the shared database without any of the laptop's records."""
    found = look_at_shared_database(url)
    if not found.usable:
        raise NotPartnerDeskDatabaseError(found.describe())
    if local is not None and found.holds_records and found.records is not None:
        # Refused before its tables are touched (an older one would be upgraded).
        raise TargetNotEmptyError(not_empty_refusal(found.records))
    shared = open_database(DataLocation(data_dir, url))
    try:
        copied = (
            copy_all_records(local.engine, shared.engine, progress, should_stop)
            if local is not None
            else None
        )
    finally:
        shared.close()
    return SharedDatabaseReady(found, copied)


def local_records_summary(database: Database) -> str | None:
    """What copying this computer's data would bring along; None when nothing would."""
    if not database.is_sqlite:
        return None
    with database.engine.connect() as connection:
        counts = CopyResult(record_counts(connection))
    return counts.summary() if any(counts.rows_by_table.values()) else None
