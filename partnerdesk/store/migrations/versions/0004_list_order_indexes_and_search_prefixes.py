"""Large stores stay fast: lists read in index order, and one-letter searches are indexed.

- Each list (organizations, contacts, notes, requests) gets an index over its live rows in
  the list's own order, so its first page is read, not sorted from every row.
- The index over every row's ``deleted_at`` (nearly all NULL) is replaced by one over the
  trashed rows only: without statistics SQLite's planner chose it for "not in the trash"
  and then sorted whole lists. Likewise follow-ups are indexed only while open.
- The search index also indexes one-letter word beginnings (SQLite): it is rebuilt.

Revision ID: 0004
Revises: 0003
Created: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from partnerdesk.store.search_index import (
    IndexedTable,
    create_statements,
    drop_statements,
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TRASHABLE = ("organizations", "contacts", "outreach_notes", "partnership_requests", "mous")
# Frozen here, as in 0002: table, list order (SQL as the models declare it).
LIST_ORDERS = (
    ("organizations", 'name COLLATE "NOCASE"'),
    ("contacts", 'full_name COLLATE "NOCASE"'),
    ("outreach_notes", "happened_on"),
    ("partnership_requests", "received_on"),
)
INDEXED_AT_THIS_REVISION = (
    IndexedTable("organizations", ("name", "mission", "service_area", "notes")),
    IndexedTable("contacts", ("full_name", "role_title", "background")),
    IndexedTable("outreach_notes", ("subject", "summary", "follow_up_action")),
    IndexedTable("partnership_requests", ("title", "ask", "stated_purpose", "community_need")),
)


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    # On PostgreSQL (which keeps statistics) these are plain indexes, as the models say.
    for table in TRASHABLE:
        op.drop_index(f"ix_{table}_deleted_at", table_name=table)
        op.create_index(
            f"ix_{table}_trashed",
            table,
            ["deleted_at"],
            sqlite_where=sa.text("deleted_at IS NOT NULL"),
        )
    op.drop_index("ix_outreach_notes_follow_up_due", table_name="outreach_notes")
    op.create_index(
        "ix_outreach_notes_open_follow_ups",
        "outreach_notes",
        ["follow_up_due"],
        sqlite_where=sa.text("follow_up_done_at IS NULL AND deleted_at IS NULL"),
    )
    if not _is_sqlite():
        return
    for table, order in LIST_ORDERS:
        op.create_index(
            f"ix_{table}_list_order",
            table,
            [sa.text(order)],
            sqlite_where=sa.text("deleted_at IS NULL"),
        )
    for indexed in INDEXED_AT_THIS_REVISION:
        for statement in drop_statements(indexed):
            op.execute(statement)
        for statement in create_statements(indexed, prefixes="1 2 3"):
            op.execute(statement)


def downgrade() -> None:
    if _is_sqlite():
        for indexed in INDEXED_AT_THIS_REVISION:
            for statement in drop_statements(indexed):
                op.execute(statement)
            for statement in create_statements(indexed, prefixes="2 3"):
                op.execute(statement)
        for table, _order in LIST_ORDERS:
            op.drop_index(f"ix_{table}_list_order", table_name=table)
    op.drop_index("ix_outreach_notes_open_follow_ups", table_name="outreach_notes")
    op.create_index("ix_outreach_notes_follow_up_due", "outreach_notes", ["follow_up_due"])
    for table in TRASHABLE:
        op.drop_index(f"ix_{table}_trashed", table_name=table)
        op.create_index(f"ix_{table}_deleted_at", table, ["deleted_at"])
