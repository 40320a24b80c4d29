"""The vetting screen: one request, its red flags, readiness, and every question to ask."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.choices import Rating, RequestStage, rating_shown
from partnerdesk.core.dates import friendly_date
from partnerdesk.services.vetting.capacity_matrix import CapacityMatrix
from partnerdesk.services.vetting.overview import QuestionLine, VettingOverview
from partnerdesk.services.vetting.questions import AnswerForm, same_answer
from partnerdesk.ui.forms import choice_box, select_data
from partnerdesk.ui.pages.answer_editor import AnswerEditor
from partnerdesk.ui.pages.capacity_grid import CapacityGrid
from partnerdesk.ui.pages.flag_list import FlagList
from partnerdesk.ui.widgets import heading

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_COLOUR = "#111827"
RATING_COLOURS = {
    Rating.STRONG: "#166534",
    Rating.ADEQUATE: "#1e40af",
    Rating.WEAK: "#92400e",
    Rating.CONCERN: "#9f1239",
}


class RequestPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal(int)
    stage_chosen = Signal(int, object)  # request id, RequestStage
    answer_saved = Signal(int, str, object, object)  # request id, key, AnswerForm, its base
    decide_requested = Signal(int)
    export_summary_requested = Signal(int)
    export_questions_requested = Signal(int)
    edit_bank_requested = Signal()
    mou_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("request-page")
        self.request_id = 0
        self.lines: dict[str, QuestionLine] = {}
        # Answers this page sent to be saved that the store has not shown back yet: a
        # question visited again meanwhile shows them, and they are the base of the next
        # save, so one person's quick saves never look like someone else's change.
        self._sent: dict[str, AnswerForm] = {}
        # The user's own name for "Asked by": set by the vetting actions, which ask for it
        # the first time a question is opened (never the computer's login name).
        self.user_name: Callable[[], str] = lambda: ""
        back = QPushButton("← All requests")
        back.setFlat(True)
        back.clicked.connect(self.back_requested.emit)
        self.title = heading("")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.stage = choice_box([(stage.label, stage) for stage in RequestStage])
        self.stage.activated.connect(
            lambda _index: self.stage_chosen.emit(
                self.request_id, RequestStage(self.stage.currentData())
            )
        )
        stage_label = QLabel("&Stage:")
        stage_label.setBuddy(self.stage)
        self.stage.setAccessibleName("Stage")
        edit = QPushButton("&Edit details…")
        edit.clicked.connect(lambda: self._move_on_to(self.edit_requested))
        self.decide = QPushButton("&Decide…")
        self.decide.setToolTip("Record your decision: proceed, with conditions, pause or decline")
        self.decide.clicked.connect(lambda: self._move_on_to(self.decide_requested))
        self.export = QPushButton("E&xport")
        self.export.setToolTip("Save a Word document: the vetting summary, or the questions to ask")
        export_menu = QMenu(self.export)
        export_menu.addAction("Vetting summary…").triggered.connect(
            lambda: self._move_on_to(self.export_summary_requested)
        )
        export_menu.addAction("Questions to ask at the next meeting…").triggered.connect(
            lambda: self._move_on_to(self.export_questions_requested)
        )
        self.export.setMenu(export_menu)
        self.mou = QPushButton("&MOU…")
        self.mou.setToolTip("Write the memorandum of understanding for this request")
        self.mou.clicked.connect(lambda: self._move_on_to(self.mou_requested))
        bank = QPushButton("&Question bank…")
        bank.setToolTip("Add your own questions, change wording, retire questions")
        bank.clicked.connect(self.edit_bank_requested.emit)
        top = QHBoxLayout()
        top.addWidget(stage_label)
        top.addWidget(self.stage)
        top.addWidget(edit)
        top.addWidget(self.decide)
        top.addWidget(self.export)
        top.addWidget(self.mou)
        top.addStretch(1)
        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.decision.setAccessibleName("Decision")
        self.decision.setTextFormat(Qt.TextFormat.RichText)

        self.flags = FlagList()
        self.flags.question_chosen.connect(self.go_to_question)
        self.flags_title = heading("Red flags", size_delta=2)
        self.readiness = QListWidget()
        self.readiness.setAccessibleName("Readiness by topic")
        self.readiness.setWordWrap(True)  # long topic names wrap instead of scrolling sideways
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.flags_title)
        left_layout.addWidget(self.flags, 3)
        left_layout.addWidget(heading("Readiness", size_delta=2))
        left_layout.addWidget(self.readiness, 2)

        # One level: headings and questions side by side. Assistive technology selects a
        # nested item by its row within its heading, which picked the wrong question.
        self.questions = QTreeWidget()
        self.questions.setHeaderHidden(True)
        self.questions.setRootIsDecorated(False)
        self.questions.setAccessibleName("Questions to ask")
        self.questions.currentItemChanged.connect(self._question_chosen)
        # Assistive technology selects an item rather than making it current; Enter (or a
        # double click) also takes the user on to typing the answer.
        self.questions.itemSelectionChanged.connect(self._selection_changed)
        self.questions.itemActivated.connect(self._question_activated)
        self.editor = AnswerEditor()
        self.editor.save_requested.connect(self._send_answer)
        # In a scroll area, so a small screen still fits the whole window.
        editor_scroller = QScrollArea()
        editor_scroller.setWidget(self.editor)
        editor_scroller.setWidgetResizable(True)
        editor_scroller.setFrameShape(QFrame.Shape.NoFrame)
        questions_box = QWidget()
        questions_layout = QVBoxLayout(questions_box)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.addWidget(self.questions, 1)
        questions_layout.addWidget(bank, 0, Qt.AlignmentFlag.AlignRight)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(questions_box)
        right.addWidget(editor_scroller)
        self.capacities = CapacityGrid()
        self.tabs = QTabWidget()
        self.tabs.addTab(right, "&Questions and answers")
        self.tabs.addTab(self.capacities, "&Capacity matrix")
        self.tabs.currentChanged.connect(lambda _index: self.keep_typing())
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([360, 640])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(top)
        layout.addWidget(self.decision)
        layout.addWidget(self.splitter, 1)

    def show_overview(
        self,
        overview: VettingOverview,
        matrix: CapacityMatrix | None = None,
    ) -> None:
        same_request = overview.request_id == self.request_id
        if not same_request:
            self.keep_typing()  # another request opens: what was typed on this one is saved
            self._sent = {}
            self.capacities.forget_sent()
        keep = self.editor.key if same_request else ""
        self.request_id = overview.request_id
        self.title.setText(overview.title)
        parts = [f"From {overview.organization}" if overview.organization else ""]
        if overview.received_on:
            parts.append(f"received {friendly_date(overview.received_on)}")
        if overview.funding_ends_on:
            parts.append(f"funding ends {friendly_date(overview.funding_ends_on)}")
        parts.append(f"{overview.answered} of {overview.total} questions answered")
        self.subtitle.setText(" · ".join(part for part in parts if part))
        select_data(self.stage, overview.stage)
        self._show_decision(overview)
        if matrix is not None:
            self.capacities.show_matrix(matrix)
        self._show_flags(overview)
        self.readiness.clear()
        for item in overview.readiness:
            entry = QListWidgetItem(
                f"{item.title} — {item.state.value} ({item.answered} of {item.total})"
            )
            entry.setToolTip(item.explanation)
            self.readiness.addItem(entry)
        self._show_questions(overview, keep)

    def _show_decision(self, overview: VettingOverview) -> None:
        if overview.decision is None:
            self.decision.setText("<i>No decision yet.</i> Press Decide… when you are ready.")
            self.decide.setText("&Decide…")
            return
        when = f" on {friendly_date(overview.decided_on)}" if overview.decided_on else ""
        text = (
            f"<b>Decision: {html.escape(overview.decision.label)}</b>{when}. "
            f"{html.escape(overview.decision_reasons)}"
        )
        if overview.decision_conditions:
            conditions = html.escape(overview.decision_conditions).replace("\n", "; ")
            text += f"<br><b>Conditions:</b> {conditions}"
        self.decision.setText(text)
        self.decide.setText("Change &decision…")

    def _show_flags(self, overview: VettingOverview) -> None:
        self.flags_title.setText(
            f"Red flags ({len(overview.flags)})" if overview.flags else "Red flags"
        )
        self.flags.show_flags(
            [(flag.title, flag.explanation, flag.question_id or "") for flag in overview.flags]
        )

    def _show_questions(self, overview: VettingOverview, keep: str) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        self.lines = {}
        sent = self._sent
        readiness = {item.category_id: item for item in overview.readiness}
        current = None
        for category in overview.categories:
            lines = overview.questions.get(category.id, [])
            state = readiness.get(category.id)
            counts = f" — {state.answered} of {state.total} answered" if state else ""
            group = QTreeWidgetItem([f"{category.title}{counts}"])
            group.setToolTip(0, category.help)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            # A heading, not a choice: the arrow keys pass over it to the next question.
            group.setFlags(Qt.ItemFlag.NoItemFlags)
            group.setForeground(0, QBrush(QColor(HEADING_COLOUR)))
            self.questions.addTopLevelItem(group)
            for line in lines:
                if line.key in sent:
                    if line.answer is not None and same_answer(line.answer, sent[line.key]):
                        del sent[line.key]  # saved: the store has it now
                    else:
                        line = replace(line, answer=sent[line.key])  # still on its way
                self.lines[line.key] = line
                rating = line.answer.rating if line.answer else Rating.NOT_ASKED
                shown = rating_shown(rating, answered=line.answer is not None and line.answer.given)
                item = QTreeWidgetItem([f"{line.text}  [{shown}]"])
                item.setData(0, KEY_ROLE, line.key)
                item.setToolTip(0, line.text)
                colour = RATING_COLOURS.get(rating)
                if colour:
                    item.setForeground(0, QBrush(QColor(colour)))
                self.questions.addTopLevelItem(item)
                if line.key == keep:
                    current = item
        if current is not None:
            self.questions.setCurrentItem(current)
        self.questions.blockSignals(False)
        if current is None:
            self.editor.show_question(None)
        elif not self.editor.changed:
            # The refreshed answer (someone else's too) replaces the one on screen.
            self.editor.show_question(self.lines[keep], self.user_name())
        # Otherwise the user is typing in it: the refresh, brought by an earlier save, leaves
        # the editor alone, with the answer it was opened on as the base of the next save.

    def _question_chosen(self, item: QTreeWidgetItem | None, previous: object) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key and key == self.editor.key:
            return
        if self.editor.key and self.editor.asked_on.problem():
            # "Asked on" cannot be read: stay on this question and say so, rather than
            # save the answer without the date the user typed.
            self.editor.save_if_valid()
            self.questions.blockSignals(True)
            self.select_question(self.editor.key)
            self.questions.blockSignals(False)
            return
        # Moving to another question keeps what was typed: nothing is lost.
        self.keep_typing()
        line = self.lines.get(key) if key else None
        self.editor.show_question(line, self.user_name() if line is not None else "")

    def _selection_changed(self) -> None:
        selected = self.questions.selectedItems()
        if selected and selected[0] is not self.questions.currentItem():
            self.questions.setCurrentItem(selected[0])

    def _question_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.questions.currentItem() is not item:
            self.questions.setCurrentItem(item)
        if item.data(0, KEY_ROLE):
            self.editor.their_answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _send_answer(self, key: str, form: AnswerForm, base: AnswerForm) -> None:
        self._sent[key] = form
        if key in self.lines:
            self.lines[key] = replace(self.lines[key], answer=form)
        self.answer_saved.emit(self.request_id, key, form, base)

    def forget_sent(self, key: str) -> None:
        """A save that was refused: the store's answer is the one to show again."""
        self._sent.pop(key, None)

    def keep_typing(self) -> None:
        """Save what was typed and not saved yet: the answer, the capacity cell's note.

        Called when the user moves on — another question, tab, request or page, or the
        window closes — so nothing typed depends on how quickly they leave."""
        if self.editor.changed:
            self.editor.save()
        self.capacities.keep_note()

    def _move_on_to(self, signal: SignalInstance) -> None:
        """Decide, export, MOU, edit: what was typed is saved first (an export includes it;
        the save runs before the export, one background task after the other)."""
        self.keep_typing()
        signal.emit(self.request_id)

    def leave(self) -> None:
        """The main window shows another page (or closes)."""
        self.keep_typing()

    def go_to_question(self, key: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_question(key)
        if self.editor.key == key:
            self.editor.their_answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_question(self, key: str | None) -> None:
        if not key:
            return
        for index in range(self.questions.topLevelItemCount()):
            item = self.questions.topLevelItem(index)
            if item.data(0, KEY_ROLE) == key:
                self.questions.setCurrentItem(item)
                return
