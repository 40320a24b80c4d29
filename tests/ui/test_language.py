"""Settings → Language, and the window in Spanish (issue 21)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from partnerdesk.core.translation import language_setting, translate
from partnerdesk.store.database import Database
from partnerdesk.ui.language import chosen_language, remove_translators, use_language
from partnerdesk.ui.language_dialog import LanguageDialog
from partnerdesk.ui.main_window import MainWindow
from tests.ui.conftest import RecordingDialogs, _shown_window, when_dialog_opens


def test_the_language_is_chosen_by_keyboard_and_kept_for_the_next_start(
    window: MainWindow, qtbot: QtBot, database: Database
) -> None:
    data_dir = database.location.data_dir
    assert data_dir is not None
    assert language_setting(data_dir) == "system", "following the system by default"
    seen: list[str] = []

    def choose_spanish(dialog: LanguageDialog) -> None:
        combo = dialog.choice
        seen.extend(combo.itemText(row) for row in range(combo.count()))
        now = dialog.findChild(QLabel, "language-now")
        seen.append(now.text())
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        buttons = dialog.findChild(QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_dialog_opens(LanguageDialog, choose_spanish)
    window.menu_actions["language"].trigger()
    # Each language by its own name.
    assert seen == ["Follow the system", "English", "Español", "PartnerDesk is in English now."]
    assert language_setting(data_dir) == "es"
    assert (
        window.statusBar().currentMessage() == "PartnerDesk will be in Español from its next start."
    )
    # The next start (window and commands) is in Spanish; this one stays as it is.
    assert chosen_language(data_dir) == "es"
    assert window.menu_actions["language"].text() == "La&nguage…"


@pytest.fixture
def spanish(tmp_path: Path) -> Iterator[None]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    # A checkout whose .qm is older than the .ts compiles one (here, not in the user's cache).
    assert use_language(application, "es", cache_dir=tmp_path) == "es"
    yield
    remove_translators()


def test_a_window_started_in_spanish(
    spanish: None, qtbot: QtBot, database: Database, dialogs: RecordingDialogs
) -> None:
    for window in _shown_window(qtbot, database, dialogs):
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Archivo", "&Editar", "&Ver", "&Configuración", "Ay&uda"]
        navigation = [window.navigation.item(row).text() for row in range(6)]
        assert navigation[:3] == ["Hoy", "Organizaciones", "Contactos"]
        # The commands' and services' messages shown in the window go through Qt too.
        assert translate("Commands", "Stopped.") == "Detenido."
        dialog = LanguageDialog(window, window.context.settings)
        buttons = dialog.findChild(QDialogButtonBox)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Cancelar", "Qt's own words: qtbase_es.qm"
        assert dialog.choice.itemText(0) == "Usar el idioma del sistema"
        dialog.deleteLater()
    assert translate("Commands", "Stopped.") == "Detenido."


def test_nothing_is_loaded_for_english() -> None:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    assert use_language(application, "en") == "en"
    assert translate("Commands", "Stopped.") == "Stopped."


def test_the_machines_language_does_not_reach_the_tests(tmp_path: Path) -> None:
    """tests/conftest.py pins the run to CI's neutral locale: on a computer in Spanish the
    window still starts in English, reads 9/30/2027 month first and offers English
    documents, unless a test switches to Spanish itself."""
    from PySide6.QtCore import QLocale

    from partnerdesk.core import translation
    from partnerdesk.ui.document_language import screen_language
    from partnerdesk.ui.forms import _system_writes_day_first

    assert QLocale.system().language() != QLocale.Language.Spanish
    assert chosen_language(tmp_path) == "en", "following the system"
    assert translation.resolve_language(None, translation.system_languages()) == "en"
    assert screen_language() == "en"
    assert not _system_writes_day_first()
