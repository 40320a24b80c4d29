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
    CapacityStatus.HAS: "Has this",
    CapacityStatus.NEEDS: "Needs this",
    CapacityStatus.NONE: "Neither",
    Acknowledgement.NOT_APPLICABLE: "Nothing to acknowledge",
    Acknowledgement.NOT_ACKNOWLEDGED: "Not acknowledged",
    Acknowledgement.PARTLY: "Partly acknowledged",
    Acknowledgement.UNKNOWN: "Not known",
    MouStatus.IN_REVIEW: "In review",
}
