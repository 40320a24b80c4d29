"""The partner-profile wizard: one page per part of the profile, saved as the user types.

There is no Save button and nothing to lose: each box is saved about half a second after
the typing stops, when the page changes and when the window closes, through an
``editing`` object (see ``ui/profile_actions.py``) that writes with the profiles service
on the database worker, in the order the saves were made. Closing waits for them.
The parts list on the left shows how far each part is answered and lets the user jump
anywhere; the wizard reopens on the page it was left on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.profile_prompts import ProfileField, ProfilePart, ProfilePrompts
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.profiles.answers import ProfileState
from partnerdesk.ui.colours import Tone, paint, set_palette_style_sheet
from partnerdesk.ui.widgets import current_follows_selection, heading, resize_within_screen

SAVE_DELAY_MS = 600
BOX_LINES = 4
PARTS_WIDTH = 250
BOX_LINES_AT_MOST = 10
SAVED_TEXT = QT_TRANSLATE_NOOP("profile_wizard", "Everything you type is saved as you go.")
# Closing waits at most this long for the saves still on their way.
LEAVING_WAIT_S = 30
# A save refused because the shared server is away is tried again this often.
RETRY_MS = 2000


class ProfileEditing(Protocol):
    def save(
        self,
        answers: dict[str, str],
        page: str | None,
        done: Callable[..., None],
        bases: dict[str, str] | None = None,
    ) -> None:
        """Store these answers and, if given, the page, after every save asked before;
        ``done`` is told '' when saved, or why not, in words for the user; or '' and a
        colleague's answers (field id → text) to show instead of what was typed. With
        ``retry=True`` the save is tried again by itself until it goes through (the
        shared server away), and closing meanwhile asks first.

        ``bases``: what each answer held when the wizard showed it; a colleague's save
        of that answer since then is not overwritten unseen."""
        ...

    def leave_unsaved(self, problem: str) -> bool:
        """Closing while what was typed cannot be saved: whether to close all the same."""
        ...

    def finish(self) -> None:
        """Wait until every save asked so far has been written (or refused)."""
        ...


def _intro_text(state: ProfileState) -> str:
    beside = QCoreApplication.translate(
        "profile_wizard", "Beside each box is the question the partnership toolkit asks."
    )
    if state.is_ours:
        return QCoreApplication.translate(
            "profile_wizard",
            "Your own organization's profile. Share it with a possible "
            "partner before you first meet, and ask them for theirs. "
            "{beside}",
        ).format(beside=beside)
    return QCoreApplication.translate(
        "profile_wizard",
        "What {organization_name} has told you about itself, in your "
        "words or theirs. You can also ask them to fill in a profile "
        "of their own. {beside}",
    ).format(organization_name=state.organization_name, beside=beside)


class _PartPage(QScrollArea):
    """One part: its title and intro, then each question with the seed's prompt beside it."""

    def __init__(self, part: ProfilePart, answers: dict[str, str], place: str) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.boxes: dict[str, QPlainTextEdit | QLineEdit] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 0, 12, 12)
        where = QLabel(place)
        paint(where, Tone.MUTED)
        title = heading(part.title, size_delta=4)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        intro = QLabel(part.intro)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        column.addWidget(where)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        # The box gets more room than the prompt beside it.
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for row, field in enumerate(part.fields):
            box = self._box(field, answers.get(field.id, ""))
            label = QLabel(f"<b>{_escape(field.label)}</b>")
            label.setBuddy(box)
            # The toolkit's own question, quoted as the language quotes («…» in Spanish).
            prompt = QLabel(self.tr("“{prompt}”").format(prompt=field.help))
            prompt.setTextFormat(Qt.TextFormat.PlainText)
            prompt.setWordWrap(True)
            paint(prompt, Tone.MUTED)
            prompt.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(box, row * 2 + 1, 0)
            grid.addWidget(prompt, row * 2 + 1, 1)
            # Breathing room between one question and the next label.
            grid.setRowMinimumHeight(row * 2, 28)
            # Spare height goes to the boxes, so a part with few questions gets roomier ones.
            grid.setRowStretch(row * 2 + 1, 1 if field.multiline else 0)
            self.boxes[field.id] = box
        column.addLayout(grid, 1)
        column.addStretch(0)
        self.setWidget(body)

    @staticmethod
    def _box(field: ProfileField, text: str) -> QPlainTextEdit | QLineEdit:
        box: QPlainTextEdit | QLineEdit
        if field.multiline:
            box = _AnswerBox()
            box.setPlainText(text)
        else:
            box = QLineEdit(text)
        box.setObjectName(f"profile-{field.id}")
        box.setAccessibleName(field.label)
        box.setAccessibleDescription(field.help)
        box.setToolTip(field.help)
        return box


