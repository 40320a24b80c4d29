"""The results report for leaders (issue 19): what the user writes for it, and exporting it.

A story or quote (and whose words it is), the next steps, and for each measure of success
(the MOU's goals) the figure reached so far with its date. What is typed is saved when
the dialog is left, however it is left (Close, Escape, the window's close button), and
before the report is written: nothing typed depends on how quickly the user moves on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.services.results.report import ResultsForm
from partnerdesk.ui.forms import OptionalDateEdit, date_problems, text_box


class ResultsReportDialog(QDialog):
    """Opened on the form as stored; ``save`` is handed the form typed whenever it changed
    (on leaving), ``export`` the form to save first (None: nothing changed).

    The forms handed on carry the version the dialog opened on; the controller chains
    each save on the version the one before it left (ui/results_actions.py).
    """

    def __init__(
        self,
        form: ResultsForm,
        save: Callable[[ResultsForm], None],
        export: Callable[[ResultsForm | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._export = export
        self.setWindowTitle(self.tr("Results report for leaders"))
        intro = QLabel(
            self.tr(
                "A one- or two-page report on “{title}” for the leaders of both "
                "organizations. PartnerDesk fills in what the partnership set out to do, "
                "the commitments kept and late, and how the check-ups went; add what only "
                "you know. What you type is kept when you close this window."
            ).format(title=form.request_title)
        )
        intro.setWordWrap(True)
        self.story = text_box(4, self.tr("A short story, or a few words someone said"))
        self.story_by = QLineEdit()
        self.story_by.setPlaceholderText(self.tr("For example: a parent at the Saturday pantry"))
        self.next_steps = text_box(3, self.tr("One step per line"))
        words = QFormLayout()
        words.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(words, self.tr("&Story or quote:"), self.story)
        self._row(words, self.tr("&Whose words:"), self.story_by)
        self._row(words, self.tr("&Next steps:"), self.next_steps)

        measures = QGroupBox(self.tr("Measures of success: the MOU's goals"))
        measures_form = QFormLayout(measures)
        measures_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.figure_edits: list[QLineEdit] = []
        self.as_of_edits: list[OptionalDateEdit] = []
        for number, item in enumerate(form.figures, start=1):
            goal = QLabel(self.tr("Goal {number}: {goal}").format(number=number, goal=item.goal))
            goal.setWordWrap(True)
            figure = QLineEdit()
            figure.setPlaceholderText(self.tr("Reached so far, e.g. 212 families or 78%"))
            as_of = OptionalDateEdit(label=self.tr("date of the figure"))
            measures_form.addRow(goal)
            self._row(measures_form, self.tr("Reached so far:"), figure, goal.text())
            self._row(measures_form, self.tr("As of:"), as_of, goal.text())
            self.figure_edits.append(figure)
            self.as_of_edits.append(as_of)
        if not form.figures:
            none = QLabel(
                self.tr(
                    "The MOU names no goals yet. Write them on the MOU's goals page, one per "
                    "paragraph, and they show here to measure."
                )
            )
            none.setWordWrap(True)
            measures_form.addRow(none)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(intro)
        column.addLayout(words)
        column.addWidget(measures)
        column.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidget(body)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.save_report = QPushButton(self.tr("&Save the report…"))
        self.save_report.setToolTip(self.tr("A Word document on your letterhead"))
        self.save_report.clicked.connect(self._save_report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_report, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.load(form)
        self.resize(640, 620)

    @staticmethod
    def _row(form: QFormLayout, label: str, field: QWidget, about: str = "") -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        name = label.replace("&", "").rstrip(":")
        field.setAccessibleName(name)
        if about:
            # Each figure's row says which goal it measures, for screen-reader users.
            field.setAccessibleDescription(about)
        form.addRow(caption, field)

    def load(self, form: ResultsForm) -> None:
        """Show ``form`` (as stored): what the dialog opened on, or a colleague's, reloaded."""
        self.loaded = form
        self.story.setPlainText(form.story)
        self.story_by.setText(form.story_by)
        self.next_steps.setPlainText(form.next_steps)
        for item, figure, as_of in zip(
            form.figures, self.figure_edits, self.as_of_edits, strict=True
        ):
            figure.setText(item.figure)
            as_of.set_value(date.fromisoformat(item.as_of) if item.as_of else None)
        self._shown = self.typed()

    def typed(self) -> ResultsForm:
        """What the fields hold, as a form based on the version the dialog was opened on."""
        day_first = self.as_of_edits[0].day_first if self.as_of_edits else False
        return replace(
            self.loaded,
            story=self.story.toPlainText(),
            story_by=self.story_by.text(),
            next_steps=self.next_steps.toPlainText(),
            figures=tuple(
                replace(item, figure=figure.text(), as_of=as_of.text())
                for item, figure, as_of in zip(
                    self.loaded.figures, self.figure_edits, self.as_of_edits, strict=True
                )
            ),
            day_first=day_first,
        )

    def changed(self) -> bool:
        return self.typed() != self._shown

    def _problem(self) -> bool:
        found = date_problems(self.as_of_edits)
        if found is None:
            self.message.hide()
            return False
        text, field = found
        self.message.setText(text)
        self.message.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _keep(self) -> bool:
        """Send what was typed to be saved; False while a date cannot be read."""
        if self._problem():
            return False
        if self.changed():
            typed = self.typed()
            self._shown = typed  # sent: not sent again unless typed over
            self._save(typed)
        return True

    def _save_report(self) -> None:
        """Write the report with what is typed: saved first when anything changed."""
        if self._problem():
            return
        typed = self.typed() if self.changed() else None
        if typed is not None:
            self._shown = typed
        self._export(typed)

    def done(self, result: int) -> None:
        """Close, Escape or the window's close button: what was typed is saved first. A
        date that cannot be read keeps the dialog open, saying so (nothing is dropped)."""
        if not self._keep():
            return
        super().done(result)
