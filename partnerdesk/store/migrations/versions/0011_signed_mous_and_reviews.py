"""Signed MOUs and their reviews: who signed, when, the signed copy; each review done.

Revision ID: 0011
Revises: 0010
Created: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mou_signings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mou_id", sa.Integer(), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("signers", sa.JSON(), nullable=False),
        sa.Column("signed_copy", sa.String(length=500), nullable=False),
        sa.Column("recorded_by", sa.String(length=150), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["mou_id"], ["mous.id"], name=op.f("fk_mou_signings_mou_id_mous"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mou_signings")),
    )
    op.create_table(
        "mou_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mou_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewed_by", sa.Text(), nullable=False),
        sa.Column("what_changed", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["mou_id"], ["mous.id"], name=op.f("fk_mou_reviews_mou_id_mous"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mou_reviews")),
    )
    for table in ("mou_signings", "mou_reviews"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_mou_id"), ["mou_id"], unique=False)


def downgrade() -> None:
    for table in ("mou_reviews", "mou_signings"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_mou_id"))
        op.drop_table(table)
