"""Exporting an MOU from the wizard: the points still to settle go to a cover note for us,
or — when chosen — into the MOU as a neutral list (issue 18)."""

from __future__ import annotations

from pathlib import Path

import docx
from pytestqt.qtbot import QtBot

from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.mou_actions import (
    OPEN_POINTS_IN_COVER_NOTE,
    OPEN_POINTS_IN_MOU,
    OPEN_POINTS_KEY,
)
from partnerdesk.ui.window_state import open_settings
from tests.exports.word_readers import all_text

from .conftest import RecordingDialogs
from .test_mou_flow import run_wizard
from .test_mou_word_and_email import _export
from .test_vetting_flow import open_sample_request


def test_open_points_go_to_a_cover_note_or_into_the_mou_as_chosen(
    sample_window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    open_sample_request(sample_window, qtbot)
    first, second = tmp_path / "MOU for Riverbend.docx", tmp_path / "MOU v2.docx"
    dialogs.files.extend([first, second])
    dialogs.picks.extend([OPEN_POINTS_IN_COVER_NOTE, OPEN_POINTS_IN_MOU])

    def export_twice(wizard: MouWizard) -> None:
        _export(wizard, qtbot, sample_window, first)
        _export(wizard, qtbot, sample_window, second)

    run_wizard(sample_window, qtbot, export_twice)
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]
    asked = [shown for shown in dialogs.shown if shown[0] == "pick"]
    assert len(asked) == 2 and "points to settle" in asked[0][2]

    note = tmp_path / "MOU for Riverbend (cover note).docx"
    first_text, note_text = all_text(first), all_text(note)
    assert "Open points" not in first_text and "No way to resolve conflicts" in note_text
    assert "For Eastside Community Food Collective only" in "\n".join(
        p.text for p in docx.Document(str(note)).sections[0].header.paragraphs
    )
    second_text = all_text(second)
    assert "Open points" in second_text and "No way to resolve conflicts" not in second_text
    assert not (tmp_path / "MOU v2 (cover note).docx").exists()
    # The choice is offered first next time, also after a restart.
    data_dir = sample_window.database.location.data_dir
    assert open_settings(data_dir).value(OPEN_POINTS_KEY) == "in-mou"
