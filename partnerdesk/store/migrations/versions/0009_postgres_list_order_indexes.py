"""PostgreSQL: each list's first page read from an index in the list's order, not sorted.

SQLite got its list-order indexes in 0004 (with its NOCASE collation). On PostgreSQL the
contacts list sorted all 50,000 contacts by lower(full_name) to show its first 100 rows
(0.14 s, 9× the laptop's file); names are ordered by lower() there, ties by id.

Revision ID: 0009
Revises: 0008
Created: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Frozen here: table, the list's order (as services/records/list_queries.py orders it).
LIST_ORDERS = (
    ("organizations", ("lower(name)", "id")),
    ("contacts", ("lower(full_name)", "id")),
    ("partnership_requests", ("received_on", "id")),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in LIST_ORDERS:
        op.create_index(
            f"ix_{table}_list_order_shared", table, [sa.text(column) for column in columns]
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, _columns in LIST_ORDERS:
        op.drop_index(f"ix_{table}_list_order_shared", table_name=table)
