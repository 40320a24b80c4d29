"""The team charter (issue 19): four pages, one per part, saved as the user types.

Each page shows what to write (the toolkit's prompt in our words) and an example, then a
box to write in. Nothing needs saving by hand: a page is written shortly after the last
keystroke, when another page is chosen and when the dialog closes, through the same
mechanism as the MOU wizard (ui/editors/page_saving.py): saves in order on the database
worker, a colleague's save meanwhile asked about, closing waits for the last save.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.team_charter import PARTS, CharterPart
from partnerdesk.services.charter.charters import TEXT, CharterDraft
from partnerdesk.ui.editors.page_saving import ALL_SAVED, PageEditing, PagesSavedAsTyped
from partnerdesk.ui.widgets import current_follows_selection

PART_ROLE = Qt.ItemDataRole.UserRole + 1


class CharterPage(QWidget):
    """One part of the charter: its heading, what to write, an example, the text."""

    changed = Signal()

    def __init__(self, number: int, part: CharterPart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        title = QLabel(f"{number}. {_title(part)}")
        font = title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        self.help = QLabel(QCoreApplication.translate("CharterPart", part.help))
        self.help.setWordWrap(True)
        # Italic, not a colour of our own: it stays readable in dark mode and high contrast.
        self.example = QLabel(QCoreApplication.translate("CharterPart", part.example))
        self.example.setWordWrap(True)
        example_font = self.example.font()
        example_font.setItalic(True)
        self.example.setFont(example_font)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        self.text.setAccessibleName(_title(part))
        self.text.setAccessibleDescription(self.help.text())
        label = QLabel(self.tr("&Write it here:"))
        label.setBuddy(self.text)
        self.text.textChanged.connect(self.changed.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.help)
        layout.addWidget(self.example)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)

    def values(self) -> dict[str, Any]:
        return {TEXT: self.text.toPlainText()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        text = str(values.get(TEXT, "") or "")
        if text != self.text.toPlainText():
            self.text.blockSignals(True)
            self.text.setPlainText(text)
            self.text.blockSignals(False)

    def focus_first(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)


class CharterDialog(PagesSavedAsTyped):
    export_requested = Signal(int)  # request id

    def __init__(
        self, draft: CharterDraft, editing: PageEditing, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editing = editing
        self.record_id = self.request_id = draft.request_id
        self._start_saving({part_id: {TEXT: text} for part_id, text in draft.texts.items()})
        self.setWindowTitle(self.tr("Team charter — {0}").format(draft.request_title))
        we = draft.our_organization or self.tr("your organization")
        they = draft.their_organization or self.tr("your partner")
        intro = QLabel(
            self.tr(
                "How {0} and {1} will work together. Write it with your partner, for "
                "example after the kickoff meeting. Everything is saved as you type."
            ).format(we, they)
        )
        intro.setWordWrap(True)
        self.saved = QLabel()
        self._say_saved(QCoreApplication.translate("page_saving", ALL_SAVED))

        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Parts of the charter"))
        self.contents.setWordWrap(True)
        self.contents.setMinimumWidth(240)
        self.contents.setSpacing(2)
        self.pages = QStackedWidget()
        self.section_pages: dict[str, CharterPage] = {}
        for number, part in enumerate(PARTS, start=1):
            page = CharterPage(number, part)
            page.set_values(self.sections.get(part.id) or {})
            page.changed.connect(self._autosave_later)
            self.section_pages[part.id] = page
            self.pages.addWidget(page)
            item = QListWidgetItem()
            item.setData(PART_ROLE, part.id)
            self.contents.addItem(item)
        self._mark_contents()
        self.contents.currentRowChanged.connect(self._page_chosen)
        current_follows_selection(self.contents)
        self.contents.itemActivated.connect(lambda _item: self._focus_page())

        self.back = QPushButton(self.tr("← &Back"))
        self.back.clicked.connect(lambda: self.contents.setCurrentRow(self._row() - 1))
        self.next = QPushButton(self.tr("&Next →"))
        self.next.clicked.connect(lambda: self.contents.setCurrentRow(self._row() + 1))
        self.export_button = QPushButton(self.tr("&Export to Word…"))
        self.export_button.clicked.connect(self._export)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_now)

        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.saved)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 620])
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.contents.setCurrentRow(0)
        self._page_chosen(0)

    # Pages -------------------------------------------------------------------------
    def _row(self) -> int:
        return self.contents.currentRow()

    def current_page(self) -> CharterPage:
        return self.section_pages[PARTS[max(self._row(), 0)].id]

    def show_part(self, part_id: str) -> None:
        """Go to a part (as a click on it in the list does)."""
        self.contents.setCurrentRow([part.id for part in PARTS].index(part_id))

    def _page_chosen(self, row: int) -> None:
        self.save_now()  # the page being left (still the one on screen) is saved first
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        self.back.setEnabled(row > 0)
        self.next.setEnabled(row < len(PARTS) - 1)
        self._mark_contents()

    def _focus_page(self) -> None:
        self.current_page().focus_first()

    def _mark_contents(self) -> None:
        for row, part in enumerate(PARTS):
            written = bool(str((self.sections.get(part.id) or {}).get(TEXT, "")).strip())
            self.contents.item(row).setText(
                f"{row + 1}. {_title(part)}" + ("  ✓" if written else "")
            )

    def _export(self) -> None:
        self.save_now()
        self.export_requested.emit(self.request_id)

    # Saving (the mechanism is in page_saving.py) -----------------------------------
    def shown_page(self) -> CharterPage | None:
        index = self.pages.currentIndex()
        return self.section_pages[PARTS[index].id] if 0 <= index < len(PARTS) else None

    def _id_of(self, page: CharterPage) -> str:
        return page.part.id

    def _say_saved(self, text: str, *, problem: bool = False) -> None:
        # The palette's own colours (dark mode, high contrast); a problem is said in bold.
        self.saved.setText(text)
        self.saved.setAccessibleName(text)
        font = self.saved.font()
        font.setBold(problem)
        self.saved.setFont(font)


def _title(part: CharterPart) -> str:
    """A part's title in the screen's language (core marks it in the "CharterPart" context)."""
    return QCoreApplication.translate("CharterPart", part.title)
