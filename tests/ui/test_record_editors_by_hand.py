"""Every field of every record editor, typed by hand and left at once, then reopened.

The fields are found by walking each dialog's form by widget kind, so a field added to an
editor is typed into, saved and compared without a line of test written for it. Each editor
is left each way a person leaves it: the Save button, Enter, and Escape answered "Save".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.core.dates import friendly_date
from partnerdesk.core.mou_sections import FieldKind, MouField
from partnerdesk.store.models import (
    Contact,
    Organization,
    OutreachNote,
    PartnerHistoryEntry,
    PartnershipRequest,
    VettingAnswer,
)
from partnerdesk.ui.dialogs import SaveChanges
from partnerdesk.ui.editors.contact_dialog import ContactDialog
from partnerdesk.ui.editors.decision_dialog import DecisionDialog
from partnerdesk.ui.editors.history_dialog import HistoryDialog
from partnerdesk.ui.editors.list_editing import QuestionBankDialog, QuestionDialog
from partnerdesk.ui.editors.mou_fields import FieldEditor
from partnerdesk.ui.editors.note_dialog import NoteDialog
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.editors.request_dialog import RequestDialog
from partnerdesk.ui.forms import OptionalDateEdit
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, when_dialog_opens
from .test_vetting_flow import open_sample_request

# The ways people write a date, each with the day it means (9/30/2027 is typed 30/9/2027
# where the computer's locale writes the day first).
TYPED_DATES = [
    ("2027-09-30", date(2027, 9, 30)),
    ("9/30/2027", date(2027, 9, 30)),
    ("9/30/27", date(2027, 9, 30)),
    ("30 Sep 2027", date(2027, 9, 30)),
    ("30 September 2027", date(2027, 9, 30)),
    ("Sep 30, 2027", date(2027, 9, 30)),
    ("September 30, 2027", date(2027, 9, 30)),
    ("today", date.today()),
]

WAYS_OF_LEAVING = ["save button", "enter", "escape then save"]


# Walking a form ---------------------------------------------------------------------------
def fields_of(dialog: QWidget) -> Iterator[QWidget]:
    """The fields a person can change, in the order of the form, by their kind."""
    kinds = (
        OptionalDateEdit,
        QLineEdit,
        QPlainTextEdit,
        QComboBox,
        QAbstractSpinBox,
        QCheckBox,
        QRadioButton,
        QListWidget,
    )
    form = dialog.form  # type: ignore[attr-defined]
    for row in range(form.rowCount()):
        for role in (form.ItemRole.FieldRole, form.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            if isinstance(widget, kinds):
                yield widget
            else:  # a row of check boxes or radio buttons
                yield from (
                    child
                    for child in widget.findChildren(QWidget)
                    if isinstance(child, QCheckBox | QRadioButton)
                )


def name_of(widget: QWidget) -> str:
    return widget.accessibleName() or widget.text()  # type: ignore[attr-defined]


def shown(dialog: QWidget) -> dict[str, Any]:
    """What each field shows, by its name, as a person reads it."""
    values: dict[str, Any] = {}
    for widget in fields_of(dialog):
        if isinstance(widget, OptionalDateEdit):
            value: Any = widget.value()
        elif isinstance(widget, QLineEdit):
            value = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            value = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            value = widget.currentText()
        elif isinstance(widget, QAbstractSpinBox):
            value = widget.text()
        elif isinstance(widget, QListWidget):
            value = sorted(
                widget.item(row).text()
                for row in range(widget.count())
                if widget.item(row).checkState() == Qt.CheckState.Checked
            )
        else:
            assert isinstance(widget, QAbstractButton)
            value = widget.isChecked()
        values[name_of(widget)] = value
    return values


def select_all_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def as_the_system_writes(field: OptionalDateEdit, typed: str) -> str:
    """9/30/2027 as 30/9/2027 where the computer's locale writes the day first."""
    if field.day_first and typed.count("/") == 2:
        month, day, year = typed.split("/")
        return f"{day}/{month}/{year}"
    return typed


