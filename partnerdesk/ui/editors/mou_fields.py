"""One page of the MOU wizard: the section's fields, each with the seeds' help beside it.

Every field reports edits through ``changed`` so the wizard can save as the user types.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.mou_sections import (
    PARTY_ROW_KEYS,
    ROLE_ROW_KEYS,
    FieldKind,
    MouField,
    MouSection,
)
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.flow_layout import FlowLayout
from partnerdesk.ui.forms import OptionalDateEdit, OptionalNumberEdit, choice_box, select_data
from partnerdesk.ui.widgets import enlarge

ROW_HEADERS = {
    FieldKind.PARTIES: (
        QT_TRANSLATE_NOOP("mou_fields", "Organization"),
        QT_TRANSLATE_NOOP("mou_fields", "Signs for it"),
        QT_TRANSLATE_NOOP("mou_fields", "Their title"),
    ),
    FieldKind.ROLES: (
        QT_TRANSLATE_NOOP("mou_fields", "Responsibility"),
        QT_TRANSLATE_NOOP("mou_fields", "Party"),
        QT_TRANSLATE_NOOP("mou_fields", "Due"),
    ),
}


class _NamedCellEditing(QStyledItemDelegate):
    """Cell editors named after their column and row, so a screen reader says which cell
    is being typed in (a bare editor has no name at all)."""

    def createEditor(  # noqa: N802
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        column = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(
            self.tr("{column}, row {value}").format(column=column, value=index.row() + 1)
        )
        return editor


class RowsTable(QWidget):
    """Rows of short text (parties, responsibilities) with Add and Remove buttons."""

    changed = Signal()

    def __init__(self, kind: FieldKind, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = PARTY_ROW_KEYS if kind is FieldKind.PARTIES else ROLE_ROW_KEYS
        self.table = QTableWidget(0, len(self.keys))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("mou_fields", header) for header in ROW_HEADERS[kind]]
        )
        self.table.setAccessibleName(label)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # No column narrower than its heading: the table scrolls sideways before it cuts one.
        header.setMinimumSectionSize(
            max(header.sectionSizeHint(column) for column in range(len(self.keys)))
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(_NamedCellEditing(self.table))
        self.table.setMinimumHeight(150)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(
            self.tr("Add an organization")
            if kind is FieldKind.PARTIES
            else self.tr("Add a responsibility")
        )
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove the selected row"))
        self.remove_button.clicked.connect(self.remove_row)
        # Wrapped onto two lines when narrow rather than widening the page: in Spanish
        # "Agregar una responsabilidad" and "Quitar la fila seleccionada" side by side
        # made the MOU's page scroll sideways (review #25-28).
        button_row = QWidget()
        buttons = FlowLayout(button_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(button_row)

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = [QTableWidgetItem("") for _key in self.keys]
        for column, cell in enumerate(cells):
            self.table.setItem(row, column, cell)
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(cells[0])

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def value(self) -> list[dict[str, str]]:
        """The rows as on screen, a cell still being typed in included: Return hands a
        cell's text to the table only when the event loop next runs, and the page may be
        left (Escape) before it does."""
        rows = []
        for row in range(self.table.rowCount()):
            values = {}
            for column, key in enumerate(self.keys):
                editor = self.table.indexWidget(self.table.model().index(row, column))
                item = self.table.item(row, column)
                if isinstance(editor, QLineEdit):
                    values[key] = editor.text()
                else:
                    values[key] = item.text() if item is not None else ""
            rows.append(values)
        return rows

    def set_value(self, rows: list[dict[str, str]] | None) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows or []:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, key in enumerate(self.keys):
                self.table.setItem(row, column, QTableWidgetItem(str(values.get(key, ""))))
        self.table.blockSignals(False)


class FieldEditor:
    """A field's widget, with the same value() / set_value() for every kind."""

    def __init__(self, field: MouField, changed: Callable[[], None]) -> None:
        self.field = field
        kind = field.kind

        # Qt's signals carry the new value (a date, a number, an index, a bool); the page only
        # needs to know that something changed. Connected straight to a no-argument signal,
        # every one of them raised a TypeError in the user's face and the value was lost.
        def edited(*_value: object) -> None:
            changed()

        self.widget: QWidget
        if kind is FieldKind.TEXT:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            # A fixed height: pages scroll, and boxes do not balloon on a tall window.
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 5 + 14)
            box.textChanged.connect(edited)
            self.widget = box
        elif kind is FieldKind.LINE:
            line = QLineEdit()
            line.textEdited.connect(edited)
            self.widget = line
        elif kind is FieldKind.DATE:
            day = OptionalDateEdit()
            day.changed.connect(edited)
            self.widget = day
        elif kind is FieldKind.NUMBER:
            number = OptionalNumberEdit()
            number.setSpecialValueText(QCoreApplication.translate("FieldEditor", "Not set"))
            number.valueChanged.connect(edited)
            self.widget = number
        elif kind is FieldKind.CHOICE:
            combo = choice_box([(label, value) for value, label in field.choices])
            combo.activated.connect(edited)
            self.widget = combo
        elif kind is FieldKind.FLAG:
            check = QCheckBox(field.label)
            check.toggled.connect(edited)
            self.widget = check
        else:
            rows = RowsTable(kind, field.label)
            rows.changed.connect(edited)
            self.widget = rows
        self.widget.setAccessibleName(field.label)
        if field.help:
            self.widget.setAccessibleDescription(field.help)
            self.widget.setToolTip(field.help)

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, OptionalDateEdit):
            # While the text cannot be read (the field says so), the date last readable.
            day = widget.value()
            return day.isoformat() if day else ""
        if isinstance(widget, OptionalNumberEdit):
            number = widget.number()
            return number if number else None
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        assert isinstance(widget, RowsTable)
        return widget.value()

    def set_value(self, value: Any) -> None:
        widget = self.widget
        widget.blockSignals(True)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value or ""))
        elif isinstance(widget, OptionalDateEdit):
            widget.set_value(date.fromisoformat(value) if value else None)
        elif isinstance(widget, OptionalNumberEdit):
            widget.set_number(int(value) if value else None)
        elif isinstance(widget, QComboBox):
            select_data(widget, str(value or ""))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            assert isinstance(widget, RowsTable)
            widget.set_value(value)
        widget.blockSignals(False)

    def insert_text(self, text: str) -> None:
        """Put standard wording at the cursor (undoable with Ctrl+Z, like any typing)."""
        if isinstance(self.widget, QPlainTextEdit):
            cursor = self.widget.textCursor()
            if self.widget.toPlainText().strip() and not cursor.atBlockStart():
                text = "\n" + text
            cursor.insertText(text)
            self.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(self.widget, QLineEdit):
            self.widget.insert(text)
            self.widget.textEdited.emit(self.widget.text())


