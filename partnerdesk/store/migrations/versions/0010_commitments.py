"""Commitments: the MOU's roles and goals and a decision's conditions, each with a status.

MOUs and decisions written before this revision get their commitments here, all open, as
saving them again would make them (services/commitments/tracking.py).

Revision ID: 0010
Revises: 0009
Created: 2026-12-04
"""

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from partnerdesk.core.commitments import (
    Promise,
    condition_promises,
    goal_promises,
    roles_promises,
)
from partnerdesk.store.column_types import UtcDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("party", sa.String(length=300), nullable=False),
        sa.Column("due_text", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("drop_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["partnership_requests.id"],
            name=op.f("fk_commitments_request_id_partnership_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitments")),
    )
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitments_request_id"), ["request_id"])
        batch_op.create_index(batch_op.f("ix_commitments_due_on"), ["due_on"])
    _commitments_of_earlier_mous_and_decisions()


def _commitments_of_earlier_mous_and_decisions() -> None:
    bind = op.get_bind()
    mous = sa.table(
        "mous",
        sa.column("request_id", sa.Integer),
        sa.column("sections", sa.JSON),
        sa.column("deleted_at", sa.DateTime),
        sa.column("id", sa.Integer),
    )
    requests = sa.table(
        "partnership_requests",
        sa.column("id", sa.Integer),
        sa.column("organization_id", sa.Integer),
        sa.column("decision", sa.String),
        sa.column("decision_conditions", sa.Text),
    )
    organizations = sa.table(
        "organizations", sa.column("id", sa.Integer), sa.column("name", sa.String)
    )
    rows: list[dict[str, Any]] = []
    now = datetime.now(UTC)

    def add(request_id: int, source: str, promises: list[Promise]) -> None:
        rows.extend(
            {
                "request_id": request_id,
                "source": source,
                "position": position,
                "what": promise.what,
                "party": promise.party,
                "due_text": promise.due_text,
                "due_on": promise.due_on,
                "status": "open",
                "done_on": None,
                "drop_reason": "",
                "created_at": now,
                "updated_at": now,
            }
            for position, promise in enumerate(promises)
        )

    seen: set[int] = set()
    found = bind.execute(
        sa.select(mous.c.request_id, mous.c.sections)
        .where(mous.c.request_id.is_not(None), mous.c.deleted_at.is_(None))
        .order_by(mous.c.id)
    )
    for request_id, sections in found:
        if request_id in seen:  # one MOU's commitments per request, as the app keeps
            continue
        seen.add(request_id)
        add(request_id, "role", roles_promises(sections or {}))
        add(request_id, "goal", goal_promises(sections or {}))
    conditional = bind.execute(
        sa.select(requests.c.id, requests.c.decision_conditions, organizations.c.name)
        .outerjoin(organizations, requests.c.organization_id == organizations.c.id)
        .where(requests.c.decision == "proceed_with_conditions")
    )
    for request_id, conditions, name in conditional:
        add(request_id, "condition", condition_promises(conditions or "", name or "The partner"))
    if rows:
        commitments = sa.table(
            "commitments",
            sa.column("request_id", sa.Integer),
            sa.column("source", sa.String),
            sa.column("position", sa.Integer),
            sa.column("what", sa.Text),
            sa.column("party", sa.String),
            sa.column("due_text", sa.String),
            sa.column("due_on", sa.Date),
            sa.column("status", sa.String),
            sa.column("done_on", sa.Date),
            sa.column("drop_reason", sa.Text),
            sa.column("created_at", UtcDateTime),
            sa.column("updated_at", UtcDateTime),
        )
        op.bulk_insert(commitments, rows)


def downgrade() -> None:
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitments_due_on"))
        batch_op.drop_index(batch_op.f("ix_commitments_request_id"))
    op.drop_table("commitments")
