"""Every page and the main dialogs, read with a light, a dark and a high-contrast palette
(issue 21): all their text, and the flag, warning and question colours above all, keeps
WCAG AA contrast (4.5:1) against what it is drawn on.

One window goes through the pages; on each, the palette is switched as the system does
when a person turns dark mode on, so the pages must also follow a change while open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.services.profiles.answers import our_organization_id
from partnerdesk.store.models import PartnershipRequest
from partnerdesk.ui.editors.decision_dialog import DecisionDialog
from partnerdesk.ui.editors.list_editing import CapacitiesDialog, QuestionBankDialog
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.editors.profile_wizard import ProfileWizard
from partnerdesk.ui.main_window import MainWindow

from .conftest import RecordingDialogs, settle, when_dialog_opens
from .every_page import shown_pages
from .readability import PALETTES, unreadable
from .test_vetting_flow import open_sample_request


@pytest.fixture
def palette_restored() -> Iterator[None]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    original = application.palette()
    yield
    application.setPalette(original)


def read_with_every_palette(top: QWidget, what: str, qtbot: QtBot) -> list[str]:
    problems = []
    for name, palette in PALETTES.items():
        QApplication.setPalette(palette)
        QApplication.processEvents()  # what the palette change posted (style sheets, layouts)
        problems += [f"{what}, {name}: {problem}" for problem in unreadable(top)]
    return problems


def test_every_page_reads_on_light_dark_and_high_contrast_palettes(
    sample_window: MainWindow, qtbot: QtBot, palette_restored: None
) -> None:
    problems: list[str] = []
    seen = []
    for page in shown_pages(sample_window, qtbot):
        seen.append(page)
        problems += read_with_every_palette(sample_window, page, qtbot)
    assert len(seen) >= 12
    assert not problems, "\n".join(problems)


def _read_dialog(kind: type[QDialog], qtbot: QtBot, found: list[str]) -> Callable[[QDialog], None]:
    def read(dialog: QDialog) -> None:
        found.extend(read_with_every_palette(dialog, kind.__name__, qtbot))
        found.append("read")
        dialog.reject()

    return read


def _read_wizard_too(
    kind: type[QDialog], qtbot: QtBot, found: list[str]
) -> Callable[[QDialog], None]:
    """Every page of the MOU wizard (the others: as they open)."""

    def read(dialog: QDialog) -> None:
        if isinstance(dialog, MouWizard):
            for row in range(dialog.contents.count()):
                dialog.contents.setCurrentRow(row)
                QApplication.processEvents()
                found.extend(read_with_every_palette(dialog, f"MouWizard page {row + 1}", qtbot))
            found.append("read")
            dialog.close()
            return
        _read_dialog(kind, qtbot, found)(dialog)

    return read


def test_the_main_dialogs_read_on_every_palette(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, palette_restored: None
) -> None:
    request_id = open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    found: list[str] = []
    when_dialog_opens(DecisionDialog, _read_dialog(DecisionDialog, qtbot, found))
    page.decide.click()
    when_dialog_opens(QuestionBankDialog, _read_dialog(QuestionBankDialog, qtbot, found))
    page.edit_bank_requested.emit()
    with sample_window.database.session() as session:
        request = session.get(PartnershipRequest, request_id)
        assert request is not None
        organization_id = request.organization_id
    from partnerdesk.ui.editors.organization_dialog import OrganizationDialog

    when_dialog_opens(OrganizationDialog, _read_dialog(OrganizationDialog, qtbot, found))
    sample_window.editing.edit_organization(organization_id)
    qtbot.waitUntil(lambda: found.count("read") == 3, timeout=20000)
    settle(sample_window, qtbot)
    # The capacities (retired ones muted), the MOU wizard (help and warnings on each
    # page; its check page's findings) and our profile (prompts, the saved status).
    for kind, open_it in (
        (CapacitiesDialog, page.capacities.edit_capacities_requested.emit),
        (MouWizard, lambda: page.mou_requested.emit(request_id)),
    ):
        when_dialog_opens(kind, _read_wizard_too(kind, qtbot, found))
        open_it()
        settle(sample_window, qtbot)
    with sample_window.database.session() as session:
        ours = our_organization_id(session)
    assert ours is not None
    when_dialog_opens(ProfileWizard, _read_dialog(ProfileWizard, qtbot, found))
    sample_window.profiles.edit_profile(ours)
    qtbot.waitUntil(lambda: found.count("read") == 6, timeout=20000)
    settle(sample_window, qtbot)
    problems = [line for line in found if line != "read"]
    assert not problems, "\n".join(problems)
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]
