"""What reading a returned form found, said in the reader's language (issue 21): the
preview dialogs and the commands show it. English is as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.core.checkup_form import read_rating
from partnerdesk.core.forms import FormRow, match_rows
from partnerdesk.core.translation import use_language
from partnerdesk.imports.checkup_form import ratings_summary
from partnerdesk.imports.docx_forms import UnreadableFormError, read_form


@pytest.fixture
def spanish() -> Iterator[None]:
    use_language("es")
    yield
    use_language("en")


def _unmatched_reasons() -> list[str]:
    rows = [FormRow("table 1, row 2", "", "What is your favourite colour?", "Blue", 1)]
    reading = match_rows(rows, [], {}, loose=[("after table 1", "Thanks!")])
    return [row.reason for row in reading.unmatched]


def test_english_is_as_before(tmp_path: Path) -> None:
    assert read_rating("9").problem == "“9” is not a rating from 1 to 5"
    assert ratings_summary(1, 0, 2) == "1 statement rated, 0 not rated, 2 problems"
    assert _unmatched_reasons() == [
        "no question of ours reads like it",
        "it is written outside the tables",
    ]
    with pytest.raises(UnreadableFormError) as unreadable:
        read_form(tmp_path / "gone.docx")
    assert str(unreadable.value) == "There is no file “gone.docx” there."


def test_spanish(tmp_path: Path, spanish: None) -> None:
    assert read_rating("9").problem == "“9” no es una calificación de 1 a 5"
    assert ratings_summary(1, 0, 2) == ("1 afirmación calificada, 0 sin calificar, 2 problemas")
    assert _unmatched_reasons() == [
        "ninguna de nuestras preguntas se le parece",
        "está escrito fuera de las tablas",
    ]
    with pytest.raises(UnreadableFormError) as unreadable:
        read_form(tmp_path / "gone.docx")
    assert str(unreadable.value) == "No hay ningún archivo “gone.docx” allí."
