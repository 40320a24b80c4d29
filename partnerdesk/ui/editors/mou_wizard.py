"""The MOU wizard: a page per section, saved as the user types, then check and export.

Nothing needs saving by hand: each page is written shortly after the last keystroke, when
the page changes and when the window closes. "Undo changes on this page" puts the page
back as it was when it was opened; Ctrl+Z undoes typing within a field.

Saves run on the database worker, in the order they were made, so typing never waits for
the store. The wizard keeps what the store holds as far as it knows, and the saves still
on their way; a save refused (the store busy, a colleague's save meanwhile) is taken back
from what it expects, so the page is saved again, or the user is asked whose words to keep.
Closing waits until every save has been written.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
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

from partnerdesk.core.mou_checks import Finding, check_mou
from partnerdesk.core.mou_sections import SECTION_BY_ID, SECTIONS, section_is_blank
from partnerdesk.services.errors import ChangedElsewhereError
from partnerdesk.services.mou.drafts import DraftEdit, MouDraft
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.editors.mou_fields import SectionPage
from partnerdesk.ui.flow_layout import FlowLayout
from partnerdesk.ui.widgets import current_follows_selection, enlarge, resize_within_screen

AUTOSAVE_DELAY_MS = 600
# Closing waits at most this long for the saves still on their way.
LEAVING_WAIT_S = 30
CHECK_PAGE = "check"
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
ALL_SAVED = "All changes are saved."


@dataclass(frozen=True)
class TheirSection:
    """Someone else saved this page first and the user chose to see their version."""

    values: dict[str, Any]


@dataclass(frozen=True)
class KeepMine:
    """Someone else saved this page first and the user chose to save their own words over it:
    ``theirs`` is the page they saved, so a third person's later save is still noticed."""

    theirs: dict[str, Any]


# How the user settled a colleague's save of the page: theirs shown, mine saved over it,
# or (None) the question closed: what was typed stays on screen, unsaved.
Settlement = TheirSection | KeepMine | None


@dataclass(frozen=True)
class SaveProblem:
    """A save that was refused: what to show, and whether trying again may help.

    ``wait_when_leaving``: closing waits a few seconds for it to pass (a data file busy
    for a moment), rather than asking at once (a server that is away).
    """

    text: str
    retry: bool = True
    wait_when_leaving: bool = True


# What became of one save: None when it was written.
SaveOutcome = SaveProblem | ChangedElsewhereError | None
# Shown while a colleague's save of a page is not settled (the question was closed).
NOT_SETTLED = (
    "Not saved: someone else changed this page meanwhile. Change something on it, or "
    "close, to choose whose words to keep."
)


