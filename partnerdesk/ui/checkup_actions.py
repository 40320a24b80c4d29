"""Partnership check-ups from the request page and Today: start, open, rate, delete."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from partnerdesk.core.checkups import StatementRating, shipped_statements
from partnerdesk.core.dates import friendly_date
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.checkups.checkups import (
    CheckupDetails,
    CheckupLine,
    StartedCheckup,
    delete_checkup,
    list_checkups,
    read_checkup,
    save_our_rating,
    start_checkup,
)
from partnerdesk.services.database_access import Database
from partnerdesk.services.errors import ChangedElsewhereError
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.document_language import choose_word_document
from partnerdesk.ui.export_folder import export_folder, remember_export_folder
from partnerdesk.ui.file_problems import tell_not_written
from partnerdesk.ui.language import content_language
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.pages.checkup_list import CheckupList

if TYPE_CHECKING:
    from partnerdesk.services.checkups.partner_form import PartnerFormReading
    from partnerdesk.services.checkups.trend import CheckupTrend
    from partnerdesk.services.documents.files import WrittenDocument
    from partnerdesk.ui.editors.checkup_dialog import CheckupDialog


# The folder the last Word or calendar file was saved in (the MOU's exports keep it too).
WORD_FILES = QT_TRANSLATE_NOOP("CheckupActions", "Word document (*.docx)")


class CheckupActions:
    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        dialogs: Dialogs,
        settings: QSettings | None = None,
    ) -> None:
        """``settings``: the data folder's, where the last folder used is kept."""
        self.parent = parent
        self.operations = operations
        self.dialogs = dialogs
        self.settings = settings
        self.list: CheckupList | None = None
        self.dialog: CheckupDialog | None = None
        # Ratings saved while a check-up window is open: its list and trend are read
        # again once, when it closes, rather than after every rating.
        self._stale = False
        self._opening = False  # a second press while one opens does not open another

    # Starting, opening, deleting ----------------------------------------------
    def new_checkup(self, request_id: int, on: date | None = None) -> None:
        """Ask for the date (today unless told), start the check-up, open it to rate."""
        from partnerdesk.ui.editors.checkup_dialog import NewCheckupDialog

        asked = NewCheckupDialog(on or date.today(), self.parent)
        if not asked.exec():
            return
        held_on = asked.chosen()
        started: list[int] = []

        def start(database: Database) -> Changes:
            result: StartedCheckup = start_checkup(database, request_id, held_on)
            started.append(result.checkup_id)
            return result.changes

        self.operations.change(
            start,
            QCoreApplication.translate("CheckupActions", "Check-up of {date} started.").format(
                date=friendly_date(held_on)
            ),
            after=lambda: self.open_checkup(started[0]) if started else None,
        )

    def open_checkup(self, checkup_id: int) -> None:
        if self._opening or self.dialog is not None:
            return
        self._opening = True

        def refused(_error: Exception) -> bool:
            self._opening = False
            return False  # said as any other refusal

        self.operations.query(
            lambda database: read_checkup(database, checkup_id),
            self._show,
            if_refused=refused,
        )

    def _show(self, details: CheckupDetails) -> None:
        from partnerdesk.ui.editors.checkup_dialog import CheckupDialog

        try:
            self.dialog = CheckupDialog(
                details,
                # The statements and their domains in the screen's language (same ids).
                shipped_statements(content_language()),
                lambda rating, base: self._save(details.id, rating, base),
                self.parent,
            )
            self.dialog.exec()
        finally:
            self.dialog = None
            self._opening = False
        if self._stale and self.list is not None:
            self._stale = False
            self.list.reread()

    def _save(self, checkup_id: int, rating: StatementRating, base: StatementRating) -> None:
        def colleague_saved(error: Exception) -> None:
            theirs = error.theirs if isinstance(error, ChangedElsewhereError) else None
            if isinstance(theirs, StatementRating) and self.dialog is not None:
                self.dialog.show_theirs(theirs)
            self.dialogs.warn(
                QCoreApplication.translate("CheckupActions", "Rated by a colleague meanwhile"),
                QCoreApplication.translate(
                    "CheckupActions",
                    "Someone else rated this statement while you were typing, so your "
                    "rating was not saved. Theirs is shown now; change it again to put "
                    "yours in its place.",
                ),
            )

        def not_saved(_error: Exception) -> bool:
            if self.dialog is not None:
                self.dialog.not_saved(rating, base)
            return False  # said as any other problem (the shared server away, …)

        self.operations.change(
            lambda database: save_our_rating(database, checkup_id, rating, base),
            QCoreApplication.translate("CheckupActions", "Saved."),
            if_changed_elsewhere=colleague_saved,
            if_refused=not_saved,
        )

    def delete(self, checkup_id: int, when: str) -> None:
        if not self.dialogs.confirm(
            QCoreApplication.translate("CheckupActions", "Delete this check-up?"),
            QCoreApplication.translate(
                "CheckupActions",
                "Delete the check-up of {date}, with both sides' ratings and comments? "
                "This cannot be undone.",
            ).format(date=when),
            action=QCoreApplication.translate("CheckupActions", "Delete"),
            destructive=True,
        ):
            return
        self.operations.change(
            lambda database: delete_checkup(database, checkup_id),
            QCoreApplication.translate("CheckupActions", "Check-up of {date} deleted.").format(
                date=when
            ),
        )

    # The request page's Check-ups tab -----------------------------------------
    def connect_list(self, view: CheckupList) -> None:
        self.list = view
        view.read_requested.connect(self._read)
        view.trend_requested.connect(self._read_trend)
        view.new_requested.connect(self.new_checkup)
        view.open_requested.connect(self.open_checkup)
        view.delete_requested.connect(self.delete)
        view.send_form_requested.connect(self.send_form)
        view.read_form_requested.connect(self.read_form)
        self.operations.changes_applied.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        view = self.list
        if view is None or not view.request_id:
            return
        if changes.names(Detail.CHECKUPS) or changes.trash:
            if self.dialog is not None:
                self._stale = True
                return
            view.reread()

    def _read(self, request_id: int) -> None:
        def show(lines: list[CheckupLine]) -> None:
            if self.list is not None and self.list.request_id == request_id:
                self.list.show_checkups(lines)

        self.operations.query(
            lambda database: list_checkups(database, request_id),
            show,
            if_refused=lambda _error: True,  # the request page itself says it is gone
        )

    def _read_trend(self, request_id: int) -> None:
        from partnerdesk.services.checkups.trend import checkup_trend

        def show(trend: CheckupTrend) -> None:
            if self.list is not None:
                self.list.show_trend(trend)

        # Drawn on the database worker: matplotlib is imported there, the first time.
        # Its words and dates in the screen's language, taken here on the window's side.
        language = content_language()
        self.operations.query(
            lambda database: checkup_trend(database, request_id, language),
            show,
            if_refused=lambda _error: True,
        )

    # The partner's form ---------------------------------------------------------
    def _folder(self) -> Path:
        """Where file dialogs start: the folder last used, while it exists."""
        return export_folder(self.settings)

    def _remember_folder(self, folder: Path) -> None:
        remember_export_folder(self.settings, folder)

    def send_form(self, request_id: int) -> None:
        """Save the check-up form, on the letterhead, for the partner to fill in."""
        from partnerdesk.services.documents.vetting import request_title

        self.operations.open_once(
            "save check-up form",
            lambda database: request_title(database, request_id),
            lambda title: self._save_form(request_id, title),
        )

    def _save_form(self, request_id: int, title: str) -> None:
        from partnerdesk.services.checkups.partner_form import export_checkup_form
        from partnerdesk.ui.vetting_actions import file_name_from

        # The form goes to the partner: its language is chosen here, as for the other
        # documents (the partner is often the Spanish-speaking side).
        chosen = choose_word_document(
            self.dialogs,
            self.settings,
            QCoreApplication.translate(
                "CheckupActions", "Save the check-up form as a Word document"
            ),
            self._folder()
            / QCoreApplication.translate("CheckupActions", "Check-up form - {title}.docx").format(
                title=file_name_from(title)
            ),
        )
        if chosen is None:
            return
        path, language = chosen
        self._remember_folder(path.parent)

        def saved(written: WrittenDocument) -> None:
            if written.letterhead_warning:
                self.dialogs.inform(
                    QCoreApplication.translate("CheckupActions", "Letterhead not used"),
                    written.letterhead_warning,
                )
            self.operations.tell(
                QCoreApplication.translate(
                    "CheckupActions",
                    "Saved “{name}” in {folder}. Send it to the partner; when it comes "
                    "back filled in, press Read their filled form…",
                ).format(name=written.path.name, folder=written.path.parent)
            )

        self.operations.query(
            lambda database: export_checkup_form(database, request_id, path, language=language),
            saved,
            label=QCoreApplication.translate("CheckupActions", "Writing the check-up form…"),
            if_refused=lambda error: self._not_written(path, error),
        )

    def _not_written(self, path: Path, error: Exception) -> bool:
        title = QCoreApplication.translate("CheckupActions", "The form was not saved")
        return tell_not_written(self.dialogs, title, path, error)

    def read_form(self, request_id: int) -> None:
        """Read their filled form: shown first, saved into the check-up only when asked."""
        from partnerdesk.services.checkups.partner_form import read_partner_form

        path = self.dialogs.open_file(
            QCoreApplication.translate(
                "CheckupActions", "Choose their filled check-up form (Word document)"
            ),
            self._folder(),
            QCoreApplication.translate("CheckupActions", WORD_FILES),
        )
        if path is None:
            return
        self._remember_folder(path.parent)
        # The domains and statements it names, in the screen's language.
        language = content_language()
        self.operations.open_once(
            "read check-up form",
            lambda database: read_partner_form(database, request_id, path, language=language),
            self._preview,
        )

    def _preview(self, reading: PartnerFormReading) -> None:
        from partnerdesk.services.checkups.partner_form import save_partner_form
        from partnerdesk.ui.editors.checkup_form_dialog import CheckupFormDialog

        dialog = CheckupFormDialog(reading, self.parent)
        if not dialog.exec():
            self.operations.tell(
                QCoreApplication.translate("CheckupActions", "Nothing was saved from their form.")
            )
            return
        when = friendly_date(reading.held_on)
        self.operations.change(
            lambda database: save_partner_form(database, reading),
            QCoreApplication.translate(
                "CheckupActions",
                "Their answers from “{form}” are saved into the check-up of {date}.",
            ).format(form=reading.form_name, date=when),
        )
