"""The MOU's fields as the partner reads them: sentences that name the parties (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from partnerdesk.core.dates import use_document_locale
from partnerdesk.core.mou_sections import SECTION_BY_ID
from partnerdesk.core.mou_text import PartyNames, document_lines, mou_plain_text

NAMES = PartyNames("Northgate Mutual Aid", "Lakeview Hospital")


@pytest.fixture(autouse=True)
def _us_dates() -> Iterator[None]:
    use_document_locale("en_US")
    yield
    use_document_locale(None)


def _lines(section_id: str, values: dict[str, object]) -> list[tuple[str, str]]:
    return document_lines(SECTION_BY_ID[section_id], values, NAMES)


@pytest.mark.parametrize(
    ("final_say", "sentence"),
    [
        ("them", "Lakeview Hospital has the final say."),
        ("us", "Northgate Mutual Aid has the final say."),
        ("together", "The parties decide together, by consensus."),
        ("each_own_area", "Each party has the final say in its own area, as set out in this MOU."),
    ],
)
def test_who_has_the_final_say_names_the_organization(final_say: str, sentence: str) -> None:
    assert _lines("decisions", {"final_say": final_say}) == [("", sentence)]


def test_the_review_reads_as_a_sentence() -> None:
    assert _lines("review", {"every_months": 6, "first_review": "2027-03-01"}) == [
        ("", "This MOU is reviewed every 6 months."),
        ("", "The first review is on March 1, 2027."),
    ]
    assert _lines("review", {"every_months": 1}) == [("", "This MOU is reviewed every month.")]


def test_labels_in_our_voice_are_said_for_both_parties() -> None:
    assert _lines("resources", {"compensation": "$40 an hour."}) == [
        ("Payment for the staff time of Northgate Mutual Aid", "$40 an hour.")
    ]
    assert _lines("parties", {"nonprofit_limits": True})[0][1].startswith(
        "Northgate Mutual Aid is a 501(c)(3) organization"
    )


def test_the_parties_are_found_in_the_draft_when_ours_is_not_known() -> None:
    sections = {"parties": {"parties": [{"name": "Northgate"}, {"name": "Lakeview"}]}}
    assert PartyNames.of(sections) == PartyNames("Northgate", "Lakeview")
    assert PartyNames.of(sections, "Lakeview") == PartyNames("Lakeview", "Northgate")
    assert PartyNames.of({}) == PartyNames()


def test_the_plain_text_uses_the_same_sentences() -> None:
    sections = {
        "parties": {"parties": [{"name": "Northgate"}, {"name": "Lakeview"}]},
        "decisions": {"final_say": "them"},
        "review": {"every_months": 6},
    }
    text = mou_plain_text("MOU", sections)
    assert "Lakeview has the final say." in text and "This MOU is reviewed every 6 months." in text
    assert "The other organization alone" not in text and "Review every" not in text
