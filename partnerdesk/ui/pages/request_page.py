"""The vetting screen: one request, its red flags, readiness, and every question to ask."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
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
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.choices import Rating, RequestStage
from partnerdesk.core.dates import friendly_date
from partnerdesk.services.capacity_matrix import CapacityMatrix
from partnerdesk.services.vetting_overview import QuestionLine, VettingOverview
from partnerdesk.ui.forms import choice_box, select_data
from partnerdesk.ui.pages.answer_editor import AnswerEditor
from partnerdesk.ui.pages.capacity_grid import CapacityGrid
from partnerdesk.ui.widgets import heading

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
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
        self.asked_by = ""
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
        edit.clicked.connect(lambda: self.edit_requested.emit(self.request_id))
        self.decide = QPushButton("&Decide…")
        self.decide.setToolTip("Record your decision: proceed, with conditions, pause or decline")
        self.decide.clicked.connect(lambda: self.decide_requested.emit(self.request_id))
        self.export = QPushButton("E&xport")
        self.export.setToolTip("Save a Word document: the vetting summary, or the questions to ask")
        export_menu = QMenu(self.export)
        export_menu.addAction("Vetting summary…").triggered.connect(
            lambda: self.export_summary_requested.emit(self.request_id)
        )
        export_menu.addAction("Questions to ask at the next meeting…").triggered.connect(
            lambda: self.export_questions_requested.emit(self.request_id)
        )
        self.export.setMenu(export_menu)
        self.mou = QPushButton("&MOU…")
        self.mou.setToolTip("Write the memorandum of understanding for this request")
        self.mou.clicked.connect(lambda: self.mou_requested.emit(self.request_id))
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

        self.flags = QTextBrowser()
        self.flags.setAccessibleName("Red flags")
        self.flags.setOpenLinks(False)
        self.flags.anchorClicked.connect(lambda url: self.select_question(url.path()))
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

        self.questions = QTreeWidget()
        self.questions.setHeaderHidden(True)
        self.questions.setAccessibleName("Questions to ask")
        self.questions.currentItemChanged.connect(self._question_chosen)
        self.editor = AnswerEditor()
        self.editor.save_requested.connect(
            lambda key, form, base: self.answer_saved.emit(self.request_id, key, form, base)
        )
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
        asked_by: str = "",
        matrix: CapacityMatrix | None = None,
    ) -> None:
        keep = self.editor.key if overview.request_id == self.request_id else ""
        self.request_id = overview.request_id
        self.asked_by = asked_by
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
        if not overview.flags:
            self.flags.setHtml("<p>No red flags so far.</p>")
            return
        parts = []
        for flag in overview.flags:
            link = (
                f" <a href='question:{flag.question_id}'>Go to the question</a>"
                if flag.question_id
                else ""
            )
            parts.append(
                f"<p><b style='color:#9f1239'>⚑ {html.escape(flag.title)}</b><br>"
                f"{html.escape(flag.explanation)}{link}</p>"
            )
        self.flags.setHtml("".join(parts))

    def _show_questions(self, overview: VettingOverview, keep: str) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        self.lines = {}
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
            self.questions.addTopLevelItem(group)
            for line in lines:
                self.lines[line.key] = line
                rating = line.answer.rating if line.answer else Rating.NOT_ASKED
                item = QTreeWidgetItem([f"{line.text}  [{rating.label}]"])
                item.setData(0, KEY_ROLE, line.key)
                item.setToolTip(0, line.text)
                colour = RATING_COLOURS.get(rating)
                if colour:
                    item.setForeground(0, QBrush(QColor(colour)))
                group.addChild(item)
                if line.key == keep:
                    current = item
            group.setExpanded(True)
        self.questions.blockSignals(False)
        if current is not None:
            self.questions.setCurrentItem(current)
        else:
            self.editor.show_question(None)

    def _question_chosen(self, item: QTreeWidgetItem | None, previous: object) -> None:
        if self.editor.changed:
            # Moving to another question keeps what was typed: nothing is lost.
            self.editor.save()
        key = item.data(0, KEY_ROLE) if item is not None else None
        self.editor.show_question(self.lines.get(key) if key else None, self.asked_by)

    def select_question(self, key: str | None) -> None:
        if not key:
            return
        for index in range(self.questions.topLevelItemCount()):
            group = self.questions.topLevelItem(index)
            for child in range(group.childCount()):
                if group.child(child).data(0, KEY_ROLE) == key:
                    self.questions.setCurrentItem(group.child(child))
                    return
