"""Opening, editing and adding records through the real dialogs, typing as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from partnerdesk.services.changes import RecordKind
from partnerdesk.store.models import Contact, OutreachNote, PartnerHistoryEntry
from partnerdesk.ui.editors.contact_dialog import ContactDialog
from partnerdesk.ui.editors.history_dialog import HistoryDialog
from partnerdesk.ui.editors.note_dialog import NoteDialog
from partnerdesk.ui.editors.organization_dialog import OrganizationDialog
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.organization_page import OrganizationPage

from .conftest import settle, when_dialog_opens


def timeline_lines(page: OrganizationPage) -> list[str]:
    """The timeline as the user reads it, line by line (placeholder included)."""
    model = page.timeline.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def save(qtbot: QtBot, dialog: RecordDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_riverbend(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("organizations")
    page = window.list_pages[RecordKind.ORGANIZATION]
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.index(r, 0).data() == "Riverbend Health System"
    )
    page.table.setCurrentIndex(page.model.index(row, 0))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(window, qtbot)
    assert window.current_page_key() == "organization"


def test_enter_on_an_organization_opens_its_page_with_timeline(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_riverbend(sample_window, qtbot)
    page = sample_window.organization_page
    assert page.title.text() == "Riverbend Health System"
    lines = timeline_lines(page)
    assert any("Diabetes screening pilot" in line and line.startswith("⚠") for line in lines)
    assert any("Community health worker referrals" in line for line in lines)
    assert "key leaders" in page.subtitle.text()
    assert sample_window.navigation.currentItem().text() == "Organizations"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert sample_window.current_page_key() == "organizations"


def test_editing_the_organization_updates_its_page(sample_window: MainWindow, qtbot: QtBot) -> None:
    open_riverbend(sample_window, qtbot)
    page = sample_window.organization_page

    def edit(dialog: OrganizationDialog) -> None:
        dialog.tags.clear()
        qtbot.keyClicks(dialog.tags, "hospital, watch closely")
        dialog.values_demonstrated.setFocus()
        qtbot.keyClicks(dialog.values_demonstrated, " They paid our interpreters in 2024.")
        save(qtbot, dialog)

    when_dialog_opens(OrganizationDialog, edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "watch closely" in page.about.text(), timeout=5000)
    assert "paid our interpreters" in page.about.text()


def test_two_quick_clicks_on_edit_open_one_editor(sample_window: MainWindow, qtbot: QtBot) -> None:
    """The editor opens once its contents are read; a second click meanwhile is not a
    second editor over the first."""
    open_riverbend(sample_window, qtbot)
    page = sample_window.organization_page
    editors: list[OrganizationDialog] = []

    def close_every_editor() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, OrganizationDialog) and widget.isVisible():
                if widget not in editors:
                    editors.append(widget)
                widget.reject()

    closer = QTimer(interval=10)
    closer.timeout.connect(close_every_editor)
    closer.start()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(editors) and not sample_window.operations.busy)
    closer.stop()
    assert len(editors) == 1


def test_adding_a_note_from_the_organization_page(sample_window: MainWindow, qtbot: QtBot) -> None:
    open_riverbend(sample_window, qtbot)
    page = sample_window.organization_page
    before = len(timeline_lines(page))

    def write(dialog: NoteDialog) -> None:
        assert dialog.organization.currentText() == "Riverbend Health System"
        # The hospital's own people are offered first.
        assert dialog.participants.item(0).text() in {
            "Angela Brooks",
            "Nguyễn Thị Lan",
            "Robert Castellano",
        }
        qtbot.keyClicks(dialog.subject, "Call about data ownership")
        dialog.summary.setFocus()
        qtbot.keyClicks(dialog.summary, "They want the referral data; we said it stays ours.")
        dialog.participants.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.follow_up_action.setFocus()
        qtbot.keyClicks(dialog.follow_up_action, "Ask for their data use agreement")
        save(qtbot, dialog)

    when_dialog_opens(NoteDialog, write)
    qtbot.mouseClick(page.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(timeline_lines(page)) == before + 1, timeout=5000)
    with sample_window.database.session() as session:
        note = session.query(OutreachNote).filter_by(subject="Call about data ownership").one()
        assert len(note.participants) == 1
        assert note.follow_up_action == "Ask for their data use agreement"


def test_a_note_needs_words_before_it_saves(qtbot: QtBot) -> None:
    dialog = NoteDialog([], [])
    qtbot.addWidget(dialog)
    dialog.show()
    # Ctrl+S saves, like the Save button (the offscreen test screen cannot activate
    # windows reliably, so the shortcut is triggered directly).
    save_shortcut = next(
        shortcut
        for shortcut in dialog.findChildren(QShortcut)
        if shortcut.key() == QKeySequence(QKeySequence.StandardKey.Save)
    )
    save_shortcut.activated.emit()
    assert dialog.isVisible()
    assert "subject" in dialog.message.text()
    assert dialog.focusWidget() is dialog.subject


def test_new_contact_from_the_contacts_list(sample_window: MainWindow, qtbot: QtBot) -> None:
    sample_window.show_page("contacts")
    page = sample_window.list_pages[RecordKind.CONTACT]
    before = page.model.rowCount()

    def fill(dialog: ContactDialog) -> None:
        dialog.full_name.setText("Zoë Ødegaard")
        dialog.organization.setCurrentIndex(dialog.organization.findText("Iglesia Nueva Esperanza"))
        dialog.emails.setFocus()
        qtbot.keyClicks(dialog.emails, "zoe@nueva-esperanza")
        assert "does not look like an email" in dialog.message.text()
        qtbot.keyClicks(dialog.emails, ".example")
        assert not dialog.message.isVisible()
        qtbot.mouseClick(dialog.key_leader, Qt.MouseButton.LeftButton)
        save(qtbot, dialog)

    when_dialog_opens(ContactDialog, fill)
    assert page.add_button is not None
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=5000)
    with sample_window.database.session() as session:
        contact = session.query(Contact).filter_by(full_name="Zoë Ødegaard").one()
        assert contact.is_key_leader
        assert contact.primary_email == "zoe@nueva-esperanza.example"
        assert contact.organization is not None
        assert contact.organization.name == "Iglesia Nueva Esperanza"


def test_acknowledging_a_harm_removes_the_warning(sample_window: MainWindow, qtbot: QtBot) -> None:
    open_riverbend(sample_window, qtbot)
    page = sample_window.organization_page
    row = next(i for i, line in enumerate(timeline_lines(page)) if line.startswith("⚠"))

    def acknowledge(dialog: HistoryDialog) -> None:
        dialog.acknowledgement.setCurrentIndex(dialog.acknowledgement.findText("Acknowledged"))
        dialog.how_acknowledged.setFocus()
        qtbot.keyClicks(dialog.how_acknowledged, "Letter from their CEO, 2026")
        save(qtbot, dialog)

    when_dialog_opens(HistoryDialog, acknowledge)
    page.timeline.activated.emit(page.timeline.model().index(row, 0))
    qtbot.waitUntil(
        lambda: not any(line.startswith("⚠") for line in timeline_lines(page)), timeout=5000
    )
    with sample_window.database.session() as session:
        entry = session.query(PartnerHistoryEntry).one()
        assert entry.how_acknowledged == "Letter from their CEO, 2026"


def test_every_editor_field_has_a_label_for_screen_readers(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    for dialog in (OrganizationDialog(), ContactDialog([]), NoteDialog([], []), HistoryDialog()):
        qtbot.addWidget(dialog)
        fields = [
            widget
            for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
            for widget in dialog.findChildren(kind)
            # The line edit inside a date or number box belongs to that box.
            if not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
        ]
        assert fields
        assert [type(w).__name__ for w in fields if not w.accessibleName()] == [], dialog


def test_a_history_entry_can_be_removed_after_confirming(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_riverbend(sample_window, qtbot)
    page = sample_window.organization_page
    row = next(i for i, line in enumerate(timeline_lines(page)) if line.startswith("⚠"))
    before = len(timeline_lines(page))

    def remove(dialog: HistoryDialog) -> None:
        button = next(b for b in dialog.buttons.buttons() if b.text() == "&Remove…")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_dialog_opens(HistoryDialog, remove)
    page.timeline.activated.emit(page.timeline.model().index(row, 0))
    qtbot.waitUntil(lambda: len(timeline_lines(page)) == before - 1, timeout=5000)
    with sample_window.database.session() as session:
        assert session.query(PartnerHistoryEntry).count() == 0
