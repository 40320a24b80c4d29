"""The screens show the shipped domain content in the window's language (issue 21).

The store keeps the shipped questions and capacities in English (the bank's sync puts
the shipped wording back on every question not reworded), so the window's language is
applied as they are shown: what is still shipped is shown in Spanish, and what the user
wrote (a question reworded through the question bank) as they wrote it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.core.translation import english, use_backend
from partnerdesk.services.changes import RecordKind
from partnerdesk.store.database import Database
from partnerdesk.store.models import Organization, VettingQuestion
from partnerdesk.ui.editors.list_editing import QuestionBankDialog, QuestionDialog
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.editors.profile_wizard import ProfileWizard
from partnerdesk.ui.language import content_language, remove_translators, use_language
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, _shown_window, settle, when_dialog_opens

SAMPLE_REQUEST = "Community health worker referrals for food insecurity"
REWORDED = "¿Qué les hizo buscarnos justo ahora?"


@pytest.fixture
def spanish_window(
    qtbot: QtBot, sample_database: Database, dialogs: RecordingDialogs, tmp_path: Path
) -> Iterator[MainWindow]:
    """The sample data in a window started in Spanish; English again afterwards."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    assert use_language(application, "es", cache_dir=tmp_path) == "es"
    try:
        yield from _shown_window(qtbot, sample_database, dialogs)
    finally:
        remove_translators()


def open_sample_request(window: MainWindow, qtbot: QtBot) -> None:
    """From the list of requests, the way a person opens one: its row, then Enter."""
    window.show_page("requests")
    page = window.list_pages[RecordKind.REQUEST]
    settle(window, qtbot)
    row = next(
        r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == SAMPLE_REQUEST
    )
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(window, qtbot)
    assert window.current_page_key() == "request"


