from __future__ import annotations

from partnerdesk.core.choices import OrganizationType, RequestStage
from partnerdesk.core.text import clean_single_line


def test_single_line_text_loses_control_characters_and_breaks() -> None:
    assert clean_single_line("  Eastside\x00 Food\n\tCollective\x0b ") == "Eastside Food Collective"


def test_single_line_text_keeps_accents_rtl_and_emoji_composed() -> None:
    decomposed = "Jose\u0301 Rami\u0301rez"
    assert clean_single_line(decomposed) == "José Ramírez"
    assert clean_single_line("مركز الحي 🍎") == "مركز الحي 🍎"


def test_lone_surrogates_are_dropped() -> None:
    assert clean_single_line("Bad \ud800text") == "Bad text"


def test_choices_have_plain_labels() -> None:
    assert OrganizationType.HOSPITAL.label == "Hospital or health system"
    assert RequestStage.GETTING_TO_KNOW.label == "Getting to know them"
    assert OrganizationType.from_label("School") is OrganizationType.SCHOOL
    assert [stage.label for stage in RequestStage][:3] == [
        "Received",
        "Getting to know them",
        "Vetting",
    ]
