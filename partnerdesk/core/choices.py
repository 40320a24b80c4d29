"""The fixed choices of the domain, each with the words a user sees.

Values are stored in the database, so they never change once released; labels may.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledChoice(StrEnum):
    """A stored value with a plain-language label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())

    @classmethod
    def from_label(cls, label: str) -> LabelledChoice:
        for member in cls:
            if member.label == label:
                return member
        raise ValueError(f"{label!r} is not a {cls.__name__}")


class OrganizationType(LabelledChoice):
    HOSPITAL = "hospital"
    PUBLIC_HEALTH = "public_health"
    PAYER = "payer"
    GOVERNMENT = "government"
    COMMUNITY_BASED = "community_based"
    FAITH_BASED = "faith_based"
    BUSINESS = "business"
    SCHOOL = "school"
    OTHER = "other"


class NoteKind(LabelledChoice):
    EMAIL = "email"
    CALL = "call"
    MEETING = "meeting"
    SITE_VISIT = "site_visit"
    EVENT = "event"
    OTHER = "other"


class PreferredContactMethod(LabelledChoice):
    EMAIL = "email"
    PHONE = "phone"
    TEXT_MESSAGE = "text_message"
    IN_PERSON = "in_person"
    OTHER = "other"


class RequestStage(LabelledChoice):
    """Where a partnership request stands, in the order it usually moves."""

    RECEIVED = "received"
    GETTING_TO_KNOW = "getting_to_know"
    VETTING = "vetting"
    KICKOFF = "kickoff"
    MOU_DRAFTING = "mou_drafting"
    ACTIVE = "active"
    UNDER_REVIEW = "under_review"
    DECLINED = "declined"
    ENDED = "ended"

    @property
    def is_closed(self) -> bool:
        return self in (RequestStage.DECLINED, RequestStage.ENDED)


class Decision(LabelledChoice):
    PROCEED = "proceed"
    PROCEED_WITH_CONDITIONS = "proceed_with_conditions"
    PAUSE = "pause"
    DECLINE = "decline"


# The stages a request is in while it is still being vetted: a decision to go ahead
# moves it on to the kickoff meeting.
_BEFORE_KICKOFF = (RequestStage.RECEIVED, RequestStage.GETTING_TO_KNOW, RequestStage.VETTING)


def stage_after_decision(decision: Decision, stage: RequestStage) -> RequestStage | None:
    """Where a request goes next after ``decision``, or None when its stage fits already.

    Declining is recorded by moving to "Declined" with the decision itself; pausing keeps
    the stage; going ahead (with conditions or not) leads to the kickoff meeting."""
    going_ahead = decision in (Decision.PROCEED, Decision.PROCEED_WITH_CONDITIONS)
    if going_ahead and stage in _BEFORE_KICKOFF:
        return RequestStage.KICKOFF
    return None


class ParticipationLevel(LabelledChoice):
    """The IAP2 spectrum of public participation, from least to most shared power."""

    INFORM = "inform"
    CONSULT = "consult"
    INVOLVE = "involve"
    COLLABORATE = "collaborate"
    EMPOWER = "empower"

    @property
    def rank(self) -> int:
        return list(ParticipationLevel).index(self)


class Rating(LabelledChoice):
    NOT_ASKED = "not_asked"
    STRONG = "strong"
    ADEQUATE = "adequate"
    WEAK = "weak"
    CONCERN = "concern"


def rating_shown(rating: Rating, *, answered: bool) -> str:
    """The rating as the user reads it: an answered question not rated yet was asked.

    The stored value stays "not asked" (it means "no rating"); only the words change."""
    if rating is Rating.NOT_ASKED and answered:
        return NOT_RATED_YET
    return rating.label


NOT_RATED_YET = "Answered, not rated yet"


class ValuesShown(LabelledChoice):
    """Whether they have shown, in what they did, the values they state (hard question 3).

    Rated beside their answer rather than read from it: "we have not seen them share a
    decision" is text, but it is not a sign of values lived."""

    SHOWN = "shown"
    # Not "partly": labels are looked up by value, and Acknowledgement has "partly".
    PARTLY = "partly_shown"
    NOT_SHOWN = "not_shown"
    DONT_KNOW = "dont_know"


class CapacityStatus(LabelledChoice):
    HAS = "has"
    NEEDS = "needs"
    NONE = "none"


class Acknowledgement(LabelledChoice):
    """Whether a past harm or broken promise was acknowledged by the partner."""

    NOT_APPLICABLE = "not_applicable"
    NOT_ACKNOWLEDGED = "not_acknowledged"
    PARTLY = "partly"
    ACKNOWLEDGED = "acknowledged"
    UNKNOWN = "unknown"


class MouStatus(LabelledChoice):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SIGNED = "signed"
    ENDED = "ended"


class CheckupSide(LabelledChoice):
    """Whose ratings: our organization's staff, or the partner's (read from their form)."""

    OURS = "ours"
    THEIRS = "theirs"


_LABELS: dict[StrEnum, str] = {
    OrganizationType.HOSPITAL: "Hospital or health system",
    OrganizationType.PUBLIC_HEALTH: "Public health department",
    OrganizationType.PAYER: "Health plan or payer",
    OrganizationType.GOVERNMENT: "Government agency",
    OrganizationType.COMMUNITY_BASED: "Community-based organization",
    OrganizationType.FAITH_BASED: "Faith-based group",
    OrganizationType.BUSINESS: "Business",
    OrganizationType.SCHOOL: "School",
    OrganizationType.OTHER: "Other",
    NoteKind.SITE_VISIT: "Site visit",
    PreferredContactMethod.TEXT_MESSAGE: "Text message",
    PreferredContactMethod.IN_PERSON: "In person",
    RequestStage.GETTING_TO_KNOW: "Getting to know them",
    RequestStage.KICKOFF: "Kickoff meeting",
    RequestStage.MOU_DRAFTING: "MOU drafting",
    RequestStage.UNDER_REVIEW: "Under review",
    Decision.PROCEED_WITH_CONDITIONS: "Proceed with conditions",
    Rating.NOT_ASKED: "Not asked yet",
    ValuesShown.SHOWN: "Shown",
    ValuesShown.PARTLY: "Partly shown",
    ValuesShown.NOT_SHOWN: "Not shown",
    ValuesShown.DONT_KNOW: "Don't know",
    CapacityStatus.HAS: "Has this",
    CapacityStatus.NEEDS: "Needs this",
    CapacityStatus.NONE: "Neither",
    Acknowledgement.NOT_APPLICABLE: "Nothing to acknowledge",
    Acknowledgement.NOT_ACKNOWLEDGED: "Not acknowledged",
    Acknowledgement.PARTLY: "Partly acknowledged",
    Acknowledgement.UNKNOWN: "Not known",
    MouStatus.IN_REVIEW: "In review",
}
