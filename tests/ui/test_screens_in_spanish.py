"""The window in Spanish shows no English word from core or a chart (issue 21): stages,
dates with their month's name, the check-up's statements and areas, the funding cliff's
facts, each in the window's language. Switched on for each test, then back off.

The stages' Spanish reaches the screen through Qt's translation like every other message;
until the translators have written it into the .ts, a small translator holding the
glossary's words for them (the documents' own, resources/es/document_words.yaml) stands in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from partnerdesk.core.choices import RequestStage
from partnerdesk.core.dates import read_date
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.database_access import Database
from partnerdesk.shipped_files import resource_in
from partnerdesk.ui.editors.checkup_dialog import CheckupDialog
from partnerdesk.ui.forms import OptionalDateEdit
from partnerdesk.ui.language import remove_translators, use_language
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.partnerships_page import PartnershipsPage
from tests.ui.conftest import RecordingDialogs, _shown_window, settle, when_dialog_opens

# The month abbreviations the Unicode locale data gives Spanish ("sept" and "sep" both seen).
SPANISH_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov")
SPANISH_DATE = re.compile(r"(\d{1,2}) (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) (\d{4})")


def _spanish_short(day: date) -> re.Pattern[str]:
    month = (*SPANISH_MONTHS, "dic")[day.month - 1]
    return re.compile(rf"{day.day} {month}t?\.? {day.year}")


class _Glossary(QTranslator):
    """The stages' Spanish as the documents write them, for the messages the .ts lacks yet."""

    def __init__(self) -> None:
        super().__init__()
        words = yaml.safe_load(resource_in("es", "document_words.yaml").read_text("utf-8"))
        self.words = {
            ("RequestStage", stage.english_label): words[f"choice.RequestStage.{stage.value}"]
            for stage in RequestStage
        }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.words.get((context, source))  # None: not ours, the next translator's

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


@pytest.fixture
def spanish(tmp_path: Path) -> Iterator[_Glossary]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    assert use_language(application, "es", cache_dir=tmp_path) == "es"
    glossary = _Glossary()
    QCoreApplication.installTranslator(glossary)
    yield glossary
    QCoreApplication.removeTranslator(glossary)
    remove_translators()


@pytest.fixture
def spanish_window(
    spanish: _Glossary, qtbot: QtBot, sample_database: Database, dialogs: RecordingDialogs
) -> Iterator[MainWindow]:
    yield from _shown_window(qtbot, sample_database, dialogs)


def _no_problem(dialogs: RecordingDialogs) -> None:
    assert not [entry for entry in dialogs.shown if entry[0] in ("problem", "warn")]


def test_the_partnerships_page_writes_its_dates_and_funding_cliff_in_spanish(
    spanish_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = spanish_window
    # The Today page's heading names the day in Spanish ("viernes, 4 de diciembre de 2026").
    heading = window.today_page.title.text()
    weekdays = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
    day = date.today()
    spelled = rf"{weekdays[day.weekday()]}, {day.day} de [a-z]+ de {day.year}$"
    assert re.search(spelled, heading), heading
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    settle(window, qtbot)
    page = window.pages["partnerships"]
    assert isinstance(page, PartnershipsPage)
    rows = {
        item.text(0): [item.text(column) for column in range(7)]
        for row in range(page.table.topLevelItemCount())
        if (item := page.table.topLevelItem(row)) is not None
    }
    meals = rows["Summer meals for children at the Eastside WIC clinic"]
    ends = date.today() + timedelta(days=640)  # the sample's funding end
    assert _spanish_short(ends).fullmatch(meals[4]), meals[4]
    assert _spanish_short(date.today() - timedelta(days=45)).fullmatch(meals[6]), meals[6]
    # The chart's facts in words, under it and for screen readers: Spanish sentences with
    # the same dates as the table.
    # Drawn on the worker; the first chart of a run imports matplotlib (slow on a busy machine).
    qtbot.waitUntil(
        lambda: page.chart.pixmap() is not None and not page.chart.pixmap().isNull(),
        timeout=30000,
    )
    words = page.chart_facts.text()
    assert words == page.chart.accessibleDescription()
    line = next(text for text in words.splitlines() if text.startswith("Summer meals"))
    assert line.startswith(
        f"Summer meals for children at the Eastside WIC clinic: el financiamiento termina el "
        f"{meals[4]}, dentro de "
    ), line
    assert line.endswith(" meses."), line
    assert "funding" not in words and "month" not in words
    _no_problem(dialogs)


def test_a_stage_and_a_check_ups_statements_show_in_spanish(
    spanish_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = spanish_window
    active = "Activa"  # the glossary's "Active"
    window.show_page("requests")
    settle(window, qtbot)
    page = window.list_pages[RecordKind.REQUEST]
    model, table = page.model, page.table
    cells = [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert not any("Active" in row for row in cells), "no English stage in the list"
    row = next(r for r, texts in enumerate(cells) if active in texts)
    table.scrollTo(model.index(row, 0))
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle(window, qtbot)
    request = window.request_page
    assert request.stage.currentText() == active
    assert [request.stage.itemText(i) for i in range(3)] == [
        "Recibida",
        "Conociéndolos",
        "En evaluación",
    ]
    # The Check-ups tab, clicked on its tab bar.
    bar = request.tabs.tabBar()
    index = request.tabs.indexOf(request.checkups)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    view = request.checkups
    qtbot.waitUntil(lambda: view.rows.topLevelItemCount() == 2)
    # The trend's facts in Spanish ("2 revisiones, del … al …"), its dates as the list's.
    qtbot.waitUntil(lambda: "revisiones" in view.trend_words.text(), timeout=30000)
    assert "check-up" not in view.trend_words.text()
    assert SPANISH_DATE.search(view.trend_words.text())
    seen: dict[str, list[str]] = {}

    def look(dialog: CheckupDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        table = dialog.table
        seen["areas"] = [
            cell.text() for r in range(table.rowCount()) if (cell := table.item(r, 0)) is not None
        ]
        dialog.close()

    when_dialog_opens(CheckupDialog, look)
    newest = view.rows.topLevelItem(0)
    assert newest is not None
    qtbot.mouseClick(
        view.rows.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.rows.visualItemRect(newest).center(),
    )
    qtbot.keyClick(view.rows, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "areas" in seen)
    assert "Estamos de acuerdo en lo que esta alianza quiere lograr." in seen["labels"]
    assert "We agree on what this partnership is trying to achieve." not in seen["labels"]
    # Side by side: the areas and the statements in Spanish too.
    assert seen["areas"][0] == "Propósito compartido"
    assert "Estamos de acuerdo en lo que esta alianza quiere lograr." in seen["areas"]
    _no_problem(dialogs)


def test_a_date_typed_in_spanish_is_read_and_shown_back_in_spanish(
    spanish: _Glossary, qtbot: QtBot
) -> None:
    field = OptionalDateEdit(label="fecha")
    qtbot.addWidget(field)
    field.show()
    field.line.setFocus()
    qtbot.keyClicks(field.line, "30 de septiembre de 2027")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.value() == date(2027, 9, 30)
    assert field.understood.text() == "jueves, 30 de septiembre de 2027"
    # Shown as the window writes dates, and read back as it shows.
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.line, "hoy")
    assert field.value() == date.today()
    shown = field.line.placeholderText()
    assert SPANISH_DATE.search(shown), shown
    written = SPANISH_DATE.search(shown)
    assert written is not None and read_date(written.group(0)) == date.today()
