"""The main window as a user meets it: empty at first, then with the sample data."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import count_rows
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.navigation import PAGE_OF_KIND

from .conftest import RecordingDialogs, settle, when_dialog_opens


def visible_texts(widget) -> str:
    parts = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    parts += [b.text() for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)]
    return "\n".join(parts)


def test_a_new_store_welcomes_and_says_what_to_do(window: MainWindow) -> None:
    assert window.current_page_key() == "today"
    text = visible_texts(window.today_page)
    assert "Welcome to PartnerDesk" in text
    assert "Load the sample data" in text
    assert "Add an organization" in text


def test_each_empty_list_explains_itself(window: MainWindow, qtbot: QtBot) -> None:
    expectations = {
        "organizations": "No organizations yet",
        "contacts": "No contacts yet",
        "requests": "No partnership requests yet",
        "notes": "No notes yet",
    }
    for key, title in expectations.items():
        window.show_page(key)
        page = window.pages[key]
        assert page.isVisible()
        assert title in visible_texts(page)
        assert "Load the sample data" in visible_texts(page)


def test_loading_the_sample_data_from_the_menu_fills_every_list(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    window.menu_actions["load_sample"].trigger()
    assert dialogs.shown[0][0] == "confirm"
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Sample data loaded.", timeout=10000
    )
    settle(window, qtbot)
    for kind, page in window.list_pages.items():
        window.show_page(PAGE_OF_KIND[kind])
        with window.database.session() as session:
            assert page.model.rowCount() == count_rows(session, kind) > 0
    window.show_page("requests")
    requests = window.list_pages[RecordKind.REQUEST]
    assert requests.stack.currentWidget() is requests.table
    stages = {requests.model.index(row, 3).data() for row in range(requests.model.rowCount())}
    assert "Vetting" in stages
    today = visible_texts(window.today_page)
    assert "Overdue follow-ups" in today
    assert "Requests waiting for your decision (" in today


def test_declining_the_sample_data_question_changes_nothing(
    window: MainWindow, dialogs: RecordingDialogs
) -> None:
    dialogs.answer = False
    window.menu_actions["load_sample"].trigger()
    window.tasks.wait_for_all()
    with window.database.session() as session:
        assert count_rows(session, RecordKind.ORGANIZATION) == 0


def test_sample_data_twice_is_refused_with_a_message(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    sample_window.menu_actions["load_sample"].trigger()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in dialogs.shown), timeout=10000)
    assert any("already holds" in text for _kind, _title, text in dialogs.shown)


def test_adding_an_organization_by_typing(window: MainWindow, qtbot: QtBot) -> None:
    from partnerdesk.ui.editors.organization_dialog import OrganizationDialog

    def fill_dialog(dialog: OrganizationDialog) -> None:
        qtbot.keyClicks(dialog.name, "Cedar Hill Tenants' Association")
        dialog.kind.setCurrentIndex(dialog.kind.findText("Community-based organization"))
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    when_dialog_opens(OrganizationDialog, fill_dialog)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page_key() == "organization", timeout=10000)
    assert window.organization_page.title.text() == "Cedar Hill Tenants' Association"
    window.show_page("organizations")
    page = window.list_pages[RecordKind.ORGANIZATION]
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Cedar Hill Tenants' Association"
    assert page.model.index(0, 1).data() == "Community-based organization"


def test_a_nameless_organization_is_not_added(window: MainWindow, qtbot: QtBot) -> None:
    from partnerdesk.ui.editors.organization_dialog import OrganizationDialog

    dialog = OrganizationDialog(parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "   ")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Please give the organization a name." in dialog.message.text()


def test_keyboard_shortcuts_switch_pages(window: MainWindow, qtbot: QtBot) -> None:
    for number, key in enumerate(
        ["today", "organizations", "contacts", "requests", "notes", "trash"], start=1
    ):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_page_key() == key


def test_only_the_today_page_is_made_at_start(window: MainWindow, qtbot: QtBot) -> None:
    assert window.pages.made("today") is window.today_page
    assert all(window.pages.made(key) is None for key in window.pages if key != "today")
    window.show_page("contacts")
    contacts = window.list_pages.made(RecordKind.CONTACT)
    assert contacts is not None and window.current_page_key() == "contacts"
    # Made late, the list still moves its selection to the trash with Delete.
    assert window.menu_actions["delete"] in contacts.table.actions()
    window.show_page("contacts")
    assert window.list_pages.made(RecordKind.CONTACT) is contacts


def test_filtering_a_list_as_you_type(sample_window: MainWindow, qtbot: QtBot) -> None:
    sample_window.show_page("contacts")
    page = sample_window.list_pages[RecordKind.CONTACT]
    everyone = page.model.rowCount()
    qtbot.keyClicks(page.filter_box, "riverbend")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < everyone, timeout=5000)
    assert all(
        page.model.index(row, 2).data() == "Riverbend Health System"
        for row in range(page.model.rowCount())
    )
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "100%_nobody")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty_state, timeout=5000)
    assert "Nothing matches" in visible_texts(page)


def test_search_box_finds_records_of_every_kind(sample_window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(sample_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert sample_window.search_box.hasFocus()
    qtbot.keyClicks(sample_window.search_box, "Riverbend")
    qtbot.keyClick(sample_window.search_box, Qt.Key.Key_Return)
    settle(sample_window, qtbot)
    assert sample_window.current_page_key() == "search"
    groups = [
        sample_window.search_page.tree.topLevelItem(i).text(0)
        for i in range(sample_window.search_page.tree.topLevelItemCount())
    ]
    assert any(group.startswith("Organizations") for group in groups)
    assert any(group.startswith("Contacts") for group in groups)
    group = sample_window.search_page.tree.topLevelItem(0)
    sample_window.search_page.tree.itemActivated.emit(group.child(0), 0)
    settle(sample_window, qtbot)
    assert sample_window.current_page_key() == "organization"
    assert sample_window.organization_page.title.text() == "Riverbend Health System"


def test_search_with_odd_input_does_not_break(sample_window: MainWindow, qtbot: QtBot) -> None:
    for query in ['"', "O'Connor", "a AND", "-:*", "%", "\\", "😀"]:
        sample_window.search_box.setText(query)
        sample_window.run_search()
        settle(sample_window, qtbot)
        assert sample_window.current_page_key() == "search"


def test_every_input_is_named_for_screen_readers(sample_window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    for key in sample_window.pages:  # pages are made when first shown
        sample_window.show_page(key)
    unnamed = [
        widget.objectName() or type(widget).__name__
        for kind in (QLineEdit, QListWidget, QTableView, QComboBox)
        for widget in sample_window.findChildren(kind)
        # The line edit inside a date, number or choice box belongs to that box.
        if not widget.accessibleName()
        and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
    ]
    assert unnamed == []


def test_window_size_and_page_are_remembered(
    qtbot: QtBot, sample_database, dialogs: RecordingDialogs
) -> None:
    from partnerdesk.app import build_main_window

    first = build_main_window(sample_database, dialogs)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(780, 560)
    first.splitter.setSizes([170, 610])
    sizes = first.splitter.sizes()
    assert sizes[0] != 180  # not the default, so restoring is really tested
    first.show_page("requests")
    first.close()

    second = build_main_window(sample_database, dialogs)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (780, 560)
    assert second.splitter.sizes() == sizes
    assert second.current_page_key() == "requests"


def test_clicking_a_column_header_sorts_the_whole_list(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    sample_window.show_page("contacts")
    page = sample_window.list_pages[RecordKind.CONTACT]
    header = page.table.horizontalHeader()

    def names() -> list[str]:
        return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]

    assert names() == sorted(names(), key=str.casefold)
    # First click sorts A→Z (as it already is), the second Z→A.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 0))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 0))
    assert names() == sorted(names(), key=str.casefold, reverse=True)


def _section_center(header: QHeaderView, section: int) -> QPoint:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_choosing_a_type_narrows_the_organizations(sample_window: MainWindow, qtbot: QtBot) -> None:
    sample_window.show_page("organizations")
    page = sample_window.list_pages[RecordKind.ORGANIZATION]
    box = page.narrowing.type_box
    assert box is not None
    box.setCurrentIndex(box.findText("Hospital or health system"))
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 organization"
    box.setCurrentIndex(box.findText("Business"))
    assert page.stack.currentWidget() is page.empty_state
    qtbot.mouseClick(
        next(
            b for b in page.empty_state.findChildren(QPushButton) if b.text() == "Show everything"
        ),
        Qt.MouseButton.LeftButton,
    )
    assert page.model.rowCount() == 6
    assert box.currentText() == "All types"


def test_the_list_choices_have_visible_labels_that_lead_to_them(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QLabel

    sample_window.show_page("organizations")
    page = sample_window.list_pages[RecordKind.ORGANIZATION]
    box = page.narrowing.type_box
    assert box is not None
    [label] = [label for label in page.narrowing.findChildren(QLabel) if label.buddy() is box]
    assert label.text() == "T&ype:" and box.accessibleName() == "Type"
    # Chosen by keyboard, as a person without a mouse would.
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() != "All types"
    assert page.count_label.text().endswith(("organization", "organizations"))


def test_one_of_a_kind_is_counted_in_the_singular(window: MainWindow, qtbot: QtBot) -> None:
    from partnerdesk.services.records.organizations import OrganizationForm, save_organization

    with window.database.session() as session:
        save_organization(session, OrganizationForm(name="Cedar Hill Tenants' Association"))
    window.refresh_everything()
    settle(window, qtbot)
    window.show_page("today")
    assert window.today_page.summary.text().startswith("You have 1 organization, 0 contacts")


def test_every_button_has_a_name_a_screen_reader_can_say(sample_window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton

    unnamed = []
    for key in sample_window.pages:
        sample_window.show_page(key)
        unnamed += [
            f"{type(button).__name__} {button.objectName()} on {key}"
            for button in sample_window.findChildren(QAbstractButton)
            if button.isVisible() and not (button.text() or button.accessibleName())
        ]
    assert unnamed == []
