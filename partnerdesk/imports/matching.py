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
        for organization_id, name in sorted((number, name) for number, name in organizations):
            self._ids.setdefault(normalise_name(name), organization_id)
        # A file names the same organizations again and again (and each row's twice:
        # checked, then remembered); the index does not change, so neither do keys.
        self._keys: dict[str, OrganizationKey] = {}

    def find(self, name: str) -> int | None:
        return self._ids.get(normalise_name(name)) if name else None

    def key(self, name: str) -> OrganizationKey:
        if not name:
            return None
        known = self._keys.get(name)
        if known is not None:
            return known
        normalised = normalise_name(name)
        found = self._ids.get(normalised)
        key = self._keys[name] = found if found is not None else normalised
        return key


class ContactMatcher:
    """Classifies candidates against the store and against earlier rows of the file.

    Inside, a reference is one int (a stored contact's id, or minus an earlier row's
    number): 50,000 stored contacts are loaded per import, and making, hashing and
    comparing tuples for each of them cost more than everything else the loading does.
    A Reference is made only for a match handed out.

    Names are compared only within one organization, so a stored contact's name is
    normalised when a row at its organization is first checked: a file rarely touches
    every organization, and normalising and indexing 50,000 names up front was a third
    of the duplicate check.
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
        # Stored contacts by organization, oldest first, until a row there is checked
        # (_materialise); then their normalised names are in _exact and _members.
        self._waiting: defaultdict[OrganizationKey, list[tuple[int, str]]] = defaultdict(list)
        # Names by organization; each organization's index of word variants (see
        # _variants) is built the first time a row at that organization is checked.
        self._members: defaultdict[OrganizationKey, list[Entry]] = defaultdict(list)
        self._indexes: dict[OrganizationKey, defaultdict[str, list[Entry]]] = {}
        # One SequenceMatcher for every comparison: making one costs as much as using it.
        self._similarity = difflib.SequenceMatcher(autojunk=False)
        names, waiting = self._names, self._waiting
        for contact_id, full_name, organization_id in contacts:  # oldest first
            names[contact_id] = full_name
            waiting[organization_id].append((contact_id, full_name))
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
        self._materialise(organization)
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

    def _materialise(self, organization: OrganizationKey) -> None:
        """Make the stored contacts of ``organization`` findable by name (once)."""
        waiting = self._waiting.pop(organization, None)
        if waiting is None:
            return
        # Before any row of the file at this organization: stored contacts come first.
        exact, members = self._exact, self._members[organization]
        for contact_id, full_name in waiting:
            name = normalise_name(full_name)
            exact.setdefault((organization, name), contact_id)
            members.append((name, contact_id))

    def _add_name(self, reference: int, full_name: str, organization: OrganizationKey) -> None:
        self._materialise(organization)
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
                # _index_entry written out (same keys): tens of thousands of names.
                name = entry[0]
                words = name.split()
                if len(words) == 1:
                    index[words[0]].append(entry)
                    index["<" + name[:4]].append(entry)
                    index[">" + name[-4:]].append(entry)
                else:
                    for word in words:
                        if len(word) > 1:
                            index[word].append(entry)
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
        prepared = False  # set_seq2 indexes the name's letters: only for a comparison
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
                if not prepared:
                    matcher.set_seq2(name)  # difflib caches facts about the second sequence
                    prepared = True
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
