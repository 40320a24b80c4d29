"""Keep every decision taken on a request, not only the latest.

Revision ID: 0003
Revises: 0002
Created: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=40), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=150), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["partnership_requests.id"],
            name=op.f("fk_request_decisions_request_id_partnership_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_decisions")),
    )
    with op.batch_alter_table("request_decisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_decisions_request_id"), ["request_id"], unique=False
        )
    # A decision recorded before this revision becomes the first entry of its history.
    sqlite = op.get_bind().dialect.name == "sqlite"
    day_updated = "date(updated_at)" if sqlite else "CAST(updated_at AS DATE)"
    op.execute(
        "INSERT INTO request_decisions (request_id, decision, reasons, conditions, decided_on, "
        "decided_by, recorded_at) "
        "SELECT id, decision, decision_reasons, decision_conditions, "
        f"COALESCE(decided_on, {day_updated}), '', updated_at "
        "FROM partnership_requests WHERE decision IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("request_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_decisions_request_id"))
    op.drop_table("request_decisions")
