"""The partner's check-up form from the Check-ups tab, by keys and clicks: saved to send,
filled in as a person types, read back with a preview, saved, and seen side by side."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerdesk.core.checkups import shipped_statements
from partnerdesk.services.checkups.checkups import list_checkups, read_checkup
from partnerdesk.ui.editors.checkup_dialog import CheckupDialog
from partnerdesk.ui.editors.checkup_form_dialog import CheckupFormDialog
from partnerdesk.ui.main_window import MainWindow
from tests.imports.test_checkup_form import fill

from .conftest import RecordingDialogs, settle, when_dialog_opens
from .test_checkups_by_hand import _no_problem, _open_active_partnership
from .test_keyboard_flows import _mnemonics

EVERY = [item for domain in shipped_statements().domains for item in domain.statements]
ALT = Qt.KeyboardModifier.AltModifier


def _form_sent(window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, target: Path) -> None:
    page = window.request_page
    dialogs.files.append(target)
    # Back in the window first (offscreen, a closed dialog gives no window the focus).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.checkups.rows.setFocus()
    qtbot.keyClick(page.checkups.rows, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(target.exists)
    settle(window, qtbot)


def test_their_form_sent_filled_read_back_and_saved_into_the_check_up(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    window = sample_window
    request_id = _open_active_partnership(window, qtbot)
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, ALT)
    view = page.checkups
    qtbot.waitUntil(lambda: view.rows.topLevelItemCount() == 2)
    letters = [entry[0] for entry in _mnemonics(window)]
    assert len(letters) == len(set(letters)), " ".join(_mnemonics(window))

    blank = tmp_path / "sent" / "Check-up form.docx"
    blank.parent.mkdir()
    _form_sent(window, qtbot, dialogs, blank)
    assert dialogs.suggested[-1].name.startswith("Check-up form - Summer meals")
    assert "Harlow County" in "\n".join(p.text for p in docx.Document(str(blank)).paragraphs)
    filled = fill(
        blank,
        {
            EVERY[0].id: ("4", "The menu was planned together"),
            EVERY[1].id: ("Agree", ""),
            EVERY[2].id: ("maybe", "We have not talked about it"),
        },
        tmp_path / "Harlow answers.docx",
    )

    seen: dict[str, object] = {}

    def look_then_save(dialog: CheckupFormDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        seen["headline"] = dialog.headline.text()
        first = dialog.domains.topLevelItem(0)
        seen["first domain"] = [first.text(c) for c in range(3)] if first is not None else []
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        seen["not rated"] = dialog.not_rated.count()
        seen["save"] = dialog.save.text()
        seen["replacing"] = dialog.replacing.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)

    dialogs.files.append(filled)
    when_dialog_opens(CheckupFormDialog, look_then_save)
    qtbot.mouseClick(view.read_form, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "save" in seen and not QApplication.activeModalWidget())
    window.operations.wait_for_all()
    assert seen["headline"] == (
        "In “Harlow answers.docx”: statements rated: 2 of 24. Cells to check with them: 1."
    )
    first_domain = seen["first domain"]
    assert isinstance(first_domain, list) and first_domain[1:] == ["2 of 3", "2"]
    problems = seen["problems"]
    assert isinstance(problems, list) and len(problems) == 1 and "“maybe”" in problems[0]
    assert seen["not rated"] == 21
    assert str(seen["save"]).startswith("&Save into the check-up of ")
    assert seen["replacing"] is True  # the sample's latest check-up had their answers

    database = window.context.database
    newest = list_checkups(database, request_id)[-1]
    assert newest.partner_form_name == "Harlow answers.docx"
    theirs = read_checkup(database, newest.id).theirs
    assert theirs[EVERY[0].id].score == 4 and theirs[EVERY[1].id].score == 4
    assert theirs[EVERY[2].id].score is None
    settle(window, qtbot)
    top = view.rows.topLevelItem(0)
    assert top is not None and top.text(3) == "read from Harlow answers.docx"

    shown: dict[str, object] = {}

    def side_by_side(dialog: CheckupDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
        shown["source"] = dialog.source.text()
        shown["row"] = [cell.text() for c in range(4) if (cell := dialog.table.item(1, c))]
        dialog.close()

    when_dialog_opens(CheckupDialog, side_by_side)
    view.rows.setFocus()
    qtbot.keyClick(view.rows, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "row" in shown)
    assert "“Harlow answers.docx”" in str(shown["source"])
    row = shown["row"]
    assert isinstance(row, list) and row[0] == EVERY[0].text and row[2] == "4"
    assert "Theirs: The menu was planned together" in row[3]

    # The next form is offered in the folder last used.
    _form_sent(window, qtbot, dialogs, tmp_path / "again.docx")
    assert dialogs.suggested[-1].parent == tmp_path
    _no_problem(dialogs)


def test_cancelled_saves_nothing_and_a_letter_is_refused_plainly(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    window = sample_window
    request_id = _open_active_partnership(window, qtbot)
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, ALT)
    qtbot.waitUntil(lambda: page.checkups.rows.topLevelItemCount() == 2)
    database = window.context.database
    before = list_checkups(database, request_id)
    blank = tmp_path / "form.docx"
    _form_sent(window, qtbot, dialogs, blank)
    cancelled: list[bool] = []

    def cancel(dialog: CheckupFormDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        cancelled.append(True)

    dialogs.files.append(fill(blank, {EVERY[5].id: ("5", "")}, tmp_path / "filled.docx"))
    when_dialog_opens(CheckupFormDialog, cancel)
    # Back in the window, then Alt+R.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.checkups.rows.setFocus()
    qtbot.keyClick(page.checkups.rows, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: bool(cancelled) and not QApplication.activeModalWidget())
    settle(window, qtbot)
    assert list_checkups(database, request_id) == before

    letter = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Thank you for the summer.")
    document.save(str(letter))
    dialogs.files.append(letter)
    qtbot.mouseClick(page.checkups.read_form, Qt.MouseButton.LeftButton)
    settle(window, qtbot)
    said = [entry for entry in dialogs.shown if entry[0] == "inform"]
    assert said and "not a PartnerDesk check-up form" in said[-1][2]
    assert list_checkups(database, request_id) == before
    _no_problem(dialogs)


def test_the_form_sent_in_spanish_and_filled_in_spanish_reads_back(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    window = sample_window
    _open_active_partnership(window, qtbot)
    page = window.request_page
    qtbot.keyClick(page, Qt.Key.Key_J, ALT)
    qtbot.waitUntil(lambda: page.checkups.rows.topLevelItemCount() == 2)
    spanish = shipped_statements("es")
    blank = tmp_path / "Formulario.docx"
    dialogs.document_languages.append("es")  # chosen under the file's name
    _form_sent(window, qtbot, dialogs, blank)
    assert dialogs.offered_languages == ["en"]
    text = "\n".join(p.text for p in docx.Document(str(blank)).paragraphs)
    assert "¿Cómo va nuestra alianza?" in text and spanish.domains[0].title in text
    filled = fill(
        blank,
        {EVERY[0].id: ("De acuerdo", "Planeamos el menú juntos"), EVERY[1].id: ("quizás", "")},
        tmp_path / "Respuestas de Harlow.docx",
        spanish,
    )
    seen: dict[str, object] = {}

    def look(dialog: CheckupFormDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        seen["headline"] = dialog.headline.text()
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    dialogs.files.append(filled)
    when_dialog_opens(CheckupFormDialog, look)
    qtbot.mouseClick(page.checkups.read_form, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "problems" in seen and not QApplication.activeModalWidget())
    assert seen["headline"] == (
        "In “Respuestas de Harlow.docx”: statements rated: 1 of 24. Cells to check with them: 1."
    )
    problems = seen["problems"]
    assert isinstance(problems, list) and len(problems) == 1 and "“quizás”" in problems[0]
    # The next form is offered in the language chosen last.
    _form_sent(window, qtbot, dialogs, tmp_path / "again.docx")
    assert dialogs.offered_languages == ["en", "es"]
    _no_problem(dialogs)
