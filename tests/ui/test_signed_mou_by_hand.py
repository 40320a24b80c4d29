"""The signed MOU in the window, by keys and clicks: mark it signed, open the copy, review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from partnerdesk.core.choices import MouStatus, RequestStage
from partnerdesk.core.dates import friendly_date
from partnerdesk.services.mou.drafts import add_months, mou_for_request
from partnerdesk.services.mou.reviews import reviews
from partnerdesk.services.mou.signing import signed_copy_path, signed_state
from partnerdesk.ui.editors.signing_dialogs import ReviewDialog, SignMouDialog
from partnerdesk.ui.main_window import MainWindow
from tests.ui.conftest import RecordingDialogs, when_dialog_opens
from tests.ui.test_question_form_by_hand import _raise_any, _when_open
from tests.ui.test_vetting_flow import open_sample_request


def _signed_menu_entry(window: MainWindow, text: str) -> None:
    menu = window.request_page.signed.menu()
    assert menu is not None
    action = next(action for action in menu.actions() if action.text().startswith(text))
    action.trigger()


def _retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_End)
    qtbot.keyClick(line, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def _save(qtbot: QtBot, dialog: SignMouDialog | ReviewDialog) -> None:
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _mou_id(window: MainWindow) -> int:
    with window.database.session() as session:
        mou_id = mou_for_request(session, window.request_page.request_id)
    assert mou_id is not None
    return mou_id


def _wait(window: MainWindow, qtbot: QtBot, until: Callable[[], Any]) -> None:
    qtbot.waitUntil(lambda: not window.operations.busy and bool(until()), timeout=10000)


def test_marking_signed_with_a_copy_then_opening_it_and_recording_a_review(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    assert page.signed.text() == "Signed MOU and revie&ws"
    scan = tmp_path / "Signed MOU.pdf"
    scan.write_bytes(b"%PDF-1.4 signed by both\n")
    dialogs.files.append(scan)
    signed_on = date.today() - timedelta(days=2)

    def sign(dialog: SignMouDialog) -> None:
        line = dialog.signed_on.line
        _retype(qtbot, line, "the 31st of Smarch")
        _save(qtbot, dialog)  # refused: an unreadable date is never dropped in silence
        assert dialog.isVisible() and dialog.message.text()
        _retype(qtbot, line, friendly_date(signed_on))
        first = next(iter(dialog.signers.values()))
        _retype(qtbot, first, "")
        _save(qtbot, dialog)  # refused: someone signed for every party
        assert "who signed for" in dialog.message.text()
        _retype(qtbot, first, "Marisol Ortega")
        last = list(dialog.signers.values())[-1]
        last.setFocus()
        qtbot.keyClick(last, Qt.Key.Key_Tab)  # on to "Choose the signed copy…"
        assert dialog.focusWidget() is dialog.choose
        qtbot.keyClick(dialog.choose, Qt.Key.Key_Space)
        assert scan.name in dialog.copy.text()
        _save(qtbot, dialog)

    failures = _when_open(SignMouDialog, sign)
    _signed_menu_entry(sample_window, "Mark as signed")
    mou_id = _mou_id(sample_window)
    _wait(sample_window, qtbot, lambda: failures or page.stage.currentText() == "Active")
    _raise_any(failures)
    state = signed_state(sample_window.database, mou_id)
    assert state.status is MouStatus.SIGNED and state.signed_on == signed_on
    assert dict(state.signers)["Eastside Community Food Collective"] == "Marisol Ortega"
    kept = signed_copy_path(sample_window.database, mou_id)
    assert kept is not None and kept.read_bytes() == scan.read_bytes()

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    sample_window.controllers.signing.open_url = open_url
    _signed_menu_entry(sample_window, "Open the signed copy")
    _wait(sample_window, qtbot, lambda: opened)
    assert opened == [QUrl.fromLocalFile(str(kept))]

    reviewed_on = date.today() - timedelta(days=1)

    def review(dialog: ReviewDialog) -> None:
        _retype(qtbot, dialog.reviewed_on.line, friendly_date(reviewed_on))
        dialog.reviewed_by.setFocus()
        qtbot.keyClicks(dialog.reviewed_by, "Marisol Ortega, Angela Brooks")
        qtbot.keyClick(dialog.reviewed_by, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.what_changed, "Nothing changed.")
        _save(qtbot, dialog)

    failures = _when_open(ReviewDialog, review)
    _signed_menu_entry(sample_window, "Record a review")
    _wait(sample_window, qtbot, lambda: failures or reviews(sample_window.database, mou_id))
    _raise_any(failures)
    done = reviews(sample_window.database, mou_id)
    assert [(r.reviewed_on, r.reviewed_by, r.what_changed) for r in done] == [
        (reviewed_on, "Marisol Ortega, Angela Brooks", "Nothing changed.")
    ]
    # The sample MOU is reviewed every 6 months.
    assert signed_state(sample_window.database, mou_id).review_on == add_months(reviewed_on, 6)
    assert page.stage.currentText() == RequestStage.ACTIVE.label
    assert request_id == page.request_id
    assert not [entry for entry in dialogs.shown if entry[0] == "problem"]


def test_a_review_before_signing_says_to_sign_first(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs
) -> None:
    open_sample_request(sample_window, qtbot)
    _signed_menu_entry(sample_window, "Record a review")
    _wait(sample_window, qtbot, lambda: dialogs.shown)
    assert dialogs.shown[-1][:2] == ("inform", "Not signed yet")
    _signed_menu_entry(sample_window, "Open the signed copy")
    _wait(sample_window, qtbot, lambda: len(dialogs.shown) == 2)
    assert dialogs.shown[-1][:2] == ("inform", "No signed copy")
    when_dialog_opens(SignMouDialog, lambda dialog: dialog.reject())
    _signed_menu_entry(sample_window, "Mark as signed")
    _wait(sample_window, qtbot, lambda: True)
    assert signed_state(sample_window.database, _mou_id(sample_window)).status is MouStatus.DRAFT


def test_the_mou_editor_marks_it_signed_too(sample_window: MainWindow, qtbot: QtBot) -> None:
    from partnerdesk.ui.editors.mou_wizard import MouWizard
    from tests.ui.test_mou_flow import run_wizard

    open_sample_request(sample_window, qtbot)
    mou_id = _mou_id(sample_window)

    def sign(dialog: SignMouDialog) -> None:
        assert dialog.parent() is not sample_window  # over the editor, not behind it
        _save(qtbot, dialog)  # today, by the signatories the MOU names

    def from_the_check_page(wizard: MouWizard) -> None:
        wizard.show_section("check")
        failures = _when_open(SignMouDialog, sign)
        qtbot.mouseClick(wizard.check_page.sign_button, Qt.MouseButton.LeftButton)
        _wait(
            sample_window,
            qtbot,
            lambda: failures or signed_state(sample_window.database, mou_id).signed,
        )
        _raise_any(failures)

    run_wizard(sample_window, qtbot, from_the_check_page)
    assert signed_state(sample_window.database, mou_id).signed_on == date.today()
