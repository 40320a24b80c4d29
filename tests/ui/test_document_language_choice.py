"""The "Document language" choice when saving a document (issue 21): chosen by keyboard in
the save dialog, remembered, and independent of the screen's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from partnerdesk.core.translation import english, use_backend
from partnerdesk.ui.document_language import (
    SETTING,
    DocumentSaveDialog,
    document_language_for,
    remember_document_language,
)
from partnerdesk.ui.editors.charter_dialog import CharterDialog
from partnerdesk.ui.editors.mou_wizard import MouWizard
from partnerdesk.ui.language import remove_translators, use_language
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.window_state import open_settings

from .conftest import RecordingDialogs
from .test_mou_flow import run_wizard
from .test_mou_word_and_email import _export
from .test_vetting_flow import open_sample_request


@pytest.fixture
def spanish_screen() -> Iterator[None]:
    """The window's chosen language is Spanish (as Settings → Language makes it), its
    labels kept in English here so the English helpers can drive it."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
    use_backend(english, "es")
    yield
    use_backend(english, "en")
    QLocale.setDefault(before)


def test_a_spanish_window_offers_spanish_documents_until_one_is_remembered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 21 review #21: the first choice follows the window's chosen language, not
    the computer's (the tests run on an English system)."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert QLocale.system().language() != QLocale.Language.Spanish
    assert document_language_for(settings) == "en"
    assert use_language(application, "es", cache_dir=tmp_path) == "es"
    try:
        assert document_language_for(settings) == "es"
        remember_document_language(settings, "en")
        assert document_language_for(settings) == "en", "the remembered choice wins"
    finally:
        remove_translators()
    settings.remove(SETTING)
    assert document_language_for(settings) == "en"


