"""The MOU wizard: a page per section, saved as the user types, then check and export.

Nothing needs saving by hand: each page is written shortly after the last keystroke, when
the page changes and when the window closes. "Undo changes on this page" puts the page
back as it was when it was opened; Ctrl+Z undoes typing within a field.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.mou_checks import Finding
from partnerdesk.core.mou_sections import SECTIONS, section_is_blank
from partnerdesk.services.mou.drafts import MouDraft
from partnerdesk.ui.editors.mou_fields import HELP_STYLE, SectionPage
from partnerdesk.ui.widgets import current_follows_selection

AUTOSAVE_DELAY_MS = 600
CHECK_PAGE = "check"
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class TheirSection:
    """Someone else saved this page first and the user chose to see their version."""

    values: dict[str, Any]


class MouEditing(Protocol):
    """What the wizard needs from the store (see ui/mou_actions.py)."""

    def save_section(
        self, mou_id: int, section_id: str, values: dict[str, Any], base: dict[str, Any]
    ) -> str | TheirSection:
        """'' when saved, a problem to show (and retry), or their version to show."""
        ...

    def save_title(self, mou_id: int, title: str) -> str: ...
    def set_last_page(self, mou_id: int, page: str) -> None: ...
    def findings(self, mou_id: int) -> list[Finding]: ...


class CheckPage(QWidget):
    """The last page: what is missing or unfair, each finding one click from its page."""

    go_to = Signal(str)  # section id
    export_requested = Signal()
    copy_requested = Signal()
    versions_requested = Signal()
    email_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Check and export")
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setAccessibleName("Points still to settle")
        self.findings.setWordWrap(True)
        self.findings.setSpacing(4)
        self.findings.itemActivated.connect(self._open)
        self.findings.itemDoubleClicked.connect(self._open)
        hint = QLabel(
            "Double-click a point (or select it and press Enter) to go to the page that "
            "settles it. You can export at any time: until every point is settled the "
            "document says it is a draft and lists them at the end."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HELP_STYLE)
        self.export_button = QPushButton("&Export to Word…")
        self.export_button.clicked.connect(self.export_requested.emit)
        self.email_button = QPushButton("E&mail draft…")
        self.email_button.clicked.connect(self.email_requested.emit)
        copy = QPushButton("Copy as plain &text")
        copy.clicked.connect(self.copy_requested.emit)
        versions = QPushButton("&Versions…")
        versions.clicked.connect(self.versions_requested.emit)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.email_button, copy, versions):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings.clear()
        if not findings:
            self.summary.setText(
                "Every section is written and nothing unfair was found. Read it through "
                "together with your partner before anyone signs."
            )
        else:
            self.summary.setText(
                f"{len(findings)} {'point' if len(findings) == 1 else 'points'} to settle "
                "before this is ready to sign:"
            )
        for finding in findings:
            item = QListWidgetItem(f"⚑ {finding.title}\n{finding.explanation}")
            item.setData(SECTION_ROLE, finding.section_id)
            self.findings.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.go_to.emit(item.data(SECTION_ROLE))


class MouWizard(QDialog):
    export_requested = Signal(int)
    copy_requested = Signal(int)
    versions_requested = Signal(int)
    email_requested = Signal(int)

    def __init__(
        self,
        draft: MouDraft,
        editing: MouEditing,
        clauses: dict[tuple[str, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mou_id = draft.id
        self.editing = editing
        self.sections = dict(draft.sections)
        self.setWindowTitle(f"MOU — {draft.title}")
        self.title = QLineEdit(draft.title)
        self.title.setAccessibleName("MOU title")
        self.title.textEdited.connect(lambda _text: self._autosave.start())
        title_label = QLabel("&Title:")
        title_label.setBuddy(self.title)
        self.saved = QLabel()
        self._say_saved("All changes are saved.")

        self.contents = QListWidget()
        self.contents.setAccessibleName("Sections")
        self.contents.setMinimumWidth(280)
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setSpacing(2)
        self.pages = QStackedWidget()
        self.section_pages: dict[str, SectionPage] = {}
        for number, section in enumerate(SECTIONS, start=1):
            page = SectionPage(number, section, clauses)
            page.set_values(self.sections.get(section.id) or {})
            page.changed.connect(self._autosave_later)
            scroller = QScrollArea()
            scroller.setWidget(page)
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            self.pages.addWidget(scroller)
            self.section_pages[section.id] = page
            item = QListWidgetItem(f"{number}. {section.title}")
            item.setData(SECTION_ROLE, section.id)
            self.contents.addItem(item)
        self.check_page = CheckPage()
        self.pages.addWidget(self.check_page)
        check_item = QListWidgetItem("✔ Check and export")
        check_item.setData(SECTION_ROLE, CHECK_PAGE)
        self.contents.addItem(check_item)
        self.check_page.go_to.connect(self.show_section)
        self.check_page.export_requested.connect(lambda: self._hand_over(self.export_requested))
        self.check_page.copy_requested.connect(lambda: self._hand_over(self.copy_requested))
        self.check_page.versions_requested.connect(lambda: self._hand_over(self.versions_requested))
        self.check_page.email_requested.connect(lambda: self._hand_over(self.email_requested))
        self.contents.currentRowChanged.connect(self._page_chosen)
        # Assistive technology selects an item rather than making it current; Enter and a
        # double-click open the page and put the cursor in its first field.
        current_follows_selection(self.contents)
        self.contents.itemActivated.connect(self._open_item)

        self.back = QPushButton("← &Back")
        self.back.clicked.connect(lambda: self.contents.setCurrentRow(self._row() - 1))
        self.next = QPushButton("&Next →")
        self.next.clicked.connect(lambda: self.contents.setCurrentRow(self._row() + 1))
        self.undo_page = QPushButton("&Undo changes on this page")
        self.undo_page.clicked.connect(self.undo_changes_on_page)
        close = QPushButton("&Close")
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_now)

        top = QHBoxLayout()
        top.addWidget(title_label)
        top.addWidget(self.title, 1)
        top.addWidget(self.saved)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 760])
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_page)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1060, 720)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)
        # Quitting from outside (the session ends, the system shuts down) closes no dialog:
        # save what is on screen all the same.
        self._application = QCoreApplication.instance()
        if self._application is not None:
            self._application.aboutToQuit.connect(self.save_now)
        self._opened_values: dict[str, Any] = {}
        ids = [section.id for section in SECTIONS] + [CHECK_PAGE]
        start = ids.index(draft.last_page) if draft.last_page in ids else 0
        self.contents.setCurrentRow(start)
        self._page_chosen(start)

    # Pages -----------------------------------------------------------------------
    def _row(self) -> int:
        return self.contents.currentRow()

    def current_section(self) -> str:
        item = self.contents.currentItem()
        return item.data(SECTION_ROLE) if item is not None else CHECK_PAGE

    def current_page(self) -> SectionPage | None:
        return self.section_pages.get(self.current_section())

    def show_section(self, section_id: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(SECTION_ROLE) == section_id:
                self.contents.setCurrentRow(row)
                return

    def _page_chosen(self, row: int) -> None:
        self.save_now()
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        self.back.setEnabled(row > 0)
        self.next.setEnabled(row < self.contents.count() - 1)
        page = self.current_page()
        self.undo_page.setEnabled(page is not None)
        if page is not None:
            self._opened_values = page.values()
        else:
            self.check_page.show_findings(self.editing.findings(self.mou_id))
        self.editing.set_last_page(self.mou_id, self.current_section())
        self._mark_contents()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.contents.setCurrentItem(item)
        page = self.current_page()
        if page is not None:
            page.focus_first()
        else:
            self.check_page.findings.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_contents(self) -> None:
        for row, section in enumerate(SECTIONS):
            blank = section_is_blank(self.sections, section.id)
            self.contents.item(row).setText(
                f"{row + 1}. {section.title}" + ("" if blank else "  ✓")
            )

    # Saving ----------------------------------------------------------------------
    def _say_saved(self, text: str, *, problem: bool = False) -> None:
        """The save indicator; its text is also its accessible name, so it can be heard."""
        self.saved.setText(text)
        self.saved.setAccessibleName(text)
        self.saved.setStyleSheet("color: #9a3412;" if problem else HELP_STYLE)

    def _autosave_later(self) -> None:
        self._say_saved("Saving…")
        self._autosave.start()

    def shown_page(self) -> SectionPage | None:
        """The section page on screen: when the user picks another page, the list's choice
        moves first, and the page being left must still be the one saved."""
        index = self.pages.currentIndex()
        if 0 <= index < len(SECTIONS):
            return self.section_pages[SECTIONS[index].id]
        return None

    def save_now(self) -> bool:
        """Write the page on screen (and the title) if anything changed; safe to call often."""
        self._autosave.stop()
        problems = []
        page = self.shown_page()
        if page is not None:
            values = page.values()
            stored = self.sections.get(page.section.id) or {}
            if any(values.get(key) != stored.get(key) for key in values):
                result = self.editing.save_section(self.mou_id, page.section.id, values, stored)
                if isinstance(result, TheirSection):
                    self.sections[page.section.id] = result.values
                    page.set_values(result.values)
                elif result:
                    problems.append(result)
                else:
                    self.sections[page.section.id] = {**stored, **values}
        title = self.title.text().strip()
        if title and title != self.windowTitle().removeprefix("MOU — "):
            problem = self.editing.save_title(self.mou_id, title)
            if problem:
                problems.append(problem)
            else:
                self.setWindowTitle(f"MOU — {title}")
        self._say_saved(
            problems[0] if problems else "All changes are saved.", problem=bool(problems)
        )
        if problems:
            self._autosave.start()  # try again shortly; what was typed stays on screen
        return not problems

    def undo_changes_on_page(self) -> None:
        page = self.current_page()
        if page is None:
            return
        page.set_values(self._opened_values)
        self.save_now()
        page.focus_first()

    def _hand_over(self, signal: Any) -> None:
        self.save_now()
        signal.emit(self.mou_id)

    def refresh_findings(self) -> None:
        if self.current_page() is None:
            self.check_page.show_findings(self.editing.findings(self.mou_id))

    def _save_before_leaving(self) -> None:
        # Closed, this wizard has nothing left to save when the app quits.
        if self._application is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._application.aboutToQuit.disconnect(self.save_now)
            self._application = None
        # The store may be busy for a moment (an export finishing): wait a little rather
        # than close with the last words unsaved.
        for _attempt in range(10):
            if self.save_now():
                return
            QThread.msleep(300)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save_before_leaving()
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape closes like Close: everything typed is kept, nothing to cancel.
        self._save_before_leaving()
        super().reject()
