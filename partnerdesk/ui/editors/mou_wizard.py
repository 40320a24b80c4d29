"""The MOU wizard: a page per section, saved as the user types, then check and export.

Nothing needs saving by hand: each page is written shortly after the last keystroke, when
the page changes and when the window closes. "Undo changes on this page" puts the page
back as it was when it was opened; Ctrl+Z undoes typing within a field.

Saves run on the database worker, in the order they were made, so typing never waits for
the store; a colleague's save meanwhile is asked about. That mechanism is shared with the
team charter's editor: ui/editors/page_saving.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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

from partnerdesk.core.mou_checks import Finding, check_mou
from partnerdesk.core.mou_sections import SECTION_BY_ID, SECTIONS, section_is_blank, sections_in
from partnerdesk.core.translation import english_plural
from partnerdesk.services.mou.drafts import MouDraft
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.editors.mou_fields import SectionPage
from partnerdesk.ui.editors.page_saving import (  # the names it had before they were shared
    ALL_SAVED,
    AUTOSAVE_DELAY_MS,
    LEAVING_WAIT_S,
    NOT_SETTLED,
    KeepMine,
    PageEditing,
    PagesSavedAsTyped,
    SaveOutcome,
    SaveProblem,
    Settlement,
    TheirSection,
)
from partnerdesk.ui.flow_layout import FlowLayout
from partnerdesk.ui.widgets import current_follows_selection, enlarge, resize_within_screen

CHECK_PAGE = "check"
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


# The MOU wizard's name for what it needs from the store (ui/mou_editing.py).
MouEditing = PageEditing
__all__ = [
    "ALL_SAVED",
    "AUTOSAVE_DELAY_MS",
    "LEAVING_WAIT_S",
    "NOT_SETTLED",
    "CheckPage",
    "KeepMine",
    "MouEditing",
    "MouWizard",
    "SaveOutcome",
    "SaveProblem",
    "Settlement",
    "TheirSection",
]


class _PagesBuiltWhenNeeded(dict[str, SectionPage]):
    """The wizard's section pages by id, each built the first time it is asked for."""

    def __init__(self, build: Callable[[str], SectionPage]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, section_id: str) -> SectionPage:
        page = self[section_id] = self._build(section_id)
        return page


