"""Run a change to the store in the background, then refresh what it changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from partnerdesk.services.changes import Changes
from partnerdesk.store.database import Database
from partnerdesk.store.errors import ChangedElsewhereError, StoreError
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.tasks import Progress, TaskFailure, TaskRunner


def explained_refusals() -> tuple[type[Exception], ...]:
    """Errors whose message is for the user as it stands: shown, not treated as a failure.

    Imported when a task fails, not at start: the import services pull in vobject, and
    the sample data and record services are not needed to open the window.
    """
    from partnerdesk.services.contact_export import UnsupportedExportError
    from partnerdesk.services.contact_import import (
        ImportCancelledError,
        ImportUndoError,
        UnreadableFileError,
    )
    from partnerdesk.services.organizations import InvalidInputError, RecordMissingError
    from partnerdesk.services.sample_data import SampleDataRefusedError

    return (
        SampleDataRefusedError,
        InvalidInputError,
        RecordMissingError,
        StoreError,
        UnreadableFileError,
        ImportCancelledError,
        ImportUndoError,
        UnsupportedExportError,
    )


def report_failure(dialogs: Dialogs, failure: TaskFailure) -> None:
    """Background work that failed: its own words when it has them, else copyable details."""
    if isinstance(failure.error, explained_refusals()):
        dialogs.inform("Nothing was changed", str(failure.error))
        return
    dialogs.problem(
        "Something went wrong",
        "PartnerDesk could not finish that. Nothing was changed.",
        failure.details,
    )


class ChangeRunner:
    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        dialogs: Dialogs,
        refresh: Callable[[Changes], None],
        tell: Callable[[str], None],
    ) -> None:
        self.database = database
        self.tasks = tasks
        self.dialogs = dialogs
        self.refresh = refresh
        self.tell = tell

    def run(
        self,
        work: Callable[[Session], Changes],
        done_message: str,
        *,
        label: str = "Saving…",
        after: Callable[[], Any] | None = None,
        if_changed_elsewhere: Callable[[ChangedElsewhereError], None] | None = None,
    ) -> None:
        """``work`` runs in one transaction off the GUI thread; all or nothing.

        ``if_changed_elsewhere`` settles a save refused because someone else saved the
        record first (reload theirs, or keep mine); without it the refusal is shown.
        """

        def in_background(_progress: Progress) -> Changes:
            with self.database.session() as session:
                return work(session)

        def done(changes: Changes) -> None:
            self.refresh(changes)
            self.tell(done_message)
            if after is not None:
                after()

        def failed(failure: TaskFailure) -> None:
            if if_changed_elsewhere is not None and isinstance(
                failure.error, ChangedElsewhereError
            ):
                self.refresh(Changes.everything())
                if_changed_elsewhere(failure.error)
                return
            self._failed(failure)

        self.tasks.run(in_background, done, failed, label=label)

    def _failed(self, failure: TaskFailure) -> None:
        self.refresh(Changes.everything())
        report_failure(self.dialogs, failure)
