"""Counts read as people write them."""

from partnerdesk.core.wording import count_of


def test_one_is_singular_and_everything_else_plural() -> None:
    assert count_of(1, "organization", "organizations") == "1 organization"
    assert count_of(0, "person", "people") == "0 people"
    assert count_of(2, "person", "people") == "2 people"
    assert count_of(12000, "note", "notes") == "12,000 notes"


def test_the_mou_help_speaks_to_users_not_about_our_source_files() -> None:
    from partnerdesk.core.mou_sections import SECTIONS

    texts = [section.help for section in SECTIONS]
    texts += [field.help for section in SECTIONS for field in section.fields]
    assert not [text for text in texts if "seed" in text.lower()]
