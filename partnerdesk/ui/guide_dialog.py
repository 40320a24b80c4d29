"""Help → User guide: the guide shipped in resources/guide, read inside the app.

A window of its own (not modal), so people can follow the steps in the main window while
reading. Links inside the guide move within it; nothing is fetched from anywhere.

The guide follows the window's language: resources/guide/es/index.html when the window is
in Spanish (issue 21). A translated guide shows its own pictures (resources/guide/es/*.png,
taken with the window in that language) where there are some, else the English ones, so
it reads before its pictures are taken.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import APP_NAME
from partnerdesk.core.translation import SOURCE_LANGUAGE, current_language
from partnerdesk.paths import resource
from partnerdesk.ui.widgets import resize_within_screen


def guide_file(language: str | None = None) -> Path:
    """The guide in ``language`` (default: the window's), else the English one."""
    language = language or current_language()
    if language != SOURCE_LANGUAGE:
        translated = resource("guide", language, "index.html")
        if translated.is_file():
            return translated
    return resource("guide", "index.html")


class GuideBrowser(QTextBrowser):
    """The guide's pages; a picture its language has not got yet is the English guide's."""

    def __init__(self, guide: Path) -> None:
        super().__init__()
        self.fallback = resource("guide")
        self.setSearchPaths([str(guide.parent)])
        self.setSource(QUrl.fromLocalFile(str(guide)))

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 (Qt's name)
        url = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            wanted = Path(self.source().resolved(url).toLocalFile())
            if wanted.name and not wanted.is_file() and (self.fallback / wanted.name).is_file():
                url = QUrl.fromLocalFile(str(self.fallback / wanted.name))
        return super().loadResource(kind, url)


class GuideDialog(QDialog):
    def __init__(self, guide: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{APP_NAME} user guide").format(APP_NAME=APP_NAME))
        self.setObjectName("guide-dialog")
        guide = guide or guide_file()

        self.browser = GuideBrowser(guide)
        self.browser.setAccessibleName(self.tr("User guide"))
        # Only the guide's own pages and pictures: no web links are followed from here.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setToolTip(self.tr("Back to where you were in the guide"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.contents_button = QPushButton(self.tr("&Contents"))
        self.contents_button.setToolTip(self.tr("Back to the start of the guide"))
        self.contents_button.clicked.connect(self.browser.home)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.contents_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addLayout(buttons)
        resize_within_screen(self, 840, 680)
        self.browser.setFocus()

    def text(self) -> str:
        return self.browser.toPlainText()