def enter_by_hand(qtbot: QtBot, dialog: QWidget, turn: int) -> list[str]:
    """Change every field the way a person does; returns the names of the fields changed."""
    changed: list[str] = []
    chose_one = False
    for number, widget in enumerate(fields_of(dialog), start=turn):
        if not widget.isEnabled():
            continue
        name = name_of(widget)
        if isinstance(widget, OptionalDateEdit):
            typed, _meant = TYPED_DATES[number % len(TYPED_DATES)]
            typed = as_the_system_writes(widget, typed)
            select_all_and_type(qtbot, widget.line, typed)
            assert not widget.problem(), widget.problem()
        elif isinstance(widget, QLineEdit):
            select_all_and_type(qtbot, widget, f"typed{number}.example")
        elif isinstance(widget, QPlainTextEdit):
            select_all_and_type(qtbot, widget, f"Typed by hand, number {number}")
        elif isinstance(widget, QComboBox):
            widget.setFocus()
            before = widget.currentIndex()
            qtbot.keyClick(widget, Qt.Key.Key_Down)
            if widget.currentIndex() == before:
                qtbot.keyClick(widget, Qt.Key.Key_Up)
            if widget.currentIndex() == before:
                continue  # a single choice: nothing to change
        elif isinstance(widget, QAbstractSpinBox):
            select_all_and_type(qtbot, widget, str(number))
        elif isinstance(widget, QRadioButton):
            # One choice of the group: the first one not chosen yet.
            if widget.isChecked() or chose_one:
                continue
            chose_one = True
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        elif isinstance(widget, QCheckBox):
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        elif isinstance(widget, QListWidget):
            if widget.count() == 0:
                continue
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_Home)
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        changed.append(name)
    return changed


def leave(qtbot: QtBot, dialog: RecordDialog, way: str, dialogs: RecordingDialogs) -> None:
    if way == "save button":
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif way == "enter":
        # Enter in a one-line field (in a text box it starts a new line, as people expect).
        single = [w for w in fields_of(dialog) if isinstance(w, QLineEdit | OptionalDateEdit)]
        target = single[-1] if single else dialog
        target = target.line if isinstance(target, OptionalDateEdit) else target
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_Return)
    else:
        dialogs.save_answers.append(SaveChanges.SAVE)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
        assert dialogs.shown[-1][0] == "save_changes"
    assert not dialog.isVisible(), dialog.message.text()


