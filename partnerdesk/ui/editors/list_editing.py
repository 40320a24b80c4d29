"""Dialogs for the lists the user shapes: the question bank and the capacities.

Each change is a use case run by ``Operations`` on the database worker, like every other
write; when it is done the dialog reads its list again (also on the worker) and the pages
behind it hear of the change. Refusals (a blank name, a duplicate) are shown on the
dialog's message line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.services.changes import Changes
from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.vetting.capacity_matrix import (
    CapacityLists,
    add_capacity,
    capacity_lists,
    rename_capacity,
    retire_capacity,
)
from partnerdesk.services.vetting.question_editing import (
    EditableQuestion,
    add_question,
    bank_questions,
    bank_topics,
    edit_question,
    reset_to_shipped,
    retire_question,
)
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import add_row, choice_box, select_data, text_box
from partnerdesk.ui.language import content_language
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.rich_text_delegate import TONE_ROLE, RichTextDelegate
from partnerdesk.ui.widgets import resize_within_screen

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class QuestionDialog(RecordDialog):
    """Write a new question, or change a question's wording."""

    def __init__(
        self,
        categories: list[tuple[str, str]],
        question: EditableQuestion | None = None,
        category: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Change a question") if question else self.tr("Add a question"), parent
        )
        self.category = choice_box([(title, id_) for id_, title in categories])
        select_data(self.category, question.category if question else category)
        self.category.setEnabled(question is None)
        self.text = text_box(3, self.tr("The question, as you would ask it"))
        self.help = text_box(3, self.tr("Why it matters, or what a good answer sounds like"))
        if question is not None:
            self.text.setPlainText(question.text)
            self.help.setPlainText(question.help)
            note = QLabel(
                self.tr(
                    "Answers already given keep the wording they were asked in; new answers "
                    "get the new wording."
                )
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        add_row(self.form, self.tr("&Topic:"), self.category)
        add_row(self.form, self.tr("&Question:"), self.text)
        add_row(self.form, self.tr("&Help:"), self.help)
        resize_within_screen(self, 560, 380)

    def problem(self) -> tuple[str, QWidget] | None:
        if not self.text.toPlainText().strip():
            return self.tr("Please write the question."), self.text
        return None


class NameDialog(RecordDialog):
    def __init__(self, title: str, label: str, name: str = "", parent: QWidget | None = None):
        super().__init__(title, parent)
        self.name = QLineEdit(name)
        add_row(self.form, label, self.name)
        resize_within_screen(self, 460, 160)

    def problem(self) -> tuple[str, QWidget] | None:
        if not self.name.text().strip():
            return self.tr("Please give it a name."), self.name
        return None


@dataclass
class _Button:
    text: str
    action: Callable[[], None]
    needs_selection: bool = True


class _ListDialog(QDialog):
    """A tree of items, buttons beside it, a message line and Close."""

    def __init__(
        self, operations: Operations, title: str, intro: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setItemDelegate(RichTextDelegate(self.tree))  # retired items in their tone
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(title)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.message = QLabel()
        self.message.setWordWrap(True)
        paint(self.message, Tone.WARNING)
        self.message.setAccessibleName(self.tr("Message"))
        self.side = QVBoxLayout()
        self.buttons: list[tuple[QPushButton, _Button]] = []
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(self.side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        resize_within_screen(self, 820, 560)

    def add_buttons(self, buttons: list[_Button]) -> None:
        for spec in buttons:
            button = QPushButton(spec.text)
            button.clicked.connect(lambda _checked=False, spec=spec: self._press(spec.action))
            self.side.addWidget(button)
            self.buttons.append((button, spec))
        self.side.addStretch(1)

    def _press(self, action: Callable[[], None]) -> None:
        self.message.clear()
        action()

    def change(self, work: Callable[[Database], Changes], done_message: str) -> None:
        """Run a change to the list on the database worker, then show the list again."""
        self.operations.change(work, done_message, after=self.reload, if_refused=self._refused)

    def _refused(self, error: Exception) -> bool:
        if not isinstance(error, InvalidInputError | RecordMissingError):
            return False
        self.message.setText(str(error))
        self.reload()
        return True

    def selected_key(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_key() is not None
        for button, spec in self.buttons:
            button.setEnabled(chosen or not spec.needs_selection)

    def reload(self) -> None:
        """Read the list again (on the database worker) and show it."""
        raise NotImplementedError

    def select_key(self, key: Any) -> None:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child in range(group.childCount() if group is not None else 0):
                item = group.child(child) if group is not None else None
                if item is not None and item.data(0, KEY_ROLE) == key:
                    self.tree.setCurrentItem(item)
                    return


def _group(tree: QTreeWidget, title: str) -> QTreeWidgetItem:
    group = QTreeWidgetItem([title])
    font = group.font(0)
    font.setBold(True)
    group.setFont(0, font)
    tree.addTopLevelItem(group)
    group.setExpanded(True)
    return group


class QuestionBankDialog(_ListDialog):
    """Opened on the questions already read, so it never shows an empty list first."""

    def __init__(
        self,
        operations: Operations,
        questions: list[EditableQuestion],
        confirm_reset: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            operations,
            self.tr("Question bank"),
            self.tr(
                "These are the questions the vetting screen asks for every request. Add your "
                "own, change the wording to how you would say it, or retire a question you do "
                "not need. Nothing already answered is lost."
            ),
            parent,
        )
        # Topics and the shipped wording in the window's language, as the vetting screen
        # shows them (the worker has read that language's bank for the questions).
        self.language = content_language()
        self.categories = bank_topics(language=self.language)
        self.confirm_reset = confirm_reset
        self.add_buttons(
            [
                _Button(self.tr("&Add a question…"), self._add, needs_selection=False),
                _Button(self.tr("&Change wording…"), self._edit),
                _Button(self.tr("&Retire / bring back"), self._toggle_retired),
                _Button(
                    self.tr("Reset to the &shipped questions…"), self._reset, needs_selection=False
                ),
            ]
        )
        self.show_questions(questions)

    def reload(self) -> None:
        language = self.language
        self.operations.query(
            lambda database: bank_questions(database, language=language), self.show_questions
        )

    def show_questions(self, questions: list[EditableQuestion]) -> None:
        kept = self.selected_key()
        self.questions = {question.key: question for question in questions}
        self.tree.clear()
        groups = {id_: _group(self.tree, title) for id_, title in self.categories}
        for question in self.questions.values():
            marks = [
                mark
                for mark, applies in (
                    (self.tr("ours"), question.is_own),
                    (self.tr("reworded"), question.is_reworded),
                    (self.tr("retired"), question.is_retired),
                )
                if applies
            ]
            label = (
                self.tr("{question}  ({marks})").format(
                    question=question.text, marks=", ".join(marks)
                )
                if marks
                else question.text
            )
            item = QTreeWidgetItem([label])
            item.setData(0, KEY_ROLE, question.key)
            item.setToolTip(0, question.help or question.text)
            if question.is_retired:
                item.setData(0, TONE_ROLE, Tone.MUTED)
            parent = groups.get(question.category) or _group(self.tree, question.category)
            parent.addChild(item)
        if kept is not None:
            self.select_key(kept)
        self._update_buttons()

    def _category_of_selection(self) -> str | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        key = item.data(0, KEY_ROLE)
        if key in self.questions:
            return self.questions[key].category
        index = self.tree.indexOfTopLevelItem(item)
        return self.categories[index][0] if index >= 0 else None

    def _add(self) -> None:
        dialog = QuestionDialog(self.categories, None, self._category_of_selection(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            category, text = dialog.category.currentData(), dialog.text.toPlainText()
            help_text = dialog.help.toPlainText()
            self.change(
                lambda database: add_question(database, category, text, help_text)[1],
                self.tr("Question added."),
            )

    def _edit(self) -> None:
        question = self.questions.get(self.selected_key())
        if question is None:
            return
        dialog = QuestionDialog(self.categories, question, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            key, text = question.key, dialog.text.toPlainText()
            help_text, language = dialog.help.toPlainText(), self.language
            self.change(
                lambda database: edit_question(database, key, text, help_text, language),
                self.tr("Question saved."),
            )

    def _toggle_retired(self) -> None:
        question = self.questions.get(self.selected_key())
        if question is not None:
            key, retired = question.key, not question.is_retired
            self.change(
                lambda database: retire_question(database, key, retired),
                self.tr("Question retired.") if retired else self.tr("Question brought back."),
            )

    def _reset(self) -> None:
        if self.confirm_reset():
            self.change(reset_to_shipped, self.tr("The shipped questions are back."))


class CapacitiesDialog(_ListDialog):
    """Opened on the lists already read, so it never shows an empty list first."""

    def __init__(
        self, operations: Operations, lists: CapacityLists, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            operations,
            self.tr("Capacities"),
            self.tr(
                "The rows of every request's capacity matrix: what a partnership can draw on. "
                "Retired capacities leave the matrix; what was recorded for them is kept."
            ),
            parent,
        )
        # The shipped capacities named in the window's language, as the matrix names them.
        self.language = content_language()
        self.add_buttons(
            [
                _Button(self.tr("&Add a capacity…"), self._add, needs_selection=False),
                _Button(self.tr("Re&name…"), self._rename),
                _Button(self.tr("&Retire / bring back"), self._toggle_retired),
            ]
        )
        self.show_capacities(lists)

    def reload(self) -> None:
        language = self.language
        self.operations.query(
            lambda database: capacity_lists(database, language), self.show_capacities
        )

    def show_capacities(self, lists: CapacityLists) -> None:
        kept = self.selected_key()
        active, retired = lists.active, lists.retired
        self.names = {row.id: row.name for row in [*active, *retired]}
        self.retired = {row.id for row in retired}
        self.tree.clear()
        for title, rows in ((self.tr("In use"), active), (self.tr("Retired"), retired)):
            group = _group(self.tree, title)
            for row in rows:
                item = QTreeWidgetItem([row.name])
                item.setData(0, KEY_ROLE, row.id)
                if row.id in self.retired:
                    item.setData(0, TONE_ROLE, Tone.MUTED)
                group.addChild(item)
        if kept is not None:
            self.select_key(kept)
        self._update_buttons()

    def _add(self) -> None:
        dialog = NameDialog(self.tr("Add a capacity"), self.tr("&Name:"), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, language = dialog.name.text(), self.language
            self.change(
                lambda database: add_capacity(database, name, language),
                self.tr("Capacity added."),
            )

    def _rename(self) -> None:
        capacity_id = self.selected_key()
        if capacity_id not in self.names:
            return
        dialog = NameDialog(
            self.tr("Rename a capacity"), self.tr("&Name:"), self.names[capacity_id], self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, language = dialog.name.text(), self.language
            self.change(
                lambda database: rename_capacity(database, capacity_id, name, language),
                self.tr("Capacity renamed."),
            )

    def _toggle_retired(self) -> None:
        capacity_id = self.selected_key()
        if capacity_id in self.names:
            retired = capacity_id not in self.retired
            self.change(
                lambda database: retire_capacity(database, capacity_id, retired),
                self.tr("Capacity retired.") if retired else self.tr("Capacity brought back."),
            )
