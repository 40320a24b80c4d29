"""Full-text search on PostgreSQL: GIN indexes on the searched text (SQLite: nothing).

SQLite's FTS5 index came with 0002; a shared PostgreSQL database gets its own here.

Revision ID: 0005
Revises: 0004
Created: 2026-11-23
"""

from alembic import op

from partnerdesk.store.search_index import (
    POSTGRES_FOLD_FUNCTION,
    IndexedTable,
    fold_function_statement,
    postgres_document,
    postgres_index_name,
)

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen here: a later change to what is indexed gets a migration of its own.
INDEXED_AT_THIS_REVISION = (
    IndexedTable("organizations", ("name", "mission", "service_area", "notes")),
    IndexedTable("contacts", ("full_name", "role_title", "background")),
    IndexedTable("outreach_notes", ("subject", "summary", "follow_up_action")),
    IndexedTable("partnership_requests", ("title", "ask", "stated_purpose", "community_need")),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # The folding exactly as released with 0005: the shared code that writes it later
    # gained a quicker form (0008), so this revision asks for its own, unchanged.
    op.execute(fold_function_statement(quick_path=False))
    for indexed in INDEXED_AT_THIS_REVISION:
        op.execute(
            f"CREATE INDEX {postgres_index_name(indexed)} ON {indexed.table} "
            f"USING gin (({postgres_document(indexed)}))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for indexed in INDEXED_AT_THIS_REVISION:
        op.execute(f"DROP INDEX IF EXISTS {postgres_index_name(indexed)}")
    op.execute(f"DROP FUNCTION IF EXISTS {POSTGRES_FOLD_FUNCTION}(text)")
