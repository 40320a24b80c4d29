"""Settings → Language…: the language of the window and of the command line's messages.

Kept in the data folder's settings.ini (``interface/language``), which the command line
reads too (core/translation.py). It applies from the next start: the window is made in
one language, and changing every text in place would leave some behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from partnerdesk.core.translation import (
    FOLLOW_SYSTEM,
    LANGUAGE_NAMES,
    SETTINGS_KEY,
    SETTINGS_SECTION,
    current_language,
    resolve_language,
)
from partnerdesk.ui.window_state import keep_private

SETTING = f"{SETTINGS_SECTION}/{SETTINGS_KEY}"


def chosen_setting(settings: QSettings) -> str:
    value = str(settings.value(SETTING, FOLLOW_SYSTEM))
    return value if value == FOLLOW_SYSTEM or value in LANGUAGE_NAMES else FOLLOW_SYSTEM


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Language"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Language of PartnerDesk:"))
        self.choice = QComboBox()
        self.choice.setObjectName("language-choice")
        # Each language by its own name: someone who cannot read the current one finds it.
        self.choice.addItem(self.tr("Follow the system"), FOLLOW_SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen_setting(settings))))
        label.setBuddy(self.choice)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        # "Follow the system" alone does not say which language that is, nor does a
        # --language given for this run.
        now = LANGUAGE_NAMES.get(current_language())
        if now:
            shown = QLabel(self.tr("PartnerDesk is in {language} now.").format(language=now))
            shown.setObjectName("language-now")
            layout.addWidget(shown)
        note = QLabel(
            self.tr(
                "The new language is used from the next start of PartnerDesk, for the window "
                "and for the messages of the partnerdesk command. Documents choose their own "
                "language when you export them."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.setValue(SETTING, self.choice.currentData())
        self.settings.sync()
        keep_private(Path(self.settings.fileName()))
        super().accept()


def choose_language(parent: QWidget, settings: QSettings) -> str | None:
    """Show the dialog; returns the choice made ("system", "en", "es"), None if cancelled."""
    dialog = LanguageDialog(parent, settings)
    dialog.setObjectName("language-dialog")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return chosen_setting(settings)


def language_at_next_start(choice: str) -> str | None:
    """The language the next start will show for ``choice``, when it is not today's."""
    from partnerdesk.ui.language import system_languages

    coming = resolve_language(choice, system_languages())
    return None if coming == current_language() else coming