class SectionPage(QWidget):
    """The fields of one section; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(
        self,
        number: int,
        section: MouSection,
        clauses: dict[tuple[str, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"mou-page-{section.id}")
        title = QLabel(f"{number}. {section.title}")
        enlarge(title, 4)
        # Wrapped, not cut: some titles are long in Spanish ("Intercambio de datos, …").
        title.setWordWrap(True)
        intro = QLabel(section.help)
        intro.setWordWrap(True)
        paint(intro, Tone.MUTED)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, FieldEditor] = {}
        self.clause_buttons: dict[str, QPushButton] = {}
        for field in section.fields:
            editor = FieldEditor(field, self.changed.emit)
            self.editors[field.id] = editor
            column = QVBoxLayout()
            column.addWidget(editor.widget)
            if field.help:
                hint = QLabel(field.help)
                hint.setWordWrap(True)
                paint(hint, Tone.MUTED)
                column.addWidget(hint)
            clause = clauses.get((section.id, field.id))
            if clause:
                insert = QPushButton(self.tr("Insert standard wording"))
                insert.setToolTip(clause)
                insert.setAccessibleName(
                    self.tr("Insert standard wording for {label}").format(label=field.label)
                )
                insert.clicked.connect(
                    lambda _checked=False, editor=editor, clause=clause: editor.insert_text(clause)
                )
                column.addWidget(insert, 0, Qt.AlignmentFlag.AlignLeft)
                self.clause_buttons[field.id] = insert
            if field.kind is FieldKind.FLAG:
                form.addRow(column)
            else:
                # "¿Hace falta …?" takes no colon after its question mark.
                asks = field.label.endswith(("?", ":"))
                label = QLabel(field.label if asks else f"{field.label}:")
                label.setBuddy(editor.widget)
                label.setWordWrap(True)
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                form.addRow(label, column)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {field_id: editor.value() for field_id, editor in self.editors.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for field_id, editor in self.editors.items():
            editor.set_value(values.get(field_id))

    def focus_first(self) -> None:
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