def cancel(qtbot: QtBot, dialog: RecordDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# The editors ----------------------------------------------------------------------------
def first_id(window: MainWindow, model: type, **where: Any) -> int:
    with window.database.session() as session:
        return session.scalars(select(model.id).filter_by(**where).order_by(model.id)).first()


def open_question(window: MainWindow, qtbot: QtBot, act: Callable[[QuestionDialog], None]) -> None:
    """The question-bank editor: choose the first question, press "Change wording…"."""

    def in_bank(bank: QuestionBankDialog) -> None:
        group = bank.tree.topLevelItem(0)
        rect = bank.tree.visualItemRect(group.child(0))
        qtbot.mouseClick(bank.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        when_dialog_opens(QuestionDialog, act)
        change = next(b for b in bank.findChildren(QPushButton) if "Change" in b.text())
        qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
        bank.reject()

    when_dialog_opens(QuestionBankDialog, in_bank)
    window.vetting.edit_question_bank()


@dataclass
class Editor:
    kind: type[RecordDialog]
    # Opens the editor on a stored record; returns when the dialog is closed.
    open: Callable[[MainWindow], None]
    # What the store holds that the reopened editor does not show again.
    from_store: Callable[[MainWindow], dict[str, Any]] = lambda _window: {}


def first_history_entry(window: MainWindow) -> tuple[int, int]:
    """The organization and id of the first stored piece of partner history."""
    with window.database.session() as session:
        entry = session.get(PartnerHistoryEntry, first_id(window, PartnerHistoryEntry))
        return entry.organization_id, entry.id


def _decided_on(window: MainWindow) -> dict[str, Any]:
    with window.database.session() as session:
        request = session.get(PartnershipRequest, first_id(window, PartnershipRequest))
        return {"Decided on": request.decided_on}


EDITORS = {
    "organization": Editor(
        OrganizationDialog,
        lambda w: w.editing.edit_organization(first_id(w, Organization)),
    ),
    "contact": Editor(ContactDialog, lambda w: w.editing.edit_contact(first_id(w, Contact))),
    "note": Editor(NoteDialog, lambda w: w.editing.edit_note(first_id(w, OutreachNote))),
    "request": Editor(
        RequestDialog, lambda w: w.editing.edit_request(first_id(w, PartnershipRequest))
    ),
    "past experience": Editor(
        HistoryDialog,
        lambda w: w.editing.edit_history(*first_history_entry(w)),
    ),
    "decision": Editor(
        DecisionDialog, lambda w: w.vetting.decide(first_id(w, PartnershipRequest)), _decided_on
    ),
}


def open_editor(
    name: str, window: MainWindow, qtbot: QtBot, act: Callable[[RecordDialog], None]
) -> None:
    failures: list[BaseException] = []

    def guarded(dialog: RecordDialog) -> None:
        # A failed check must not leave a modal dialog waiting for a person.
        try:
            act(dialog)
        except BaseException as failure:
            failures.append(failure)
            dialog.done(0)

    if name == "question":
        open_question(window, qtbot, guarded)
    else:
        when_dialog_opens(EDITORS[name].kind, guarded)
        EDITORS[name].open(window)
    # Some editors open once their record is read on the database worker (the question
    # bank, the decision): wait for it as a person waits for the dialog.
    qtbot.waitUntil(lambda: not window.operations.busy)
    if failures:
        raise failures[0]


@pytest.mark.parametrize("way", WAYS_OF_LEAVING)
@pytest.mark.parametrize("name", [*EDITORS, "question"])
def test_every_field_typed_by_hand_is_kept(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, name: str, way: str
) -> None:
    typed: dict[str, Any] = {}
    changed: list[str] = []

    def edit(dialog: RecordDialog) -> None:
        changed.extend(enter_by_hand(qtbot, dialog, turn=WAYS_OF_LEAVING.index(way)))
        typed.update(shown(dialog))
        leave(qtbot, dialog, way, dialogs)

    open_editor(name, sample_window, qtbot, edit)
    sample_window.tasks.wait_for_all()
    assert changed, "the editor has fields to change"

    reopened: dict[str, Any] = {}

    def look(dialog: RecordDialog) -> None:
        reopened.update(shown(dialog))
        cancel(qtbot, dialog)

    open_editor(name, sample_window, qtbot, look)
    if name in EDITORS:
        reopened.update(EDITORS[name].from_store(sample_window))
    for field in changed:
        assert reopened[field] == typed[field], field
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"], dialogs.shown


@pytest.mark.parametrize(("typed", "meant"), TYPED_DATES)
def test_each_way_of_writing_a_date_is_stored(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, typed: str, meant: date
) -> None:
    def edit(dialog: RecordDialog) -> None:
        assert isinstance(dialog, RequestDialog)
        typed_here = as_the_system_writes(dialog.funding_ends_on, typed)
        select_all_and_type(qtbot, dialog.funding_ends_on.line, typed_here)
        assert dialog.funding_ends_on.understood.text().endswith(f"{meant.year}")
        qtbot.keyClick(dialog.funding_ends_on.line, Qt.Key.Key_Return)
        assert not dialog.isVisible()

    open_editor("request", sample_window, qtbot, edit)
    sample_window.tasks.wait_for_all()
    with sample_window.database.session() as session:
        request = session.get(PartnershipRequest, first_id(sample_window, PartnershipRequest))
        assert request.funding_ends_on == meant
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"], dialogs.shown


DATED_EDITORS = ["organization", "note", "request", "past experience", "decision"]


@pytest.mark.parametrize("name", DATED_EDITORS)
def test_an_unreadable_date_is_shown_and_blocks_saving_with_nothing_lost(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, name: str
) -> None:
    seen: dict[str, Any] = {}

    def edit(dialog: RecordDialog) -> None:
        if isinstance(dialog, DecisionDialog) and dialog.chosen() is None:
            # What a decision needs besides its date.
            first = dialog.buttons_by_decision[next(iter(dialog.buttons_by_decision))]
            first.setFocus()
            qtbot.keyClick(first, Qt.Key.Key_Space)
            select_all_and_type(qtbot, dialog.reasons, "They agreed to our terms.")
        day = next(w for w in fields_of(dialog) if isinstance(w, OptionalDateEdit))
        select_all_and_type(qtbot, day.line, "31/31/2027")
        assert day.understood.text() == (
            "Could not read “31/31/2027” as a date. Write it like 30 Sep 2027."
        )
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["open after save"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        seen["focus"] = dialog.focusWidget() is day.line
        qtbot.keyClick(day.line, Qt.Key.Key_Return)
        seen["open after enter"] = dialog.isVisible()
        seen["text"] = day.text()
        # Fixed, it saves.
        select_all_and_type(qtbot, day.line, "1 Oct 2027")
        qtbot.keyClick(day.line, Qt.Key.Key_Return)
        seen["closed once fixed"] = not dialog.isVisible()
        assert seen["closed once fixed"], dialog.message.text()

    open_editor(name, sample_window, qtbot, edit)
    sample_window.tasks.wait_for_all()
    assert seen["open after save"] and seen["open after enter"]
    assert seen["message"].startswith(f"{seen['message'].split(':')[0]}: Could not read")
    assert seen["message"].split(":")[0] not in ("", "date")
    assert seen["focus"]
    assert seen["text"] == "31/31/2027"
    assert seen["closed once fixed"]
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"], dialogs.shown


def test_a_new_request_shows_it_was_received_today(sample_window: MainWindow, qtbot: QtBot) -> None:
    seen: dict[str, str] = {}

    def look(dialog: RecordDialog) -> None:
        assert isinstance(dialog, RequestDialog)
        seen["text"] = dialog.received_on.text()
        seen["understood"] = dialog.received_on.understood.text()
        cancel(qtbot, dialog)

    when_dialog_opens(RequestDialog, look)
    sample_window.editing.edit_request()
    assert seen["text"] == friendly_date(date.today())
    assert seen["understood"].endswith(str(date.today().year))


def test_arrows_move_the_day_and_the_calendar_picks_one(qtbot: QtBot) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.show()
    changes: list[None] = []
    field.changed.connect(lambda: changes.append(None))
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Up)
    assert field.value() == date.today()
    qtbot.keyClick(field.line, Qt.Key.Key_Up)
    assert field.value() == date.today() + timedelta(days=1)
    assert len(changes) == 2
    assert field.calendar_button.accessibleName() == "Choose a date"
    assert field.calendar_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    field.calendar_button.setFocus()
    qtbot.keyClick(field.calendar_button, Qt.Key.Key_Space)
    popup = field._popup
    assert popup is not None and popup.isVisible()
    # The calendar's day grid has the keyboard: Return takes the day shown.
    qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Return)
    assert field.value() == date.today() + timedelta(days=1)
    assert len(changes) == 3


@pytest.mark.parametrize("name", [*EDITORS, "question"])
def test_escape_asks_only_when_something_was_typed(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, name: str
) -> None:
    seen: dict[str, Any] = {}

    def untouched(dialog: RecordDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["closed silently"] = not dialog.isVisible() and not dialogs.shown

    open_editor(name, sample_window, qtbot, untouched)
    assert seen["closed silently"], dialogs.shown

    def typed_then_kept_then_dropped(dialog: RecordDialog) -> None:
        box = next(w for w in fields_of(dialog) if isinstance(w, QPlainTextEdit | QLineEdit))
        select_all_and_type(qtbot, box, "Second thoughts")
        dialogs.save_answers.extend([SaveChanges.KEEP_EDITING, SaveChanges.DISCARD])
        dialog.close()  # the window's close button
        seen["kept open"] = dialog.isVisible()
        seen["still typed"] = shown(dialog)[name_of(box)] == "Second thoughts"
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        seen["closed"] = not dialog.isVisible()
        seen["original"] = None

    before: dict[str, Any] = {}
    open_editor(name, sample_window, qtbot, lambda d: (before.update(shown(d)), cancel(qtbot, d)))
    open_editor(name, sample_window, qtbot, typed_then_kept_then_dropped)
    sample_window.tasks.wait_for_all()
    assert seen["kept open"] and seen["still typed"] and seen["closed"]
    assert [entry[:2] for entry in dialogs.shown] == [("save_changes", "Save your changes?")] * 2
    after: dict[str, Any] = {}
    open_editor(name, sample_window, qtbot, lambda d: (after.update(shown(d)), cancel(qtbot, d)))
    if name != "decision":  # a decision's date starts at today each time
        assert after == before
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"], dialogs.shown


def test_the_answers_asked_on_date_is_typed_and_an_unreadable_one_blocks_saving(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    editor = sample_window.request_page.editor
    sample_window.request_page.select_question("data.ownership")
    select_all_and_type(qtbot, editor.their_answer, "They ask before any use.")
    select_all_and_type(qtbot, editor.asked_on.line, "31/31/2027")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.text() == (
        "Asked on: Could not read “31/31/2027” as a date. Write it like 30 Sep 2027."
    )
    assert editor.asked_on.text() == "31/31/2027"
    assert editor.their_answer.toPlainText() == "They ask before any use."
    select_all_and_type(qtbot, editor.asked_on.line, "Sep 30, 2027")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.message.isVisible()
    sample_window.tasks.wait_for_all()
    with sample_window.database.session() as session:
        answer = session.scalars(
            select(VettingAnswer).filter_by(
                request_id=request_id, their_answer=editor.their_answer.toPlainText()
            )
        ).one()
        assert answer.asked_on == date(2027, 9, 30)
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"], dialogs.shown


def test_another_question_waits_while_asked_on_cannot_be_read(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    from .test_vetting_by_hand import click_question

    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    click_question(page, qtbot, "data.ownership")
    editor = page.editor
    select_all_and_type(qtbot, editor.their_answer, "They ask before any use.")
    select_all_and_type(qtbot, editor.asked_on.line, "31/31/2027")
    item = next(
        page.questions.topLevelItem(row)
        for row in range(page.questions.topLevelItemCount())
        if page.questions.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole + 1) == "hard.why-now"
    )
    page.questions.scrollToItem(item)
    qtbot.mouseClick(
        page.questions.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.questions.visualItemRect(item).center(),
    )
    # The typed date is not dropped: the answer stays open with the reason shown.
    assert editor.key == "data.ownership"
    assert editor.asked_on.text() == "31/31/2027"
    assert editor.message.text().startswith("Asked on: Could not read “31/31/2027”")
    select_all_and_type(qtbot, editor.asked_on.line, "9/30/2027")
    click_question(page, qtbot, "hard.why-now")
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"], dialogs.shown


def test_an_mou_date_keeps_the_stored_day_while_the_typing_cannot_be_read(qtbot: QtBot) -> None:
    edits: list[None] = []
    editor = FieldEditor(
        MouField("review", "First review on", FieldKind.DATE), lambda: edits.append(None)
    )
    qtbot.addWidget(editor.widget)
    editor.set_value("2027-09-30")
    assert not edits  # loading is not an edit
    assert isinstance(editor.widget, OptionalDateEdit)
    select_all_and_type(qtbot, editor.widget.line, "31/31/2027")
    assert edits
    # Autosave stores the day last readable, never the text; the field shows the error.
    assert editor.value() == "2027-09-30"
    assert editor.widget.problem()
    select_all_and_type(qtbot, editor.widget.line, "Oct 1, 2027")
    assert editor.value() == "2027-10-01"
    select_all_and_type(qtbot, editor.widget.line, "")
    qtbot.keyClick(editor.widget.line, Qt.Key.Key_Backspace)
    assert editor.value() == ""


def test_a_notes_date_cannot_be_left_empty(qtbot: QtBot) -> None:
    dialog = NoteDialog([], [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.happened_on.text() == friendly_date(date.today())
    select_all_and_type(qtbot, dialog.subject, "Call about the pilot")
    select_all_and_type(qtbot, dialog.happened_on.line, "")
    qtbot.keyClick(dialog.happened_on.line, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.happened_on.line, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Date: Please write the date")
    assert dialog.focusWidget() is dialog.happened_on.line
    cancel(qtbot, dialog)  # (closing would rightly ask whether to save)
