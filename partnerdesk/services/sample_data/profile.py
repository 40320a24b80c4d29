"""The sample organization's own partner profile, partly filled in.

Some parts are answered and some not yet, so a new user sees at once what the profile
wizard asks, what an answer can look like, and how the Word export shows what is missing.
Everything here is invented, like the rest of the sample data.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from partnerdesk.services.profiles.answers import save_profile

_ANSWERS = {
    "serve.mission": (
        "We make sure every Eastside household has enough healthy food, offered with "
        "dignity, and that neighbors decide how our food programs work."
    ),
    "serve.where": "The Eastside: Millbrook, Riverside Flats and Cedar Hill.",
    "serve.whom": (
        "About 1,900 households a month.\n"
        "- Mostly families with children and elders on fixed incomes\n"
        "- Many work two jobs; about a third speak Spanish or Vietnamese at home\n"
        "- Many have diabetes or high blood pressure in the family\n"
        "- Most are on Medicaid or have no insurance"
    ),
    "do.purpose": (
        "A choice pantry where families pick their own groceries, weekend backpacks for "
        "school children, and a Wednesday evening pantry for people who work Saturdays."
    ),
    "do.timeframe": "Every Saturday since 2009; Wednesday evenings since 2018.",
    "do.funding": (
        "Individual gifts (about 40%), two family foundations on one-year grants renewed "
        "each spring, the regional food bank's food, and a county contract for the "
        "backpacks that runs with the school year."
    ),
    "why.need": (
        "One household in four on the Eastside runs out of food before the end of the "
        "month; the county's health assessment has named it a top need three times in a row."
    ),
    "how.services": (
        "Forty regular volunteers, two paid staff. Distribution at our warehouse on Saturdays "
        "and at Iglesia Nueva Esperanza's hall on Wednesdays; interpreters at both."
    ),
    "how.structure": (
        "A board of nine; five use the pantry. The board sets priorities each January and "
        "says yes or no to every partnership. Marisol Ortega, executive director, runs the "
        "day to day."
    ),
    "contributions.relational": (
        "Neighbors trust us: we have opened every Saturday for sixteen years, through the "
        "2020 shutdowns too, and we never ask for papers."
    ),
    "contributions.other": (
        "Lived experience on our board, interpreters in Spanish and Vietnamese, and a "
        "warehouse with cold storage."
    ),
}


def add_sample_profile(session: Session, organization_id: int) -> None:
    save_profile(session, organization_id, _ANSWERS)
