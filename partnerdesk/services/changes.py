"""What a use case changed, so views refresh only what it names (as Anki does)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RecordKind(StrEnum):
    ORGANIZATION = "organization"
    CONTACT = "contact"
    NOTE = "note"
    REQUEST = "request"

    @property
    def plural_label(self) -> str:
        return _PLURAL_LABELS[self]

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    RecordKind.ORGANIZATION: "Organization",
    RecordKind.CONTACT: "Contact",
    RecordKind.NOTE: "Note",
    RecordKind.REQUEST: "Request",
}
_PLURAL_LABELS = {
    RecordKind.ORGANIZATION: "Organizations",
    RecordKind.CONTACT: "Contacts",
    RecordKind.NOTE: "Notes",
    RecordKind.REQUEST: "Requests",
}


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[RecordKind] = field(default_factory=frozenset)
    trash: bool = False

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(RecordKind), trash=True)

    def __bool__(self) -> bool:
        return bool(self.kinds) or self.trash

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.trash or other.trash)
