"""The import dialogs: match a spreadsheet's columns, then preview what will happen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.imports.contact_files import FileDetection
from partnerdesk.imports.csv_mapping import ContactField
from partnerdesk.imports.text_files import ENCODING_CHOICES, encoding_name
from partnerdesk.services.transfer.contact_import import Decision, ImportPlan, PlanRow, RowStatus
from partnerdesk.ui.colours import Tone, paint
from partnerdesk.ui.rich_text_delegate import TONE_ROLE, RichTextDelegate
from partnerdesk.ui.widgets import resize_within_screen

FIELD_LABELS = {
    ContactField.FULL_NAME: QT_TRANSLATE_NOOP("import_dialogs", "Full name"),
    ContactField.GIVEN_NAME: QT_TRANSLATE_NOOP("import_dialogs", "First name"),
    ContactField.MIDDLE_NAME: QT_TRANSLATE_NOOP("import_dialogs", "Middle name"),
    ContactField.FAMILY_NAME: QT_TRANSLATE_NOOP("import_dialogs", "Last name"),
    ContactField.ORGANIZATION: QT_TRANSLATE_NOOP("import_dialogs", "Organization"),
    ContactField.ROLE: QT_TRANSLATE_NOOP("import_dialogs", "Role or title"),
    ContactField.EMAIL: QT_TRANSLATE_NOOP("import_dialogs", "Email"),
    ContactField.PHONE: QT_TRANSLATE_NOOP("import_dialogs", "Phone"),
    ContactField.NOTES: QT_TRANSLATE_NOOP("import_dialogs", "Notes"),
    ContactField.BIRTHDAY: QT_TRANSLATE_NOOP("import_dialogs", "Birthday (not kept)"),
    ContactField.KEY_LEADER: QT_TRANSLATE_NOOP("import_dialogs", "Key leader (yes/no)"),
    ContactField.DECISION_MAKER: QT_TRANSLATE_NOOP("import_dialogs", "Makes decisions (yes/no)"),
    ContactField.IGNORE: QT_TRANSLATE_NOOP("import_dialogs", "Leave out"),
}
DECISION_LABELS = {
    Decision.MERGE: QT_TRANSLATE_NOOP("import_dialogs", "Merge with the existing contact"),
    Decision.ADD_NEW: QT_TRANSLATE_NOOP("import_dialogs", "Add as a new contact"),
    Decision.SKIP: QT_TRANSLATE_NOOP("import_dialogs", "Leave out"),
}
STATUS_TONES = {
    RowStatus.NEW: Tone.SUCCESS,
    RowStatus.MERGE: Tone.INFO,
    RowStatus.POSSIBLE_DUPLICATE: Tone.WARNING,
    RowStatus.SKIPPED: Tone.MUTED,
}


class ColumnMappingDialog(QDialog):
    """For a spreadsheet PartnerDesk does not recognise: which column holds what."""

    def __init__(self, file_name: str, detection: FileDetection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match the columns"))
        intro = QLabel(
            self.tr(
                "PartnerDesk does not know the layout of “{file_name}”. For "
                "each column, choose what it holds. Columns you leave out "
                "are not imported."
            ).format(file_name=file_name)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(detection.headers), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Holds")])
        self.table.setAccessibleName(self.tr("Columns and what they hold"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.boxes: list[tuple[str, QComboBox]] = []
        for row, header in enumerate(detection.headers):
            name = QTableWidgetItem(
                header or self.tr("(column {value} has no name)").format(value=row + 1)
            )
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            box = QComboBox()
            box.setAccessibleName(self.tr("What the column {header} holds").format(header=header))
            for field_choice, label in FIELD_LABELS.items():
                box.addItem(QCoreApplication.translate("import_dialogs", label), field_choice)
            suggested = detection.suggested_mapping.get(header, ContactField.IGNORE)
            box.setCurrentIndex(box.findData(ContactField(suggested)))
            self.table.setCellWidget(row, 1, box)
            self.boxes.append((header, box))
        self.message = QLabel()
        paint(self.message, Tone.WARNING)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview the import"))
        buttons.accepted.connect(self._accept_if_usable)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        resize_within_screen(self, 620, 480)

    def mapping(self) -> dict[str, ContactField]:
        return {header: ContactField(box.currentData()) for header, box in self.boxes}

    def _accept_if_usable(self) -> None:
        chosen = set(self.mapping().values())
        names = {ContactField.FULL_NAME, ContactField.GIVEN_NAME, ContactField.FAMILY_NAME}
        if not chosen & (names | {ContactField.EMAIL}):
            self.message.setText(self.tr("Choose at least one column with names or emails."))
            return
        self.accept()


def describe(row: PlanRow) -> str:
    # A part left out of an imported row (an unreadable birthday) is said beside it.
    warnings = row.candidate.warnings if row.candidate is not None else []
    return "; ".join([_what_happens(row), *warnings])


def _what_happens(row: PlanRow) -> str:
    if row.status is RowStatus.NEW:
        is_organization = row.candidate is not None and row.candidate.is_organization
        return (
            QCoreApplication.translate("import_dialogs", "New organization")
            if is_organization
            else QCoreApplication.translate("import_dialogs", "New contact")
        )
    if row.status is RowStatus.MERGE:
        return (
            QCoreApplication.translate("import_dialogs", "Will merge with {target_name}").format(
                target_name=row.target_name
            )
            if row.target_name
            else QCoreApplication.translate("import_dialogs", "Will merge")
        )
    if row.status is RowStatus.POSSIBLE_DUPLICATE:
        return QCoreApplication.translate(
            "import_dialogs", "Possible duplicate of {target_name}"
        ).format(target_name=row.target_name) + (f" ({row.reason})" if row.reason else "")
    return QCoreApplication.translate("import_dialogs", "Left out: {reason}").format(
        reason=row.reason
    )


class ImportPreviewDialog(QDialog):
    """Every row of the file and what will happen to it; nothing is written until Import."""

    MAX_ROWS_SHOWN = 5000
    # The user chose another encoding (its codec name): the file is read again and the
    # new plan given to show_plan().
    encoding_chosen = Signal(str)

    def __init__(self, file_name: str, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import contacts from {file_name}").format(file_name=file_name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        # The choice comes before the long explanation so it is always in view.
        headers = [
            self.tr("Where"),
            self.tr("Name"),
            self.tr("Organization"),
            self.tr("Email"),
            self.tr("Your choice"),
            self.tr("What will happen"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setItemDelegate(RichTextDelegate(self.table))  # each row's status in its tone
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Rows to import"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.decision_boxes: dict[int, QComboBox] = {}
        self.more_label = QLabel()
        reading = self._reading_row()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(reading)
        layout.addWidget(self.left_out)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 1100, 600)
        self.show_plan(plan)

    def show_plan(self, plan: ImportPlan) -> None:
        """Show ``plan`` (the file read again, in another encoding): rows, summary, choices."""
        self.plan = plan
        self.decision_boxes.clear()
        self.table.setRowCount(0)  # the old rows and their choice boxes go
        shown = plan.rows[: self.MAX_ROWS_SHOWN]
        # Rows that need the user's attention come first.
        order = {RowStatus.POSSIBLE_DUPLICATE: 0, RowStatus.SKIPPED: 1, RowStatus.MERGE: 2}
        shown = sorted(shown, key=lambda row: (order.get(row.status, 3), row.number))
        self.table.setRowCount(len(shown))
        for index, row in enumerate(shown):
            self._fill_row(index, row)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The explanation takes the room that is left; hover shows any cut-off words. Never
        # narrower than its heading ("Qué pasará" was cut to "Q…": review #27); the
        # table scrolls sideways instead.
        heading_item = self.table.horizontalHeaderItem(5)
        heading = heading_item.text() if heading_item is not None else ""
        margin = 4 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance(heading) + margin)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        more = len(plan.rows) - len(shown)
        self.more_label.setText(
            self.tr("…and {more:,} more rows, not shown here.").format(more=more) if more else ""
        )
        self.more_label.setVisible(bool(more))
        self._show_reading(plan)
        self._update_summary()

    def _reading_row(self) -> QHBoxLayout:
        """The encoding the file was read in, which the user may change, and the columns
        left out (never lost in silence)."""
        self.encoding_box = QComboBox()
        self.encoding_box.setAccessibleName(self.tr("Encoding of the file"))
        self.encoding_box.setToolTip(
            self.tr(
                "If names show odd characters (Ã©, Ð¸…), choose the encoding the file was saved in."
            )
        )
        label = QLabel(self.tr("&Encoding:"))
        label.setBuddy(self.encoding_box)
        self.encoding_box.activated.connect(self._encoding_activated)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.left_out.setAccessibleName(self.tr("Columns left out"))
        row = QHBoxLayout()
        # Said plainly, not only in the tooltip: a guessed encoding can be a near miss
        # (Polish or Turkish letters read as Western European ones).
        self.encoding_hint = QLabel(self.tr("If names look wrong, choose another encoding."))
        row.addWidget(label)
        row.addWidget(self.encoding_box)
        row.addWidget(self.encoding_hint)
        row.addStretch(1)
        return row

    def _show_reading(self, plan: ImportPlan) -> None:
        box = self.encoding_box
        box.clear()
        current = plan.detection.encoding
        for codec, name in ENCODING_CHOICES.items():
            box.addItem(name, codec)
        if box.findData(current) < 0:  # "utf-8-sig", "utf-16-le": read from the file's mark
            box.insertItem(0, encoding_name(current), current)
        box.setCurrentIndex(box.findData(current))
        left_out = plan.unmapped_columns
        self.left_out.setText(
            self.tr("Columns left out (PartnerDesk has no place for them): ") + ", ".join(left_out)
            if left_out
            else ""
        )
        self.left_out.setVisible(bool(left_out))

    def _encoding_activated(self, index: int) -> None:
        chosen = self.encoding_box.itemData(index)
        if chosen and chosen != self.plan.detection.encoding:
            self.encoding_chosen.emit(chosen)

    def _fill_row(self, index: int, row: PlanRow) -> None:
        candidate = row.candidate
        cells = [
            row.where.capitalize(),
            candidate.full_name if candidate else "",
            candidate.organization_name if candidate else "",
            candidate.emails[0].value if candidate and candidate.emails else "",
            "",
            describe(row),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 5:
                item.setData(TONE_ROLE, STATUS_TONES[row.status])
            self.table.setItem(index, column, item)
        if row.status is RowStatus.POSSIBLE_DUPLICATE:
            box = QComboBox()
            box.setAccessibleName(self.tr("What to do with {where}").format(where=row.where))
            for decision, label in DECISION_LABELS.items():
                box.addItem(QCoreApplication.translate("import_dialogs", label), decision)
            box.setCurrentIndex(box.findData(row.default_decision))
            box.currentIndexChanged.connect(self._update_summary)
            self.table.setCellWidget(index, 4, box)
            self.decision_boxes[row.number] = box

    def decisions(self) -> dict[int, Decision]:
        return {number: Decision(box.currentData()) for number, box in self.decision_boxes.items()}

    def _update_summary(self) -> None:
        counts = self.plan.counts(self.decisions())
        doubtful = len(self.decision_boxes)
        parts = [
            self.tr(
                "This file holds {count:,} contacts ({format_label}, {encoding_label})."
            ).format(
                count=len(self.plan.rows),
                format_label=self.plan.detection.format_label,
                encoding_label=self.plan.detection.encoding_label,
            ),
            self.tr(
                "Importing will add {new:,} new, merge {merged:,} into "
                "contacts you already have, and leave out {skipped:,}."
            ).format(new=counts.new, merged=counts.merged, skipped=counts.skipped),
        ]
        if doubtful:
            parts.append(
                self.tr(
                    "{doubtful} may be people you already have: choose what to do with each."
                ).format(doubtful=doubtful)
            )
        parts.append(
            self.tr("Nothing is saved until you press Import, and an import can be undone.")
        )
        self.summary.setText(" ".join(parts))
        self.import_button.setEnabled(counts.new + counts.merged > 0)
