"""Names, e-mails and organizations compared the way people write them."""

from __future__ import annotations

import pytest

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.imports.contact_rows import ContactCandidate
from partnerdesk.imports.matching import (
    ContactMatcher,
    MatchKind,
    OrganizationIndex,
    Reference,
    normalise_email,
    normalise_name,
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Clínica del Pueblo", "clinica del pueblo"),
        ("  José   Ramírez ", "JOSE RAMIREZ"),
        ("Nguyễn Thị Lan", "nguyen thi lan"),
        ("Zoë Ødegaard", "zoe ødegaard"),  # Ø is a letter of its own, not an accented O
        ("Jose\u0301", "José"),
    ],
)
def test_names_compare_without_case_accents_or_spacing(first: str, second: str) -> None:
    assert normalise_name(first) == normalise_name(second)


def test_emails_compare_without_case() -> None:
    assert normalise_email(" Ana.Lima@Pantry.EXAMPLE ") == "ana.lima@pantry.example"


def _candidate(name: str, organization: str = "", email: str = "") -> ContactCandidate:
    emails = [LabelledValue(email)] if email else []
    return ContactCandidate(1, name, organization_name=organization, emails=emails)


def test_stored_contacts_win_over_rows_of_the_file() -> None:
    organizations = OrganizationIndex([(7, "Eastside Food Collective")])
    matcher = ContactMatcher([(3, "Maria Gonzalez", 7)], [], organizations)
    matcher.remember(_candidate("Maria Gonzales", "eastside food collective"), 2)
    match = matcher.match(_candidate("Maria Gonzalex", "Eastside Food Collective"))
    assert match is not None
    assert (match.kind, match.reference) == (MatchKind.SIMILAR_NAME, Reference(3, None))


def test_a_stored_contact_with_the_same_name_wins_over_an_earlier_row() -> None:
    # The stored names of an organization are loaded when a row there is first met,
    # which may be a row that is only remembered (it matched by e-mail before its name).
    organizations = OrganizationIndex([(7, "Eastside Food Collective")])
    matcher = ContactMatcher([(3, "María González", 7)], [], organizations)
    matcher.remember(_candidate("Maria Gonzalez", "Eastside Food Collective"), 2)
    match = matcher.match(_candidate("MARIA GONZALEZ", "eastside food collective"))
    assert match is not None
    assert (match.kind, match.reference, match.name) == (
        MatchKind.SAME_NAME,
        Reference(3, None),
        "María González",
    )
    later = matcher.match(_candidate("Maria Gonzalez", "Westside Pantry"))
    assert later is None  # another organization: names are compared within one only


def test_one_word_names_can_be_similar() -> None:
    matcher = ContactMatcher([(1, "Mariaa", None)], [], OrganizationIndex([]))
    match = matcher.match(_candidate("Maria"))
    assert match is not None and match.kind is MatchKind.SIMILAR_NAME


def test_only_live_contacts_e_mails_count() -> None:
    # Address 2 belongs to a contact that was not loaded (it is in the Trash).
    matcher = ContactMatcher(
        [(1, "Ana Lima", None)],
        [("ana@x.example", 1), ("kofi@x.example", 2)],
        OrganizationIndex([]),
    )
    assert matcher.match(_candidate("Someone", email="ANA@x.example")) is not None
    assert matcher.match(_candidate("Kofi Mensah", email="kofi@x.example")) is None


def test_the_oldest_organization_wins_when_two_share_a_name() -> None:
    index = OrganizationIndex([(9, "Clinica del Pueblo"), (4, "Clínica del Pueblo")])
    assert index.find("CLINICA DEL PUEBLO") == 4
    assert index.find("Another Place") is None
