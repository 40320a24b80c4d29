"""What a use case changed, so views refresh only what it names (as Anki does)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate


class RecordKind(StrEnum):
    ORGANIZATION = "organization"
    CONTACT = "contact"
    NOTE = "note"
    REQUEST = "request"

    @property
    def plural_label(self) -> str:
        """In the screen's language (issue 21), as the labels below."""
        return translate("RecordKind", _PLURAL_LABELS[self])

    @property
    def label(self) -> str:
        return translate("RecordKind", _LABELS[self])


_LABELS = {
    RecordKind.ORGANIZATION: QT_TRANSLATE_NOOP("RecordKind", "Organization"),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP("RecordKind", "Contact"),
    RecordKind.NOTE: QT_TRANSLATE_NOOP("RecordKind", "Note"),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP("RecordKind", "Request"),
}
_PLURAL_LABELS = {
    RecordKind.ORGANIZATION: QT_TRANSLATE_NOOP("RecordKind", "Organizations"),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP("RecordKind", "Contacts"),
    RecordKind.NOTE: QT_TRANSLATE_NOOP("RecordKind", "Notes"),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP("RecordKind", "Requests"),
}


class Detail(StrEnum):
    """Parts of a record that change on their own, so a view re-reads only that part.

    Saving one vetting answer names ANSWERS, not the whole request: the request page then
    re-reads its answers, and the lists (which show none of them) stay as they are.
    """

    ANSWERS = "answers"  # a vetting answer, its rating or evidence
    CAPACITY = "capacity"  # the capacity matrix of a request
    QUESTION_BANK = "question bank"  # the user's own questions
    DECISION = "decision"  # a request's decision and its conditions
    MOU = "mou"  # an MOU draft, its versions and review dates
    PROFILE = "profile"  # an organization's partner profile
    COMMITMENTS = "commitments"  # what each side promised, and whether it was kept
    CHARTER = "charter"  # a request's team charter
    CHECKUPS = "check-ups"  # a partnership's check-ups and both sides' ratings


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[RecordKind] = field(default_factory=frozenset)
    trash: bool = False
    details: frozenset[Detail] = field(default_factory=frozenset)

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(RecordKind), trash=True, details=frozenset(Detail))

    @classmethod
    def of(cls, *parts: RecordKind | Detail) -> Changes:
        """``Changes.of(RecordKind.REQUEST, Detail.DECISION)``: records and details named."""
        return cls(
            frozenset(part for part in parts if isinstance(part, RecordKind)),
            details=frozenset(part for part in parts if isinstance(part, Detail)),
        )

    def names(self, part: RecordKind | Detail) -> bool:
        """Whether this change touched ``part`` (a view re-reads only what was named)."""
        return part in self.kinds or part in self.details

    def __bool__(self) -> bool:
        return bool(self.kinds) or self.trash or bool(self.details)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds, self.trash or other.trash, self.details | other.details
        )
