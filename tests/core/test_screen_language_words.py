"""Core's words on screen follow the window's language; documents and stored values do not
(issue 21): choice labels, dates with a month's name, and dates typed in either language."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import date

import pytest

from partnerdesk.core import translation
from partnerdesk.core.choices import LabelledChoice, MouStatus, RequestStage
from partnerdesk.core.commitments import (
    BOTH_PARTIES,
    REMOVED_FROM_MOU,
    CommitmentStatus,
    shown_words,
)
from partnerdesk.core.dates import date_in_words, friendly_date, long_date, read_date
from partnerdesk.core.document_language import choice_words, writing_in
from partnerdesk.core.funding_cliff import FundingEnd, describe_funding_cliff
from partnerdesk.core.team_charter import PARTS
from partnerdesk.core.translation import translation_source


def _every_choice() -> Iterator[type[LabelledChoice]]:
    pending: list[type[LabelledChoice]] = [LabelledChoice]
    while pending:
        kind = pending.pop()
        for sub in kind.__subclasses__():
            assert issubclass(sub, LabelledChoice)
            pending.append(sub)
            yield sub


def _marked() -> set[tuple[str | None, str | None]]:
    root = ElementTree.parse(translation_source("es")).getroot()
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_team_charters_parts_are_marked_for_translation() -> None:
    marked = _marked()
    texts = [text for part in PARTS for text in (part.title, part.help, part.example)]
    assert [text for text in texts if ("CharterPart", text) not in marked] == []


def test_every_choice_label_is_marked_for_translation_in_its_own_context() -> None:
    marked = _marked()
    kinds = list(_every_choice())
    assert RequestStage in kinds and CommitmentStatus in kinds
    missing = [
        f"{kind.__name__}: {member.english_label}"
        for kind in kinds
        for member in kind
        if (kind.__name__, member.english_label) not in marked
    ]
    assert missing == [], "mark them with QT_TRANSLATE_NOOP, then translations.py update"


@pytest.fixture
def screen_in_pretend_spanish() -> Iterator[None]:
    """Every message "translated" to «…», and the language called Spanish."""

    def pretend(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"«{text}»"

    translation.use_backend(pretend, "es")
    yield
    translation.use_backend(translation.english, "en")


def test_labels_follow_the_screen_and_documents_keep_their_own_language(
    screen_in_pretend_spanish: None,
) -> None:
    assert RequestStage.KICKOFF.label == "«Kickoff meeting»"
    assert MouStatus.ENDED.label == "«Ended»"
    assert RequestStage.from_label("«Kickoff meeting»") is RequestStage.KICKOFF
    # The stored value never changes; an English document says it in English.
    assert RequestStage.KICKOFF.value == "kickoff"
    with writing_in("en"):
        assert choice_words(RequestStage.KICKOFF) == "Kickoff meeting"
    with writing_in("es"):
        assert choice_words(RequestStage.KICKOFF) == "Reunión de inicio"


def test_the_words_partnerdesk_stored_itself_show_in_the_screens_language(
    screen_in_pretend_spanish: None,
) -> None:
    assert shown_words(BOTH_PARTIES) == "«Both of us»"
    assert shown_words(REMOVED_FROM_MOU) == "«removed from the MOU»"
    assert shown_words("Harlow County Public Health Department") == (
        "Harlow County Public Health Department"
    ), "what the user wrote is shown as written"
    assert BOTH_PARTIES == "Both of us", "stored in English, as before"


def test_dates_are_written_in_the_screens_language(screen_in_pretend_spanish: None) -> None:
    # Without the window, as the commands do: the Unicode locale data (Babel).
    assert friendly_date(date(2026, 12, 4)) == "4 dic 2026"
    assert long_date(date(2026, 12, 4)) == "viernes, 4 de diciembre de 2026"
    assert friendly_date(date(2026, 12, 4), "en") == "4 Dec 2026"
    # In a sentence on screen (signing, reviews): as Spanish spells a date out.
    assert date_in_words(date(2026, 12, 4)) == "4 de diciembre de 2026"


def test_english_dates_are_as_before() -> None:
    assert friendly_date(date(2026, 12, 4)) == "4 Dec 2026"
    assert long_date(date(2027, 9, 30)) == "Thursday 30 September 2027"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("4 dic 2026", date(2026, 12, 4)),
        ("4 sept 2026", date(2026, 9, 4)),
        ("4 de Setiembre de 2026", date(2026, 9, 4)),
        ("viernes, 4 de diciembre de 2026", date(2026, 12, 4)),
        ("miércoles, 2 de diciembre del 2026", date(2026, 12, 2)),
        ("martes 3 de marzo de 2026", date(2026, 3, 3)),
        ("4 ago. 2026", date(2026, 8, 4)),
        ("ENE 5 2027", date(2027, 1, 5)),
        # English as ever: "Mar" is March, not martes.
        ("Mar 4, 2026", date(2026, 3, 4)),
        ("Friday 4 December 2026", date(2026, 12, 4)),
    ],
)
def test_dates_are_read_in_spanish_and_english(text: str, meant: date) -> None:
    assert read_date(text) == meant


def test_relative_days_in_spanish() -> None:
    today = date(2026, 12, 4)
    assert read_date("hoy", today=today) == today
    assert read_date("mañana", today=today) == date(2026, 12, 5)
    assert read_date("Ayer", today=today) == date(2026, 12, 3)


def test_the_funding_cliff_in_words_in_spanish() -> None:
    today = date(2026, 12, 4)
    ends = [
        FundingEnd("Comidas de verano", date(2027, 6, 30)),
        FundingEnd("Transporte", date(2026, 11, 1)),
        FundingEnd("Huertos", None),
    ]
    words = describe_funding_cliff(ends, today, "es").splitlines()
    assert words == [
        "Transporte: el financiamiento terminó el 1 nov 2026.",
        "Comidas de verano: el financiamiento termina el 30 jun 2027, dentro de 6 meses.",
        "Sin fecha de fin del financiamiento: Huertos.",
    ]
    assert describe_funding_cliff(ends, today).splitlines()[1] == (
        "Comidas de verano: funding ends on 30 Jun 2027, in 6 months."
    )
