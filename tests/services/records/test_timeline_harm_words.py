"""A past harm on the organization's timeline: one whole sentence per acknowledgement, in
the window's language (issue 21)."""

from __future__ import annotations

import pytest

from partnerdesk.core.choices import Acknowledgement
from partnerdesk.core.translation import use_language
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.timeline import TimelineKind, organization_timeline
from partnerdesk.store.database import Database
from partnerdesk.store.models import PartnerHistoryEntry

SAID = {
    Acknowledgement.NOT_APPLICABLE: (
        "A harm or broken promise, with nothing for them to acknowledge",
        "Un daño o una promesa incumplida, sin nada que deban reconocer",
    ),
    Acknowledgement.NOT_ACKNOWLEDGED: (
        "They have not acknowledged the harm",
        "No han reconocido el daño",
    ),
    Acknowledgement.PARTLY: (
        "They have partly acknowledged the harm",
        "Han reconocido el daño en parte",
    ),
    Acknowledgement.ACKNOWLEDGED: ("They have acknowledged the harm", "Han reconocido el daño"),
    Acknowledgement.UNKNOWN: ("They have not acknowledged the harm", "No han reconocido el daño"),
}


def _history_details(database: Database) -> dict[str, str]:
    with database.session() as session:
        partner, _ = add_organization(session, "Lakeview Hospital")
        for acknowledgement in Acknowledgement:
            session.add(
                PartnerHistoryEntry(
                    organization_id=partner,
                    title=acknowledgement.value,
                    period="2019",
                    harm_or_broken_promise="Results never shared",
                    acknowledgement=acknowledgement,
                )
            )
        session.flush()
        return {
            entry.title: entry.details
            for entry in organization_timeline(session, partner)
            if entry.kind is TimelineKind.HISTORY
        }


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_acknowledgement_is_a_whole_sentence(database: Database, language: str) -> None:
    try:
        use_language(language)
        details = _history_details(database)
    finally:
        use_language("en")
    for acknowledgement, (english, spanish) in SAID.items():
        said = english if language == "en" else spanish
        assert details[acknowledgement.value] == f"2019 · {said}"
