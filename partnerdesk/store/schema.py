"""Bring a database to the schema this PartnerDesk knows, and refuse one it does not.

The stored revision is read with a plain query; Alembic (slow to import) is loaded only
when an upgrade is really needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.shipped_files import migrations_dir
from partnerdesk.store.errors import NewerDatabaseError, NotPartnerDeskDatabaseError

# Any fixed number: the PostgreSQL advisory lock held while the schema is upgraded.
MIGRATION_LOCK = 0x5041_5254  # "PART"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    """The revisions this build ships, oldest first (files are named ``NNNN_what.py``)."""
    names = (path.name for path in (migrations_dir() / "versions").iterdir())
    return sorted(match.group(1) for name in names if (match := _REVISION_FILE.match(name)))


def head_revision() -> str:
    return known_revisions()[-1]


class SchemaStatus(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class SchemaState:
    status: SchemaStatus
    revision: str | None


def read_schema_state(connection: Connection) -> SchemaState:
    inspector = inspect(connection)
    if not inspector.has_table("alembic_version"):
        tables = inspector.get_table_names()
        return SchemaState(SchemaStatus.FOREIGN if tables else SchemaStatus.EMPTY, None)
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    revisions = known_revisions()
    if revision is None:
        return SchemaState(SchemaStatus.EMPTY, None)
    if revision == revisions[-1]:
        return SchemaState(SchemaStatus.CURRENT, revision)
    if revision in revisions:
        return SchemaState(SchemaStatus.OLDER, revision)
    if revision.isdigit() and revision > revisions[-1]:
        return SchemaState(SchemaStatus.NEWER, revision)
    return SchemaState(SchemaStatus.FOREIGN, revision)


# Said in the window's language where they are raised (translate), English here.
NEWER_MESSAGE = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "This data was saved by a newer version of PartnerDesk. To keep it safe, this older "
    "version will not open it. Please install the latest PartnerDesk and try again.",
)
FOREIGN_MESSAGE = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "This file is not a PartnerDesk database, so PartnerDesk will not change it. "
    "Choose another data folder, or restore one of your backups.",
)


def raise_if_unusable(state: SchemaState) -> None:
    if state.status is SchemaStatus.NEWER:
        raise NewerDatabaseError(translate("StoreErrors", NEWER_MESSAGE))
    if state.status is SchemaStatus.FOREIGN:
        raise NotPartnerDeskDatabaseError(translate("StoreErrors", FOREIGN_MESSAGE))


def upgrade_to(connection: Connection, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def prepare_schema(
    engine: Engine,
    before_upgrade: Callable[[SchemaState], Path | None] | None = None,
    *,
    writer: Callable[[], AbstractContextManager[object]] | None = None,
    before_create: Callable[[], None] | None = None,
) -> SchemaState:
    """Create or upgrade the schema; returns the state found before any change.

    ``before_upgrade`` runs only when existing data is about to be migrated (it takes the
    backup); a brand-new empty database needs none. ``writer`` is held while anything is
    changed (the data folder's lock); ``before_create`` may refuse to create a schema in
    an empty file by raising.
    """
    with engine.connect() as connection:
        state = read_schema_state(connection)
    raise_if_unusable(state)
    if state.status is SchemaStatus.CURRENT:
        return state
    with writer() if writer is not None else nullcontext():
        # Another writer may have created or upgraded it while this one waited.
        with engine.connect() as connection:
            state = read_schema_state(connection)
        raise_if_unusable(state)
        if state.status is SchemaStatus.CURRENT:
            return state
        if state.status is SchemaStatus.EMPTY and before_create is not None:
            before_create()
        _change_schema(engine, state, before_upgrade)
    return state


def _change_schema(
    engine: Engine,
    state: SchemaState,
    before_upgrade: Callable[[SchemaState], Path | None] | None,
) -> None:
    if state.status is SchemaStatus.OLDER and before_upgrade is not None:
        before_upgrade(state)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several staff may start a new PartnerDesk at the same moment against the
            # shared server: one upgrades, the others wait here and then find it done.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            raise_if_unusable(read_schema_state(connection))
            if read_schema_state(connection).status is SchemaStatus.CURRENT:
                return
        upgrade_to(connection)
