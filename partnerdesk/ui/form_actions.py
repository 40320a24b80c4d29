"""Forms for the other side: pick a request's questions, save the form to send, read the
filled-in form back; the same for a partner profile (issue 18).

Every read and write runs through ``Operations``; a returned form is first read and
shown (``FormAnswersDialog``), and only what the user ticks is then written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from partnerdesk.core.forms import FormReading
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, Messages
from partnerdesk.services.changes import Changes
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.document_language import choose_word_document
from partnerdesk.ui.file_problems import tell_not_written
from partnerdesk.ui.language import content_language
from partnerdesk.ui.operations import Operations

# Plural forms (core/translation.py: the variable is named like its context).
form_actions = Messages("form_actions")

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database
    from partnerdesk.services.documents.forms import WrittenForm
    from partnerdesk.services.vetting.shortlist import Shortlist

WORD_FILES = QT_TRANSLATE_NOOP("form_actions", "Word document (*.docx)")


class FormActions:
    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        dialogs: Dialogs,
        settings: QSettings | None = None,
    ) -> None:
        self.settings = settings  # the document language last used
        self.parent = parent
        self.operations = operations
        self.dialogs = dialogs

    # A request's question form ------------------------------------------------
    def pick_questions(self, request_id: int) -> None:
        """ "Questions for the form…": the shortlist, ticked, to change and save."""
        from partnerdesk.services.vetting.shortlist import read_shortlist

        # The topics and shipped questions in the window's language, as on the request page.
        language = content_language()
        self.operations.open_once(
            "shortlist",
            lambda database: read_shortlist(database, request_id, language),
            self._pick_on,
        )

    def _pick_on(self, shortlist: Shortlist) -> None:
        from partnerdesk.services.vetting.shortlist import save_shortlist
        from partnerdesk.ui.editors.form_dialogs import ShortlistDialog

        dialog = ShortlistDialog(shortlist, self.parent)
        if not dialog.exec():
            return
        chosen = dialog.chosen()
        request_id = shortlist.request_id
        self.operations.change(
            lambda database: save_shortlist(database, request_id, chosen),
            form_actions.tr("%n question(s) picked for the form.", "", len(chosen)),
        )

    def export_question_form(self, request_id: int) -> None:
        """Save the form of the shortlist's questions, to send to the requester."""
        from partnerdesk.services.documents.forms import export_question_form
        from partnerdesk.services.documents.vetting import request_title

        self._save_form(
            QCoreApplication.translate("FormActions", "Save the question form as a Word document"),
            QCoreApplication.translate("FormActions", "Writing the question form…"),
            lambda database: request_title(database, request_id),
            QCoreApplication.translate("FormActions", "Questions"),
            lambda database, path, language: export_question_form(
                database, request_id, path, language=language
            ),
        )

    def read_answers(self, request_id: int) -> None:
        """Read a filled-in question form: shown first, then what is ticked is written."""
        from partnerdesk.services.vetting.form_answers import read_returned_form, take_answers

        self._read_back(
            QCoreApplication.translate("FormActions", "their answers"),
            lambda database, path: read_returned_form(database, request_id, path),
            lambda database, answers, seen: take_answers(database, request_id, answers, seen),
            QCoreApplication.translate("FormActions", "“Their answer” of each question"),
        )

    # A partner profile form ---------------------------------------------------
    def export_profile_form(self, organization_id: int | None = None) -> None:
        """Save a blank profile form for an organization (asked for when not given)."""
        from partnerdesk.services.documents.forms import export_profile_form

        def export(chosen: int) -> None:
            self._save_form(
                QCoreApplication.translate(
                    "FormActions", "Save the profile form as a Word document"
                ),
                QCoreApplication.translate("FormActions", "Writing the profile form…"),
                lambda database: _organization_name(database, chosen),
                QCoreApplication.translate("FormActions", "Partner profile"),
                lambda database, path, language: export_profile_form(
                    database, chosen, path, language=language
                ),
            )

        self._with_organization(
            organization_id, QCoreApplication.translate("FormActions", "Blank profile form"), export
        )

    def read_profile_form(self, organization_id: int | None = None) -> None:
        from partnerdesk.services.profiles.profile_form import (
            read_profile_form,
            take_profile_answers,
        )

        def read(chosen: int) -> None:
            self._read_back(
                QCoreApplication.translate("FormActions", "their profile"),
                lambda database, path: read_profile_form(database, chosen, path),
                lambda database, answers, seen: take_profile_answers(
                    database, chosen, answers, seen
                ),
                QCoreApplication.translate("FormActions", "their profile"),
            )

        self._with_organization(
            organization_id,
            QCoreApplication.translate("FormActions", "Read a filled-in profile form"),
            read,
        )

    def _with_organization(
        self, organization_id: int | None, title: str, then: Callable[[int], None]
    ) -> None:
        if organization_id is not None:
            then(organization_id)
            return
        from partnerdesk.services.documents.forms import organizations_for_forms

        def pick(choices: list[tuple[int, str]]) -> None:
            if not choices:
                self.dialogs.inform(
                    title,
                    QCoreApplication.translate(
                        "FormActions", "There is no organization yet. Add it first."
                    ),
                )
                return
            labels = [name for _id, name in choices]
            picked = self.dialogs.pick(
                title,
                QCoreApplication.translate("FormActions", "Which organization is the form for?"),
                labels,
            )
            if picked is not None:
                then(choices[labels.index(picked)][0])

        self.operations.open_once(title, organizations_for_forms, pick)

    # Shared ---------------------------------------------------------------------
    def _save_form(
        self,
        save_title: str,  # whole texts per form (issue 21)
        writing: str,
        read_title: Callable[[Database], str],
        prefix: str,
        # (database, file, document language)
        export: Callable[[Database, Path, str], WrittenForm],
    ) -> None:
        from partnerdesk.ui.vetting_actions import file_name_from

        operations = self.operations

        def save_as(title: str) -> None:
            chosen = choose_word_document(
                self.dialogs,
                self.settings,
                save_title,
                Path(user_documents_dir())
                / QCoreApplication.translate(
                    "FormActions", "{prefix} - {file_name_from}.docx"
                ).format(prefix=prefix, file_name_from=file_name_from(title)),
            )
            if chosen is None:
                return
            path, language = chosen

            def saved(written: WrittenForm) -> None:
                if written.letterhead_warning:
                    self.dialogs.inform(
                        QCoreApplication.translate("FormActions", "Letterhead not used"),
                        written.letterhead_warning,
                    )
                operations.tell(
                    form_actions.tr(
                        "Saved “{name}” in {parent} (%n question(s)).", "", written.questions
                    ).format(name=written.path.name, parent=written.path.parent)
                )

            operations.query(
                lambda database: export(database, path, language),
                saved,
                label=writing,
                if_refused=lambda error: self._not_written(path, error),
            )

        self.operations.open_once(f"save {prefix}", read_title, save_as)

    def _read_back(
        self,
        what: str,
        read: Callable[[Database, Path], FormReading],
        take: Callable[[Database, dict[str, str], dict[str, str]], Changes],
        whose: str,
    ) -> None:
        path = self.dialogs.open_file(
            QCoreApplication.translate("FormActions", "Choose the filled-in form (Word document)"),
            Path(user_documents_dir()),
            QCoreApplication.translate("form_actions", WORD_FILES),
        )
        if path is None:
            return
        operations = self.operations

        def show(reading: FormReading) -> None:
            from partnerdesk.ui.editors.form_dialogs import FormAnswersDialog

            dialog = FormAnswersDialog(reading, whose, self.parent)
            if not dialog.exec():
                return
            ticked = dialog.take_theirs()
            answers = {k: v for k, v in reading.to_write().items() if k in ticked}
            if not answers:
                operations.tell(QCoreApplication.translate("FormActions", "Nothing was read in."))
                return
            seen = {answer.key: answer.ours for answer in reading.answers}
            operations.change(
                lambda database: take(database, answers, seen),
                form_actions.tr("%n answer(s) read in from “{name}”.", "", len(answers)).format(
                    name=path.name
                ),
            )

        self.operations.open_once(f"read {what}", lambda database: read(database, path), show)

    def _not_written(self, path: Path, error: Exception) -> bool:
        title = QCoreApplication.translate("FormActions", "The form was not saved")
        return tell_not_written(self.dialogs, title, path, error)


def _organization_name(database: Database, organization_id: int) -> str:
    from partnerdesk.services.documents.forms import organization_name

    return organization_name(database, organization_id)
