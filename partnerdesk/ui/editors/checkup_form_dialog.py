"""Their filled check-up form, as read, before anything is saved: what was read in each
domain, each cell that could not be read (and where it is), the statements left without
a rating, and what they wrote outside the tables. Saving puts it into the check-up named
on the button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from partnerdesk.core.dates import friendly_date

if TYPE_CHECKING:
    from partnerdesk.services.checkups.partner_form import PartnerFormReading


class CheckupFormDialog(QDialog):
    def __init__(self, reading: PartnerFormReading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self.setWindowTitle(self.tr("Their filled check-up form"))
        self.resize(680, 620)
        layout = QVBoxLayout(self)
        # Numbers after a colon: the same words whatever the count, in every language.
        self.headline = QLabel(
            self.tr(
                "In “{form}”: statements rated: {rated} of {total}. Cells to check with "
                "them: {problems}."
            ).format(
                form=reading.form_name,
                rated=reading.rated,
                total=sum(domain.statements for domain in reading.domains),
                problems=len(reading.problems),
            )
        )
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.headline)

        self.domains = QTreeWidget()
        self.domains.setRootIsDecorated(False)
        self.domains.setColumnCount(3)
        self.domains.setHeaderLabels([self.tr("Domain"), self.tr("Rated"), self.tr("Comments")])
        self.domains.setColumnWidth(0, 340)
        for domain in reading.domains:
            self.domains.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        domain.title,
                        self.tr("{rated} of {total}").format(
                            rated=domain.rated, total=domain.statements
                        ),
                        str(domain.commented),
                    ]
                )
            )
        self._labelled(layout, self.tr("What was &read, per domain"), self.domains)

        self.problems = QListWidget()
        for problem in reading.problems:
            self.problems.addItem(str(problem))
        if not reading.problems:
            self.problems.addItem(self.tr("Every rating they typed was read."))
        self.problems.setWordWrap(True)
        self._labelled(
            layout,
            self.tr("What could &not be read, or was read with a guess (check these with them)"),
            self.problems,
        )

        self.not_rated = QListWidget()
        for item in reading.not_rated:
            self.not_rated.addItem(
                self.tr("{domain}: {statement}").format(domain=item.domain, statement=item.text)
            )
        if not reading.not_rated:
            self.not_rated.addItem(self.tr("They rated every statement."))
        self.not_rated.setWordWrap(True)
        self._labelled(layout, self.tr("Statements they did not ra&te"), self.not_rated)

        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        for note in reading.notes:
            self.notes.addItem(note)
        if reading.notes:
            self._labelled(layout, self.tr("Written &outside the tables"), self.notes)
        else:
            self.notes.hide()

        when = friendly_date(reading.held_on)
        self.replacing = QLabel(
            self.tr(
                "This check-up holds their answers from “{form}” already: saving puts "
                "this form's answers in their place."
            ).format(form=reading.replaces)
        )
        self.replacing.setWordWrap(True)
        self.replacing.setVisible(bool(reading.replaces))
        layout.addWidget(self.replacing)

        buttons = QDialogButtonBox()
        if reading.new_checkup:
            save_text = self.tr("&Save into a new check-up of {date}").format(date=when)
        else:
            save_text = self.tr("&Save into the check-up of {date}").format(date=when)
        self.save = QPushButton(save_text)
        self.save.setDefault(True)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save.setFocus()

    def _labelled(self, layout: QVBoxLayout, text: str, view: QAbstractItemView) -> None:
        label = QLabel(text)
        label.setBuddy(view)
        view.setAccessibleName(label.text().replace("&", ""))
        layout.addWidget(label)
        layout.addWidget(view, 1)
