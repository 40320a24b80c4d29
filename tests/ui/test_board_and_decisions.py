"""The requests board (drag and keyboard), decisions, the capacity matrix, and Word exports."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from partnerdesk.core.choices import CapacityStatus, Decision, RequestStage
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.timeline import TimelineKind
from partnerdesk.store.models import CapacityCell, PartnershipRequest, StageChange
from partnerdesk.ui.editors.decision_dialog import DecisionDialog
from partnerdesk.ui.editors.list_editing import QuestionBankDialog, QuestionDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.request_board import REQUEST_MIME_TYPE, RequestBoard

from .conftest import RecordingDialogs, settle, when_dialog_opens
from .test_vetting_flow import open_sample_request


def show_board(window: MainWindow, qtbot: QtBot) -> RequestBoard:
    window.show_page("requests")
    page = window.list_pages[RecordKind.REQUEST]
    assert page.view_switch is not None
    page.view_switch.setChecked(True)
    settle(window, qtbot)
    return window.request_board


def stage_of(window: MainWindow, request_id: int) -> RequestStage:
    with window.database.session() as session:
        request = session.get(PartnershipRequest, request_id)
        assert request is not None
        return request.stage


def test_dragging_a_card_to_another_column_changes_its_stage(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    dialogs.texts.append("Robin Example")  # the user's name, asked the first time it is needed
    board = show_board(sample_window, qtbot)
    vetting = board.columns[RequestStage.VETTING]
    assert board.headers[RequestStage.VETTING].text() == "Vetting (1)"
    card = vetting.item(0)
    request_id = card.data(Qt.ItemDataRole.UserRole + 1)
    dragged: QMimeData = vetting.mimeData([card])
    assert dragged.hasFormat(REQUEST_MIME_TYPE)
    target = board.columns[RequestStage.KICKOFF]
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.MoveAction,
        dragged,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    qtbot.waitUntil(lambda: board.headers[RequestStage.KICKOFF].text() == "Kickoff meeting (1)")
    assert board.headers[RequestStage.VETTING].text() == "Vetting (0)"
    assert stage_of(sample_window, request_id) is RequestStage.KICKOFF
    with sample_window.database.session() as session:
        last = session.query(StageChange).filter_by(request_id=request_id).all()[-1]
        assert (last.from_stage, last.to_stage) == (RequestStage.VETTING, RequestStage.KICKOFF)
        assert last.changed_by


def test_keyboard_moves_a_card_and_enter_opens_it(sample_window: MainWindow, qtbot: QtBot) -> None:
    board = show_board(sample_window, qtbot)
    vetting = board.columns[RequestStage.VETTING]
    request_id = vetting.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert board.select_request(request_id)
    qtbot.keyClick(vetting, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stage_of(sample_window, request_id) is RequestStage.GETTING_TO_KNOW)
    qtbot.waitUntil(lambda: board.columns[RequestStage.GETTING_TO_KNOW].count() == 1)
    column = board.columns[RequestStage.GETTING_TO_KNOW]
    assert board.select_request(request_id)
    qtbot.keyClick(column, Qt.Key.Key_Return)
    settle(sample_window, qtbot)
    assert sample_window.current_page_key() == "request"
    assert sample_window.request_page.request_id == request_id


def test_the_board_follows_the_filter_box(sample_window: MainWindow, qtbot: QtBot) -> None:
    board = show_board(sample_window, qtbot)
    page = sample_window.list_pages[RecordKind.REQUEST]
    qtbot.keyClicks(page.filter_box, "meridian")
    qtbot.waitUntil(lambda: board.headers[RequestStage.VETTING].text() == "Vetting (0)")
    assert board.headers[RequestStage.DECLINED].text() == "Declined (1)"


def test_recording_a_decision_shows_it_on_the_request_and_the_timeline(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    assert "No decision yet" in page.decision.text()

    def decide(dialog: DecisionDialog) -> None:
        dialog.buttons_by_decision[Decision.PROCEED_WITH_CONDITIONS].click()
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # refused: no reasons yet
        assert "why" in dialog.message.text()
        qtbot.keyClicks(dialog.reasons, "Neighbors asked for it & the county agrees")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # refused: no conditions yet
        assert "conditions" in dialog.message.text()
        qtbot.keyClicks(dialog.conditions, "A written plan for after the grant")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_dialog_opens(DecisionDialog, decide)
    qtbot.mouseClick(page.decide, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Proceed with conditions" in page.decision.text(), timeout=5000)
    assert "A written plan for after the grant" in page.decision.text()
    assert "Neighbors asked for it &amp; the county agrees" in page.decision.text()
    assert page.decide.text() == "Change &decision…"
    with sample_window.database.session() as session:
        request = session.get(PartnershipRequest, request_id)
        assert request is not None and request.decision is Decision.PROCEED_WITH_CONDITIONS
        organization_id = request.organization_id
    assert organization_id is not None
    sample_window.show_organization(organization_id)
    settle(sample_window, qtbot)
    entries = sample_window.organization_page.timeline_model.entries
    decisions = [entry.title for entry in entries if entry.kind is TimelineKind.DECISION]
    assert "Proceed with conditions: Community health worker referrals for food insecurity" in (
        decisions
    )


def test_space_cycles_a_capacity_cell_and_the_note_is_saved(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    grid = sample_window.request_page.capacities
    sample_window.request_page.tabs.setCurrentWidget(grid)
    row = next(r for r in range(grid.grid.rowCount()) if grid.grid.item(r, 0).text() == "Funding")
    grid.grid.setCurrentCell(row, 2)  # the asking hospital's column: "Has"
    grid.grid.setFocus()
    qtbot.keyClick(grid.grid, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: grid.grid.item(row, 2).text().startswith("Needs"), timeout=5000)
    grid.note.setText("Only for their own staff")
    qtbot.mouseClick(grid.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: grid.grid.item(row, 2).text() == "Needs — Only for their own staff", timeout=5000
    )
    sample_window.tasks.wait_for_all()  # the grid shows a change before it is stored
    with sample_window.database.session() as session:
        cells = session.query(CapacityCell).filter_by(request_id=request_id).all()
        notes = {cell.note: cell.status for cell in cells}
    assert notes["Only for their own staff"] is CapacityStatus.NEEDS


def test_exporting_the_summary_from_the_vetting_screen(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    target = tmp_path / "summary"  # no extension typed: .docx is added
    dialogs.files.append(target)
    page.export_summary_requested.emit(page.request_id)
    sample_window.tasks.wait_for_all()
    written = tmp_path / "summary.docx"
    qtbot.waitUntil(written.exists, timeout=5000)
    qtbot.waitUntil(lambda: "summary.docx" in sample_window.statusBar().currentMessage())
    document = docx.Document(str(written))
    assert document.paragraphs[0].text.startswith("Vetting summary: Community health worker")
    dialogs.files.append(tmp_path / "no-such-folder" / "questions.docx")
    page.export_questions_requested.emit(page.request_id)
    sample_window.tasks.wait_for_all()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=5000)
    assert dialogs.shown[-1][1] == "The document was not saved"


def test_adding_a_question_in_the_bank_puts_it_on_the_vetting_screen(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot
) -> None:
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page

    def write_question(dialog: QuestionDialog) -> None:
        dialog.category.setCurrentIndex(dialog.category.findText("The hard questions"))
        qtbot.keyClicks(dialog.text, "Who at your hospital can say yes to this?")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def use_bank(dialog: QuestionBankDialog) -> None:
        when_dialog_opens(QuestionDialog, write_question)
        add = next(button for button, spec in dialog.buttons if "Add" in spec.text)
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        # Saved on the database worker, then the list is read again: it appears.
        qtbot.waitUntil(
            lambda: any("Who at your hospital can say yes" in text for text in _tree_texts(dialog))
        )
        dialog.reject()

    when_dialog_opens(QuestionBankDialog, use_bank)
    page.edit_bank_requested.emit()
    qtbot.waitUntil(lambda: "of 67 questions answered" in page.subtitle.text(), timeout=5000)
    assert any(line.text.startswith("Who at your hospital") for line in page.lines.values())


def _tree_texts(dialog: QuestionBankDialog) -> list[str]:
    texts = []
    for index in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(index)
        texts.extend(group.child(child).text(0) for child in range(group.childCount()))
    return texts
