"""The sample request's MOU, partly drafted: prefilled from the request, a few sections
written, others still open, so the check has something to say. Its roles table's dated
rows show as commitments: one done, one late, one due soon. And the MOU of the active
partnership, signed ten months ago, its first review two months away; its roles table's
dated rows: one done, one late (issue 19 wants the active partnership to show both)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.commitments import CommitmentStatus
from partnerdesk.core.mou_sections import FINAL_SAY_THEM, FINAL_SAY_TOGETHER
from partnerdesk.services.mou.drafts import create_mou, save_section, set_last_page
from partnerdesk.services.mou.signing import SigningForm, mark_signed
from partnerdesk.services.results.report import add_sample_results
from partnerdesk.store.models import Commitment

# fmt: off
_SECTIONS: dict[str, dict[str, Any]] = {
    "purpose": {
        "vision": "Every Riverbend patient who goes hungry gets food help within a week, from "
                  "neighbors who know them, and never has to tell their story twice.",
    },
    "goals": {
        "goals": "By the end of the first year, 300 Riverbend patients who screen positive "
                 "for food insecurity are referred and served at the Saturday distribution, "
                 "with Spanish, Haitian Creole and Portuguese speakers served in their own "
                 "language.",
    },
    "roles": {
        "roles": [
            {"responsibility": "Screen patients and send referrals with their consent",
             "party": "Riverbend Health System", "due": "Weekly"},
            {"responsibility": "Report referral numbers to the foundation",
             "party": "Riverbend Health System", "due": "Quarterly"},
        ],
    },
    "decisions": {"final_say": FINAL_SAY_THEM},
    "communication": {"how_often": "Monthly"},
}
# fmt: on


# Dated rows of the roles table (days from today): what, party, due, done that many days ago.
_DATED_ROLES: tuple[tuple[str, str, int, int | None], ...] = (
    ("Hold the kickoff meeting with both teams", "Eastside Community Food Collective", -20, -21),
    ("Send the signed data use agreement", "Riverbend Health System", -6, None),
    ("Train two volunteers to take referrals", "Eastside Community Food Collective", 9, None),
)


def add_sample_mou(session: Session, request_id: int, day: Callable[[int], date]) -> int:
    mou_id, _ = create_mou(session, request_id, "MOU: Community health worker referrals")
    for section_id, values in _SECTIONS.items():
        if section_id == "roles":
            values = {"roles": [*values["roles"], *_dated_roles(day)]}
        save_section(session, mou_id, section_id, values)
    _mark_done(session, request_id, _DATED_ROLES, day)
    set_last_page(session, mou_id, "")  # a new reader starts at the first page
    return mou_id


def _mark_done(
    session: Session,
    request_id: int,
    rows: tuple[tuple[str, str, int, int | None], ...],
    day: Callable[[int], date],
) -> None:
    for what, _party, _due, done in rows:
        if done is not None:
            commitment = session.scalars(
                select(Commitment).where(
                    Commitment.request_id == request_id, Commitment.what == what
                )
            ).one()
            commitment.status = CommitmentStatus.DONE
            commitment.done_on = day(done)


def _dated_roles(
    day: Callable[[int], date],
    rows: tuple[tuple[str, str, int, int | None], ...] = _DATED_ROLES,
) -> list[dict[str, str]]:
    return [
        {"responsibility": what, "party": party, "due": day(due).isoformat()}
        for what, party, due, _done in rows
    ]


# The active partnership's dated roles (days from today, done that many days ago): the
# families' survey shared on time, the county's lunch counts by site still awaited.
_SIGNED_DATED_ROLES: tuple[tuple[str, str, int, int | None], ...] = (
    ("Share what families said in the end-of-summer survey",
     "Eastside Community Food Collective", -70, -72),
    ("Send the summer's lunch counts by site", "Harlow County Public Health Department", -15,
     None),
)  # fmt: skip

# fmt: off
_SIGNED: dict[str, dict[str, Any]] = {
    "parties": {
        "parties": [
            {"name": "Eastside Community Food Collective", "signatory": "Marisol Ortega",
             "title": "Executive Director"},
            {"name": "Harlow County Public Health Department", "signatory": "Siobhán O'Connor",
             "title": "Director of Health Equity"},
        ],
    },
    "purpose": {
        "vision": "No Eastside child goes hungry in the summer: a free lunch every weekday at "
                  "the WIC clinic, served by neighbors.",
    },
    # No dates in them: each summer's goals, measured in the results report.
    "goals": {
        "goals": "Each summer, serve at least 2,000 free lunches to children at the Eastside "
                 "WIC clinic, every weekday from late June to the end of August.\n\n"
                 "Each summer, at least half of the lunch volunteers live in Eastside, and "
                 "families are welcomed in Spanish and Haitian Creole.",
    },
    "roles": {
        "roles": [
            {"responsibility": "Recruit and schedule lunch volunteers",
             "party": "Eastside Community Food Collective", "due": "Each June"},
            {"responsibility": "Order the food and keep the clinic's community room open",
             "party": "Harlow County Public Health Department", "due": "Each June"},
        ],
    },
    "decisions": {"final_say": FINAL_SAY_TOGETHER},
    "communication": {"how_often": "Every two weeks in the summer, monthly the rest of the year"},
    "review": {"every_months": 12, "how": "Both teams meet at the clinic after the summer."},
}
# fmt: on


def add_signed_sample_mou(session: Session, request_id: int, day: Callable[[int], date]) -> int:
    """The active partnership's MOU, signed by both parties 300 days ago."""
    mou_id, _ = create_mou(session, request_id, "MOU: Summer meals at the WIC clinic")
    for section_id, values in _SIGNED.items():
        if section_id == "roles":
            values = {"roles": [*values["roles"], *_dated_roles(day, _SIGNED_DATED_ROLES)]}
        save_section(session, mou_id, section_id, values)
    _mark_done(session, request_id, _SIGNED_DATED_ROLES, day)
    save_section(session, mou_id, "term", {"starts_on": day(-300)})
    set_last_page(session, mou_id, "")
    signers = {row["name"]: row["signatory"] for row in _SIGNED["parties"]["parties"]}
    mark_signed(session, mou_id, SigningForm(day(-300), signers, recorded_by=""), today=day(0))
    add_sample_results(
        session,
        request_id,
        "My two boys ate lunch at the clinic all summer. By the second week the volunteers "
        "knew their names, and I stopped worrying about August.",
        "A parent at the Eastside WIC clinic",
        "Look for a second site sponsor together, a year before the state funding ends\n"
        "Recruit next summer's volunteers at the spring listening sessions",
        [("2,140 lunches", day(-240)), ("14 of 22 volunteers (64%)", day(-240))],
    )
    return mou_id