def test_the_language_is_chosen_by_keyboard_beside_the_file_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = DocumentSaveDialog(None, "Save", tmp_path / "Questions.docx", "Word (*.docx)", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.languages
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is combo)
    assert label.text() == "&Document language:"
    assert combo.currentText() == "English" and combo.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # Alt+D, as the label's underlined letter says, then the arrow key.
    typing_in = QApplication.focusWidget() or dialog
    qtbot.keyClick(typing_in, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.language() == "es" and combo.currentText() == "Español"
    dialog.reject()


def test_questions_printed_in_spanish_and_the_choice_remembered(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    open_sample_request(sample_window, qtbot)
    page = sample_window.request_page
    target = tmp_path / "preguntas.docx"
    dialogs.files.append(target)
    dialogs.document_languages.append("es")
    menu = page.export.menu()
    assert menu is not None
    questions = next(a for a in menu.actions() if "Questions" in a.text())
    questions.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    sample_window.operations.wait_for_all()
    assert dialogs.offered_languages == ["en"]  # nothing chosen before, an English screen
    first = docx.Document(str(target)).paragraphs[0].text
    assert first.startswith("Preguntas para hacer: ")
    data_dir = sample_window.database.location.data_dir
    assert open_settings(data_dir).value(SETTING) == "es"
    # The next document offers Spanish first.
    dialogs.files.append(tmp_path / "again.docx")
    questions.trigger()
    qtbot.waitUntil((tmp_path / "again.docx").exists, timeout=10000)
    sample_window.operations.wait_for_all()
    assert dialogs.offered_languages == ["en", "es"]
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


def test_an_english_mou_from_a_spanish_screen(
    spanish_screen: None,
    sample_window: MainWindow,
    qtbot: QtBot,
    dialogs: RecordingDialogs,
    tmp_path: Path,
) -> None:
    open_sample_request(sample_window, qtbot)
    exported = tmp_path / "MOU for Riverbend.docx"
    dialogs.files.append(exported)
    dialogs.document_languages.append("en")

    def export(wizard: MouWizard) -> None:
        _export(wizard, qtbot, sample_window, exported)

    run_wizard(sample_window, qtbot, export)
    sample_window.operations.wait_for_all()
    assert dialogs.offered_languages == ["es"]  # the screen's language, offered first
    written = docx.Document(str(exported))
    assert written.sections[0].header.paragraphs[0].text.startswith("DRAFT — version 1 — ")
    headings = [p.text for p in written.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "1. Parties and signatories"
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


def test_an_english_charter_while_spanish_is_remembered(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    """Spanish was the last document's language: the charter's save dialog offers it, the
    coordinator chooses English, and English is what is written and remembered."""
    from .test_charter_by_hand import _open_charter

    settings = open_settings(sample_window.database.location.data_dir)
    settings.setValue(SETTING, "es")
    settings.sync()
    sample_window.show_request(3)  # the sample's partnership, its charter written
    qtbot.waitUntil(lambda: sample_window.request_page.request_id == 3)
    target = tmp_path / "charter.docx"
    dialogs.files.append(target)
    dialogs.document_languages.append("en")

    def export(dialog: CharterDialog) -> None:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists, timeout=10000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _open_charter(sample_window, qtbot, export)
    assert dialogs.offered_languages == ["es"]
    written = docx.Document(str(target))
    assert written.paragraphs[0].text.startswith("Team charter: ")
    headings = [p.text for p in written.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "The goal of our partnership"
    assert open_settings(sample_window.database.location.data_dir).value(SETTING) == "en"
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


def test_the_results_report_written_in_spanish_from_its_dialog(
    sample_window: MainWindow, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    from partnerdesk.ui.editors.results_dialog import ResultsReportDialog

    from .test_question_form_by_hand import _raise_any, _tab_to, _when_open
    from .test_results_report_by_hand import _open_report_dialog

    target = tmp_path / "informe.docx"
    dialogs.files.append(target)
    dialogs.document_languages.append("es")

    def write(dialog: ResultsReportDialog) -> None:
        _tab_to(dialog, qtbot, dialog.save_report)
        qtbot.keyClick(dialog.save_report, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    failures = _when_open(ResultsReportDialog, write)
    _open_report_dialog(sample_window, qtbot)
    _raise_any(failures)
    sample_window.operations.wait_for_all()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert dialogs.offered_languages == ["en"]
    written = docx.Document(str(target))
    assert written.paragraphs[0].text.startswith("Informe de resultados: ")
    assert open_settings(sample_window.database.location.data_dir).value(SETTING) == "es"
    assert not [shown for shown in dialogs.shown if shown[0] == "problem"]


def test_qts_own_save_dialog_speaks_latin_american_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    """Review #19: Qt's file dialog in a Spanish window said "Look in:", "Files of type:",
    "Folder" and Spain's "Nombre de fichero"; our words are asked before qtbase_es's."""
    from PySide6.QtWidgets import QTreeView

    from .test_underlined_letters import letters_used_twice

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    (tmp_path / "Minutes").mkdir()
    assert use_language(application, "es", cache_dir=tmp_path / "cache") == "es"
    try:
        dialog = DocumentSaveDialog(
            None, "Guardar", tmp_path / "Preguntas.docx", "Word (*.docx)", "es"
        )
        qtbot.addWidget(dialog)
        dialog.setDirectory(str(tmp_path))
        dialog.show()
        qtbot.waitExposed(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        assert labels == [
            "&Buscar en:",
            "&Nombre de archivo:",
            "&Tipo de archivo:",
            "&Idioma del documento:",
        ]
        files = dialog.findChild(QTreeView, "treeView")
        assert files is not None
        model = files.model()
        kinds: dict[str, str] = {}

        def minutes_listed() -> bool:
            root = files.rootIndex()
            kinds.update(
                (model.index(row, 0, root).data(), model.index(row, 2, root).data())
                for row in range(model.rowCount(root))
            )
            return "Minutes" in kinds

        qtbot.waitUntil(minutes_listed)
        assert kinds["Minutes"] == "Carpeta"
        assert letters_used_twice(dialog) == {}
        dialog.reject()
    finally:
        remove_translators()