class MouEditing(Protocol):
    """What the wizard needs from the store (see ui/mou_editing.py)."""

    def save(self, mou_id: int, edit: DraftEdit, done: Callable[[SaveOutcome], None]) -> None:
        """Write ``edit`` after every save asked before it; ``done`` is told how it went."""
        ...

    def settle_conflict(self, error: ChangedElsewhereError) -> Settlement:
        """Ask whose words to keep: theirs, mine, or None (the question closed)."""
        ...

    def leave_unsaved(self, problem: SaveProblem) -> bool:
        """Closing while the last save is refused: whether to close all the same."""
        ...

    def finish(self) -> None:
        """Wait until every save asked so far has been written (or refused)."""
        ...


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
        title = QLabel("Check and export")
        enlarge(title, 4)
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
        paint(hint, Tone.MUTED)
        self.export_button = QPushButton("&Export to Word…")
        self.export_button.clicked.connect(self.export_requested.emit)
        self.email_button = QPushButton("E&mail draft…")
        self.email_button.clicked.connect(self.email_requested.emit)
        copy = QPushButton("Copy as plain &text")
        copy.clicked.connect(self.copy_requested.emit)
        versions = QPushButton("&Versions…")
        versions.clicked.connect(self.versions_requested.emit)
        # Once both organizations have signed it (ui/signing_actions.py).
        self.sign_button = QPushButton("Mark as si&gned…")
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
    sign_requested = Signal(int)

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
        # The draft as the store holds it, as far as the wizard knows (saves confirmed)…
        self._stored_sections = dict(draft.sections)
        self._stored_title = draft.title
        # …and as it will hold it once the saves on their way are written.
        self.sections = dict(draft.sections)
        self._title = draft.title
        self._on_their_way: list[DraftEdit] = []
        self._problem: SaveProblem | None = None
        # Pages a colleague saved meanwhile whose question was closed without a choice:
        # what was typed is on screen, not saved, and is asked about again.
        self._unsettled: set[str] = set()
        # Pages whose save was refused (the store busy, the server away): sent again with
        # the next save even when another page is on screen by then.
        self._refused: set[str] = set()
        self._leaving = False
        self._left = False  # saved and closed
        self._closing = False  # no more pages to build
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.setWindowTitle(f"MOU — {draft.title}")
        self.title = QLineEdit(draft.title)
        self.title.setAccessibleName("MOU title")
        self.title.textEdited.connect(lambda _text: self._autosave_later())
        title_label = QLabel("&Title:")
        title_label.setBuddy(self.title)
        self.saved = QLabel()
        self._say_saved(ALL_SAVED)

        self.contents = QListWidget()
        self.contents.setAccessibleName("Sections")
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
        self.check_page.sign_requested.connect(lambda: self._hand_over(self.sign_requested))
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
        resize_within_screen(self, 1060, 720)

        self._autosave.timeout.connect(self.save_now)
        # Quitting from outside (the session ends, the system shuts down) closes no dialog:
        # save what is on screen all the same.
        self._application = QCoreApplication.instance()
        if self._application is not None:
            self._application.aboutToQuit.connect(self._save_on_quit)
        self._opened_values: dict[str, Any] = {}
        ids = [section.id for section in SECTIONS] + [CHECK_PAGE]
        start = ids.index(draft.last_page) if draft.last_page in ids else 0
        self.contents.setCurrentRow(start)
        self._page_chosen(start)
        QTimer.singleShot(0, self._build_next_page)

    def _build_page(self, section_id: str) -> SectionPage:
        section = SECTION_BY_ID[section_id]
        page = SectionPage(SECTIONS.index(section) + 1, section, self._clauses)
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
                f"{row + 1}. {section.title}" + ("" if blank else "  ✓")
            )

    # Saving ----------------------------------------------------------------------
    def _say_saved(self, text: str, *, problem: bool = False) -> None:
        """The save indicator; its text is also its accessible name, so it can be heard."""
        self.saved.setText(text)
        self.saved.setAccessibleName(text)
        paint(self.saved, Tone.WARNING if problem else Tone.MUTED)

    def _autosave_later(self) -> None:
        self._say_saved("Saving…")
        self._autosave.start()

    def _show_save_state(self) -> None:
        """Truthful: "Saving…" while a change waits for its save or is on its way."""
        if self._problem is not None:
            self._say_saved(self._problem.text, problem=True)
        elif self._unsettled:
            self._say_saved(NOT_SETTLED, problem=True)
        elif self._autosave.isActive() or any(
            edit.section_id or edit.title for edit in self._on_their_way
        ):
            self._say_saved("Saving…")
        else:
            self._say_saved(ALL_SAVED)

    def shown_page(self) -> SectionPage | None:
        """The section page on screen: when the user picks another page, the list's choice
        moves first, and the page being left must still be the one saved. A page not
        built yet has nothing typed in it (None)."""
        index = self.pages.currentIndex()
        if 0 <= index < len(SECTIONS):
            return self.section_pages.get(SECTIONS[index].id)
        return None

    def save_now(self, last_page: str | None = None) -> bool:
        """Save the page on screen (and the title) if anything changed; safe to call often.

        The save goes on its way at once and is written after those before it; returns
        False only while the last save was refused (the indicator says why).
        """
        self._autosave.stop()
        self._send_refused_pages()
        section_id, values = "", {}
        page = self.shown_page()
        if page is not None:
            on_screen = page.values()
            expected = self.sections.get(page.section.id) or {}
            if any(on_screen.get(key) != expected.get(key) for key in on_screen):
                section_id, values = page.section.id, on_screen
        title = self.title.text().strip()
        new_title = title if title and title != self._title else ""
        if section_id or new_title or last_page is not None:
            bases = self._possibly_stored(section_id) if section_id else ()
            self._send(DraftEdit(section_id, values, bases, new_title, last_page))
        self._show_save_state()
        return self._problem is None

    def _send_refused_pages(self) -> None:
        """Pages left after their save was refused: their words are sent again."""
        shown = self.shown_page()
        for section_id in sorted(self._refused):
            page = self.section_pages.get(section_id)
            if page is None or page is shown:
                continue
            values = page.values()
            expected = self.sections.get(section_id) or {}
            if any(values.get(key) != expected.get(key) for key in values):
                self._send(DraftEdit(section_id, values, self._possibly_stored(section_id)))

    def _possibly_stored(self, section_id: str) -> tuple[Mapping[str, Any], ...]:
        """The page as the store may hold it when this save arrives: as last confirmed,
        then after each of the user's saves still on their way."""
        states: list[Mapping[str, Any]] = [self._stored_sections.get(section_id) or {}]
        for edit in self._on_their_way:
            if edit.section_id == section_id:
                states.append({**states[-1], **edit.values})
        return tuple(states)

    def _send(self, edit: DraftEdit) -> None:
        self._on_their_way.append(edit)
        if edit.section_id:
            self.sections[edit.section_id] = {
                **(self.sections.get(edit.section_id) or {}),
                **edit.values,
            }
        if edit.title:
            self._title = edit.title
        self.editing.save(self.mou_id, edit, lambda outcome: self._saved(edit, outcome))

    def _saved(self, edit: DraftEdit, outcome: SaveOutcome) -> None:
        """How a save went (on the GUI thread, in the order the saves were made)."""
        with contextlib.suppress(StopIteration):
            self._on_their_way.pop(
                next(i for i, sent in enumerate(self._on_their_way) if sent is edit)
            )
        if outcome is None:
            if edit.section_id:
                stored = self._stored_sections.get(edit.section_id) or {}
                self._stored_sections[edit.section_id] = {**stored, **edit.values}
                self._unsettled.discard(edit.section_id)
                self._refused.discard(edit.section_id)
            if edit.title:
                self._stored_title = edit.title
                self.setWindowTitle(f"MOU — {edit.title}")
            if edit.section_id or edit.title:
                self._problem = None
            self._show_save_state()
            return
        if not (edit.section_id or edit.title):
            return  # only the page to resume on: the next page change remembers it
        # Not written: expect only what was, and what is still on its way, so that the
        # next save sends this page (and title) again.
        self._expect_again()
        if isinstance(outcome, ChangedElsewhereError):
            later = any(sent.section_id == edit.section_id for sent in self._on_their_way)
            if not later:  # a later save of this page will be refused too, and ask
                self._settle(edit.section_id, outcome)
        else:
            self._problem = outcome
            if edit.section_id:
                self._refused.add(edit.section_id)
            if outcome.retry:
                self._autosave.start()  # try again shortly; what was typed stays on screen
        self._show_save_state()

    def _expect_again(self) -> None:
        self.sections = dict(self._stored_sections)
        self._title = self._stored_title
        for edit in self._on_their_way:
            if edit.section_id:
                self.sections[edit.section_id] = {
                    **(self.sections.get(edit.section_id) or {}),
                    **edit.values,
                }
            if edit.title:
                self._title = edit.title

    def _settle(self, section_id: str, error: ChangedElsewhereError) -> None:
        """A colleague saved this page meanwhile: show theirs, save mine over it, or (the
        question closed) keep what was typed on screen, unsaved, to be asked again."""
        if section_id not in SECTION_BY_ID:
            return
        page = self.section_pages[section_id]
        choice = self.editing.settle_conflict(error)
        if isinstance(choice, TheirSection):
            # Shown, not written: the store holds theirs already.
            self._unsettled.discard(section_id)
            self._stored_sections[section_id] = dict(choice.values)
            self.sections[section_id] = dict(choice.values)
            page.set_values(choice.values)
            self.save_now()
        elif isinstance(choice, KeepMine):
            # Saved over theirs, knowingly: expected to find theirs, so a third person's
            # save meanwhile is still asked about.
            self._unsettled.discard(section_id)
            self._stored_sections[section_id] = dict(choice.theirs)
            self._send(DraftEdit(section_id, page.values(), self._possibly_stored(section_id)))
            self.save_now()
        else:
            # Nothing written over theirs; nothing typed lost. What is on screen counts as
            # this page's words until something on it changes (then it is sent, refused
            # again, and asked about again), or the wizard is closed (asked again then).
            self._unsettled.add(section_id)
            self.sections[section_id] = {
                **(self.sections.get(section_id) or {}),
                **page.values(),
            }
            self._problem = SaveProblem(NOT_SETTLED, retry=False)

    def findings(self) -> list[Finding]:
        """What is missing or unfair in the draft as it is (saved, or on its way)."""
        return check_mou(self.sections)

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

    def _wait_for_saves(self) -> None:
        """Until every save on its way is written: the results are delivered here, so a
        colleague's save meanwhile is still asked about while the wizard is open."""
        deadline = time.monotonic() + LEAVING_WAIT_S
        while self._on_their_way and time.monotonic() < deadline:
            self.editing.finish()
            QCoreApplication.processEvents()

    def _save_before_leaving(self) -> bool:
        """Save everything before the wizard closes; False: it stays open, because what
        was typed could not be saved and closing would lose it."""
        if self._left:
            return True  # Close, then the dialog's own reject(): saved once
        if self._leaving:
            return False
        self._leaving = self._closing = True
        try:
            self._ask_again_about_unsettled_pages()
            # The store may be busy for a moment (another program): wait a little rather
            # than close with the last words unsaved.
            for _attempt in range(10):
                self.save_now()
                self._wait_for_saves()
                problem = self._problem
                if problem is None or not problem.retry or not problem.wait_when_leaving:
                    break
                QThread.msleep(300)
            if not self._may_close():
                self._closing = False
                QTimer.singleShot(0, self._build_next_page)
                return False
        finally:
            self._leaving = False
        self._autosave.stop()
        self._left = True
        # Closed, this wizard has nothing left to save when the app quits.
        if self._application is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._application.aboutToQuit.disconnect(self._save_on_quit)
            self._application = None
        return True

    def _ask_again_about_unsettled_pages(self) -> None:
        """A colleague's save whose question was closed is asked about once more."""
        for section_id in sorted(self._unsettled):
            page = self.section_pages[section_id]
            self._send(DraftEdit(section_id, page.values(), self._possibly_stored(section_id)))
        self._wait_for_saves()

    def _may_close(self) -> bool:
        if self._unsettled:
            # The question was closed again: the typed words stay on screen, unsaved.
            self._show_save_state()
            return False
        problem = self._problem
        if problem is not None and problem.retry and not self.editing.leave_unsaved(problem):
            self._autosave.start()  # kept open: it goes on trying
            return False
        return True

    def _save_on_quit(self) -> None:
        self.save_now()
        self._wait_for_saves()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._save_before_leaving():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape closes like Close: everything typed is kept, nothing to cancel.
        if self._save_before_leaving():
            super().reject()
