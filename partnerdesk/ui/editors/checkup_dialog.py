"""One check-up: our side rates each statement 1–5 with a comment, saved as typed; both
sides side by side, with the statements to talk about first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.checkups import (
    SCALE_WORDS,
    CheckupStatements,
    StatementRating,
    domain_scores,
    gaps_to_discuss,
)
from partnerdesk.core.dates import friendly_date
from partnerdesk.ui.editors.checkup_rating import (
    RatingBox,
    scale_choice,
    scale_in_words,
)
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import add_row, required_date_edit
from partnerdesk.ui.widgets import resize_within_screen

if TYPE_CHECKING:
    from partnerdesk.services.checkups.checkups import CheckupDetails

# A comment is saved this long after the last key (and at once on leaving it).
COMMENT_PAUSE_MS = 1200
NOT_RATED = 0


class _Row:
    """One statement's controls: its rating and its comment."""

    def __init__(self, statement_id: str, rating: QComboBox, comment: QLineEdit) -> None:
        self.statement_id = statement_id
        self.rating = rating
        self.comment = comment

    def typed(self) -> StatementRating:
        score = self.rating.currentData()
        return StatementRating(self.statement_id, score or None, self.comment.text())


class CheckupDialog(QDialog):
    def __init__(
        self,
        details: CheckupDetails,
        statements: CheckupStatements,
        save: Callable[[StatementRating, StatementRating], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkup-dialog")
        self.details = details
        self.statements = statements
        self._save = save
        # What the store holds (or was sent to it) per statement: the base of the next save.
        self.shown: dict[str, StatementRating] = dict(details.ours)
        self.rows: dict[str, _Row] = {}
        self._loading = False
        self._pending: set[str] = set()  # comments typed and not sent yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMENT_PAUSE_MS)
        self._timer.timeout.connect(self.keep_typing)
        partner = details.organization or self.tr("the partner")
        self.setWindowTitle(
            self.tr("Check-up of {date} with {partner}").format(
                date=friendly_date(details.held_on), partner=partner
            )
        )
        intro = QLabel(
            self.tr(
                "Rate each statement from our side ({scale}). Type a number or use the "
                "arrow keys; leave a statement not rated if you cannot say. Everything is "
                "saved as you type."
            ).format(scale=scale_in_words())
        )
        intro.setWordWrap(True)
        self.intro = intro  # how to rate: only above our ratings, not the side-by-side view
        self.tabs = QTabWidget()
        self.tabs.addTab(self._ratings_page(), self.tr("&Our ratings"))
        self.tabs.addTab(self._side_by_side_page(), self.tr("&Side by side"))
        self.tabs.currentChanged.connect(lambda _index: self._tab_changed())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 640)
        self._show_side_by_side()

    # Our ratings ---------------------------------------------------------------
    def _ratings_page(self) -> QWidget:
        inside = QWidget()
        layout = QVBoxLayout(inside)
        for domain in self.statements.domains:
            box = QGroupBox(domain.title)
            rows = QVBoxLayout(box)
            for statement in domain.statements:
                stored = self.shown.get(statement.id)
                rating = RatingBox()
                for text, score in self._choices():
                    rating.addItem(text, score)
                rating.setCurrentIndex((stored.score or NOT_RATED) if stored else NOT_RATED)
                rating.setMinimumWidth(150)
                label = QLabel(statement.text)
                label.setWordWrap(True)
                label.setBuddy(rating)
                rating.setAccessibleName(statement.text)
                comment = QLineEdit(stored.comment if stored else "")
                comment_label = QLabel(self.tr("Comment:"))
                comment_label.setBuddy(comment)
                comment.setAccessibleName(
                    self.tr("Comment: {statement}").format(statement=statement.text)
                )
                row = _Row(statement.id, rating, comment)
                self.rows[statement.id] = row
                rating.currentIndexChanged.connect(
                    lambda _index, row=row: self._rating_changed(row)
                )
                comment.textEdited.connect(lambda _text, row=row: self._comment_typed(row))
                comment.editingFinished.connect(self.keep_typing)
                controls = QHBoxLayout()
                controls.addWidget(rating)
                controls.addWidget(comment_label)
                controls.addWidget(comment, 1)
                rows.addWidget(label)
                rows.addLayout(controls)
                rows.addSpacing(6)
            layout.addWidget(box)
        layout.addStretch(1)
        scroller = QScrollArea()
        scroller.setAccessibleName(self.tr("Our ratings"))
        scroller.setWidget(inside)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        return scroller

    def _choices(self) -> list[tuple[str, int]]:
        # The scale's words are core's, the same as on the partner's Word form.
        return [(self.tr("Not rated"), NOT_RATED)] + [
            (scale_choice(score), score) for score in SCALE_WORDS
        ]

    def _rating_changed(self, row: _Row) -> None:
        if not self._loading:
            self._send(row)

    def _comment_typed(self, row: _Row) -> None:
        self._pending.add(row.statement_id)
        self._timer.start()

    def _send(self, row: _Row) -> None:
        self._pending.discard(row.statement_id)
        typed = row.typed()
        base = self.shown.get(row.statement_id, StatementRating(row.statement_id, None))
        if (typed.score, typed.comment) == (base.score, base.comment):
            return
        self.shown[row.statement_id] = typed
        self._save(typed, base)

    def keep_typing(self) -> None:
        """Send every comment typed and not saved yet (on leaving it, a pause, closing)."""
        self._timer.stop()
        for statement_id in sorted(self._pending):
            self._send(self.rows[statement_id])

    def show_theirs(self, rating: StatementRating) -> None:
        """A colleague's rating of a statement, saved before ours: shown in place of ours."""
        row = self.rows.get(rating.statement_id)
        if row is None:
            return
        self.shown[rating.statement_id] = rating
        self._pending.discard(rating.statement_id)
        self._loading = True
        row.rating.setCurrentIndex(rating.score or NOT_RATED)
        row.comment.setText(rating.comment)
        self._loading = False
        self._show_side_by_side()

    def not_saved(self, rating: StatementRating, base: StatementRating) -> None:
        """A save that did not reach the store: what was typed stays on screen, the
        stored rating is the base again, and it is sent again on leaving or closing."""
        if self.shown.get(rating.statement_id) == rating:
            self.shown[rating.statement_id] = base
        if rating.statement_id in self.rows:
            self._pending.add(rating.statement_id)

    # Side by side --------------------------------------------------------------
    def _side_by_side_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Statement"), self.tr("Ours"), self.tr("Theirs"), self.tr("Comments")]
        )
        self.table.setAccessibleName(self.tr("Both sides' ratings"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.gaps = QListWidget()
        self.gaps.setWordWrap(True)
        gaps_label = QLabel(self.tr("&Talk about these first:"))
        gaps_label.setBuddy(self.gaps)
        self.gaps.setAccessibleName(self.tr("Talk about these first"))
        layout.addWidget(self.source)
        layout.addWidget(gaps_label)
        self.gaps.setMaximumHeight(120)
        layout.addWidget(self.gaps)
        layout.addWidget(self.table, 1)
        return page

    def _tab_changed(self) -> None:
        self.keep_typing()
        self.intro.setVisible(self.tabs.currentIndex() == 0)
        self._show_side_by_side()

    def _show_side_by_side(self) -> None:
        details = self.details
        if details.partner_form_name:
            when = (
                friendly_date(details.partner_read_at.date())
                if details.partner_read_at is not None
                else ""
            )
            self.source.setText(
                self.tr("Their answers: read from “{form}” on {when}.").format(
                    form=details.partner_form_name, when=when
                )
            )
        else:
            self.source.setText(
                self.tr(
                    "Their answers: not yet. Send them the check-up form; their ratings show "
                    "here once their filled-in form is read back."
                )
            )
        ours = [rating for rating in self.shown.values() if not rating.is_empty]
        theirs = details.theirs
        gaps = gaps_to_discuss(self.statements, ours, theirs.values())
        to_talk_about = {gap.statement.id for gap in gaps}
        our_means = domain_scores(self.statements, ours)
        their_means = domain_scores(self.statements, theirs.values())
        rows: list[tuple[str, str, str, str, bool]] = []
        for domain in self.statements.domains:
            # A domain's row: each side's average over the statements it rated.
            rows.append(
                (
                    domain.title,
                    _mean(our_means.get(domain.id)),
                    _mean(their_means.get(domain.id)),
                    "",
                    True,
                )
            )
            for statement in domain.statements:
                mine = self.shown.get(statement.id)
                other = theirs.get(statement.id)
                notes: list[str] = []
                if statement.id in to_talk_about:
                    notes.append(self.tr("Talk about this first: the two sides differ."))
                if mine is not None and mine.comment:
                    notes.append(self.tr("Ours: {comment}").format(comment=mine.comment))
                if other is not None and other.comment:
                    notes.append(self.tr("Theirs: {comment}").format(comment=other.comment))
                rows.append(
                    (
                        statement.text,
                        _score(mine),
                        _score(other),
                        "\n".join(notes),
                        False,
                    )
                )
        self.table.setRowCount(len(rows))
        for index, (text, mine_text, their_text, comments, is_domain) in enumerate(rows):
            for column, value in enumerate((text, mine_text, their_text, comments)):
                item = QTableWidgetItem(value)
                if is_domain:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    if column in (1, 2):
                        item.setToolTip(self.tr("The average of the domain's statements"))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.gaps.clear()
        for gap in gaps:
            self.gaps.addItem(
                self.tr("{statement} — we rated it {ours}, they rated it {theirs}.").format(
                    statement=gap.statement.text, ours=gap.ours, theirs=gap.theirs
                )
            )
        if not gaps:
            self.gaps.addItem(
                self.tr("No statement the two sides rated two or more steps apart.")
                if theirs
                else self.tr("Nothing yet: their answers are not in.")
            )

    # Leaving -------------------------------------------------------------------
    def done(self, result: int) -> None:
        self.keep_typing()  # Close, Escape: what was typed is saved first
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.keep_typing()
        super().closeEvent(event)


def _mean(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _score(rating: StatementRating | None) -> str:
    return "—" if rating is None or rating.score is None else str(rating.score)


class NewCheckupDialog(RecordDialog):
    """The date of a new check-up, typed the way people write dates (or picked)."""

    def __init__(self, on: date, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NewCheckupDialog", "New check-up"), parent)
        intro = QLabel(
            QCoreApplication.translate(
                "NewCheckupDialog",
                "On what date is the check-up? Today's date is filled in; a date ahead "
                "plans it (it then shows in the calendar export).",
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.held_on = required_date_edit(
            on, QCoreApplication.translate("NewCheckupDialog", "date of the check-up")
        )
        add_row(self.form, QCoreApplication.translate("NewCheckupDialog", "&Date:"), self.held_on)
        start = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        start.setText(QCoreApplication.translate("NewCheckupDialog", "&Start"))
        resize_within_screen(self, 520, 240)

    def chosen(self) -> date:
        held_on = self.held_on.value()
        assert held_on is not None  # a required date: saving is refused without one
        return held_on
