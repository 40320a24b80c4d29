"""How PartnerDesk stores moments and choices, for the models and for lighter readers.

Kept outside the models package: importing anything under ``store.models`` declares every
model (about 0.1 s), and the Today page reads its tables before that (store/outlines.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Enum, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles


@compiles(String, "postgresql")
def _unlimited_varchar_on_postgresql(type_: String, compiler: Any, **kw: Any) -> str:
    """VARCHAR without a length on PostgreSQL, as SQLite (which ignores lengths) behaves.

    The lengths in the models size the forms; SQLite never enforced them, so a laptop's
    store may hold longer text (pasted or imported). Copying it to the shared database,
    or saving it there, must not fail or cut it. PostgreSQL's VARCHAR and TEXT cost the
    same. (Enum choices are Strings too; their values are checked by SQLAlchemy.)
    """
    return "VARCHAR"


class UtcDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as UTC and always read back timezone-aware.

    SQLite keeps no time zone, so without this a value would come back naive.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("PartnerDesk stores only timezone-aware datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def choice_column(enum_class: type) -> Enum:
    """Store a LabelledChoice by its value, as plain text (no native enum type to migrate)."""
    return Enum(
        enum_class,
        values_callable=lambda members: [member.value for member in members],
        native_enum=False,
        create_constraint=False,
        length=40,
        validate_strings=True,
    )
