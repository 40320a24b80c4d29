"""The fixed choices of the domain, each with the words a user sees.

Values are stored in the database, so they never change once released; labels may.
A label is written in English here and shown in the screen's language (issue 21): each
is marked for lupdate in the context named after its class (``RequestStage``), so that
"Ended" can be a request's word in one and an MOU's in another. The values, never the
labels, go into the database and the commands' JSON.
"""

from __future__ import annotations

from enum import StrEnum

from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate


class LabelledChoice(StrEnum):
    """A stored value with a plain-language label."""

    @property
    def english_label(self) -> str:
        """The label as the code writes it (English documents use it, whatever the screen)."""
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())

    @property
    def label(self) -> str:
        """The label in the screen's language."""
        return translate(type(self).__name__, self.english_label)

    @classmethod
    def from_label(cls, label: str) -> LabelledChoice:
        for member in cls:
            if label in (member.label, member.english_label):
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
        return translate("Rating", NOT_RATED_YET)
    return rating.label


NOT_RATED_YET = QT_TRANSLATE_NOOP("Rating", "Answered, not rated yet")


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


# Every label, marked for lupdate (a test checks that none is missing).
_LABELS: dict[StrEnum, str] = {
    OrganizationType.HOSPITAL: QT_TRANSLATE_NOOP("OrganizationType", "Hospital or health system"),
    OrganizationType.PUBLIC_HEALTH: QT_TRANSLATE_NOOP(
        "OrganizationType", "Public health department"
    ),
    OrganizationType.PAYER: QT_TRANSLATE_NOOP("OrganizationType", "Health plan or payer"),
    OrganizationType.GOVERNMENT: QT_TRANSLATE_NOOP("OrganizationType", "Government agency"),
    OrganizationType.COMMUNITY_BASED: QT_TRANSLATE_NOOP(
        "OrganizationType", "Community-based organization"
    ),
    OrganizationType.FAITH_BASED: QT_TRANSLATE_NOOP("OrganizationType", "Faith-based group"),
    OrganizationType.BUSINESS: QT_TRANSLATE_NOOP("OrganizationType", "Business"),
    OrganizationType.SCHOOL: QT_TRANSLATE_NOOP("OrganizationType", "School"),
    OrganizationType.OTHER: QT_TRANSLATE_NOOP("OrganizationType", "Other"),
    NoteKind.EMAIL: QT_TRANSLATE_NOOP("NoteKind", "Email"),
    NoteKind.CALL: QT_TRANSLATE_NOOP("NoteKind", "Call"),
    NoteKind.MEETING: QT_TRANSLATE_NOOP("NoteKind", "Meeting"),
    NoteKind.SITE_VISIT: QT_TRANSLATE_NOOP("NoteKind", "Site visit"),
    NoteKind.EVENT: QT_TRANSLATE_NOOP("NoteKind", "Event"),
    NoteKind.OTHER: QT_TRANSLATE_NOOP("NoteKind", "Other"),
    PreferredContactMethod.EMAIL: QT_TRANSLATE_NOOP("PreferredContactMethod", "Email"),
    PreferredContactMethod.PHONE: QT_TRANSLATE_NOOP("PreferredContactMethod", "Phone"),
    PreferredContactMethod.TEXT_MESSAGE: QT_TRANSLATE_NOOP(
        "PreferredContactMethod", "Text message"
    ),
    PreferredContactMethod.IN_PERSON: QT_TRANSLATE_NOOP("PreferredContactMethod", "In person"),
    PreferredContactMethod.OTHER: QT_TRANSLATE_NOOP("PreferredContactMethod", "Other"),
    RequestStage.RECEIVED: QT_TRANSLATE_NOOP("RequestStage", "Received"),
    RequestStage.GETTING_TO_KNOW: QT_TRANSLATE_NOOP("RequestStage", "Getting to know them"),
    RequestStage.VETTING: QT_TRANSLATE_NOOP("RequestStage", "Vetting"),
    RequestStage.KICKOFF: QT_TRANSLATE_NOOP("RequestStage", "Kickoff meeting"),
    RequestStage.MOU_DRAFTING: QT_TRANSLATE_NOOP("RequestStage", "MOU drafting"),
    RequestStage.ACTIVE: QT_TRANSLATE_NOOP("RequestStage", "Active"),
    RequestStage.UNDER_REVIEW: QT_TRANSLATE_NOOP("RequestStage", "Under review"),
    RequestStage.DECLINED: QT_TRANSLATE_NOOP("RequestStage", "Declined"),
    RequestStage.ENDED: QT_TRANSLATE_NOOP("RequestStage", "Ended"),
    Decision.PROCEED: QT_TRANSLATE_NOOP("Decision", "Proceed"),
    Decision.PROCEED_WITH_CONDITIONS: QT_TRANSLATE_NOOP("Decision", "Proceed with conditions"),
    Decision.PAUSE: QT_TRANSLATE_NOOP("Decision", "Pause"),
    Decision.DECLINE: QT_TRANSLATE_NOOP("Decision", "Decline"),
    ParticipationLevel.INFORM: QT_TRANSLATE_NOOP("ParticipationLevel", "Inform"),
    ParticipationLevel.CONSULT: QT_TRANSLATE_NOOP("ParticipationLevel", "Consult"),
    ParticipationLevel.INVOLVE: QT_TRANSLATE_NOOP("ParticipationLevel", "Involve"),
    ParticipationLevel.COLLABORATE: QT_TRANSLATE_NOOP("ParticipationLevel", "Collaborate"),
    ParticipationLevel.EMPOWER: QT_TRANSLATE_NOOP("ParticipationLevel", "Empower"),
    Rating.NOT_ASKED: QT_TRANSLATE_NOOP("Rating", "Not asked yet"),
    Rating.STRONG: QT_TRANSLATE_NOOP("Rating", "Strong"),
    Rating.ADEQUATE: QT_TRANSLATE_NOOP("Rating", "Adequate"),
    Rating.WEAK: QT_TRANSLATE_NOOP("Rating", "Weak"),
    Rating.CONCERN: QT_TRANSLATE_NOOP("Rating", "Concern"),
    ValuesShown.SHOWN: QT_TRANSLATE_NOOP("ValuesShown", "Shown"),
    ValuesShown.PARTLY: QT_TRANSLATE_NOOP("ValuesShown", "Partly shown"),
    ValuesShown.NOT_SHOWN: QT_TRANSLATE_NOOP("ValuesShown", "Not shown"),
    ValuesShown.DONT_KNOW: QT_TRANSLATE_NOOP("ValuesShown", "Don't know"),
    CapacityStatus.HAS: QT_TRANSLATE_NOOP("CapacityStatus", "Has this"),
    CapacityStatus.NEEDS: QT_TRANSLATE_NOOP("CapacityStatus", "Needs this"),
    CapacityStatus.NONE: QT_TRANSLATE_NOOP("CapacityStatus", "Neither"),
    Acknowledgement.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Acknowledgement", "Nothing to acknowledge"),
    Acknowledgement.NOT_ACKNOWLEDGED: QT_TRANSLATE_NOOP("Acknowledgement", "Not acknowledged"),
    Acknowledgement.PARTLY: QT_TRANSLATE_NOOP("Acknowledgement", "Partly acknowledged"),
    Acknowledgement.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Acknowledgement", "Acknowledged"),
    Acknowledgement.UNKNOWN: QT_TRANSLATE_NOOP("Acknowledgement", "Not known"),
    MouStatus.DRAFT: QT_TRANSLATE_NOOP("MouStatus", "Draft"),
    MouStatus.IN_REVIEW: QT_TRANSLATE_NOOP("MouStatus", "In review"),
    MouStatus.SIGNED: QT_TRANSLATE_NOOP("MouStatus", "Signed"),
    MouStatus.ENDED: QT_TRANSLATE_NOOP("MouStatus", "Ended"),
    CheckupSide.OURS: QT_TRANSLATE_NOOP("CheckupSide", "Ours"),
    CheckupSide.THEIRS: QT_TRANSLATE_NOOP("CheckupSide", "Theirs"),
}


def label_choices(labels: dict[StrEnum, str]) -> None:
    """Add the labels of choices defined in another module (each marked where written)."""
    _LABELS.update(labels)