def type_spanish(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. QTest types ASCII only: "¿" and "é" arrive as a Spanish
    keyboard (or its input method) sends them, as a key press carrying the character."""
    for character in text:
        if character.isascii():
            qtbot.keyClicks(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def reword_first_question(window: MainWindow, qtbot: QtBot) -> str:
    """Through Question bank… → Change wording…, typed; returns the question's key."""
    chosen: list[str] = []

    def reword(dialog: QuestionDialog) -> None:
        shown = dialog.text.toPlainText()
        assert shown.startswith("¿"), f"the shipped wording, in Spanish: {shown}"
        dialog.text.setFocus()
        qtbot.keyClick(dialog.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_spanish(qtbot, dialog.text, REWORDED)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    def in_bank(bank: QuestionBankDialog) -> None:
        group = bank.tree.topLevelItem(0)
        assert group.text(0) == "¿Queremos lo mismo?", "the topics in Spanish"
        question = group.child(0)
        rect = bank.tree.visualItemRect(question)
        qtbot.mouseClick(bank.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        chosen.append(bank.selected_key())
        when_dialog_opens(QuestionDialog, reword)
        change = bank.buttons[1][0]  # "Change wording…", whatever its translation says
        qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
        settle(window, qtbot)
        bank.reject()

    when_dialog_opens(QuestionBankDialog, in_bank)
    window.request_page.edit_bank_requested.emit()
    settle(window, qtbot)
    return chosen[0]


def test_the_request_page_shows_the_shipped_content_in_spanish(
    spanish_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = spanish_window
    open_sample_request(window, qtbot)
    page = window.request_page
    shown = {key: line.text for key, line in page.lines.items()}
    assert shown["data.ownership"] == (
        "¿A quién pertenecerán los datos, y mantendrá nuestra comunidad el control de su "
        "propia información?"
    )
    tree_texts = [
        page.questions.topLevelItem(row).text(0)
        for row in range(page.questions.topLevelItemCount())
    ]
    assert any(text.startswith("¿Queremos lo mismo?") for text in tree_texts), "topics"
    assert "El financiamiento termina en menos de un año" in page.flags.toPlainText()
    readiness = [page.readiness.item(row).text() for row in range(page.readiness.count())]
    assert any("Inquietudes" in text or "Sin empezar" in text for text in readiness), readiness
    grid = page.capacities.grid
    capacities = [grid.item(row, 0).text() for row in range(grid.rowCount())]
    assert capacities[0] == "Materiales de referencia"

    # A question reworded in Spanish, typed in the bank, is shown as typed; the rest stay
    # shipped (and the store keeps the shipped ones in English).
    key = reword_first_question(window, qtbot)
    qtbot.waitUntil(lambda: page.lines[key].text == REWORDED, timeout=5000)
    assert page.lines["data.ownership"].text.startswith("¿A quién pertenecerán")
    window.operations.wait_for_all()
    with window.database.session() as session:
        stored = {q.key: q for q in session.query(VettingQuestion)}
    assert stored[key].text == REWORDED and stored[key].is_custom
    assert stored["data.ownership"].text.startswith("Who will own the data")

    # Spanish switched off: the request read again shows the shipped content in English,
    # and the question the user reworded still as they typed it.
    remove_translators()
    open_sample_request(window, qtbot)
    assert page.lines["data.ownership"].text.startswith("Who will own the data")
    assert page.lines[key].text == REWORDED
    assert "The funding ends within a year" in page.flags.toPlainText()
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"]


def test_the_wizards_show_their_prompts_sections_and_findings_in_spanish(
    spanish_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window = spanish_window
    with window.database.session() as session:
        organization_id = session.query(Organization.id).order_by(Organization.id).first()[0]
    opened: list[ProfileWizard] = []
    window.profiles.edit_profile(organization_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    profile = opened[0]
    assert profile.boxes["serve.mission"].accessibleName() == "Su función y su misión"
    profile.close()

    open_sample_request(window, qtbot)
    seen: dict[str, object] = {}

    def look(wizard: MouWizard) -> None:
        try:
            contents = [wizard.contents.item(row).text() for row in range(wizard.contents.count())]
            seen["contents"] = contents
            wizard.show_section("data")
            page = wizard.section_pages["data"]
            box = page.editors["ownership"].widget
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            qtbot.mouseClick(page.clause_buttons["ownership"], Qt.MouseButton.LeftButton)
            seen["ownership"] = box.toPlainText()
            wizard.show_section("check")
            findings = wizard.check_page.findings
            seen["findings"] = [findings.item(row).text() for row in range(findings.count())]
        finally:
            wizard.close()

    when_dialog_opens(MouWizard, look)
    window.request_page.mou_requested.emit(window.request_page.request_id)
    qtbot.waitUntil(lambda: "findings" in seen, timeout=10000)
    assert "1. Partes y firmantes" in str(seen["contents"])
    assert "les pertenece" in str(seen["ownership"]), "standard wording in the screen's language"
    assert any("No hay forma de resolver" in text for text in seen["findings"]), seen["findings"]  # type: ignore[attr-defined]
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"]


def test_a_language_without_shipped_content_shows_it_in_english() -> None:
    """A pseudo-translation (scripts/pseudo_translation.py), or a language whose window is
    translated before its questions are: the screens keep the English content."""
    try:
        use_backend(english, "pseudo")
        assert content_language() == "en"
        use_backend(english, "es")
        assert content_language() == "es"
    finally:
        use_backend(english, "en")


def test_list_headers_in_spanish(spanish_window: MainWindow, qtbot: QtBot) -> None:
    """The lists' column headers follow the window's language (review of issue 21, 1)."""
    expected = {
        RecordKind.ORGANIZATION: ["Nombre", "Tipo", "Área de servicio", "Contactos"],
        RecordKind.REQUEST: ["Solicitud", "De", "Recibida", "Etapa", "Fin del financiamiento"],
    }
    for kind, headers in expected.items():
        model = spanish_window.list_pages[kind].model
        shown = [
            model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(model.columnCount())
        ]
        assert shown == headers


def test_the_red_flags_write_dates_as_the_rest_of_the_screen(
    spanish_window: MainWindow, qtbot: QtBot
) -> None:
    """Review #22: the flags said "1 sep 2027" (Babel) beside the header's "1 sept 2027"
    (Qt): one short form on screen, the window's."""
    import re

    from PySide6.QtWidgets import QLabel

    open_sample_request(spanish_window, qtbot)
    page = spanish_window.request_page
    written = re.search(r"termina el (\d+ \w+ \d{4}),", page.flags.toPlainText())
    assert written is not None
    elsewhere = " ".join(label.text() for label in page.findChildren(QLabel))
    assert written.group(1) in elsewhere, "the same date written the same way on the page"
