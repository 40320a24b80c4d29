"""What merging a row into a contact does: only ever add, never remove.

Empty name parts and role are filled, e-mails and phones not yet there are appended,
notes are extended, key-leader flags raised. The same rules apply to a stored contact
and to a contact the import is about to create (a file that repeats a person).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.imports.contact_rows import ContactCandidate, clean_email, phone_key
from partnerdesk.imports.matching import normalise_email

# Text fields a merge fills when the contact has them empty.
FILLED_FIELDS = ("given_name", "family_name", "role_title")


@dataclass
class Draft:
    """A contact this import creates; later rows of the same file may add to it."""

    full_name: str
    given_name: str
    family_name: str
    role_title: str
    organization_name: str
    background: str
    is_key_leader: bool
    is_decision_maker: bool
    emails: list[LabelledValue] = field(default_factory=list)
    phones: list[LabelledValue] = field(default_factory=list)
    rows: int = 1  # how many rows of the file it holds (the first, then the merged ones)
    # An organization only (a company card): the organization is created, no contact.
    is_organization: bool = False
    organization_notes: str = ""

    @classmethod
    def from_candidate(cls, candidate: ContactCandidate) -> Draft:
        return cls(
            candidate.full_name,
            candidate.given_name,
            candidate.family_name,
            candidate.role_title,
            candidate.organization_name,
            candidate.notes,
            candidate.is_key_leader,
            candidate.is_decision_maker,
            list(candidate.emails),
            list(candidate.phones),
            is_organization=candidate.is_organization,
            organization_notes=(
                candidate.organization_notes() if candidate.is_organization else ""
            ),
        )

    def absorb(self, candidate: ContactCandidate) -> None:
        self.rows += 1
        merge_scalars(self, candidate)
        self.organization_name = self.organization_name or candidate.organization_name
        self.emails += new_emails([e.value for e in self.emails], candidate.emails)
        self.phones += new_phones([p.value for p in self.phones], candidate.phones)


def merge_scalars(target: Any, candidate: ContactCandidate) -> None:
    """Fill empty fields, extend the notes, raise the flags: never remove anything.

    A name made up from an e-mail address (a row with only an organization and an
    address) is no name at all: a real one replaces it.
    """
    if is_made_up_name(target.full_name) and not is_made_up_name(candidate.full_name):
        target.full_name = candidate.full_name
    for name in FILLED_FIELDS:
        if not getattr(target, name) and getattr(candidate, name):
            setattr(target, name, getattr(candidate, name))
    if candidate.notes and candidate.notes not in target.background:
        target.background = "\n\n".join(t for t in (target.background, candidate.notes) if t)
    target.is_key_leader = target.is_key_leader or candidate.is_key_leader
    target.is_decision_maker = target.is_decision_maker or candidate.is_decision_maker


def is_made_up_name(full_name: str) -> bool:
    """A contact's name that is an e-mail address: made up on import for want of one."""
    return "@" in full_name and clean_email(full_name) == full_name.strip()


def new_emails(have: Iterable[str], incoming: Iterable[LabelledValue]) -> list[LabelledValue]:
    known = {normalise_email(address) for address in have}
    return _unseen(incoming, known, normalise_email)


def new_phones(have: Iterable[str], incoming: Iterable[LabelledValue]) -> list[LabelledValue]:
    return _unseen(incoming, {phone_key(number) for number in have}, phone_key)


def _unseen(
    incoming: Iterable[LabelledValue], known: set[str], key: Callable[[str], str]
) -> list[LabelledValue]:
    fresh = []
    for item in incoming:
        if key(item.value) not in known:
            known.add(key(item.value))
            fresh.append(item)
    return fresh
