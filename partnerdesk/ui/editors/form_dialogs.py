"""The two dialogs of the forms sent to the other side (issue 18).

``ShortlistDialog``: "Questions for the form…" — every question by topic, ticked when it
is on the request's shortlist. A topic's box ticks all its questions. Space ticks the
question with the keyboard focus; the tree's rows are read out with their topic.

``FormAnswersDialog``: what a returned form would change, before anything is changed —
the new answers and those that differ from ours (each ticked to take theirs, unticked to
keep ours), and what could not be matched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
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


class ShortlistDialog(QDialog):
    def __init__(self, shortlist: Shortlist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Questions for the form")
        self.resize(760, 560)
        intro = QLabel(
            f"Tick the questions to ask about “{shortlist.title}” in your next "
            "conversation, and on the form you send them. A topic's box ticks all of its "
            "questions. Questions they have answered already say so."
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Questions for the form")
        self.tree.setAccessibleDescription("Press Space to tick or untick a question or topic")
        self.topics: list[QTreeWidgetItem] = []
        self.items: dict[str, QTreeWidgetItem] = {}
        for topic in shortlist.topics:
            parent_item = QTreeWidgetItem([topic.title])
            parent_item.setData(0, KEY_ROLE, f"topic:{topic.id}")
            parent_item.setFlags(
                parent_item.flags()
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsAutoTristate
            )
            self.tree.addTopLevelItem(parent_item)
            self.topics.append(parent_item)
            for question in topic.questions:
                answered = " (answered)" if question.answered else ""
                item = QTreeWidgetItem([f"{question.number}. {question.text}{answered}"])
                item.setData(0, KEY_ROLE, question.key)
                item.setToolTip(0, question.text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                _tick(item, question.chosen)
                parent_item.addChild(item)
                self.items[question.key] = item
            parent_item.setExpanded(True)
        self.hard_keys = [
            q.key for topic in shortlist.topics if topic.id == HARD_TOPIC for q in topic.questions
        ]
        self.count = QLabel()
        self.count.setAccessibleName("Questions ticked")
        self.tree.itemChanged.connect(lambda _item, _column: self._show_count())
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
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._show_count()
        if self.topics:
            self.tree.setCurrentItem(self.topics[0])
        self.tree.setFocus()

    def chosen(self) -> list[str]:
        return [key for key, item in self.items.items() if _checked(item)]

    def only_hard(self) -> None:
        for key, item in self.items.items():
            _tick(item, key in self.hard_keys)

    def _show_count(self) -> None:
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
