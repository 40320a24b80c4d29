"""PostgreSQL search reads a stored document per row instead of folding text at each search.

0005 indexed an expression: the index found matches, but whatever the planner tested row
by row (newest first, for the first page of results) folded that row's text again, and a
one-letter search over 40,000 notes took half a minute. Each searched table now stores its
document in a generated column, which PostgreSQL computes when a row is written, and the
GIN index is built on that column. The tables are analysed afterwards so the planner knows
how common each word is (search_postgres.py relies on it to choose its plan).

SQLite: nothing (its FTS5 index is unchanged).

Revision ID: 0008
Revises: 0007
Created: 2026-12-04
"""

from alembic import op

from partnerdesk.store.search_index import (
    POSTGRES_SEARCH_COLUMN,
    IndexedTable,
    fold_function_statement,
    postgres_document,
    postgres_index_name,
    postgres_search_column_statement,
    postgres_search_index_statement,
)

revision = "0008"
down_revision = "0007"
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
    # The same folding, quicker for text without accents: every record is folded below.
    op.execute(fold_function_statement())
    for indexed in INDEXED_AT_THIS_REVISION:
        op.execute(f"DROP INDEX IF EXISTS {postgres_index_name(indexed)}")
        op.execute(postgres_search_column_statement(indexed))
        op.execute(postgres_search_index_statement(indexed))
        op.execute(f"ANALYZE {indexed.table}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for indexed in INDEXED_AT_THIS_REVISION:
        op.execute(f"DROP INDEX IF EXISTS {postgres_index_name(indexed)}")
        op.execute(f"ALTER TABLE {indexed.table} DROP COLUMN {POSTGRES_SEARCH_COLUMN}")
        op.execute(
            f"CREATE INDEX {postgres_index_name(indexed)} ON {indexed.table} "
            f"USING gin (({postgres_document(indexed)}))"
        )
    op.execute(fold_function_statement(quick_path=False))
