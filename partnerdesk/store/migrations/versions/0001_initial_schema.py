"""The first schema: every record named in the domain map.

Revision ID: 0001
Revises:
Created: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "capacities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capacities")),
        sa.UniqueConstraint("name", name=op.f("uq_capacities_name")),
    )
    op.create_table(
        "organizations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("is_ours", sa.Boolean(), nullable=False),
        sa.Column("mission", sa.Text(), nullable=False),
        sa.Column("values_statement", sa.Text(), nullable=False),
        sa.Column("values_demonstrated", sa.Text(), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("service_area", sa.Text(), nullable=False),
        sa.Column("years_active_in_community", sa.Integer(), nullable=True),
        sa.Column("first_contact_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
    )
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organizations_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organizations_name"), ["name"], unique=False)

    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "vetting_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=120), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("help_text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_custom", sa.Boolean(), nullable=False),
        sa.Column("wording_revision", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vetting_questions")),
        sa.UniqueConstraint("key", name=op.f("uq_vetting_questions_key")),
    )
    with op.batch_alter_table("vetting_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vetting_questions_category"), ["category"], unique=False
        )

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("given_name", sa.String(length=150), nullable=False),
        sa.Column("family_name", sa.String(length=150), nullable=False),
        sa.Column("role_title", sa.String(length=300), nullable=False),
        sa.Column("is_key_leader", sa.Boolean(), nullable=False),
        sa.Column("is_decision_maker", sa.Boolean(), nullable=False),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("preferred_contact_method", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_contacts_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_full_name"), ["full_name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contacts_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "organization_tags",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_organization_tags_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tags.id"],
            name=op.f("fk_organization_tags_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organization_id", "tag_id", name=op.f("pk_organization_tags")),
    )
    op.create_table(
        "partner_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=True),
        sa.Column("period", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("what_went_well", sa.Text(), nullable=False),
        sa.Column("what_went_badly", sa.Text(), nullable=False),
        sa.Column("harm_or_broken_promise", sa.Text(), nullable=False),
        sa.Column("acknowledgement", sa.String(length=40), nullable=False),
        sa.Column("how_acknowledged", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_partner_history_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_history")),
    )
    with op.batch_alter_table("partner_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_history_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "partner_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("last_page", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_partner_profiles_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_profiles")),
        sa.UniqueConstraint("organization_id", name=op.f("uq_partner_profiles_organization_id")),
    )
    op.create_table(
        "contact_affiliations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("role_title", sa.String(length=300), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_affiliations_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_contact_affiliations_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_affiliations")),
    )
    with op.batch_alter_table("contact_affiliations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_affiliations_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_affiliations_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "contact_emails",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_emails_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_emails")),
    )
    with op.batch_alter_table("contact_emails", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_emails_address"), ["address"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_emails_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "contact_phones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_phones_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_phones")),
    )
    with op.batch_alter_table("contact_phones", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_phones_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "contact_tags",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_tags_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_contact_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("contact_id", "tag_id", name=op.f("pk_contact_tags")),
    )
    op.create_table(
        "partnership_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("ask", sa.Text(), nullable=False),
        sa.Column("stated_purpose", sa.Text(), nullable=False),
        sa.Column("community_need", sa.Text(), nullable=False),
        sa.Column("funding_source", sa.Text(), nullable=False),
        sa.Column("funding_ends_on", sa.Date(), nullable=True),
        sa.Column("plan_when_funding_ends", sa.Text(), nullable=False),
        sa.Column("proposed_timeframe", sa.Text(), nullable=False),
        sa.Column("participation_offered", sa.String(length=40), nullable=True),
        sa.Column("participation_wanted", sa.String(length=40), nullable=True),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("decision", sa.String(length=40), nullable=True),
        sa.Column("decision_reasons", sa.Text(), nullable=False),
        sa.Column("decision_conditions", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_partnership_requests_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_partnership_requests_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_requests")),
    )
    with op.batch_alter_table("partnership_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_requests_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnership_requests_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnership_requests_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_partnership_requests_stage"), ["stage"], unique=False)

    op.create_table(
        "capacity_cells",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("capacity_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["capacity_id"],
            ["capacities.id"],
            name=op.f("fk_capacity_cells_capacity_id_capacities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_capacity_cells_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["partnership_requests.id"],
            name=op.f("fk_capacity_cells_request_id_partnership_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capacity_cells")),
        sa.UniqueConstraint(
            "request_id",
            "capacity_id",
            "organization_id",
            name=op.f("uq_capacity_cells_request_id"),
        ),
    )
    with op.batch_alter_table("capacity_cells", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_capacity_cells_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "mous",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("last_page", sa.String(length=80), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["partnership_requests.id"],
            name=op.f("fk_mous_request_id_partnership_requests"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mous")),
    )
    with op.batch_alter_table("mous", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mous_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_mous_request_id"), ["request_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mous_review_on"), ["review_on"], unique=False)

    op.create_table(
        "outreach_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=150), nullable=False),
        sa.Column("follow_up_action", sa.Text(), nullable=False),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("follow_up_done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_outreach_notes_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["partnership_requests.id"],
            name=op.f("fk_outreach_notes_request_id_partnership_requests"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_notes")),
    )
    with op.batch_alter_table("outreach_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outreach_notes_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_outreach_notes_follow_up_due"), ["follow_up_due"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_outreach_notes_happened_on"), ["happened_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_outreach_notes_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_outreach_notes_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "request_stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=40), nullable=True),
        sa.Column("to_stage", sa.String(length=40), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=150), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["partnership_requests.id"],
            name=op.f("fk_request_stage_changes_request_id_partnership_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_stage_changes")),
    )
    with op.batch_alter_table("request_stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_stage_changes_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "vetting_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("question_text_asked", sa.Text(), nullable=False),
        sa.Column("question_revision_asked", sa.Integer(), nullable=False),
        sa.Column("their_answer", sa.Text(), nullable=False),
        sa.Column("our_evidence", sa.Text(), nullable=False),
        sa.Column("rating", sa.String(length=40), nullable=False),
        sa.Column("asked_by", sa.String(length=150), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["vetting_questions.id"],
            name=op.f("fk_vetting_answers_question_id_vetting_questions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["partnership_requests.id"],
            name=op.f("fk_vetting_answers_request_id_partnership_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vetting_answers")),
        sa.UniqueConstraint(
            "request_id", "question_id", name=op.f("uq_vetting_answers_request_id")
        ),
    )
    with op.batch_alter_table("vetting_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vetting_answers_question_id"), ["question_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_vetting_answers_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "mou_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mou_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("exported_file_name", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["mou_id"], ["mous.id"], name=op.f("fk_mou_versions_mou_id_mous"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mou_versions")),
        sa.UniqueConstraint("mou_id", "number", name=op.f("uq_mou_versions_mou_id")),
    )
    with op.batch_alter_table("mou_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mou_versions_mou_id"), ["mou_id"], unique=False)

    op.create_table(
        "note_participants",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_note_participants_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["outreach_notes.id"],
            name=op.f("fk_note_participants_note_id_outreach_notes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("note_id", "contact_id", name=op.f("pk_note_participants")),
    )


def downgrade() -> None:

    op.drop_table("note_participants")
    with op.batch_alter_table("mou_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mou_versions_mou_id"))

    op.drop_table("mou_versions")
    with op.batch_alter_table("vetting_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vetting_answers_request_id"))
        batch_op.drop_index(batch_op.f("ix_vetting_answers_question_id"))

    op.drop_table("vetting_answers")
    with op.batch_alter_table("request_stage_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_stage_changes_request_id"))

    op.drop_table("request_stage_changes")
    with op.batch_alter_table("outreach_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_notes_request_id"))
        batch_op.drop_index(batch_op.f("ix_outreach_notes_organization_id"))
        batch_op.drop_index(batch_op.f("ix_outreach_notes_happened_on"))
        batch_op.drop_index(batch_op.f("ix_outreach_notes_follow_up_due"))
        batch_op.drop_index(batch_op.f("ix_outreach_notes_deleted_at"))

    op.drop_table("outreach_notes")
    with op.batch_alter_table("mous", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mous_review_on"))
        batch_op.drop_index(batch_op.f("ix_mous_request_id"))
        batch_op.drop_index(batch_op.f("ix_mous_deleted_at"))

    op.drop_table("mous")
    with op.batch_alter_table("capacity_cells", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_capacity_cells_request_id"))

    op.drop_table("capacity_cells")
    with op.batch_alter_table("partnership_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_requests_stage"))
        batch_op.drop_index(batch_op.f("ix_partnership_requests_organization_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_requests_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_partnership_requests_contact_id"))

    op.drop_table("partnership_requests")
    op.drop_table("contact_tags")
    with op.batch_alter_table("contact_phones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_phones_contact_id"))

    op.drop_table("contact_phones")
    with op.batch_alter_table("contact_emails", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_emails_contact_id"))
        batch_op.drop_index(batch_op.f("ix_contact_emails_address"))

    op.drop_table("contact_emails")
    with op.batch_alter_table("contact_affiliations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_affiliations_organization_id"))
        batch_op.drop_index(batch_op.f("ix_contact_affiliations_contact_id"))

    op.drop_table("contact_affiliations")
    op.drop_table("partner_profiles")
    with op.batch_alter_table("partner_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_history_organization_id"))

    op.drop_table("partner_history")
    op.drop_table("organization_tags")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_organization_id"))
        batch_op.drop_index(batch_op.f("ix_contacts_full_name"))
        batch_op.drop_index(batch_op.f("ix_contacts_deleted_at"))

    op.drop_table("contacts")
    with op.batch_alter_table("vetting_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vetting_questions_category"))

    op.drop_table("vetting_questions")
    op.drop_table("tags")
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organizations_name"))
        batch_op.drop_index(batch_op.f("ix_organizations_deleted_at"))

    op.drop_table("organizations")
    op.drop_table("capacities")
