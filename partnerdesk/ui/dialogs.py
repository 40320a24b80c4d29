"""Every message box goes through here, so wording stays consistent and tests can answer.

Tests pass a ``RecordingDialogs`` (tests/ui/conftest.py) instead of this class.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

ABOUT_ICON_SIZE = 64


def about_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The About box: the app's icon beside rich text (also used for screenshots)."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setIconPixmap(QApplication.windowIcon().pixmap(ABOUT_ICON_SIZE))
    return box


def shown_option(option: str) -> str:
    """An option of ``choose`` or ``pick`` as shown: options kept as constants are marked
    ``QT_TRANSLATE_NOOP("Dialogs", ...)`` and compared untranslated by their callers, so
    they are translated only here (one translated by its caller already is found in no
    message of this context and stays as it is)."""
    return QCoreApplication.translate("Dialogs", option)


class SaveChanges(Enum):
    """The answers to "Save your changes?"."""

    SAVE = "Save"
    DISCARD = "Discard"
    KEEP_EDITING = "Keep editing"


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def about(self, title: str, text: str) -> None:
        about_box(self.parent, title, text).exec()

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def problem(self, title: str, text: str, details: str = "") -> None:
        """An error the user should know about; details are copyable, never a traceback."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if details:
            copy = box.addButton(
                QCoreApplication.translate("Dialogs", "Copy details"),
                QMessageBox.ButtonRole.ActionRole,
            )
            copy.clicked.disconnect()
            copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.exec()

    def confirm(self, title: str, text: str, *, action: str, destructive: bool = False) -> bool:
        """Ask before doing something; ``action`` names the button that goes ahead."""
        box = QMessageBox(
            QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
            title,
            text,
            parent=self.parent,
        )
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel if destructive else go)
        box.exec()
        return box.clickedButton() is go

    def save_changes(self, title: str, text: str) -> SaveChanges:
        """Save, discard or keep editing what was typed (closing the box keeps editing)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        keep = box.addButton(
            QCoreApplication.translate("Dialogs", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(save)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return SaveChanges.SAVE
        if clicked is discard:
            return SaveChanges.DISCARD
        return SaveChanges.KEEP_EDITING

    def choose(
        self, title: str, text: str, options: list[str], *, close: str | None = None
    ) -> str | None:
        """Offer several ways forward; returns the chosen option's text (None: closed).

        ``close`` names a button that just closes the box (None returned), which Escape
        presses too; without it the box can only be left by one of the options.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        buttons = {
            box.addButton(shown_option(option), QMessageBox.ButtonRole.AcceptRole): option
            for option in options
        }
        if close is not None:
            closing = box.addButton(shown_option(close), QMessageBox.ButtonRole.RejectRole)
            box.setEscapeButton(closing)
            box.setDefaultButton(closing)
        box.exec()
        return buttons.get(cast("QPushButton", box.clickedButton()))

    def choose_folder(self, title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self.parent, title, str(start))
        return Path(chosen) if chosen else None

    def pick(self, title: str, text: str, options: list[str]) -> str | None:
        """One item from a list (None: cancelled)."""
        shown = {shown_option(option): option for option in options}
        choice, ok = QInputDialog.getItem(self.parent, title, text, list(shown), 0, False)
        return shown.get(choice, choice) if ok else None

    def ask_text(self, title: str, text: str, default: str = "") -> str | None:
        """A line of text (None: cancelled; an empty line is a valid answer)."""
        answer, ok = QInputDialog.getText(self.parent, title, text, text=default)
        return answer if ok else None

    def ask_password(self, title: str, text: str, *, can_remember: bool) -> tuple[str, bool] | None:
        """A password, and whether to keep it in the system's password store (None:
        cancelled). ``can_remember`` False: this computer has no store to keep it in."""
        from partnerdesk.ui.password_dialog import PasswordDialog

        dialog = PasswordDialog(title, text, can_remember=can_remember, parent=self.parent)
        if not dialog.exec():
            return None
        return dialog.password(), dialog.remember.isChecked()

    def open_file(self, title: str, start: Path, file_types: str) -> Path | None:
        name, _chosen = QFileDialog.getOpenFileName(self.parent, title, str(start), file_types)
        return Path(name) if name else None

    def save_document(
        self, title: str, suggested: Path, file_types: str, language: str
    ) -> tuple[Path, str] | None:
        """A document to write and the language to write it in (``language`` offered
        first); None when the user cancels."""
        from partnerdesk.ui.document_language import DocumentSaveDialog

        dialog = DocumentSaveDialog(self.parent, title, suggested, file_types, language)
        try:
            if not dialog.exec():
                return None
            path = dialog.chosen_path()
            return (path, dialog.language()) if path is not None else None
        finally:
            dialog.deleteLater()

    def save_file(self, title: str, suggested: Path, file_types: str) -> Path | None:
        """A file to write; if the user typed no extension, the chosen type's is added."""
        name, chosen = QFileDialog.getSaveFileName(self.parent, title, str(suggested), file_types)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            extension = chosen.rpartition("*")[2].rstrip(")").strip()
            path = path.with_suffix(extension or suggested.suffix)
        return path
