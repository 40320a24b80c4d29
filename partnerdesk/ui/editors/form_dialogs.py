"""The two dialogs of the forms sent to the other side (issue 18).

``ShortlistDialog``: "Questions for the form…" — every question by topic, ticked when it
is on the request's shortlist. A topic's box ticks all its questions. Each is a real
check box: Tab moves on, Space ticks, and a screen reader's "toggle" ticks it too (a
tree's checkable rows toggle only their selection through assistive technology).

``FormAnswersDialog``: what a returned form would change, before anything is changed —
the new answers and those that differ from ours, in full (each a check box: ticked takes
theirs, unticked keeps ours), and what could not be matched.
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
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.forms import AnswerStatus, FormReading
from partnerdesk.core.translation import english_plural
from partnerdesk.services.vetting.shortlist import HARD_TOPIC, Shortlist
from partnerdesk.ui.widgets import resize_within_screen


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
_SHOWN_LENGTH = 90


class ShortlistDialog(QDialog):
    def __init__(self, shortlist: Shortlist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questions for the form"))
        resize_within_screen(self, 820, 600)
        intro = QLabel(
            self.tr(
                "Tick the questions to ask about “{title}” in your next "
                "conversation, and on the form you send them. A topic's box "
                "ticks all of its questions. Questions they have answered "
                "already say so."
            ).format(title=shortlist.title)
        )
        intro.setWordWrap(True)
        self.topics: dict[str, TopicBox] = {}
        self.items: dict[str, QCheckBox] = {}
        self._of_topic: dict[str, list[QCheckBox]] = {}
        # True while a topic's box is set to show its questions' state (not a user's tick).
        self._following = False
        boxes = QWidget()
        boxes.setAccessibleName(self.tr("Questions for the form"))
        column = QVBoxLayout(boxes)
        for topic in shortlist.topics:
            topic_box = TopicBox(topic.title)
            font = topic_box.font()
            font.setBold(True)
            topic_box.setFont(font)
            topic_box.setAccessibleName(self.tr("Topic: {title}").format(title=topic.title))
            column.addWidget(topic_box)
            self.topics[topic.id] = topic_box
            members: list[QCheckBox] = []
            for question in topic.questions:
                # Said first: a long question is cut at its end.
                answered = self.tr("(answered) ") if question.answered else ""
                whole = f"{question.number}. {answered}{question.text}"
                box = QCheckBox(_cut(whole))
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
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setAccessibleName(self.tr("Questions for the form"))
        self.hard_keys = [
            q.key for topic in shortlist.topics if topic.id == HARD_TOPIC for q in topic.questions
        ]
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Questions ticked"))
        only_hard = QPushButton(self.tr("Only the &hard questions"))
        only_hard.clicked.connect(self.only_hard)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(only_hard, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Message"))
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
            self.count.setText(
                english_plural(
                    self.tr("{count} of %n question(s) ticked.", "", len(self.items)),
                    len(self.items),
                ).format(count=len(self.chosen()))
            )

    def _save(self) -> None:
        if not self.chosen():
            self.message.setText(self.tr("Tick at least one question."))
            return
        self.accept()


class FormAnswersDialog(QDialog):
    """What the returned form holds, against what is stored; nothing is changed yet.

    One block per answer that would change: a check box (ticked: take theirs; unticked:
    keep ours) named with its question, then what is stored now and what the form says,
    in full. Then the rows that could not be matched.
    """

    def __init__(self, reading: FormReading, whose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answers in the form"))
        resize_within_screen(self, 860, 640)
        summary = QLabel(
            self.tr(
                "{summary}. Nothing is changed until you press “Read in”. "
                "Only {whose} is written: your own notes, evidence and "
                "ratings stay as they are. Untick an answer to keep yours."
            ).format(summary=reading.summary(), whose=whose)
        )
        summary.setWordWrap(True)
        self.items: dict[str, QCheckBox] = {}
        blocks = QWidget()
        column = QVBoxLayout(blocks)
        for answer in reading.answers:
            if answer.status is AnswerStatus.SAME:
                continue
            is_new = answer.status is AnswerStatus.NEW
            verb = self.tr("Add their answer") if is_new else self.tr("Take their answer")
            box = QCheckBox(
                self.tr("{verb} to {number}. {cut}").format(
                    verb=verb, number=answer.number, cut=_cut(answer.question, 70)
                )
            )
            box.setAccessibleName(
                self.tr("{verb} to question {number}: {question}").format(
                    verb=verb, number=answer.number, question=answer.question
                )
            )
            box.setToolTip(answer.question)
            box.setChecked(True)
            font = box.font()
            font.setBold(True)
            box.setFont(font)
            column.addWidget(box)
            now = QLabel(
                self.tr("Now: {ours}").format(ours=answer.ours)
                if not is_new
                else self.tr("Now: nothing yet.")
            )
            theirs = QLabel(self.tr("In the form: {theirs}").format(theirs=answer.theirs))
            for label in (now, theirs):
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setContentsMargins(24, 0, 0, 0)
                column.addWidget(label)
            self.items[answer.key] = box
        if not self.items:
            column.addWidget(QLabel(self.tr("No answer in the form is new or differs from yours.")))
        column.addStretch(1)
        self.answers = QScrollArea()
        self.answers.setWidget(blocks)
        self.answers.setWidgetResizable(True)
        # The answers wrap to the window's width rather than run off to the side.
        self.answers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.answers.setAccessibleName(self.tr("Answers to read in"))
        unmatched_title = QLabel(self.tr("&Could not be matched (copy by hand if needed):"))
        self.unmatched = QListWidget()
        self.unmatched.setAccessibleName(self.tr("Could not be matched"))
        self.unmatched.setWordWrap(True)
        unmatched_title.setBuddy(self.unmatched)
        for row in reading.unmatched:
            self.unmatched.addItem(f"{row.where}: {row.text} ({row.reason})")
        if not reading.unmatched:
            self.unmatched.addItem(self.tr("Everything in the form was matched."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_in = self.buttons.addButton(
            self.tr("&Read in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.read_in.setEnabled(bool(self.items))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.answers, 3)
        layout.addWidget(unmatched_title)
        layout.addWidget(self.unmatched, 1)
        layout.addWidget(self.buttons)
        first = next(iter(self.items.values()), None)
        (first or self.read_in).setFocus()

    def take_theirs(self) -> set[str]:
        """The keys ticked: new answers to add, changed ones to take."""
        return {key for key, box in self.items.items() if box.isChecked()}


def _cut(text: str, length: int = _SHOWN_LENGTH) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
