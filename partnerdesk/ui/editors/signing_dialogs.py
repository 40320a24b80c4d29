"""Mark an MOU as signed, and record a review of it: two short forms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.dates import date_in_words
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, english_plural
from partnerdesk.services.mou.reviews import ReviewForm
from partnerdesk.services.mou.signing import SIGNED_COPY_TYPES, SignedState, SigningForm
from partnerdesk.ui.editors.record_dialog import RecordDialog
from partnerdesk.ui.forms import add_row, required_date_edit, text_box
from partnerdesk.ui.widgets import resize_within_screen

# One whole filter (the file types put in), so that its translation is found (issue 21).
SIGNED_COPY_FILES = QT_TRANSLATE_NOOP("signing_dialogs", "Signed copies ({patterns})")


class SignMouDialog(RecordDialog):
    """The signing date, who signed for each party, and (if there is one) the signed copy."""

    def __init__(self, state: SignedState, start_folder: Path, parent: QWidget | None = None):
        super().__init__(self.tr("Mark the MOU as signed"), parent)
        self.start_folder = start_folder
        intro = QLabel(
            self.tr(
                "“{title}” as it is now becomes the signed MOU. Later "
                "changes to it are kept as an amendment, to be signed again."
            ).format(title=state.title)
            if state.signed_on is None
            else self.tr(
                "“{title}” was signed on {document_date} and changed since. "
                "Mark the amended MOU as signed."
            ).format(title=state.title, document_date=date_in_words(state.signed_on))
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        # Party names are long: a long label puts its field below it, at full width.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.signed_on = required_date_edit(date.today(), self.tr("signing date"))
        add_row(self.form, self.tr("Signed &on:"), self.signed_on)
        self.signers: dict[str, QLineEdit] = {}
        for index, party in enumerate(state.parties):
            line = QLineEdit(party.signatory)
            line.setPlaceholderText(self.tr("The name of the person who signed"))
            self.signers[party.name] = line
            mnemonic = "&" if index < 9 else ""
            add_row(
                self.form,
                self.tr("{mnemonic}{value}. Who signed for {name}:").format(
                    mnemonic=mnemonic, value=index + 1, name=party.name
                ),
                line,
            )
        self.copy = QLabel(self.tr("None chosen (it is optional)."))
        self.copy.setWordWrap(True)
        self.copy.setAccessibleName(self.tr("Signed copy chosen"))
        self.choose = QPushButton(self.tr("&Choose the signed copy…"))
        self.choose.setToolTip(
            self.tr("A PDF, a scan (PNG, JPEG or TIFF) or the Word file that was signed")
        )
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
            self.tr("Signed copy:"),
            holder,
            self.tr(
                "PartnerDesk keeps its own copy in the data folder, so it stays with your records."
            ),
        )
        self.choose.setAccessibleName(self.tr("Choose the signed copy"))
        self.chosen_copy: Path | None = None
        resize_within_screen(self, 620, 320)

    def _choose_copy(self) -> None:
        chosen = self.dialogs.open_file(
            self.tr("Choose the signed copy"),
            self.start_folder,
            QCoreApplication.translate("signing_dialogs", SIGNED_COPY_FILES).format(
                patterns=" ".join(f"*{t}" for t in SIGNED_COPY_TYPES)
            ),
        )
        if chosen is None:
            return
        self.chosen_copy = chosen
        self.copy.setText(
            self.tr("“{name}”, in {parent}").format(name=chosen.name, parent=chosen.parent)
        )

    def problem(self) -> tuple[str, QWidget] | None:
        signed_on = self.signed_on.value()
        if signed_on is not None and signed_on > date.today():
            return (
                self.tr(
                    "The signing date is still to come. Mark the MOU signed once both have signed."
                ),
                self.signed_on,
            )
        for party, line in self.signers.items():
            if not line.text().strip():
                return self.tr("Please write who signed for {party}.").format(party=party), line
        if (
            self.chosen_copy is not None
            and self.chosen_copy.suffix.lower() not in SIGNED_COPY_TYPES
        ):
            return (
                self.tr("The signed copy must be a PDF, a scan (PNG, JPEG or TIFF) or a .docx."),
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
        super().__init__(self.tr("Record a review"), parent)
        due = (
            self.tr(" It was due on {document_date}.").format(
                document_date=date_in_words(state.review_on)
            )
            if state.review_on
            else ""
        )
        intro = QLabel(
            english_plural(
                self.tr(
                    "Record the review of “{title}”.{due} The next review is "
                    "then set %n month(s) later, as the MOU says.",
                    "",
                    state.every_months,
                ),
                state.every_months,
            ).format(title=state.title, due=due)
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reviewed_on = required_date_edit(date.today(), self.tr("review date"))
        add_row(self.form, self.tr("Reviewed &on:"), self.reviewed_on)
        self.reviewed_by = text_box(2, self.tr("Who took part, from both organizations"))
        add_row(self.form, self.tr("&Who took part:"), self.reviewed_by)
        self.what_changed = text_box(5, self.tr("What you agreed to change, or “Nothing changed”"))
        self.what_changed.setPlainText(changes_so_far)
        add_row(self.form, self.tr("What &changed:"), self.what_changed)
        if state.amendment_pending:
            note = QLabel(
                self.tr(
                    "The MOU has been changed since it was signed. The review stays open until "
                    "you mark the amended MOU as signed."
                )
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        resize_within_screen(self, 620, 460)

    def problem(self) -> tuple[str, QWidget] | None:
        reviewed_on = self.reviewed_on.value()
        if reviewed_on is not None and reviewed_on > date.today():
            return (
                self.tr("The review date is still to come. Record it once it took place."),
                self.reviewed_on,
            )
        if not self.reviewed_by.toPlainText().strip():
            return self.tr("Please write who took part in the review."), self.reviewed_by
        return None

    def result_form(self) -> ReviewForm:
        reviewed_on = self.reviewed_on.value()
        assert reviewed_on is not None  # a required date
        return ReviewForm(
            reviewed_on, self.reviewed_by.toPlainText(), self.what_changed.toPlainText()
        )
