"""The questions picked for a request's next conversation (and the form sent to them).

Revision ID: 0007
Revises: 0006
Created: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_shortlist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["partnership_requests.id"],
            name=op.f("fk_request_shortlist_request_id_partnership_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["vetting_questions.id"],
            name=op.f("fk_request_shortlist_question_id_vetting_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_shortlist")),
        sa.UniqueConstraint(
            "request_id", "question_id", name=op.f("uq_request_shortlist_request_id")
        ),
    )
    with op.batch_alter_table("request_shortlist", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_shortlist_request_id"), ["request_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_request_shortlist_question_id"), ["question_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("request_shortlist", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_shortlist_question_id"))
        batch_op.drop_index(batch_op.f("ix_request_shortlist_request_id"))
    op.drop_table("request_shortlist")
