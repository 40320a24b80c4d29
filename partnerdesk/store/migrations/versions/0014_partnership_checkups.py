"""Partnership check-ups: each one's date, and both sides' ratings of the statements.

Revision ID: 0014
Revises: 0013
Created: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("partner_form_name", sa.String(length=500), nullable=False),
        sa.Column("partner_read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["partnership_requests.id"],
            name=op.f("fk_checkups_request_id_partnership_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkups")),
    )
    with op.batch_alter_table("checkups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkups_request_id"), ["request_id"])
    op.create_table(
        "checkup_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkup_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=40), nullable=False),
        sa.Column("statement_id", sa.String(length=80), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkup_id"],
            ["checkups.id"],
            name=op.f("fk_checkup_ratings_checkup_id_checkups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkup_ratings")),
        sa.UniqueConstraint(
            "checkup_id",
            "side",
            "statement_id",
            name=op.f("uq_checkup_ratings_checkup_id"),
        ),
    )
    with op.batch_alter_table("checkup_ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkup_ratings_checkup_id"), ["checkup_id"])


def downgrade() -> None:
    with op.batch_alter_table("checkup_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkup_ratings_checkup_id"))
    op.drop_table("checkup_ratings")
    with op.batch_alter_table("checkups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkups_request_id"))
    op.drop_table("checkups")