class CheckPage(QWidget):
    """The last page: what is missing or unfair, each finding one click from its page."""

    go_to = Signal(str)  # section id
    export_requested = Signal()
    copy_requested = Signal()
    versions_requested = Signal()
    email_requested = Signal()
    sign_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Check and export"))
        enlarge(title, 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Points still to settle"))
        self.findings.setWordWrap(True)
        self.findings.setSpacing(4)
        self.findings.itemActivated.connect(self._open)
        self.findings.itemDoubleClicked.connect(self._open)
        hint = QLabel(
            self.tr(
                "Double-click a point (or select it and press Enter) to go to the page that "
                "settles it. You can export at any time: until every point is settled the "
                "document says it is a draft and lists them at the end."
            )
        )
        hint.setWordWrap(True)
        paint(hint, Tone.MUTED)
        self.export_button = QPushButton(self.tr("&Export to Word…"))
        self.export_button.clicked.connect(self.export_requested.emit)
        self.email_button = QPushButton(self.tr("E&mail draft…"))
        self.email_button.clicked.connect(self.email_requested.emit)
        copy = QPushButton(self.tr("Copy as &plain text"))
        copy.clicked.connect(self.copy_requested.emit)
        versions = QPushButton(self.tr("&Versions…"))
        versions.clicked.connect(self.versions_requested.emit)
        # Once both organizations have signed it (ui/signing_actions.py).
        self.sign_button = QPushButton(self.tr("Mark as si&gned…"))
        self.sign_button.clicked.connect(self.sign_requested.emit)
        # Wrapped onto more lines on a narrow screen (150% or 200%) rather than cut.
        button_row = QWidget()
        buttons = FlowLayout(button_row)
        for button in (self.export_button, self.email_button, copy, versions, self.sign_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 1)
        layout.addWidget(hint)
        layout.addWidget(button_row)

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings.clear()
        if not findings:
            self.summary.setText(
                self.tr(
                    "Every section is written and nothing unfair was found. Read it through "
                    "together with your partner before anyone signs."
                )
            )
        else:
            self.summary.setText(
                english_plural(
                    self.tr(
                        "%n point(s) to settle before this is ready to sign:", "", len(findings)
                    ),
                    len(findings),
                )
            )
        for finding in findings:
            item = QListWidgetItem(f"⚑ {finding.title}\n{finding.explanation}")
            item.setData(SECTION_ROLE, finding.section_id)
            self.findings.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.go_to.emit(item.data(SECTION_ROLE))


class MouWizard(PagesSavedAsTyped):
    export_requested = Signal(int)
    copy_requested = Signal(int)
    versions_requested = Signal(int)
    email_requested = Signal(int)
    sign_requested = Signal(int)

    def __init__(
        self,
        draft: MouDraft,
        editing: MouEditing,
        clauses: dict[tuple[str, str], str],
        parent: QWidget | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        # The sections' titles, help and examples, and the check's findings, in the
        # window's language (``clauses`` are in it too); the ids are the same in every one.
        self.language = language
        self.worded = {section.id: section for section in sections_in(language)}
        self.mou_id = draft.id
        self.editing = editing
        self.record_id = draft.id
        self._start_saving(draft.sections, draft.title)
        self.setWindowTitle(self.tr("MOU — {title}").format(title=draft.title))
        self.title = QLineEdit(draft.title)
        self.title.setAccessibleName(self.tr("MOU title"))
        self.title.textEdited.connect(lambda _text: self._autosave_later())
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title)
        self.saved = QLabel()
        self._say_saved(QCoreApplication.translate("page_saving", ALL_SAVED))

        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Sections"))
        # Room for the section names, and no more: a small screen needs the rest.
        self.contents.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setSpacing(2)
        self.pages = QStackedWidget()
        self._clauses = clauses
        self._scrollers: dict[str, QScrollArea] = {}
        # Pages are built when first needed (the one opened at once, the others one per
        # turn of the event loop), so opening never blocks the window for long.
        self.section_pages = _PagesBuiltWhenNeeded(self._build_page)
        for number, section in enumerate(SECTIONS, start=1):
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            self.pages.addWidget(scroller)
            self._scrollers[section.id] = scroller
            item = QListWidgetItem(f"{number}. {self.worded[section.id].title}")
            item.setData(SECTION_ROLE, section.id)
            self.contents.addItem(item)
        self.check_page = CheckPage()
        self.pages.addWidget(self.check_page)
        check_item = QListWidgetItem(self.tr("✔ Check and export"))
        check_item.setData(SECTION_ROLE, CHECK_PAGE)
        self.contents.addItem(check_item)
        self.check_page.go_to.connect(self.show_section)
        self.check_page.export_requested.connect(lambda: self._hand_over(self.export_requested))
        self.check_page.copy_requested.connect(lambda: self._hand_over(self.copy_requested))
        self.check_page.versions_requested.connect(lambda: self._hand_over(self.versions_requested))
        self.check_page.email_requested.connect(lambda: self._hand_over(self.email_requested))
        self.check_page.sign_requested.connect(lambda: self._hand_over(self.sign_requested))
        self.contents.currentRowChanged.connect(self._page_chosen)
        # Assistive technology selects an item rather than making it current; Enter and a
        # double-click open the page and put the cursor in its first field.
        current_follows_selection(self.contents)
        self.contents.itemActivated.connect(self._open_item)

        self.back = QPushButton(self.tr("← &Back"))
        self.back.clicked.connect(lambda: self.contents.setCurrentRow(self._row() - 1))
        self.next = QPushButton(self.tr("&Next →"))
        self.next.clicked.connect(lambda: self.contents.setCurrentRow(self._row() + 1))
        self.undo_page = QPushButton(self.tr("&Undo changes on this page"))
        self.undo_page.clicked.connect(self.undo_changes_on_page)
        close = QPushButton(self.tr("&Close"))
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
        resize_within_screen(self, 1060, 720)

        self._opened_values: dict[str, Any] = {}
        ids = [section.id for section in SECTIONS] + [CHECK_PAGE]
        start = ids.index(draft.last_page) if draft.last_page in ids else 0
        self.contents.setCurrentRow(start)
        self._page_chosen(start)
        QTimer.singleShot(0, self._build_next_page)

    def _build_page(self, section_id: str) -> SectionPage:
        section = SECTION_BY_ID[section_id]
        page = SectionPage(SECTIONS.index(section) + 1, self.worded[section_id], self._clauses)
        page.set_values(self.sections.get(section_id) or {})
        page.changed.connect(self._autosave_later)
        self._scrollers[section_id].setWidget(page)
        return page

    def _build_next_page(self) -> None:
        waiting = [section.id for section in SECTIONS if section.id not in self.section_pages]
        if waiting and not self._closing:
            _built = self.section_pages[waiting[0]]
            QTimer.singleShot(0, self._build_next_page)

    # Pages -----------------------------------------------------------------------
    def _row(self) -> int:
        return self.contents.currentRow()

    def current_section(self) -> str:
        item = self.contents.currentItem()
        return item.data(SECTION_ROLE) if item is not None else CHECK_PAGE

    def current_page(self) -> SectionPage | None:
        section_id = self.current_section()
        return self.section_pages[section_id] if section_id in SECTION_BY_ID else None

    def show_section(self, section_id: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(SECTION_ROLE) == section_id:
                self.contents.setCurrentRow(row)
                return

    def _page_chosen(self, row: int) -> None:
        # The page being left is saved, and the one chosen remembered to resume on.
        self.save_now(last_page=self.current_section() if row >= 0 else None)
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
            self.check_page.show_findings(self.findings())
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
                f"{row + 1}. {self.worded[section.id].title}" + ("" if blank else "  ✓")
            )

    # Saving (the mechanism is in page_saving.py) ----------------------------------
    def shown_page(self) -> SectionPage | None:
        """The section page on screen: when the user picks another page, the list's choice
        moves first, and the page being left must still be the one saved. A page not
        built yet has nothing typed in it (None)."""
        index = self.pages.currentIndex()
        if 0 <= index < len(SECTIONS):
            return self.section_pages.get(SECTIONS[index].id)
        return None

    def _id_of(self, page: SectionPage) -> str:
        return page.section.id

    def _is_page(self, section_id: str) -> bool:
        return section_id in SECTION_BY_ID

    def _title_on_screen(self) -> str:
        return self.title.text().strip()

    def _title_saved(self, title: str) -> None:
        self.setWindowTitle(self.tr("MOU — {title}").format(title=title))

    def _stayed_open(self) -> None:
        QTimer.singleShot(0, self._build_next_page)

    def findings(self) -> list[Finding]:
        """What is missing or unfair in the draft as it is (saved, or on its way)."""
        return check_mou(self.sections, self.language)

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
            self.check_page.show_findings(self.findings())
