"""Our organization's 501(c)(3) / public-funds setting, and whether their values were shown.

- ``organizations.nonprofit_limits``: a 501(c)(3), or an organization receiving public
  funds, cannot lobby (seed 001); the MOU check then looks for lobbying. On for the
  nonprofits already recorded (community-based and faith-based organizations).
- ``vetting_answers.values_shown``: beside their answer to "How have they demonstrated
  those values?", our rating (shown, partly, not shown, don't know); NULL: not rated yet.

Revision ID: 0006
Revises: 0005
Created: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen here: the organization kinds that are nonprofits, as stored.
NONPROFIT_KINDS = ("community_based", "faith_based")


def upgrade() -> None:
    # Plain ADD COLUMN on both backends: a batch copy of the table would have to drop it,
    # which the search index's triggers on it do not allow.
    op.add_column(
        "organizations",
        sa.Column("nonprofit_limits", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    kinds = ", ".join(f"'{kind}'" for kind in NONPROFIT_KINDS)
    op.execute(f"UPDATE organizations SET nonprofit_limits = TRUE WHERE kind IN ({kinds})")
    op.add_column("vetting_answers", sa.Column("values_shown", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("vetting_answers", schema=None) as batch_op:
        batch_op.drop_column("values_shown")
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_column("nonprofit_limits")
