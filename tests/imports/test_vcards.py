"""vCard 2.1, 3.0 and 4.0 as phones and address books write them."""

from __future__ import annotations

from pathlib import Path

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.imports.contact_files import read_contact_file
from partnerdesk.imports.contact_rows import ContactCandidate, RowProblem

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "imports"


def _items(data: bytes) -> list[ContactCandidate | RowProblem]:
    return read_contact_file(data).items


def _sample(name: str) -> list[ContactCandidate | RowProblem]:
    return _items((SAMPLES / name).read_bytes())


def test_vcard_21_with_quoted_printable_soft_breaks_folding_and_a_photo() -> None:
    jose, lan, group, broken, amara = _sample("android_v21.vcf")
    assert isinstance(jose, ContactCandidate)
    assert (jose.full_name, jose.given_name, jose.family_name) == (
        "José Ramírez",
        "José",
        "Ramírez",
    )
    assert jose.organization_name == "Clínica del Pueblo"
    # The soft line break ("Spa=" + "nish") joins; "=0D=0A" is a real line break.
    assert jose.notes == (
        "Met at the spring health fair. Prefers calls in Spanish.\n"
        "Ask about the mobile clínica schedule."
    )
    assert jose.phones == [LabelledValue("555-0101", "mobile"), LabelledValue("555-0102", "work")]
    assert jose.emails == [LabelledValue("jose@outreach.example", "home")]
    assert isinstance(lan, ContactCandidate)
    assert lan.full_name == "Nguyễn Thị Lan"
    assert lan.notes.endswith("onto a second line with a leading space.")
    assert group == RowProblem(3, "a group (a list of contacts), not a person")
    assert isinstance(broken, RowProblem)
    assert broken.number == 4 and "not a readable vCard" in broken.reason
    assert isinstance(amara, ContactCandidate)
    assert amara.emails == [LabelledValue("amara@tenants.example")]


def test_vcard_30_from_apple_with_item_groups_and_a_birthday_without_year() -> None:
    zoe, sam, group = _sample("apple_v30.vcf")
    assert isinstance(zoe, ContactCandidate)
    assert zoe.full_name == "Zoë Ødegaard"
    assert zoe.organization_name == "Nordlys Community Kitchen"  # not the department
    assert zoe.emails == [
        LabelledValue("zoe@nordlys.example", "Volunteer desk"),
        LabelledValue("zoe.o@home.example", "other"),
    ]
    assert zoe.phones == [
        LabelledValue("555-0121", "mobile"),
        LabelledValue("555-0122", "Kitchen line"),
    ]
    assert zoe.notes == (
        "Runs the Tuesday community dinner.\nAllergic to peanuts, so keep them off the menu."
    )
    assert isinstance(sam, ContactCandidate)
    assert sam.emails == [LabelledValue("sam@hopestreet.example", "work")]
    assert isinstance(group, RowProblem) and "group" in group.reason


def test_vcard_40_with_uri_phones_and_kind_group() -> None:
    fatima, group, grace = _sample("contacts_v40.vcf")
    assert isinstance(fatima, ContactCandidate)
    assert (fatima.full_name, fatima.given_name, fatima.family_name) == (
        "فاطمة السيد",
        "فاطمة",
        "السيد",
    )
    assert fatima.phones == [LabelledValue("+1-555-0141", "mobile")]
    assert fatima.emails == [LabelledValue("fatima@hopestreet.example", "work")]
    assert isinstance(group, RowProblem)
    assert isinstance(grace, ContactCandidate) and grace.organization_name == (
        "Chinatown Seniors Association"
    )


def test_a_card_with_an_impossible_birthday_is_reported() -> None:
    # Issue 16.9: the card is imported without the date, which is listed as a warning.
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nBDAY:--1345\r\nEND:VCARD\r\n"
    (card,) = _items(data)
    assert isinstance(card, ContactCandidate) and card.full_name == "Ana Lima"
    assert card.warnings == ['imported without its BDAY, which could not be read: "--1345"']


def test_a_card_without_end_is_still_read_and_the_next_card_too() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana Lima\nN:Lima;Ana;;;\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Kofi Mensah\nN:Mensah;Kofi;;;\nEND:VCARD\n"
    )
    names = [item.full_name for item in _items(data) if isinstance(item, ContactCandidate)]
    assert names == ["Ana Lima", "Kofi Mensah"]


def test_a_card_with_an_unknown_charset_is_reported_not_fatal() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=KLINGON;ENCODING=QUOTED-PRINTABLE:L=E9a\r\n"
        b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Lima;Ana\r\nFN:Ana Lima\r\nEND:VCARD\r\n"
    )
    problem, ana = _items(data)
    assert isinstance(problem, RowProblem) and problem.number == 1
    assert isinstance(ana, ContactCandidate) and ana.full_name == "Ana Lima"
