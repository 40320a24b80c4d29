"""The two dialogs of the forms sent to the other side (issue 18).

``ShortlistDialog``: "Questions for the form…" — every question by topic, ticked when it
is on the request's shortlist. A topic's box ticks all its questions. Each is a real
check box: Tab moves on, Space ticks, and a screen reader's "toggle" ticks it too (a
tree's checkable rows toggle only their selection through assistive technology).

``FormAnswersDialog``: what a returned form would change, before anything is changed —
the new answers and those that differ from ours (each ticked to take theirs, unticked to
keep ours), and what could not be matched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.forms import AnswerStatus, FormReading
from partnerdesk.services.vetting.shortlist import HARD_TOPIC, Shortlist

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _checked(item: QTreeWidgetItem) -> bool:
    return item.checkState(0) == Qt.CheckState.Checked


def _tick(item: QTreeWidgetItem, on: bool) -> None:
    item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class TopicBox(QCheckBox):
    """A topic's box: ticks or unticks all of its questions, half-ticked when some are.

    A click (or Space, or a screen reader's "toggle") goes from half-ticked to ticked,
    never to half-ticked: that state only says what the questions below are.
    """

    def nextCheckState(self) -> None:  # noqa: N802 (Qt's name)
        ticked = self.checkState() == Qt.CheckState.Checked
        self.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)


# Long questions are cut on screen (the whole question is the box's tooltip and its name
# for screen readers): a check box does not wrap its text.
_SHOWN_LENGTH = 110


class ShortlistDialog(QDialog):
    def __init__(self, shortlist: Shortlist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Questions for the form")
        self.resize(820, 600)
        intro = QLabel(
            f"Tick the questions to ask about “{shortlist.title}” in your next "
            "conversation, and on the form you send them. A topic's box ticks all of its "
            "questions. Questions they have answered already say so."
        )
        intro.setWordWrap(True)
        self.topics: dict[str, TopicBox] = {}
        self.items: dict[str, QCheckBox] = {}
        self._of_topic: dict[str, list[QCheckBox]] = {}
        # True while a topic's box is set to show its questions' state (not a user's tick).
        self._following = False
        boxes = QWidget()
        boxes.setAccessibleName("Questions for the form")
        column = QVBoxLayout(boxes)
        for topic in shortlist.topics:
            topic_box = TopicBox(topic.title)
            font = topic_box.font()
            font.setBold(True)
            topic_box.setFont(font)
            topic_box.setAccessibleName(f"Topic: {topic.title}")
            column.addWidget(topic_box)
            self.topics[topic.id] = topic_box
            members: list[QCheckBox] = []
            for question in topic.questions:
                answered = " (answered)" if question.answered else ""
                whole = f"{question.number}. {question.text}{answered}"
                shown = whole if len(whole) <= _SHOWN_LENGTH else whole[: _SHOWN_LENGTH - 1] + "…"
                box = QCheckBox(shown)
                box.setAccessibleName(whole)
                box.setToolTip(whole)
                box.setChecked(question.chosen)
                box.setContentsMargins(24, 0, 0, 0)
                box.toggled.connect(lambda _on, topic_id=topic.id: self._topic_follows(topic_id))
                row = QHBoxLayout()
                row.addSpacing(24)
                row.addWidget(box, 1)
                column.addLayout(row)
                self.items[question.key] = box
                members.append(box)
            self._of_topic[topic.id] = members
            # Any change of the topic's box that is not its questions' echo: a click,
            # Space, or a screen reader's "toggle" (which sets it without a click).
            topic_box.checkStateChanged.connect(
                lambda state, topic_id=topic.id: self._tick_topic(topic_id, state)
            )
            self._topic_follows(topic.id)
        column.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidget(boxes)
        scroller.setWidgetResizable(True)
        scroller.setAccessibleName("Questions for the form")
        self.hard_keys = [
            q.key for topic in shortlist.topics if topic.id == HARD_TOPIC for q in topic.questions
        ]
        self.count = QLabel()
        self.count.setAccessibleName("Questions ticked")
        only_hard = QPushButton("Only the &hard questions")
        only_hard.clicked.connect(self.only_hard)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(only_hard, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setAccessibleName("Message")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._show_count()
        first = next(iter(self.topics.values()), None)
        if first is not None:
            first.setFocus()

    def chosen(self) -> list[str]:
        return [key for key, box in self.items.items() if box.isChecked()]

    def only_hard(self) -> None:
        for key, box in self.items.items():
            box.setChecked(key in self.hard_keys)

    def _tick_topic(self, topic_id: str, state: Qt.CheckState) -> None:
        if self._following or state == Qt.CheckState.PartiallyChecked:
            return
        for box in self._of_topic[topic_id]:
            box.setChecked(state == Qt.CheckState.Checked)
        self._topic_follows(topic_id)

    def _topic_follows(self, topic_id: str) -> None:
        members = self._of_topic.get(topic_id, [])
        ticked = sum(box.isChecked() for box in members)
        state = (
            Qt.CheckState.Checked
            if members and ticked == len(members)
            else Qt.CheckState.PartiallyChecked
            if ticked
            else Qt.CheckState.Unchecked
        )
        topic_box = self.topics.get(topic_id)
        if topic_box is not None and topic_box.checkState() != state:
            self._following = True
            try:
                topic_box.setCheckState(state)
            finally:
                self._following = False
        self._show_count()

    def _show_count(self) -> None:
        if hasattr(self, "count"):
            self.count.setText(f"{len(self.chosen())} of {len(self.items)} questions ticked.")

    def _save(self) -> None:
        if not self.chosen():
            self.message.setText("Tick at least one question.")
            return
        self.accept()


class FormAnswersDialog(QDialog):
    """What the returned form holds, against what is stored; nothing is changed yet."""

    def __init__(self, reading: FormReading, whose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Answers in the form")
        self.resize(900, 600)
        summary = QLabel(
            f"{reading.summary()}. Nothing is changed until you press “Read in”. "
            f"Only {whose} is written: your own notes, evidence and ratings stay as they are."
        )
        summary.setWordWrap(True)
        self.answers = QTreeWidget()
        self.answers.setRootIsDecorated(False)
        self.answers.setColumnCount(3)
        self.answers.setHeaderLabels(["Question (ticked: take theirs)", "Now", "In the form"])
        self.answers.setAccessibleName("Answers to read in: ticked takes theirs")
        self.answers.setWordWrap(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        for answer in reading.answers:
            if answer.status is AnswerStatus.SAME:
                continue
            is_new = answer.status is AnswerStatus.NEW
            item = QTreeWidgetItem(
                [
                    f"{answer.number}. {answer.question}",
                    "(new: nothing yet)" if is_new else answer.ours,
                    answer.theirs,
                ]
            )
            for column in range(3):
                item.setToolTip(column, item.text(column))
            item.setData(0, KEY_ROLE, answer.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            _tick(item, True)
            self.answers.addTopLevelItem(item)
            self.items[answer.key] = item
        for column, width in enumerate((320, 260)):
            self.answers.setColumnWidth(column, width)
        # The answer chosen, whole: the columns show only its start.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleName("The answer chosen, in full")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answers.currentItemChanged.connect(lambda item, _previous: self._show_detail(item))
        unmatched_title = QLabel("&Could not be matched (copy by hand if needed):")
        self.unmatched = QListWidget()
        self.unmatched.setAccessibleName("Could not be matched")
        unmatched_title.setBuddy(self.unmatched)
        for row in reading.unmatched:
            self.unmatched.addItem(f"{row.where}: {row.text} ({row.reason})")
        if not reading.unmatched:
            self.unmatched.addItem("Everything in the form was matched.")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_in = self.buttons.addButton("&Read in", QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_in.setEnabled(bool(self.items))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.answers, 3)
        layout.addWidget(self.detail)
        layout.addWidget(unmatched_title)
        layout.addWidget(self.unmatched, 1)
        layout.addWidget(self.buttons)
        if self.items:
            self.answers.setCurrentItem(next(iter(self.items.values())))
        self.answers.setFocus()

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.detail.clear()
            return
        self.detail.setText(f"{item.text(0)}\n\nNow: {item.text(1)}\n\nIn the form: {item.text(2)}")

    def take_theirs(self) -> set[str]:
        """The keys ticked: new answers to add, changed ones to take."""
        return {key for key, item in self.items.items() if _checked(item)}
