"""The commands' messages are whole sentences with plural forms, so they translate (issue 21).

English stays as it was for every count but 1, which now reads right ("1 event"); a
translation gets one whole sentence per kind of record and its own plural forms. The
Spanish here comes from a catalog made in the test: the shipped .ts is still being
translated.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.commands import Commands
from partnerdesk.commands.copy_to import means_yes
from partnerdesk.commands.records import NOTHING_LISTED
from partnerdesk.core.forms import AnswerStatus, FormReading, ReadAnswer
from partnerdesk.core.translation import Catalog, translate, use_backend, use_language
from partnerdesk.services.data_safety.backups import BackupInfo

YES = (
    "Commands",
    "y,yes",
    "the answers meaning yes to a question ending in [y/N], separated by commas",
)
PROMPT = "Copy {summary} into the shared database {shown}? [y/N] "
SPANISH = Catalog(
    "es",
    {
        YES: "s,sí,si",
        (
            "Commands",
            PROMPT,
            "",
        ): "¿Copiar {summary} en la base de datos compartida {shown}? [s/N] ",
        ("Commands", "No organizations yet.", ""): "Todavía no hay organizaciones.",
        ("Commands", "Wrote %n event(s) to {file}", ""): [
            "Se guardó %n evento en {file}",
            "Se guardaron %n eventos en {file}",
        ],
        ("forms", "{answers}: {new}, {changed}, {unmatched}", ""): (
            "{answers}: {new}, {changed}, {unmatched}"
        ),
        ("forms", "%n answer(s) read", ""): ["%n respuesta leída", "%n respuestas leídas"],
        ("forms", "%n new", ""): ["%n nueva", "%n nuevas"],
        ("forms", "%n changed", ""): ["%n cambiada", "%n cambiadas"],
        ("forms", "%n unmatched", ""): ["%n sin correspondencia", "%n sin correspondencia"],
    },
)


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    use_language("en")


def _in_spanish() -> None:
    use_backend(SPANISH.translate, "es")


def _answer(key: str, status: AnswerStatus) -> ReadAnswer:
    return ReadAnswer(key, "Who decides?", 1, "The board.", "", status)


def test_an_empty_list_names_its_kind_in_a_whole_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for what, sentence in (
        ("organizations", "No organizations yet."),
        ("contacts", "No contacts yet."),
        ("requests", "No requests yet."),
    ):
        assert main(["--data-dir", str(tmp_path), "list", what]) == 0
        assert capsys.readouterr().out.splitlines()[-1] == sentence
    # main() chooses the language itself (the shipped .ts): the sentence as it looks it up.
    _in_spanish()
    assert (
        translate("Commands", NOTHING_LISTED["organizations"]) == "Todavía no hay organizaciones."
    )


def test_copy_to_takes_yes_in_the_language_it_asks_in() -> None:
    assert [means_yes(answer) for answer in ("y", " YES ", "s", "sí", "", "n")] == [
        True,
        True,
        False,
        False,
        False,
        False,
    ]
    _in_spanish()
    assert translate("Commands", PROMPT).endswith("[s/N] ")
    assert [means_yes(answer) for answer in ("s", "Sí", "si", "y", "", "no", "n")] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("count", "english", "spanish"),
    [
        (1, "Wrote 1 event to a.ics", "Se guardó 1 evento en a.ics"),
        (3, "Wrote 3 events to a.ics", "Se guardaron 3 eventos en a.ics"),
    ],
)
def test_counts_take_their_plural_form(count: int, english: str, spanish: str) -> None:
    message = "Wrote %n event(s) to {file}"
    assert Commands.tr(message, "", count).format(file="a.ics") == english
    _in_spanish()
    assert Commands.tr(message, "", count).format(file="a.ics") == spanish


def test_the_answers_read_summary_is_translated_count_by_count() -> None:
    reading = FormReading(
        answers=(
            _answer("a", AnswerStatus.NEW),
            _answer("b", AnswerStatus.CHANGED),
            _answer("c", AnswerStatus.CHANGED),
        ),
        unmatched=(),
    )
    assert reading.summary() == "3 answers read: 1 new, 2 changed, 0 unmatched"
    _in_spanish()
    assert reading.summary() == "3 respuestas leídas: 1 nueva, 2 cambiadas, 0 sin correspondencia"


def test_a_backup_says_what_it_holds_with_each_count_in_its_form() -> None:
    info = BackupInfo(
        Path("backup.sqlite3"),
        datetime(2026, 12, 4, 9, 30),
        2048,
        {"organizations": 1, "contacts": 12, "notes": 0, "requests": 1},
        "automatic",
    )
    assert info.holds() == "1 organization, 12 contacts, 0 notes, 1 request"
