"""Alembic environment: always driven from code (store/schema.py) with an open connection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alembic import context

from partnerdesk.store.models import Base
from partnerdesk.store.search_index import is_search_object

if TYPE_CHECKING:
    from alembic.runtime.environment import NameFilterParentNames, NameFilterType


def include_name(
    name: str | None, type_: NameFilterType, parent_names: NameFilterParentNames
) -> bool:
    # The search index lives outside the ORM models; autogenerate must leave it alone.
    return not is_search_object(name, type_)


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
    # The engine wraps the whole upgrade in one real transaction (store/engine.py), so a
    # crash mid-upgrade leaves the old schema, not half of the new one.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
