"""The sample request's MOU, partly drafted: prefilled from the request, a few sections
written, others still open, so the check has something to say."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from partnerdesk.core.mou_sections import FINAL_SAY_THEM
from partnerdesk.services.mou.drafts import create_mou, save_section, set_last_page

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


def add_sample_mou(session: Session, request_id: int) -> int:
    mou_id, _ = create_mou(session, request_id, "MOU: Community health worker referrals")
    for section_id, values in _SECTIONS.items():
        save_section(session, mou_id, section_id, values)
    set_last_page(session, mou_id, "")  # a new reader starts at the first page
    return mou_id
