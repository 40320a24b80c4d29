"""The MOU prefill writes what both parties say, in words both read the same way (issue 18):
no level of the participation spectrum, and our wish alone never stated as agreed."""

from __future__ import annotations

import pytest

from partnerdesk.core.choices import ParticipationLevel as Level
from partnerdesk.core.document_language import document_words
from partnerdesk.services.mou.drafts import create_mou, load_draft
from partnerdesk.services.mou.prefill import ENGLISH_SENTENCES
from partnerdesk.services.profiles.answers import save_profile_answer
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.services.vetting.capacity_matrix import mark_as_ours
from partnerdesk.store.database import Database


def _draft(database: Database, offered: Level | None, wanted: Level | None) -> dict:
    with database.session() as session:
        ours, _ = add_organization(session, "Northgate Mutual Aid")
        theirs, _ = add_organization(session, "Lakeview Hospital")
        mark_as_ours(session, ours)
        save_profile_answer(session, ours, "why.need", "Tenants evicted for medical debt.")
        request_id, _ = save_request(
            session,
            RequestForm(
                title="Housing referrals",
                organization_id=theirs,
                participation_offered=offered,
                participation_wanted=wanted,
            ),
        )
        mou_id, _ = create_mou(session, request_id)
        return load_draft(session, mou_id).sections


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        (Level.CONSULT, "Lakeview Hospital asks Northgate Mutual Aid for its views"),
        (Level.COLLABORATE, "Northgate Mutual Aid and Lakeview Hospital make each decision"),
        (Level.EMPOWER, "Northgate Mutual Aid makes the final decisions"),
    ],
)
def test_a_level_both_sides_name_is_written_in_plain_words(
    database: Database, level: Level, expected: str
) -> None:
    how = _draft(database, level, level)["decisions"]["how"]
    assert how.startswith(expected)
    for jargon in ("spectrum", "public participation", level.label, "level"):
        assert jargon.lower() not in how.lower()


@pytest.mark.parametrize(
    ("offered", "wanted"), [(Level.CONSULT, Level.COLLABORATE), (None, Level.EMPOWER)]
)
def test_our_wish_alone_is_not_written_as_agreed(
    database: Database, offered: Level | None, wanted: Level
) -> None:
    sections = _draft(database, offered, wanted)
    assert not (sections.get("decisions") or {}).get("how")


def test_the_purpose_is_joint_and_says_whose_need_is_whose(database: Database) -> None:
    purpose = _draft(database, None, None)["purpose"]["purpose"]
    assert purpose == (
        "Northgate Mutual Aid and Lakeview Hospital work together on a need both "
        "organizations share.\nFor Northgate Mutual Aid: Tenants evicted for medical debt."
    )


def test_a_mou_started_from_a_spanish_screen_is_worded_in_spanish(database: Database) -> None:
    """Written once in the language of the screen that started it (issue 21); the English
    start above stays as it was."""
    with database.session() as session:
        ours, _ = add_organization(session, "Northgate Mutual Aid")
        theirs, _ = add_organization(session, "Lakeview Hospital")
        mark_as_ours(session, ours)
        save_profile_answer(session, ours, "why.need", "Inquilinos desalojados por deudas.")
        save_profile_answer(session, ours, "contributions.relational", "Confían en nosotros.")
        request_id, _ = save_request(
            session,
            RequestForm(
                title="Referencias de vivienda",
                organization_id=theirs,
                participation_offered=Level.EMPOWER,
                participation_wanted=Level.EMPOWER,
            ),
        )
        mou_id, _ = create_mou(session, request_id, language="es")
        draft = load_draft(session, mou_id)
    assert draft.title == "MOU: Referencias de vivienda"
    sections = draft.sections
    assert sections["purpose"]["purpose"] == (
        "Northgate Mutual Aid y Lakeview Hospital trabajan juntas en una necesidad que ambas "
        "organizaciones comparten.\nPara Northgate Mutual Aid: Inquilinos desalojados por deudas."
    )
    assert sections["decisions"]["how"].startswith(
        "Northgate Mutual Aid toma las decisiones finales, y Lakeview Hospital apoya"
    )
    assert sections["resources"]["services"] == (
        "Northgate Mutual Aid, en sus propias palabras: «Confían en nosotros.»"
    )


def test_the_english_sentences_in_code_are_the_shipped_ones() -> None:
    words = document_words("en")
    for key, text in ENGLISH_SENTENCES.items():
        shipped = words["mou.list_and" if key == "list_and" else f"mou.prefill.{key}"]
        assert text == shipped, key
