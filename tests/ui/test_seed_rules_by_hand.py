"""The seeds' prompts and rules on screen, driven by keys and clicks (issue 18).

Whether they have shown their values, chosen beside their answer; our organization's
501(c)(3) setting; the SMARTIE prompts under the goals; the scope and the three levels of
measures in the MOU editor. Each value is entered as a person does, the screen left at
once, and the store read back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.core.choices import ValuesShown
from partnerdesk.core.mou_sections import SMARTIE
from partnerdesk.services.changes import RecordKind
from partnerdesk.store.models import Organization, VettingAnswer, VettingQuestion
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.editors.our_organization_dialog import OurOrganizationDialog
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, settle, when_dialog_opens
from .test_mou_flow import run_wizard, stored
from .test_vetting_by_hand import click_question
from .test_vetting_flow import open_sample_request

LEFT = Qt.MouseButton.LeftButton


def _no_trouble_shown(dialogs: RecordingDialogs) -> None:
    troubles = [shown for shown in dialogs.shown if shown[0] in ("problem", "choose")]
    assert not troubles, troubles


def _choose_by_keyboard(qtbot: QtBot, combo: QComboBox, label: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _press in range(combo.count()):
        if combo.currentText() == label:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label


def test_whether_they_have_shown_their_values_is_chosen_beside_the_answer(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    assert "No sign their values are lived" in page.flags.toPlainText()  # not rated yet

    click_question(page, qtbot, "trust.01")
    assert not page.editor.values_shown.isVisibleTo(page.editor)  # only for that question
    click_question(page, qtbot, "hard.values-statement")
    shown = page.editor.values_shown
    assert shown.isVisibleTo(page.editor) and shown.currentText() == "Not rated yet"
    assert [shown.itemText(i) for i in range(shown.count())] == [
        "Not rated yet",
        "Shown",
        "Partly shown",
        "Not shown",
        "Don't know",
    ]
    _choose_by_keyboard(qtbot, shown, "Shown")
    click_question(page, qtbot, "trust.01")  # leave the question at once: it is saved

    sample_window.operations.wait_for_all()
    with sample_window.database.session() as session:
        answer = session.scalars(
            select(VettingAnswer)
            .join(VettingQuestion, VettingQuestion.id == VettingAnswer.question_id)
            .where(
                VettingAnswer.request_id == request_id,
                VettingQuestion.key == "hard.values-statement",
            )
        ).one()
        assert answer.values_shown is ValuesShown.SHOWN
    qtbot.waitUntil(lambda: "No sign their values are lived" not in page.flags.toPlainText())

    # Back to it: the rating is shown as stored; "Don't know" puts the flag back up.
    click_question(page, qtbot, "hard.values-statement")
    assert page.editor.values_shown.currentText() == "Shown"
    _choose_by_keyboard(qtbot, page.editor.values_shown, "Don't know")
    qtbot.keyClick(page.editor.values_shown, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "No sign their values are lived" in page.flags.toPlainText())
    _no_trouble_shown(dialogs)


def test_our_organization_is_a_501c3_unless_we_untick_it(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    def name_it(dialog: OurOrganizationDialog) -> None:
        tick = dialog.nonprofit_limits
        assert isinstance(tick, QCheckBox) and tick.isChecked()  # on for a nonprofit
        assert tick.isVisible() and "Education on public policy is allowed" in (
            " ".join(label.text() for label in dialog.findChildren(QLabel))
        )
        qtbot.keyClicks(dialog.name, "Millbrook Neighbors")
        qtbot.mouseClick(tick, LEFT)
        assert not tick.isChecked()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    when_dialog_opens(OurOrganizationDialog, name_it)
    window.menu_actions["our_profile"].trigger()
    qtbot.waitUntil(lambda: bool(window.profiles.open_wizards))
    window.operations.wait_for_all()
    with window.database.session() as session:
        ours = session.scalars(select(Organization).where(Organization.is_ours)).one()
        assert ours.name == "Millbrook Neighbors" and ours.nonprofit_limits is False
    for wizard in list(window.profiles.open_wizards.values()):
        wizard.close()
    _no_trouble_shown(dialogs)


def test_choosing_an_organization_we_have_keeps_its_own_501c3_setting(
    window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    with window.database.session() as session:
        session.add(Organization(name="Cedar Hill Tenants Union", nonprofit_limits=False))

    def pick_it(dialog: OurOrganizationDialog) -> None:
        qtbot.mouseClick(dialog.existing_choice, LEFT)
        # The record says what it is: the new organization's tick box goes away.
        assert not dialog.nonprofit_limits.isVisible()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    when_dialog_opens(OurOrganizationDialog, pick_it)
    window.menu_actions["our_profile"].trigger()
    qtbot.waitUntil(lambda: bool(window.profiles.open_wizards))
    window.operations.wait_for_all()
    with window.database.session() as session:
        ours = session.scalars(select(Organization).where(Organization.is_ours)).one()
        assert ours.name == "Cedar Hill Tenants Union" and ours.nonprofit_limits is False
    for wizard in list(window.profiles.open_wizards.values()):
        wizard.close()
    _no_trouble_shown(dialogs)


def test_the_mou_editor_shows_smartie_the_scope_and_the_three_levels_of_success(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    open_sample_request(sample_window, qtbot)
    seen: dict[str, object] = {}

    def look_and_type(wizard: MouWizard) -> None:
        wizard.show_section("goals")
        goals = wizard.section_pages["goals"]
        texts = [label.text() for label in goals.findChildren(QLabel) if label.isVisible()]
        seen["smartie"] = all(any(prompt in text for text in texts) for prompt in SMARTIE)

        wizard.show_section("scope")
        scope = wizard.section_pages["scope"]
        titles = [label.text() for label in scope.findChildren(QLabel) if label.isVisible()]
        seen["scope title"] = any("What this partnership will and will not do" in t for t in titles)
        will_do = scope.editors["will_do"].widget
        assert isinstance(will_do, QPlainTextEdit)
        seen["prefilled"] = will_do.toPlainText()
        will_not = scope.editors["will_not_do"].widget
        assert isinstance(will_not, QPlainTextEdit)
        will_not.setFocus()
        qtbot.keyClicks(will_not, "No research on the families we serve.")

        wizard.show_section("monitoring")
        partnership = wizard.section_pages["monitoring"].editors["partnership_measures"].widget
        assert isinstance(partnership, QPlainTextEdit)
        partnership.setFocus()
        qtbot.keyClicks(partnership, "Both rate the partnership at each check-up.")
        qtbot.mouseClick(wizard.back, LEFT)  # and leave at once

    run_wizard(sample_window, qtbot, look_and_type)
    settle(sample_window, qtbot)
    sample_window.operations.wait_for_all()
    assert seen["smartie"] is True and seen["scope title"] is True
    assert str(seen["prefilled"]).startswith("Take referrals from Riverbend")
    assert stored(sample_window, "scope", "will_not_do") == "No research on the families we serve."
    assert (
        stored(sample_window, "monitoring", "partnership_measures")
        == "Both rate the partnership at each check-up."
    )
    _no_trouble_shown(dialogs)


def test_a_gap_of_two_steps_on_the_spectrum_is_a_red_flag_on_screen(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    # Meridian's survey request offered Inform where we wanted Involve: two steps apart.
    sample_window.show_page("requests")
    page = sample_window.list_pages[RecordKind.REQUEST]
    row = next(
        r for r in range(page.model.rowCount()) if page.model.index(r, 3).data() == "Declined"
    )
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(row):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == row
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(sample_window, qtbot)
    flags = sample_window.request_page.flags.toPlainText()
    assert "They offer far less say than you want" in flags
    assert "They offer Inform" in flags and "You want Involve" in flags


def test_the_problem_statement_page_shows_a_community_organizations_example(
    sample_window: MainWindow, qtbot: QtBot
) -> None:
    open_sample_request(sample_window, qtbot)
    texts: list[str] = []

    def look(wizard: MouWizard) -> None:
        wizard.show_section("problem")
        problem = wizard.section_pages["problem"]
        texts.extend(label.text() for label in problem.findChildren(QLabel) if label.isVisible())

    run_wizard(sample_window, qtbot, look)
    shown = " ".join(texts)
    assert "our Saturday pantry" in shown and "North Country" not in shown
