"""Full-text search index (SQLite) and the history of imports, so an import can be undone.

Revision ID: 0002
Revises: 0001
Created: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from partnerdesk.store.search_index import (
    IndexedTable,
    create_statements,
    drop_statements,
)

revision = "0002"
down_revision = "0001"
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
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_format", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("merged_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "imported_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("previous", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_imported_records_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_records")),
    )
    with op.batch_alter_table("imported_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_imported_records_batch_id"), ["batch_id"], unique=False
        )

    # PostgreSQL gets its own full-text search with the shared-database work.
    if op.get_bind().dialect.name == "sqlite":
        for indexed in INDEXED_AT_THIS_REVISION:
            for statement in create_statements(indexed, prefixes="2 3"):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for indexed in INDEXED_AT_THIS_REVISION:
            for statement in drop_statements(indexed):
                op.execute(statement)
    with op.batch_alter_table("imported_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imported_records_batch_id"))

    op.drop_table("imported_records")
    op.drop_table("import_batches")
