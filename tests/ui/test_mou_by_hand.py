"""Every field of every MOU page, entered as a person does and left at once.

The fields are walked by their kind, so a new field or page is covered by itself: a value is
typed, chosen or ticked with keys and clicks, the page is left with no pause (Next, another
section in the list, Close, Escape), and the store must hold what the screen shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from partnerdesk.core.mou_sections import PARTY_ROW_KEYS, ROLE_ROW_KEYS, SECTIONS, FieldKind
from partnerdesk.services.mou.drafts import load_draft, mou_for_request
from partnerdesk.ui.editors.mou_fields import FieldEditor, RowsTable
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs
from .test_mou_flow import run_wizard
from .test_vetting_flow import open_sample_request

# The ways people write a date, each with what it means.
TYPED_DATES = [
    ("2027-09-30", "2027-09-30"),
    ("9/30/2027", "2027-09-30"),
    ("30 Sep 2027", "2027-09-30"),
    ("September 30, 2027", "2027-09-30"),
]


def _select_all_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _date_line(widget: QWidget) -> QWidget:
    """Where a person types a date: the field itself, or the line inside it."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget
    line = widget.findChild(QLineEdit)
    assert line is not None, "a date field must have somewhere to type"
    return line


def enter_value(qtbot: QtBot, editor: FieldEditor, turn: int) -> Any:
    """Enter a value into one field the way a user does; return what the store should hold."""
    widget = editor.widget
    kind = editor.field.kind
    if kind in (FieldKind.TEXT, FieldKind.LINE):
        text = f"Typed by hand into {editor.field.label}"
        _select_all_and_type(qtbot, widget, text)
        return text
    if kind is FieldKind.DATE:
        typed, meant = TYPED_DATES[turn % len(TYPED_DATES)]
        _select_all_and_type(qtbot, _date_line(widget), typed)
        return meant
    if kind is FieldKind.NUMBER:
        _select_all_and_type(qtbot, widget, "7")
        return 7
    if kind is FieldKind.CHOICE:
        assert isinstance(widget, QComboBox)
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Home)
        qtbot.keyClick(widget, Qt.Key.Key_Down)
        return widget.itemData(1)
    if kind is FieldKind.FLAG:
        assert isinstance(widget, QCheckBox)
        was = widget.isChecked()
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Space)
        return not was
    assert isinstance(widget, RowsTable)
    before = widget.value()
    keys = PARTY_ROW_KEYS if kind is FieldKind.PARTIES else ROLE_ROW_KEYS
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    cell = QApplication.focusWidget()
    assert cell is not None and cell.accessibleName().endswith(f"row {len(before) + 1}")
    text = f"Row typed into {editor.field.label}"
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    return [*before, {key: (text if key == keys[0] else "") for key in keys}]


def _click_section(qtbot: QtBot, wizard: MouWizard, row: int) -> None:
    contents = wizard.contents
    rect = contents.visualItemRect(contents.item(row))
    contents.scrollToItem(contents.item(row))
    rect = contents.visualItemRect(contents.item(row))
    qtbot.mouseClick(contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _leave(qtbot: QtBot, wizard: MouWizard, way: str) -> None:
    if way == "next":
        qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    elif way == "section list":
        _click_section(qtbot, wizard, wizard.contents.currentRow() + 1)
    elif way == "close":
        close = next(b for b in wizard.findChildren(type(wizard.next)) if b.text() == "&Close")
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    else:
        assert way == "escape"
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)


def _stored_sections(window: MainWindow) -> dict[str, Any]:
    with window.database.session() as session:
        mou_id = mou_for_request(session, window.request_page.request_id)
        assert mou_id is not None
        return load_draft(session, mou_id).sections


# A table cell's editor closed by Return is deleted when the event loop next runs; these
# tests type a whole page inside one callback, so Qt meets the closed editor again when the
# wizard closes and says so. What was typed is stored (checked below).
@pytest.mark.qt_log_ignore("QAbstractItemView::commitData called with an editor that does not")
@pytest.mark.parametrize("way", ["next", "section list", "close", "escape"])
def test_every_field_of_every_page_is_kept_however_the_page_is_left(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, way: str
) -> None:
    open_sample_request(sample_window, qtbot)
    expected: dict[tuple[str, str], Any] = {}
    turn = [0]

    def fill(section_id: str) -> Callable[[MouWizard], None]:
        def act(wizard: MouWizard) -> None:
            if wizard.current_section() != section_id:
                _click_section(qtbot, wizard, [s.id for s in SECTIONS].index(section_id))
            assert wizard.current_section() == section_id
            for field_id, editor in wizard.section_pages[section_id].editors.items():
                expected[(section_id, field_id)] = enter_value(qtbot, editor, turn[0])
                turn[0] += 1
            _leave(qtbot, wizard, way)

        return act

    if way in ("close", "escape"):
        for section in SECTIONS:
            run_wizard(sample_window, qtbot, fill(section.id))
    else:

        def every_page(wizard: MouWizard) -> None:
            for section in SECTIONS:
                fill(section.id)(wizard)

        run_wizard(sample_window, qtbot, every_page)

    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]
    sections = _stored_sections(sample_window)
    stored = {key: sections.get(key[0], {}).get(key[1]) for key in expected}
    assert stored == expected
    kinds = {field.kind for section in SECTIONS for field in section.fields}
    assert kinds == set(FieldKind), "every kind of field was entered"


def test_the_title_is_kept_when_the_wizard_is_closed_at_once(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_sample_request(sample_window, qtbot)

    def retitle(wizard: MouWizard) -> None:
        _select_all_and_type(qtbot, wizard.title, "Saturday kitchen agreement")
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)

    run_wizard(sample_window, qtbot, retitle)
    with sample_window.database.session() as session:
        mou_id = mou_for_request(session, sample_window.request_page.request_id)
        assert mou_id is not None
        assert load_draft(session, mou_id).title == "Saturday kitchen agreement"


def test_the_sections_list_works_from_the_keyboard_and_the_save_line_is_heard(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_sample_request(sample_window, qtbot)
    seen: list[str] = []

    def by_keyboard(wizard: MouWizard) -> None:
        wizard.contents.setFocus()
        wizard.contents.setCurrentRow(0)
        qtbot.keyClick(wizard.contents, Qt.Key.Key_Down)
        seen.append(wizard.current_section())
        qtbot.keyClick(wizard.contents, Qt.Key.Key_Return)
        first = next(iter(wizard.section_pages[wizard.current_section()].editors.values()))
        assert first.widget.hasFocus()
        # Assistive technology selects the item (its "select" action) without making it current.
        model = wizard.contents.model()
        wizard.contents.selectionModel().select(
            model.index(5, 0), wizard.contents.selectionModel().SelectionFlag.ClearAndSelect
        )
        seen.append(wizard.current_section())
        box = first.widget
        assert isinstance(box, QPlainTextEdit | QLineEdit)
        assert wizard.saved.accessibleName() == wizard.saved.text() == "All changes are saved."

    run_wizard(sample_window, qtbot, by_keyboard)
    assert seen == [SECTIONS[1].id, SECTIONS[5].id]
