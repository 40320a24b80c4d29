"""Dialogs for the lists the user shapes: the question bank and the capacities.

Each change is a small write done at once (a few milliseconds), through an ``editing``
object that wraps the services and returns the fresh list; its refusals (a blank name, a
duplicate) are shown on the dialog's message line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
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

from partnerdesk.services.errors import InvalidInputError, RecordMissingError
from partnerdesk.services.vetting.capacity_matrix import CapacityRow
from partnerdesk.services.vetting.question_editing import EditableQuestion
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import add_row, choice_box, select_data, text_box

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
RETIRED_COLOUR = "#6b7280"


class QuestionDialog(RecordDialog):
    """Write a new question, or change a question's wording."""

    def __init__(
        self,
        categories: list[tuple[str, str]],
        question: EditableQuestion | None = None,
        category: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Change a question" if question else "Add a question", parent)
        self.category = choice_box([(title, id_) for id_, title in categories])
        select_data(self.category, question.category if question else category)
        self.category.setEnabled(question is None)
        self.text = text_box(3, "The question, as you would ask it")
        self.help = text_box(3, "Why it matters, or what a good answer sounds like")
        if question is not None:
            self.text.setPlainText(question.text)
            self.help.setPlainText(question.help)
            note = QLabel(
                "Answers already given keep the wording they were asked in; new answers "
                "get the new wording."
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        add_row(self.form, "&Topic:", self.category)
        add_row(self.form, "&Question:", self.text)
        add_row(self.form, "&Help:", self.help)
        self.resize(560, 380)

    def problem(self) -> tuple[str, QWidget] | None:
        if not self.text.toPlainText().strip():
            return "Please write the question.", self.text
        return None


class NameDialog(RecordDialog):
    def __init__(self, title: str, label: str, name: str = "", parent: QWidget | None = None):
        super().__init__(title, parent)
        self.name = QLineEdit(name)
        add_row(self.form, label, self.name)
        self.resize(460, 160)

    def problem(self) -> tuple[str, QWidget] | None:
        if not self.name.text().strip():
            return "Please give it a name.", self.name
        return None


class QuestionBankEditing(Protocol):
    categories: list[tuple[str, str]]

    def questions(self) -> list[EditableQuestion]: ...
    def add(self, category: str, text: str, help_text: str) -> None: ...
    def edit(self, key: str, text: str, help_text: str) -> None: ...
    def retire(self, key: str, retired: bool) -> None: ...
    def reset(self) -> None: ...


class CapacityEditing(Protocol):
    def capacities(self) -> tuple[list[CapacityRow], list[CapacityRow]]: ...
    def add(self, name: str) -> None: ...
    def rename(self, capacity_id: int, name: str) -> None: ...
    def retire(self, capacity_id: int, retired: bool) -> None: ...


@dataclass
class _Button:
    text: str
    action: Callable[[], None]
    needs_selection: bool = True


class _ListDialog(QDialog):
    """A tree of items, buttons beside it, a message line and Close."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(title)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9a3412;")
        self.message.setAccessibleName("Message")
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
        self.resize(820, 560)

    def add_buttons(self, buttons: list[_Button]) -> None:
        for spec in buttons:
            button = QPushButton(spec.text)
            button.clicked.connect(lambda _checked=False, spec=spec: self._run(spec.action))
            self.side.addWidget(button)
            self.buttons.append((button, spec))
        self.side.addStretch(1)

    def selected_key(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_key() is not None
        for button, spec in self.buttons:
            button.setEnabled(chosen or not spec.needs_selection)

    def _run(self, action: Callable[[], None]) -> None:
        self.message.clear()
        try:
            action()
        except (InvalidInputError, RecordMissingError) as error:
            self.message.setText(str(error))
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def select_key(self, key: Any) -> None:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child in range(group.childCount()):
                if group.child(child).data(0, KEY_ROLE) == key:
                    self.tree.setCurrentItem(group.child(child))
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
    def __init__(
        self,
        editing: QuestionBankEditing,
        confirm_reset: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "Question bank",
            "These are the questions the vetting screen asks for every request. Add your "
            "own, change the wording to how you would say it, or retire a question you do "
            "not need. Nothing already answered is lost.",
            parent,
        )
        self.editing = editing
        self.confirm_reset = confirm_reset
        self.add_buttons(
            [
                _Button("&Add a question…", self._add, needs_selection=False),
                _Button("&Change wording…", self._edit),
                _Button("&Retire / bring back", self._toggle_retired),
                _Button("Reset to the &shipped questions…", self._reset, needs_selection=False),
            ]
        )
        self.reload()

    def reload(self) -> None:
        kept = self.selected_key()
        self.questions = {question.key: question for question in self.editing.questions()}
        self.tree.clear()
        groups = {id_: _group(self.tree, title) for id_, title in self.editing.categories}
        for question in self.questions.values():
            marks = [
                mark
                for mark, applies in (
                    ("ours", question.is_own),
                    ("reworded", question.is_reworded),
                    ("retired", question.is_retired),
                )
                if applies
            ]
            label = question.text + (f"  ({', '.join(marks)})" if marks else "")
            item = QTreeWidgetItem([label])
            item.setData(0, KEY_ROLE, question.key)
            item.setToolTip(0, question.help or question.text)
            if question.is_retired:
                item.setForeground(0, QBrush(QColor(RETIRED_COLOUR)))
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
        return self.editing.categories[index][0] if index >= 0 else None

    def _add(self) -> None:
        dialog = QuestionDialog(self.editing.categories, None, self._category_of_selection(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.editing.add(
                dialog.category.currentData(), dialog.text.toPlainText(), dialog.help.toPlainText()
            )

    def _edit(self) -> None:
        question = self.questions.get(self.selected_key())
        if question is None:
            return
        dialog = QuestionDialog(self.editing.categories, question, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.editing.edit(question.key, dialog.text.toPlainText(), dialog.help.toPlainText())

    def _toggle_retired(self) -> None:
        question = self.questions.get(self.selected_key())
        if question is not None:
            self.editing.retire(question.key, not question.is_retired)

    def _reset(self) -> None:
        if self.confirm_reset():
            self.editing.reset()


class CapacitiesDialog(_ListDialog):
    def __init__(self, editing: CapacityEditing, parent: QWidget | None = None) -> None:
        super().__init__(
            "Capacities",
            "The rows of every request's capacity matrix: what a partnership can draw on. "
            "Retired capacities leave the matrix; what was recorded for them is kept.",
            parent,
        )
        self.editing = editing
        self.add_buttons(
            [
                _Button("&Add a capacity…", self._add, needs_selection=False),
                _Button("Re&name…", self._rename),
                _Button("&Retire / bring back", self._toggle_retired),
            ]
        )
        self.reload()

    def reload(self) -> None:
        kept = self.selected_key()
        active, retired = self.editing.capacities()
        self.names = {row.id: row.name for row in [*active, *retired]}
        self.retired = {row.id for row in retired}
        self.tree.clear()
        for title, rows in (("In use", active), ("Retired", retired)):
            group = _group(self.tree, title)
            for row in rows:
                item = QTreeWidgetItem([row.name])
                item.setData(0, KEY_ROLE, row.id)
                if row.id in self.retired:
                    item.setForeground(0, QBrush(QColor(RETIRED_COLOUR)))
                group.addChild(item)
        if kept is not None:
            self.select_key(kept)
        self._update_buttons()

    def _add(self) -> None:
        dialog = NameDialog("Add a capacity", "&Name:", parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.editing.add(dialog.name.text())

    def _rename(self) -> None:
        capacity_id = self.selected_key()
        if capacity_id not in self.names:
            return
        dialog = NameDialog("Rename a capacity", "&Name:", self.names[capacity_id], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.editing.rename(capacity_id, dialog.name.text())

    def _toggle_retired(self) -> None:
        capacity_id = self.selected_key()
        if capacity_id in self.names:
            self.editing.retire(capacity_id, capacity_id not in self.retired)