class _AnswerBox(QPlainTextEdit):
    """A box of a few lines that grows, up to a comfortable height, into spare room.

    It asks for only its few lines (a plain text box asks for about twelve), so a page's
    spare height is shared out by the layout instead of making the page scroll.
    """

    def __init__(self) -> None:
        super().__init__()
        # Tab moves on to the next question, as people expect in a form.
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * BOX_LINES + 14)
        self.setMaximumHeight(line * BOX_LINES_AT_MOST + 14)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_of(box: QPlainTextEdit | QLineEdit) -> str:
    return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()


class ProfileWizard(QDialog):
    export_requested = Signal()
    saved = Signal()

    def __init__(
        self,
        prompts: ProfilePrompts,
        state: ProfileState,
        editing: ProfileEditing,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.organization_id = state.organization_id
        self.organization_name = state.organization_name
        self.editing = editing
        self._dirty: set[str] = set()
        # What each answer held when shown or last saved here: a save is checked against it.
        self._base: dict[str, str] = dict(state.answers)
        self._page_saved: str | None = state.last_page
        self._on_their_way = 0
        self._problem = ""
        # The last save was refused for a while only (the shared server away): it is tried
        # again by itself, and closing asks rather than dropping what was typed.
        self._retrying = False
        self.setWindowTitle(
            self.tr("Partner profile – {organization_name}").format(
                organization_name=state.organization_name
            )
        )
        self.setObjectName("profile-wizard")

        title = heading(
            self.tr("Partner profile: {organization_name}").format(
                organization_name=state.organization_name
            ),
            size_delta=5,
        )
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        self.intro = QLabel(_intro_text(state))
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)

        self.parts_list = QListWidget()
        self.parts_list.setAccessibleName(self.tr("Parts of the profile"))
        self.parts_list.setWordWrap(True)
        self.parts_list.setSpacing(3)
        # Set again when the palette changes: Qt keeps a styled widget's palette as it was.
        set_palette_style_sheet(self.parts_list, "QListWidget::item { padding: 3px 4px; }")
        # Long part titles wrap rather than scroll sideways or get cut off.
        self.parts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.parts_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.parts_list.setFixedWidth(PARTS_WIDTH)
        self.pages = QStackedWidget()
        self.boxes: dict[str, QPlainTextEdit | QLineEdit] = {}
        for number, part in enumerate(prompts.parts, start=1):
            page = _PartPage(
                part,
                state.answers,
                self.tr("Part {number} of {count}").format(number=number, count=len(prompts.parts)),
            )
            self.pages.addWidget(page)
            self.boxes.update(page.boxes)
            self.parts_list.addItem(QListWidgetItem())
        for field_id, box in self.boxes.items():
            signal = box.textChanged
            signal.connect(lambda *_args, field_id=field_id: self._typed(field_id))
        self._update_counts()

        self.status = QLabel()
        self.show_status(QCoreApplication.translate("profile_wizard", SAVED_TEXT))
        self.status.setWordWrap(True)
        self.back_button = QPushButton(self.tr("← &Back"))
        self.next_button = QPushButton(self.tr("&Next →"))
        self.export_button = QPushButton(self.tr("Export to &Word…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.back_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() + 1))
        self.export_button.clicked.connect(self._export)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_now)

        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry_timer.timeout.connect(self.save_now)

        middle = QHBoxLayout()
        middle.addWidget(self.parts_list)
        middle.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.back_button, self.next_button, self.export_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        resize_within_screen(self, 1000, 700)

        start = next(
            (index for index, part in enumerate(prompts.parts) if part.id == state.last_page), 0
        )
        self.parts_list.setCurrentRow(start)
        self.pages.setCurrentIndex(start)
        self._update_buttons()
        # Connected last: opening on the remembered page is not a change to save.
        self.parts_list.currentRowChanged.connect(self._part_chosen)
        # Assistive technology selects an item rather than making it current; Enter and a
        # double-click open the part with the cursor in its first box.
        current_follows_selection(self.parts_list)
        self.parts_list.itemActivated.connect(lambda item: self.go_to(self.parts_list.row(item)))

    # Pages --------------------------------------------------------------------
    @property
    def current_part(self) -> ProfilePart:
        return self.prompts.parts[self.pages.currentIndex()]

    def go_to(self, index: int) -> None:
        """Back and Next: show the part and put the cursor in its first box."""
        if 0 <= index < self.pages.count():
            self.parts_list.setCurrentRow(index)
            first = self.current_part.fields[0].id
            self.boxes[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def _part_chosen(self, index: int) -> None:
        # Focus stays in the list here, so arrow keys can keep moving through the parts.
        if index < 0:
            return
        self.pages.setCurrentIndex(index)
        self._update_buttons()
        self.save_now()

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pages.count() - 1)

    def _update_counts(self) -> None:
        for row, part in enumerate(self.prompts.parts):
            answered = sum(1 for field in part.fields if _text_of(self.boxes[field.id]).strip())
            item = self.parts_list.item(row)
            text = self.tr("{title}\n{answered} of {count} answered").format(
                title=part.title, answered=answered, count=len(part.fields)
            )
            item.setText(text)
            item.setToolTip(part.intro)
            # The list's own guess at a wrapped item's height can cut off its last line.
            wrapped = self.parts_list.fontMetrics().boundingRect(
                QRect(0, 0, PARTS_WIDTH - 40, 0), Qt.TextFlag.TextWordWrap, text
            )
            item.setSizeHint(QSize(0, wrapped.height() + 10))

    # Saving -------------------------------------------------------------------
    def _typed(self, field_id: str) -> None:
        self._dirty.add(field_id)
        self._update_counts()
        self.show_status(self.tr("Saving…"))
        self._timer.start()

    def save_now(self) -> bool:
        """Send what changed since the last save, and the page shown, on its way; False
        while the last save was refused (the status line says why)."""
        self._timer.stop()
        page = self.current_part.id
        if not self._dirty and page == self._page_saved:
            return not self._problem
        pending = set(self._dirty)
        answers = {field_id: _text_of(self.boxes[field_id]) for field_id in pending}
        bases = {field_id: self._base.get(field_id, "") for field_id in pending}
        # The next save of these boxes follows this one on the worker, so it is checked
        # against what this one writes (put back below if this one is refused).
        self._base.update(answers)
        self._dirty -= pending
        self._page_saved = page
        self._on_their_way += 1
        if pending and not self._retrying:  # while retrying, the reason stays in view
            self.show_status(self.tr("Saving…"))
        self.editing.save(
            answers,
            page,
            lambda problem, theirs=None, retry=False: self._saved(
                pending, problem, answers, bases, theirs, retry=retry
            ),
            bases,
        )
        return not self._problem

    def _saved(
        self,
        pending: set[str],
        problem: str,
        answers: dict[str, str] | None = None,
        bases: dict[str, str] | None = None,
        theirs: dict[str, str] | None = None,
        *,
        retry: bool = False,
    ) -> None:
        self._on_their_way -= 1
        self._retrying = retry
        if theirs is not None:
            self._show_theirs(pending, theirs)
            return
        if problem:
            for field_id, base in (bases or {}).items():
                if answers is not None and self._base.get(field_id) == answers.get(field_id):
                    self._base[field_id] = base
            # Unsaved boxes stay marked: the next keystroke or page change tries again.
            self._dirty |= pending
            self._page_saved = None
            self._problem = problem
            self.show_status(self.tr("Not saved: {problem}").format(problem=problem), problem=True)
            if retry:
                self._retry_timer.start()  # what was typed stays in its box meanwhile
            return
        self._problem = ""
        if not self._on_their_way and not self._timer.isActive() and not self._dirty:
            self.show_status(QCoreApplication.translate("profile_wizard", SAVED_TEXT))
        self.saved.emit()

    def _show_theirs(self, pending: set[str], theirs: dict[str, str]) -> None:
        """The user chose a colleague's answers: show them (nothing to save for those);
        the other answers of that save were not written, so they are sent again."""
        for field_id, text in theirs.items():
            box = self.boxes.get(field_id)
            if box is None:
                continue
            box.blockSignals(True)  # their text is stored already: not a change to save
            if isinstance(box, QPlainTextEdit):
                box.setPlainText(text)
            else:
                box.setText(text)
            box.blockSignals(False)
            self._base[field_id] = text
            self._dirty.discard(field_id)
        self._update_counts()
        self._dirty |= pending - set(theirs)
        self._page_saved = None
        self._problem = ""
        self.show_status(
            self.tr("Your colleague's answer is shown; what you typed there was not saved.")
        )
        self.save_now()

    def _save_before_leaving(self) -> None:
        """Send what is left and wait until it is written, so nothing typed is lost."""
        self.save_now()
        deadline = time.monotonic() + LEAVING_WAIT_S
        while self._on_their_way and time.monotonic() < deadline:
            self.editing.finish()
            QCoreApplication.processEvents()

    def _may_leave(self) -> bool:
        """Save what is left; while it cannot be saved for now (the shared server away),
        ask before closing: kept open, it goes on trying."""
        self._save_before_leaving()
        if self._retrying and self._problem and not self.editing.leave_unsaved(self._problem):
            self._retry_timer.start()
            return False
        self._retry_timer.stop()
        return True

    def show_status(self, text: str, *, problem: bool = False) -> None:
        paint(self.status, Tone.WARNING if problem else None)
        self.status.setText(text)
        # The text is also its accessible name, so a screen reader says what happened.
        self.status.setAccessibleName(text)

    def _export(self) -> None:
        # The export is read after the saves asked before it (one worker, in order).
        if self.save_now():
            self.export_requested.emit()

    # Leaving ------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self._may_leave():
            super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._may_leave():
            event.ignore()
            return
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._save_before_leaving()
        super().hideEvent(event)
