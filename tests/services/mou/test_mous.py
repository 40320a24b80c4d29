"""MOU drafts: prefilled from the request, saved field by field, versions kept at export."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.core.mou_sections import FINAL_SAY_TOGETHER, SECTIONS
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.mou.drafts import (
    add_months,
    create_mou,
    load_draft,
    mou_for_request,
    review_date,
    save_section,
)
from partnerdesk.services.mou.export import mou_as_text
from partnerdesk.services.profiles.answers import save_profile_answer
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.services.records.today import today_overview
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.services.vetting.capacity_matrix import mark_as_ours
from partnerdesk.store.database import Database

TODAY = date(2026, 11, 23)


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def test_the_sample_mou_is_prefilled_from_the_request(sample: Database) -> None:
    with sample.session() as session:
        mou_id = mou_for_request(session, 1)
        assert mou_id is not None
        draft = load_draft(session, mou_id)
    parties = draft.sections["parties"]["parties"]
    assert [p["name"] for p in parties] == [
        "Eastside Community Food Collective",
        "Riverbend Health System",
    ]
    assert parties[1]["signatory"] == "Angela Brooks"
    assert draft.sections["term"]["funding_ends_on"] == "2027-08-20"
    # The joint purpose, each party's need in its own words — not Riverbend's stated
    # purpose ("meet the foundation's target…").
    purpose = draft.sections["purpose"]["purpose"]
    assert purpose.startswith(
        "Eastside Community Food Collective and Riverbend Health System work together"
    )
    assert "For Eastside Community Food Collective: One household in four" in purpose
    assert "foundation's target" not in purpose
    # What each party provides; what the capacity matrix says one lacks stays ours.
    services = draft.sections["resources"]["services"]
    assert "Eastside Community Food Collective provides lived experience" in services
    assert "needs:" not in services
    # They offer Consult, we want Collaborate: our wish is not written as agreed.
    assert "how" not in (draft.sections.get("decisions") or {})
    assert draft.review_on is not None


def test_fields_are_cleaned_and_checked_as_saved(database: Database) -> None:
    with database.session() as session:
        mou_id, _ = create_mou(session, None, "  Shared pantry \n hours ")
        save_section(
            session,
            mou_id,
            "roles",
            {
                "roles": [
                    {"responsibility": " Open\x00 on Saturdays", "party": "Us", "due": ""},
                    {"responsibility": "", "party": "", "due": ""},
                ]
            },
        )
        with pytest.raises(InvalidInputError, match="whole number"):
            save_section(session, mou_id, "review", {"every_months": "often"})
        with pytest.raises(InvalidInputError, match="date"):
            save_section(session, mou_id, "term", {"starts_on": "31/02/2027"})
        save_section(session, mou_id, "decisions", {"final_say": FINAL_SAY_TOGETHER})
        draft = load_draft(session, mou_id)
    assert draft.title == "Shared pantry hours"
    assert draft.sections["roles"]["roles"] == [
        {"responsibility": "Open on Saturdays", "party": "Us", "due": ""}
    ]
    assert draft.last_page == "decisions"


def test_review_date_follows_what_the_mou_states() -> None:
    started = date(2026, 1, 31)
    assert review_date({"review": {"every_months": 1}}, started) == date(2026, 2, 28)
    assert review_date(
        {"review": {"every_months": 6}, "term": {"starts_on": "2027-03-01"}}, started
    ) == date(2027, 9, 1)
    assert review_date({"review": {"first_review": "2027-01-15", "every_months": 6}}, started) == (
        date(2027, 1, 15)
    )
    assert review_date({}, started) is None
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_a_due_review_appears_on_the_today_page(sample: Database) -> None:
    with sample.session() as session:
        mou_id = mou_for_request(session, 1)
        assert mou_id is not None
        save_section(session, mou_id, "review", {"first_review": date.today().isoformat()})
        overview = today_overview(session)
    assert [review.mou_id for review in overview.mou_reviews] == [mou_id]


def test_plain_text_has_every_numbered_section(sample: Database) -> None:
    with sample.session() as session:
        mou_id = mou_for_request(session, 1)
        assert mou_id is not None
        text = mou_as_text(session, mou_id, TODAY)
    for number, section in enumerate(SECTIONS, start=1):
        assert f"{number}. {section.title}" in text
    assert "Riverbend Health System — signed by Angela Brooks" in text


def test_both_profiles_fill_in_what_each_party_brings_and_measures(database: Database) -> None:
    with database.session() as session:
        ours, _ = add_organization(session, "Northgate Mutual Aid")
        theirs, _ = add_organization(session, "Lakeview Hospital")
        mark_as_ours(session, ours)
        save_profile_answer(session, ours, "contributions.relational", "Trusted by tenants.")
        save_profile_answer(session, ours, "success.population", "Fewer evictions.")
        save_profile_answer(session, theirs, "partnership.need", "Readmissions after eviction.")
        request_id, _ = save_request(
            session, RequestForm(title="Housing referrals", organization_id=theirs)
        )
        mou_id, _ = create_mou(session, request_id)
        sections = load_draft(session, mou_id).sections
    # Each profile's own words, quoted: they say "we" and "our" (issue 18).
    assert sections["resources"]["services"] == (
        "Northgate Mutual Aid, in its own words: “Trusted by tenants.”"
    )
    assert sections["monitoring"]["measures"] == (
        "Northgate Mutual Aid, in its own words: “Fewer evictions.”"
    )
    # Their need is part of the joint purpose (issue 18), no longer the shared vision.
    assert sections["purpose"]["purpose"] == (
        "Northgate Mutual Aid and Lakeview Hospital work together on a need both "
        "organizations share.\nFor Lakeview Hospital: Readmissions after eviction."
    )


@pytest.mark.parametrize(
    ("full_name", "given_name", "family_name", "expected"),
    [
        ("Dr. Angela Brooks", "", "", "Dear Dr. Brooks,"),
        ("Dr. Angela Brooks", "Angela", "Brooks", "Dear Dr. Brooks,"),
        ("Angela Brooks", "Angela", "Brooks", "Dear Angela,"),
        ("Hermana Angela", "", "", "Dear Hermana Angela,"),
        ("Dr.", "", "", "Hello,"),
    ],
)
def test_the_mou_email_greets_by_title_and_family_name_or_by_given_name(
    sample: Database, full_name: str, given_name: str, family_name: str, expected: str
) -> None:
    from partnerdesk.services.mou.email import mou_email
    from partnerdesk.services.records.contacts import load_contact_form, save_contact
    from partnerdesk.store.models import PartnershipRequest

    with sample.session() as session:
        mou_id = mou_for_request(session, 1)
        assert mou_id is not None
        contact_id = session.get(PartnershipRequest, 1).contact_id  # type: ignore[union-attr]
        assert contact_id is not None
        form = load_contact_form(session, contact_id)
        form.full_name, form.given_name, form.family_name = full_name, given_name, family_name
        save_contact(session, form, contact_id)
    with sample.session() as session:
        body = mou_email(session, mou_id, 2).body
    assert body.startswith(f"{expected}\n\nAttached is version 2 of our draft")


def test_what_each_party_provides_is_said_in_the_screens_language(sample: Database) -> None:
    """The capacity matrix's sentence and the shipped capacities' names in Spanish, for an
    MOU started from a Spanish screen (issue 21)."""
    with sample.session() as session:
        mou_id, _ = create_mou(session, 1, language="es")
        services = load_draft(session, mou_id).sections["resources"]["services"]
    assert "Eastside Community Food Collective aporta experiencia vivida" in services
    assert "provides" not in services
