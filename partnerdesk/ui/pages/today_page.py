"""The Today page: what is overdue, what is coming up, which requests wait for a decision.

Commitments late or due soon are marked done right here with one key (Space or Ctrl+D).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.commitments import shown_words
from partnerdesk.core.dates import friendly_date, long_date
from partnerdesk.core.translation import Messages
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.today import (
    DueCommitment,
    FollowUp,
    MouReview,
    TodayOverview,
)
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.done_key import DONE_KEY, is_done_key
from partnerdesk.ui.widgets import EmptyState, heading

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class _Section(QFrame):
    """A titled list sized to its entries; shows a quiet line instead of an empty box."""

    MAX_VISIBLE_ROWS = 8

    def __init__(self, title: str, empty_text: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_text = title
        self.title = heading(title, size_delta=2)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        italic = self.empty_label.font()
        italic.setItalic(True)
        self.empty_label.setFont(italic)
        paint(self.empty_label, Tone.MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list)
        self.title.setBuddy(self.list)

    def fill(self, entries: list[tuple[str, str, RecordKind | str, int]]) -> None:
        """Each entry: what (first line), details (second line), and the record it opens.

        Read again (F5, any change): the entry chosen stays chosen, so a keyboard user
        goes on from where they were."""
        current = self.list.currentItem()
        chosen = current.data(RECORD_ROLE) if current is not None else None
        self.list.clear()
        for what, details, kind, record_id in entries:
            item = QListWidgetItem(f"{what}\n{details}")
            item.setToolTip(f"{what}\n{details}")
            item.setData(RECORD_ROLE, (kind, record_id))
            self.list.addItem(item)
            if chosen == (kind, record_id):
                self.list.setCurrentItem(item)
        self.title.setText(f"{self.title_text} ({len(entries)})" if entries else self.title_text)
        self.empty_label.setVisible(not entries)
        self.list.setVisible(bool(entries))
        if entries:
            rows = min(len(entries), self.MAX_VISIBLE_ROWS)
            row_height = self.list.sizeHintForRow(0) + 2 * self.list.spacing()
            self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)


# Reviews open the MOU itself, which is not one of the record kinds of the lists.
MOU_ENTRY = "mou"
# A commitment opens its partnership's page; Space or Ctrl+D marks it done.
COMMITMENT_ENTRY = "commitment"
# Plural forms where no widget is at hand (core/translation.py: the name is the context).
today_page = Messages("today_page")


class TodayPage(QWidget):
    open_record = Signal(object, int)  # kind, id
    open_mou = Signal(int)
    commitment_done = Signal(int, str)  # commitment id, what
    checkup_requested = Signal(int, object)  # request id, the review's date
    load_sample_requested = Signal()
    add_organization_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today-page")
        self.title = heading(self.tr("Today"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.overdue = _Section(
            self.tr("Overdue follow-ups"), self.tr("Nothing overdue. Well done.")
        )
        self.upcoming = _Section(
            self.tr("Coming up in the next two weeks"), self.tr("No follow-ups due soon.")
        )
        self.waiting = _Section(
            self.tr("Requests waiting for your decision"),
            self.tr("No partnership requests are waiting."),
        )
        self.reviews = _Section(
            self.tr("Agreement (MOU) reviews due in the next month"),
            self.tr("No agreement reviews are due."),
        )
        self.late_commitments = _Section(
            self.tr("Late commitments"), self.tr("No commitment is late: every promise is on time.")
        )
        self.due_commitments = _Section(
            self.tr("Commitments due in the next two weeks"),
            self.tr("No commitments are due soon."),
        )
        # What each commitment entry is, to open its partnership and to say what was done.
        self._commitments: dict[int, DueCommitment] = {}
        # Each MOU review due, by MOU: its partnership, to start a check-up at the review.
        self._reviews: dict[int, MouReview] = {}
        self.start_checkup = QPushButton(self.tr("Start a check-up…"))
        self.start_checkup.setToolTip(
            self.tr("Ask both sides how the partnership is going, for the chosen review")
        )
        self.start_checkup.clicked.connect(self._checkup_for_review)
        checkup_action = QAction(self.tr("Start a check-up…"), self.reviews.list)
        checkup_action.triggered.connect(self._checkup_for_review)
        self.reviews.list.addAction(checkup_action)
        self.reviews.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.reviews.list.currentItemChanged.connect(lambda *_args: self._enable_checkup())
        review_buttons = QHBoxLayout()
        review_buttons.addWidget(self.start_checkup)
        review_buttons.addStretch(1)
        section_layout = self.reviews.layout()
        assert isinstance(section_layout, QVBoxLayout)
        section_layout.addLayout(review_buttons)
        sections = (
            self.overdue,
            self.late_commitments,
            self.upcoming,
            self.due_commitments,
            self.waiting,
            self.reviews,
        )
        for section in sections:
            section.list.itemActivated.connect(self._activate)
        for section in (self.late_commitments, self.due_commitments):
            section.list.setToolTip(
                self.tr("Space or {DONE_KEY} marks the chosen commitment done").format(
                    DONE_KEY=DONE_KEY
                )
            )
            section.list.installEventFilter(self)
            # For the mouse too: a right click offers it.
            done = QAction(
                self.tr("Mark done\t(Space or {DONE_KEY})").format(DONE_KEY=DONE_KEY), section.list
            )
            done.triggered.connect(lambda _checked=False, view=section.list: self._mark_done(view))
            section.list.addAction(done)
            section.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        board = QWidget()
        column = QVBoxLayout(board)
        column.setContentsMargins(0, 0, 0, 0)
        for section in sections:
            column.addWidget(section)
        column.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidget(board)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)

        self.welcome = EmptyState()
        self.welcome.show_message(
            self.tr("Welcome to PartnerDesk"),
            self.tr(
                "PartnerDesk helps you look carefully at partnership requests from hospitals "
                "and others, keep track of the people and conversations involved, and write "
                "agreements (MOUs) on your own terms. Start by adding an organization you work "
                "with, or load the sample data to look around."
            ),
            [
                (self.tr("Add an organization"), self.add_organization_requested.emit),
                (self.tr("Load the sample data"), self.load_sample_requested.emit),
            ],
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(scroller)
        self.stack.addWidget(self.welcome)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        # Until the first overview is read (off the GUI thread, just after the window is
        # painted), the page shows only its title: no "Nothing overdue" that is not so.
        self.stack.setVisible(False)

    def show_overview(self, overview: TodayOverview) -> None:
        self.stack.setVisible(True)
        # The weekday and month in the screen's language (strftime's are always English).
        self.title.setText(self.tr("Today — {date}").format(date=long_date(overview.today)))
        if overview.store_is_empty:
            self.summary.clear()
            self.stack.setCurrentWidget(self.welcome)
            return
        counts = overview.counts
        organizations = today_page.tr("%Ln organization(s)", "", counts[RecordKind.ORGANIZATION])
        contacts = today_page.tr("%Ln contact(s)", "", counts[RecordKind.CONTACT])
        notes = today_page.tr("%Ln note(s)", "", counts[RecordKind.NOTE])
        requests = today_page.tr("%Ln partnership request(s)", "", counts[RecordKind.REQUEST])
        self.summary.setText(
            self.tr("You have {organizations}, {contacts}, {notes} and {requests}.").format(
                organizations=organizations, contacts=contacts, notes=notes, requests=requests
            )
        )
        self.overdue.fill([self._follow_up(item, overview) for item in overview.overdue])
        self.upcoming.fill([self._follow_up(item, overview) for item in overview.upcoming])
        self.waiting.fill(
            [
                (
                    request.title,
                    " · ".join(
                        part
                        for part in (
                            request.organization,
                            request.stage.label,
                            self.tr("received {date}").format(
                                date=friendly_date(request.received_on)
                            )
                            if request.received_on
                            else "",
                        )
                        if part
                    ),
                    RecordKind.REQUEST,
                    request.request_id,
                )
                for request in overview.waiting_requests
            ]
        )
        self.reviews.fill(
            [
                (
                    review.title,
                    " · ".join(
                        part
                        for part in (
                            review.organization,
                            self.tr("review {date}").format(date=friendly_date(review.review_on)),
                        )
                        if part
                    ),
                    MOU_ENTRY,
                    review.mou_id,
                )
                for review in overview.mou_reviews
            ]
        )
        self._reviews = {review.mou_id: review for review in overview.mou_reviews}
        self.start_checkup.setVisible(bool(overview.mou_reviews))
        self._enable_checkup()
        self._commitments = {
            item.commitment_id: item
            for item in (*overview.late_commitments, *overview.commitments_due_soon)
        }
        self.late_commitments.fill(
            [self._commitment(item, overview) for item in overview.late_commitments]
        )
        self.due_commitments.fill(
            [self._commitment(item, overview) for item in overview.commitments_due_soon]
        )
        self.stack.setCurrentIndex(0)

    @staticmethod
    def _commitment(item: DueCommitment, overview: TodayOverview) -> tuple[str, str, str, int]:
        days = (item.due - overview.today).days
        if days < 0:
            when = today_page.tr("%n day(s) late", "", -days)
        elif days == 0:
            when = QCoreApplication.translate("TodayPage", "due today")
        else:
            when = today_page.tr("due in %n day(s)", "", days)
        details = " · ".join(
            part
            for part in (
                shown_words(item.party),
                item.request_title,
                f"{when} ({friendly_date(item.due)})",
            )
            if part
        )
        return item.what, details, COMMITMENT_ENTRY, item.commitment_id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Space or Ctrl+D on a commitment marks it done."""
        if isinstance(watched, QListWidget) and is_done_key(event):
            event.accept()  # a shortcut elsewhere in the window does not take the key
            if event.type() == QEvent.Type.KeyPress:
                self._mark_done(watched)
            return True
        return super().eventFilter(watched, event)

    def _mark_done(self, view: QListWidget) -> None:
        item = view.currentItem()
        if item is None:
            return
        kind, commitment_id = item.data(RECORD_ROLE)
        commitment = self._commitments.get(commitment_id)
        if kind == COMMITMENT_ENTRY and commitment is not None:
            self.commitment_done.emit(commitment_id, commitment.what)

    @staticmethod
    def _follow_up(item: FollowUp, overview: TodayOverview) -> tuple[str, str, RecordKind, int]:
        days = (item.due - overview.today).days
        if days < 0:
            when = today_page.tr("%n day(s) overdue", "", -days)
        elif days == 0:
            when = QCoreApplication.translate("TodayPage", "due today")
        else:
            when = today_page.tr("due in %n day(s)", "", days)
        details = " · ".join(
            part for part in (item.organization, f"{when} ({friendly_date(item.due)})") if part
        )
        return item.action, details, RecordKind.NOTE, item.note_id

    def _chosen_review(self) -> MouReview | None:
        item = self.reviews.list.currentItem()
        if item is None:
            return None
        _kind, mou_id = item.data(RECORD_ROLE)
        return self._reviews.get(mou_id)

    def _enable_checkup(self) -> None:
        review = self._chosen_review()
        self.start_checkup.setEnabled(review is not None and review.request_id is not None)

    def _checkup_for_review(self) -> None:
        review = self._chosen_review()
        if review is not None and review.request_id is not None:
            self.checkup_requested.emit(review.request_id, review.review_on)

    def _activate(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(RECORD_ROLE)
        if kind == MOU_ENTRY:
            self.open_mou.emit(record_id)
        elif kind == COMMITMENT_ENTRY:
            if record_id in self._commitments:
                self.open_record.emit(RecordKind.REQUEST, self._commitments[record_id].request_id)
        else:
            self.open_record.emit(kind, record_id)
