"""The "Document language" choice of the save dialogs for documents (issue 21).

A document's language is chosen per export, independent of the screen's: a
Spanish-speaking coordinator may send an English MOU to the hospital and print the
questions in Spanish for a community meeting. The save dialog offers it beside the file
name; it starts on the language last used for a document, else the screen's language,
and is remembered in the data folder's settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QLabel, QWidget

from partnerdesk.core.document_language import DOCUMENT_LANGUAGES, ENGLISH, SPANISH
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.ui.language import content_language

if TYPE_CHECKING:
    from partnerdesk.ui.dialogs import Dialogs

SETTING = "documents/language"
WORD_DOCUMENT = QT_TRANSLATE_NOOP("DocumentLanguage", "Word document (*.docx)")

# Qt's own save dialog (below) in Latin American Spanish: qtbase_es says "fichero" and
# "Ver en:", and leaves "&Look in:"/"Files of &type:" (Qt 6 gave them letters) and the
# list's "Folder" in English. Our .ts holds these words in Qt's own contexts, and our
# translator is asked before Qt's (ui/language.py); written out here so lupdate keeps them.


def qt_dialog_words() -> list[str]:
    """The words of Qt's file dialog that PartnerDesk's translation gives, as shown.

    Never called: written as translate() calls only so that lupdate keeps Qt's own
    words (with the disambiguation Qt looks them up by) in our .ts, where they replace
    qtbase_es's Spain Spanish ("Nombre de fichero") with the Latin American words."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QFileDialog", "File &name:"),
        translate("QFileDialog", "Folder"),
        translate("QFileDialog", "All Files (*)"),
        translate("QFileDialog", "New Folder"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "File", "All other platforms"),
    ]


def screen_language() -> str:
    """The language the window speaks, as far as documents go: Spanish or English.

    The window's chosen language (Settings → Language, ``--language``), not the system's
    locale: a Spanish window on an English computer offers Spanish documents first."""
    return SPANISH if content_language() == SPANISH else ENGLISH


def document_language_for(settings: QSettings | None) -> str:
    """The language last used for a document, else the screen's."""
    if settings is not None:
        stored = str(settings.value(SETTING, "") or "")
        if stored in DOCUMENT_LANGUAGES:
            return stored
    return screen_language()


def remember_document_language(settings: QSettings | None, language: str) -> None:
    if settings is not None and language in DOCUMENT_LANGUAGES:
        settings.setValue(SETTING, language)


def choose_word_document(
    dialogs: Dialogs, settings: QSettings | None, title: str, suggested: Path
) -> tuple[Path, str] | None:
    """Where to save a Word document, and its language: the save dialog with the language
    last used offered first. The choice is remembered, and a name typed without ".docx"
    gets it. None when the user cancels."""
    chosen = dialogs.save_document(
        title,
        suggested,
        QCoreApplication.translate("DocumentLanguage", WORD_DOCUMENT),
        document_language_for(settings),
    )
    if chosen is None:
        return None
    path, language = chosen
    remember_document_language(settings, language)
    if path.suffix.lower() != ".docx":
        path = path.with_name(path.name + ".docx")
    return path, language


class DocumentSaveDialog(QFileDialog):
    """Qt's save dialog with a "Document language" list under the file name.

    Qt's own dialog rather than the system's: only it can hold the extra list, and the
    choice belongs beside the name of the file it is for, not in a dialog of its own.
    """

    def __init__(
        self, parent: QWidget | None, title: str, suggested: Path, file_types: str, language: str
    ) -> None:
        super().__init__(parent, title, str(suggested), file_types)
        self.setObjectName("document-save-dialog")
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        self.selectFile(suggested.name)
        self.languages = QComboBox(self)
        self.languages.setObjectName("document-language")
        for code, name in DOCUMENT_LANGUAGES.items():
            self.languages.addItem(name, code)
        self.languages.setCurrentIndex(max(0, self.languages.findData(language)))
        label = QLabel(self.tr("&Document language:"), self)
        label.setBuddy(self.languages)
        self.languages.setAccessibleName(self.tr("Document language"))
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            row = grid.rowCount()
            grid.addWidget(label, row, 0)
            grid.addWidget(self.languages, row, 1)

    def language(self) -> str:
        return str(self.languages.currentData())

    def chosen_path(self) -> Path | None:
        names = self.selectedFiles()
        if not names or not names[0]:
            return None
        path = Path(names[0])
        if not path.suffix:
            extension = self.selectedNameFilter().rpartition("*")[2].rstrip(")").strip()
            path = path.with_suffix(extension or ".docx")
        return path
