"""Mark an MOU as signed, and record a review of it: two short forms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.dates import document_date
from partnerdesk.services.mou.reviews import ReviewForm
from partnerdesk.services.mou.signing import SIGNED_COPY_TYPES, SignedState, SigningForm
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import add_row, required_date_edit, text_box
from partnerdesk.ui.widgets import resize_within_screen

SIGNED_COPY_FILES = "Signed copies (" + " ".join(f"*{t}" for t in SIGNED_COPY_TYPES) + ")"


class SignMouDialog(RecordDialog):
    """The signing date, who signed for each party, and (if there is one) the signed copy."""

    def __init__(self, state: SignedState, start_folder: Path, parent: QWidget | None = None):
        super().__init__("Mark the MOU as signed", parent)
        self.start_folder = start_folder
        intro = QLabel(
            f"“{state.title}” as it is now becomes the signed MOU. Later changes to it are "
            "kept as an amendment, to be signed again."
            if state.signed_on is None
            else f"“{state.title}” was signed on {document_date(state.signed_on)}"
            " and changed since. Mark the amended MOU as signed."
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        # Party names are long: a long label puts its field below it, at full width.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.signed_on = required_date_edit(date.today(), "signing date")
        add_row(self.form, "Signed &on:", self.signed_on)
        self.signers: dict[str, QLineEdit] = {}
        for index, party in enumerate(state.parties):
            line = QLineEdit(party.signatory)
            line.setPlaceholderText("The name of the person who signed")
            self.signers[party.name] = line
            mnemonic = "&" if index < 9 else ""
            add_row(self.form, f"{mnemonic}{index + 1}. Who signed for {party.name}:", line)
        self.copy = QLabel("None chosen (it is optional).")
        self.copy.setWordWrap(True)
        self.copy.setAccessibleName("Signed copy chosen")
        self.choose = QPushButton("&Choose the signed copy…")
        self.choose.setToolTip("A PDF, a scan (PNG, JPEG or TIFF) or the Word file that was signed")
        self.choose.clicked.connect(self._choose_copy)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.copy)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFocusProxy(self.choose)
        add_row(
            self.form,
            "Signed copy:",
            holder,
            "PartnerDesk keeps its own copy in the data folder, so it stays with your records.",
        )
        self.choose.setAccessibleName("Choose the signed copy")
        self.chosen_copy: Path | None = None
        resize_within_screen(self, 620, 320)

    def _choose_copy(self) -> None:
        chosen = self.dialogs.open_file(
            "Choose the signed copy", self.start_folder, SIGNED_COPY_FILES
        )
        if chosen is None:
            return
        self.chosen_copy = chosen
        self.copy.setText(f"“{chosen.name}”, in {chosen.parent}")

    def problem(self) -> tuple[str, QWidget] | None:
        signed_on = self.signed_on.value()
        if signed_on is not None and signed_on > date.today():
            return (
                "The signing date is still to come. Mark the MOU signed once both have signed.",
                self.signed_on,
            )
        for party, line in self.signers.items():
            if not line.text().strip():
                return f"Please write who signed for {party}.", line
        if (
            self.chosen_copy is not None
            and self.chosen_copy.suffix.lower() not in SIGNED_COPY_TYPES
        ):
            return (
                "The signed copy must be a PDF, a scan (PNG, JPEG or TIFF) or a .docx.",
                self.copy,
            )
        return None

    def result_form(self, recorded_by: str = "") -> SigningForm:
        signed_on = self.signed_on.value()
        assert signed_on is not None  # a required date: problem() refuses saving without
        signers = {party: line.text() for party, line in self.signers.items()}
        return SigningForm(signed_on, signers, self.chosen_copy, recorded_by)


class ReviewDialog(RecordDialog):
    """When the review took place, who took part, and what changed."""

    def __init__(self, state: SignedState, changes_so_far: str, parent: QWidget | None = None):
        super().__init__("Record a review", parent)
        due = f" It was due on {document_date(state.review_on)}." if state.review_on else ""
        intro = QLabel(
            f"Record the review of “{state.title}”.{due} The next review is then set "
            f"{state.every_months} months later, as the MOU says."
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reviewed_on = required_date_edit(date.today(), "review date")
        add_row(self.form, "Reviewed &on:", self.reviewed_on)
        self.reviewed_by = text_box(2, "Who took part, from both organizations")
        add_row(self.form, "&Who took part:", self.reviewed_by)
        self.what_changed = text_box(5, "What you agreed to change, or “Nothing changed”")
        self.what_changed.setPlainText(changes_so_far)
        add_row(self.form, "What &changed:", self.what_changed)
        if state.amendment_pending:
            note = QLabel(
                "The MOU has been changed since it was signed. The review stays open until "
                "you mark the amended MOU as signed."
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        resize_within_screen(self, 620, 460)

    def problem(self) -> tuple[str, QWidget] | None:
        reviewed_on = self.reviewed_on.value()
        if reviewed_on is not None and reviewed_on > date.today():
            return (
                "The review date is still to come. Record it once it took place.",
                self.reviewed_on,
            )
        if not self.reviewed_by.toPlainText().strip():
            return "Please write who took part in the review.", self.reviewed_by
        return None

    def result_form(self) -> ReviewForm:
        reviewed_on = self.reviewed_on.value()
        assert reviewed_on is not None  # a required date
        return ReviewForm(
            reviewed_on, self.reviewed_by.toPlainText(), self.what_changed.toPlainText()
        )
