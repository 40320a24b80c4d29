"""Partnership check-ups from the request page and Today: start, open, rate, delete."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from partnerdesk.core.checkups import StatementRating, shipped_statements
from partnerdesk.core.dates import friendly_date
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
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.pages.checkup_list import CheckupList

if TYPE_CHECKING:
    from partnerdesk.services.checkups.trend import CheckupTrend
    from partnerdesk.ui.editors.checkup_dialog import CheckupDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckupActions", text)


class CheckupActions:
    def __init__(self, parent: QWidget, operations: Operations, dialogs: Dialogs) -> None:
        self.parent = parent
        self.operations = operations
        self.dialogs = dialogs
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
            _tr("Check-up of {date} started.").format(date=friendly_date(held_on)),
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
                shipped_statements(),
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
                _tr("Rated by a colleague meanwhile"),
                _tr(
                    "Someone else rated this statement while you were typing, so your "
                    "rating was not saved. Theirs is shown now; change it again to put "
                    "yours in its place."
                ),
            )

        def not_saved(_error: Exception) -> bool:
            if self.dialog is not None:
                self.dialog.not_saved(rating, base)
            return False  # said as any other problem (the shared server away, …)

        self.operations.change(
            lambda database: save_our_rating(database, checkup_id, rating, base),
            _tr("Saved."),
            if_changed_elsewhere=colleague_saved,
            if_refused=not_saved,
        )

    def delete(self, checkup_id: int, when: str) -> None:
        if not self.dialogs.confirm(
            _tr("Delete this check-up?"),
            _tr(
                "Delete the check-up of {date}, with both sides' ratings and comments? "
                "This cannot be undone."
            ).format(date=when),
            action=_tr("Delete"),
            destructive=True,
        ):
            return
        self.operations.change(
            lambda database: delete_checkup(database, checkup_id),
            _tr("Check-up of {date} deleted.").format(date=when),
        )

    # The request page's Check-ups tab -----------------------------------------
    def connect_list(self, view: CheckupList) -> None:
        self.list = view
        view.read_requested.connect(self._read)
        view.trend_requested.connect(self._read_trend)
        view.new_requested.connect(self.new_checkup)
        view.open_requested.connect(self.open_checkup)
        view.delete_requested.connect(self.delete)
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
        self.operations.query(
            lambda database: checkup_trend(database, request_id),
            show,
            if_refused=lambda _error: True,
        )
