"""Every table PartnerDesk keeps, importable from one place."""

from partnerdesk.store.models.base import Base, utc_now
from partnerdesk.store.models.charters import TeamCharter
from partnerdesk.store.models.checkups import Checkup, CheckupRating
from partnerdesk.store.models.commitments import Commitment
from partnerdesk.store.models.documents import (
    Mou,
    MouReview,
    MouSigning,
    MouVersion,
    PartnerProfile,
)
from partnerdesk.store.models.imports import ImportBatch, ImportedRecord
from partnerdesk.store.models.organizations import (
    Contact,
    ContactAffiliation,
    ContactEmail,
    ContactPhone,
    Organization,
    OutreachNote,
    PartnerHistoryEntry,
    Tag,
)
from partnerdesk.store.models.requests import (
    Capacity,
    CapacityCell,
    PartnershipRequest,
    RequestDecision,
    ShortlistedQuestion,
    StageChange,
    VettingAnswer,
    VettingQuestion,
)
from partnerdesk.store.models.results import GoalFigure, ResultsReportText

__all__ = [
    "Base",
    "Capacity",
    "CapacityCell",
    "Checkup",
    "CheckupRating",
    "Commitment",
    "Contact",
    "ContactAffiliation",
    "ContactEmail",
    "ContactPhone",
    "GoalFigure",
    "ImportBatch",
    "ImportedRecord",
    "Mou",
    "MouReview",
    "MouSigning",
    "MouVersion",
    "Organization",
    "OutreachNote",
    "PartnerHistoryEntry",
    "PartnerProfile",
    "PartnershipRequest",
    "RequestDecision",
    "ResultsReportText",
    "ShortlistedQuestion",
    "StageChange",
    "Tag",
    "TeamCharter",
    "VettingAnswer",
    "VettingQuestion",
    "utc_now",
]
