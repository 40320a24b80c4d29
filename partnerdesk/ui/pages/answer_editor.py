"""The answer to one vetting question: theirs, our evidence, a rating, who asked and when.

The values question ("How have they demonstrated those values?") has one more row: whether
they have shown them, rated beside the text (the red flag reads the rating, not the text).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from partnerdesk.core.choices import Rating, ValuesShown, rating_shown
from partnerdesk.core.red_flags import VALUES_STATEMENT
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.vetting.overview import QuestionLine
from partnerdesk.services.vetting.questions import AnswerForm, same_answer
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.forms import (
    OptionalDateEdit,
    add_row,
    choice_box,
    date_problems,
    select_data,
    text_box,
)

NOT_RATED_VALUES = QT_TRANSLATE_NOOP("answer_editor", "Not rated yet")


class AnswerEditor(QWidget):
    """Their answer, our evidence, a rating, who asked and when, for one question."""

    # Question key, the AnswerForm to save, and the one it was edited from (for the
    # check that nobody else saved the answer meanwhile).
    save_requested = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = ""
        self._base = AnswerForm()
        self._line: QuestionLine | None = None
        self.question = QLabel(self.tr("Choose a question on the left."))
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.help = QLabel()
        self.help.setWordWrap(True)
        paint(self.help, Tone.MUTED)
        self.asked_as = QLabel()
        self.asked_as.setWordWrap(True)
        paint(self.asked_as, Tone.ATTENTION)
        self.their_answer = text_box(4, self.tr("What they said"))
        self.our_evidence = text_box(3, self.tr("What we saw, heard or found out ourselves"))
        self.rating = choice_box([(rating.label, rating) for rating in Rating])
        # Once something is written, "Not asked yet" would be untrue: it reads "not rated".
        self.their_answer.textChanged.connect(self._word_the_unrated)
        self.our_evidence.textChanged.connect(self._word_the_unrated)
        # "" stands for "not rated yet" (a combo box finds no None among its items).
        values_choices: list[tuple[str, object]] = [
            (QCoreApplication.translate("answer_editor", NOT_RATED_VALUES), "")
        ]
        values_choices += [(shown.label, shown.value) for shown in ValuesShown]
        self.values_shown = choice_box(values_choices)
        self.asked_by = QLineEdit()
        self.asked_on = OptionalDateEdit()
        form = QFormLayout()
        add_row(form, self.tr("&Their answer:"), self.their_answer)
        add_row(form, self.tr("Our evide&nce:"), self.our_evidence)
        add_row(form, self.tr("&Rating:"), self.rating)
        add_row(
            form,
            self.tr("Have they shown those &values?"),
            self.values_shown,
            self.tr(
                "In what they have done, not only in what they say. Not shown, or not known yet, "
                "keeps the red flag up."
            ),
        )
        self._form = form
        add_row(form, self.tr("Asked &by:"), self.asked_by)
        add_row(form, self.tr("Asked &on:"), self.asked_on)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        paint(self.message, Tone.WARNING)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Save &answer"))
        self.save_button.clicked.connect(self.save_if_valid)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_if_valid)
        # The message and Save, for the page to keep in sight below the answer (which
        # scrolls on a small screen): enabled with the editor.
        self.footer = QWidget()
        footer = QVBoxLayout(self.footer)
        footer.setContentsMargins(9, 0, 9, 4)
        footer.addWidget(self.message)
        footer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.help)
        layout.addWidget(self.asked_as)
        layout.addLayout(form)
        layout.addStretch(1)
        self.show_question(None)

    def show_question(self, line: QuestionLine | None, asked_by: str = "") -> None:
        self.key = line.key if line else ""
        self.setEnabled(line is not None)
        self.footer.setEnabled(line is not None)
        self.question.setText(line.text if line else self.tr("Choose a question on the left."))
        self.help.setText(line.help if line else "")
        asked_as = line.text_asked if line else ""
        self._line = line
        self.asked_as.setText(
            self.tr("Answered when it was worded: “{asked_as}”").format(asked_as=asked_as)
            if asked_as
            else ""
        )
        self.asked_as.setVisible(bool(asked_as))
        # The stored answer (none: empty): a save is checked against it, so that an answer
        # someone else saved meanwhile is not overwritten unseen.
        self._base = line.answer if line and line.answer else AnswerForm()
        answer = line.answer if line and line.answer else AnswerForm(asked_by=asked_by)
        self.their_answer.setPlainText(answer.their_answer)
        self.our_evidence.setPlainText(answer.our_evidence)
        select_data(self.rating, answer.rating)
        self._show_values_shown(answer.values_shown)
        self.asked_by.setText(answer.asked_by or asked_by)
        self.asked_on.set_value(answer.asked_on)
        self.message.hide()
        self._shown = self.form()

    def shows(self, line: QuestionLine) -> bool:
        """Whether the editor already shows ``line`` (the same question, worded the same,
        with the answer the store holds): a refresh then leaves it, and its cursor, alone."""
        opened = self._line
        return (
            opened is not None
            and (opened.key, opened.text, opened.help, opened.text_asked)
            == (line.key, line.text, line.help, line.text_asked)
            and same_answer(line.answer or AnswerForm(), self._base)
        )

    def _show_values_shown(self, shown: ValuesShown | None) -> None:
        self._form.setRowVisible(self.values_shown, self.key == VALUES_STATEMENT)
        select_data(self.values_shown, shown.value if shown else "")

    def _values_shown(self) -> ValuesShown | None:
        if self.key != VALUES_STATEMENT:
            return self._base.values_shown  # kept as stored (the row is hidden)
        value = self.values_shown.currentData()
        return ValuesShown(value) if value else None

    def _word_the_unrated(self) -> None:
        answered = bool(
            self.their_answer.toPlainText().strip() or self.our_evidence.toPlainText().strip()
        )
        index = self.rating.findData(Rating.NOT_ASKED)
        self.rating.setItemText(index, rating_shown(Rating.NOT_ASKED, answered=answered))

    def form(self) -> AnswerForm:
        return AnswerForm(
            self.their_answer.toPlainText(),
            self.our_evidence.toPlainText(),
            Rating(self.rating.currentData()),
            self.asked_by.text(),
            self.asked_on.value(),
            self._values_shown(),
        )

    @property
    def changed(self) -> bool:
        return bool(self.key) and self.form() != self._shown

    def save_if_valid(self) -> None:
        """Save answer (button, Ctrl+S): refused while "Asked on" cannot be read."""
        if not self.key:
            return
        found = date_problems([self.asked_on])
        if found is not None:
            self.message.setText(found[0])
            self.message.show()
            self.asked_on.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.save()

    def save(self) -> None:
        """Save what is shown. Leaving the question saves too: then a date that cannot be
        read keeps the one last readable, rather than losing the answer typed with it."""
        if not self.key:
            return
        self.message.hide()
        form = self.form()
        if form.asked_on is None and (form.their_answer.strip() or form.rating != Rating.NOT_ASKED):
            form = replace(form, asked_on=date.today())
        base, self._base, self._shown = self._base, form, form
        self.save_requested.emit(self.key, form, base)

    def keep_unsaved(self, base: AnswerForm) -> None:
        """The last save did not reach the store: what is on screen stays, still unsaved
        (a refresh leaves it alone), and its next save is checked against ``base``."""
        self._base = self._shown = base

    def show_typed(self, form: AnswerForm, base: AnswerForm) -> None:
        """Put back what the user typed over ``base`` (someone else's saved answer), still
        unsaved: Save then writes it over theirs, knowingly."""
        self.their_answer.setPlainText(form.their_answer)
        self.our_evidence.setPlainText(form.our_evidence)
        select_data(self.rating, form.rating)
        self._show_values_shown(form.values_shown)
        self.asked_by.setText(form.asked_by)
        self.asked_on.set_value(form.asked_on)
        self._base = self._shown = base
