"""Finding who is already there: e-mail matches, organizations by name, similar names.

Everything the store holds is loaded into dictionaries once, so checking a 10,000-row
file against 50,000 contacts needs no query per row. Rows of the file are remembered as
they are checked, so a later row can match an earlier one (duplicates inside one file).
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from partnerdesk.imports.contact_rows import ContactCandidate

SIMILAR_NAME_RATIO = 0.9
# At most this many names are compared with each row (difflib costs microseconds each):
# names are found through their rarest words first, so common words ("maria") stay cheap.
_COMPARISON_BUDGET = 40

# An organization in the store (its id) or one this import will create (its normalised name).
OrganizationKey = int | str | None


class MatchKind(StrEnum):
    EMAIL = "email"
    SAME_NAME = "same name"
    SIMILAR_NAME = "similar name"


class Reference(NamedTuple):
    """A contact in the store (``contact_id``) or an earlier row of the same file.

    A NamedTuple rather than a dataclass: tens of thousands are made per import.
    """

    contact_id: int | None
    row_number: int | None


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    reference: Reference
    name: str


def normalise_name(value: str) -> str:
    """Case, accents and spacing ignored: "Clínica  del Pueblo" -> "clinica del pueblo"."""
    if value.isascii():  # most names: no accents to strip, and this is much faster
        return " ".join(value.lower().split())
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return " ".join(decomposed.translate(_COMBINING_MARKS).split())


# Accents and other combining marks (all of them are in the Basic Multilingual Plane).
_COMBINING_MARKS = {
    code: None for code in range(0x300, 0x10000) if unicodedata.combining(chr(code))
}


def normalise_email(value: str) -> str:
    return value.strip().casefold()


class OrganizationIndex:
    """Live organizations by normalised name (the oldest wins when two share a name)."""

    def __init__(self, organizations: Iterable[tuple[int, str]]) -> None:
        self._ids: dict[str, int] = {}
        # Plain tuples: comparing database rows while sorting costs ten times as much.
        for organization_id, name in sorted(tuple(row) for row in organizations):
            self._ids.setdefault(normalise_name(name), organization_id)

    def find(self, name: str) -> int | None:
        return self._ids.get(normalise_name(name)) if name else None

    def key(self, name: str) -> OrganizationKey:
        if not name:
            return None
        found = self.find(name)
        return found if found is not None else normalise_name(name)


class ContactMatcher:
    """Classifies candidates against the store and against earlier rows of the file.

    Inside, a reference is one int (a stored contact's id, or minus an earlier row's
    number): 50,000 stored contacts are loaded per import, and making, hashing and
    comparing tuples for each of them cost more than everything else the loading does.
    A Reference is made only for a match handed out.
    """

    def __init__(
        self,
        contacts: Iterable[tuple[int, str, int | None]],
        emails: Iterable[tuple[str, int]],
        organizations: OrganizationIndex,
    ) -> None:
        self.organizations = organizations
        self._names: dict[int, str] = {}
        self._emails: dict[str, int] = {}
        self._exact: dict[tuple[OrganizationKey, str], int] = {}
        # Names by organization; each organization's index of word variants (see
        # _variants) is built the first time a row at that organization is checked.
        self._members: defaultdict[OrganizationKey, list[Entry]] = defaultdict(list)
        self._indexes: dict[OrganizationKey, defaultdict[str, list[Entry]]] = {}
        # One SequenceMatcher for every comparison: making one costs as much as using it.
        self._similarity = difflib.SequenceMatcher(autojunk=False)
        # _add_name written out: it runs for every stored contact before the first row
        # can be checked, and no organization's index exists yet.
        names, exact, members = self._names, self._exact, self._members
        for contact_id, full_name, organization_id in contacts:  # oldest first
            names[contact_id] = full_name
            name = normalise_name(full_name)
            exact.setdefault((organization_id, name), contact_id)
            members[organization_id].append((name, contact_id))
        found = self._emails
        for address, contact_id in emails:
            if contact_id in names:  # only live contacts were loaded
                found.setdefault(normalise_email(address), contact_id)

    def match(self, candidate: ContactCandidate) -> Match | None:
        """The strongest match: an e-mail in the store, then in the file; then names."""
        organization = self.organizations.key(candidate.organization_name)
        found = [self._emails.get(normalise_email(e.value)) for e in candidate.emails]
        by_email = [reference for reference in found if reference is not None]
        if by_email:
            stored = [reference for reference in by_email if reference > 0]
            best = (stored or by_email)[0]
            return Match(MatchKind.EMAIL, _reference(best), self._names.get(best, ""))
        name = normalise_name(candidate.full_name)
        same = self._exact.get((organization, name))
        if same is not None:
            return Match(MatchKind.SAME_NAME, _reference(same), self._names[same])
        similar = self._most_similar(organization, name)
        if similar is not None:
            return Match(MatchKind.SIMILAR_NAME, _reference(similar), self._names[similar])
        return None

    def remember(self, candidate: ContactCandidate, row_number: int) -> None:
        """Make this row findable by later rows (by its e-mails and its name)."""
        reference = -row_number
        self._add_name(
            reference,
            candidate.full_name,
            self.organizations.key(candidate.organization_name),
        )
        for email in candidate.emails:
            self._emails.setdefault(normalise_email(email.value), reference)

    def _add_name(self, reference: int, full_name: str, organization: OrganizationKey) -> None:
        self._names[reference] = full_name
        name = normalise_name(full_name)
        self._exact.setdefault((organization, name), reference)
        entry = (name, reference)
        self._members[organization].append(entry)
        index = self._indexes.get(organization)
        if index is not None:
            _index_entry(index, entry)

    def _index(self, organization: OrganizationKey) -> defaultdict[str, list[Entry]]:
        index = self._indexes.get(organization)
        if index is None:
            index = self._indexes[organization] = defaultdict(list)
            for entry in self._members[organization]:
                _index_entry(index, entry)
        return index

    def _most_similar(self, organization: OrganizationKey, name: str) -> int | None:
        """A name at least 90% alike (difflib ratio) at the same organization.

        Only names sharing a key (see _variants) are compared, rarest keys first and at
        most _COMPARISON_BUDGET of them: difflib costs microseconds per pair, and a file
        is checked against tens of thousands of names.
        """
        if organization not in self._members:
            return None
        index = self._index(organization)
        buckets = [index[key] for key in _variants(name) if key in index]
        buckets.sort(key=len)
        matcher = self._similarity
        matcher.set_seq2(name)  # difflib caches facts about the second sequence
        from_file: int | None = None
        seen: set[str] = {name}
        budget, visits = _COMPARISON_BUDGET, 3 * _COMPARISON_BUDGET
        for bucket in buckets:
            for other, reference in bucket:
                visits -= 1
                if budget <= 0 or visits <= 0:
                    return from_file
                if other in seen or not _close_in_length(len(other), len(name)):
                    continue
                if from_file is not None and reference < 0:
                    continue  # one row of the file is enough; keep looking in the store
                seen.add(other)
                budget -= 1
                matcher.set_seq1(other)
                if (
                    matcher.real_quick_ratio() >= SIMILAR_NAME_RATIO
                    and matcher.quick_ratio() >= SIMILAR_NAME_RATIO
                    and matcher.ratio() >= SIMILAR_NAME_RATIO
                ):
                    if reference > 0:
                        return reference  # a stored contact wins over a row of the file
                    from_file = reference
        return from_file


def _reference(reference: int) -> Reference:
    """The int used inside ContactMatcher, as the Reference it hands out."""
    return Reference(reference, None) if reference > 0 else Reference(None, -reference)


Entry = tuple[str, int]  # (normalised name, reference as ContactMatcher keeps it)


def _variants(name: str) -> list[str]:
    """Keys under which a name is found: its words of two letters or more; a one-word
    name also by its first and last four letters (for "Mariaa" and "Maria").

    Two names at least 90% alike nearly always share one of these; like any blocking
    key, this is a filter for speed, not a guarantee.
    """
    words = name.split()
    if len(words) == 1:
        return [words[0], "<" + name[:4], ">" + name[-4:]]
    return [word for word in words if len(word) > 1]


def _index_entry(index: defaultdict[str, list[Entry]], entry: Entry) -> None:
    for key in _variants(entry[0]):
        index[key].append(entry)


def _close_in_length(first: int, second: int) -> bool:
    """difflib's ratio is at most 2*min/(sum): below 0.9 when lengths differ too much."""
    return 2 * min(first, second) >= SIMILAR_NAME_RATIO * (first + second)
