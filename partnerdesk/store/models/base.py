"""The declarative base and the column conventions every record shares."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Index, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from partnerdesk.store.column_types import UtcDateTime

# Stable constraint names, so migrations can alter them on SQLite (batch mode) and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class Trashable:
    """Records the user deletes go to the Trash first; only "Empty trash" removes them.

    Each trashable table declares ``trash_index`` (and its lists ``list_order_index``).
    """

    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


def trash_index(model: Any) -> Index:
    """Only the trashed rows, for the Trash page.

    An index over every row's ``deleted_at`` (nearly all NULL) made SQLite's planner,
    which has no statistics, pick it for "not in the trash" and then sort whole lists.
    """
    # SQLite only: PostgreSQL keeps statistics and copes with a full index (and naming
    # postgresql_where here would load its dialect at every start).
    return Index(
        f"ix_{model.__tablename__}_trashed",
        model.deleted_at,
        sqlite_where=model.deleted_at.is_not(None),
    )


def list_order_index(model: Any, *columns: Any) -> Index:
    """The live rows in the order their list shows them, so a page is read in order from
    the index rather than sorted (services/records/listing.py orders by the same expressions).

    SQLite only: text is ordered with SQLite's NOCASE collation, which PostgreSQL lacks.
    """
    index = Index(
        f"ix_{model.__tablename__}_list_order",
        *columns,
        sqlite_where=model.deleted_at.is_(None),
    )
    return index.ddl_if(dialect="sqlite")


class Versioned:
    """A counter SQLAlchemy bumps on every update, so a stale save is detected.

    A shared database (several staff) relies on it; on one laptop it costs nothing.
    """

    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a declared_attr takes the class)
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]
