"""Phone numbers are the same number however they are written (issue 20)."""

from __future__ import annotations

import pytest

from partnerdesk.core.contact_format import LabelledValue
from partnerdesk.imports import phones
from partnerdesk.imports.contact_rows import ContactCandidate, make_candidate
from partnerdesk.imports.merging import new_phones


@pytest.fixture
def in_the_united_states(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phones, "default_region", lambda: "US")


@pytest.mark.usefixtures("in_the_united_states")
def test_a_number_with_and_without_its_country_code_is_one_number() -> None:
    keys = {
        phones.phone_key(number)
        for number in ("+1 (413) 555-0111", "(413) 555-0111", "413.555.0111", "+14135550111")
    }
    assert keys == {"+14135550111"}
    assert phones.phone_key("(413) 555-0112") != phones.phone_key("(413) 555-0111")


@pytest.mark.usefixtures("in_the_united_states")
def test_a_row_and_a_merge_add_the_number_once() -> None:
    row = make_candidate(2, full_name="Ana Lima", phones=[("+1 (413) 555-0111", "mobile"),
                                                          ("(413) 555-0111", "work")])  # fmt: skip
    assert isinstance(row, ContactCandidate)
    assert row.phones == [LabelledValue("+1 (413) 555-0111", "mobile")]
    assert new_phones(["(413) 555-0111"], [LabelledValue("+1 (413) 555-0111")]) == []


def test_the_country_comes_from_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phones, "default_region", lambda: "DE")
    assert phones.phone_key("030 5550123") == phones.phone_key("+49 30 5550123")
    # Another country's number written in full is still told apart.
    assert phones.phone_key("+1 413 555 0111") == "+14135550111"


def test_the_region_is_read_from_locale_names(monkeypatch: pytest.MonkeyPatch) -> None:
    phones.default_region.cache_clear()
    monkeypatch.setattr(phones.locale, "getlocale", lambda: ("fr_CA", "UTF-8"))
    try:
        assert phones.default_region() == "CA"
    finally:
        phones.default_region.cache_clear()


def test_without_a_country_numbers_compare_by_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phones, "default_region", lambda: None)
    assert phones.phone_key("(555) 010-0123") == phones.phone_key("555.010.0123")
    assert phones.phone_key("ext. 12") == "12"
