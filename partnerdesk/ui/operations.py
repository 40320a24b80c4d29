"""Every database call the window makes, on the one database worker; results come back by signal.

As Anki's CollectionOp and QueryOp: a *change* runs a use case that writes (it opens and
commits its own transaction and returns what it changed); a *query* runs one that only
reads (or writes a file from what it reads). Both run off the GUI thread on the same single
worker, in the order they were asked, so a query asked after a change reads what it wrote.

When a change is done, ``changes_applied`` carries its ``Changes`` to every view that
subscribed; each view decides itself what to re-read. Nothing here knows the pages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.changes import Changes
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.tasks import Progress, TaskFailure, TaskRunner

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

Result = TypeVar("Result")
log = logging.getLogger(__name__)


def explained_refusals() -> tuple[type[Exception], ...]:
    """Errors whose message is for the user as it stands: shown, not treated as a failure.

    Imported when a task fails, not at start: the import services pull in vobject, and
    the sample data services are not needed to open the window.
    """
    from partnerdesk.services.errors import USER_FACING_ERRORS
    from partnerdesk.services.sample_data.loading import SampleDataRefusedError
    from partnerdesk.services.transfer.contact_import import (
        ImportCancelledError,
        UnreadableFileError,
    )

    return (
        *USER_FACING_ERRORS,
        SampleDataRefusedError,
        UnreadableFileError,
        ImportCancelledError,
    )


def _as_refusal(work: Callable[[], Result]) -> Result:
    """Run ``work`` (on the worker); a driver error that is a refusal the user should be
    told about (the shared server out of reach, the data file busy) is raised as one."""
    from partnerdesk.services.transactions import as_refusal

    try:
        return work()
    except Exception as error:
        refusal = as_refusal(error)
        if refusal is error:
            raise
        raise refusal from error


def server_unreachable(error: BaseException) -> bool:
    """Whether ``error`` is the shared database's server out of reach (see services)."""
    from partnerdesk.services.errors import ServerUnreachableError

    return isinstance(error, ServerUnreachableError)


def report_failure(dialogs: Dialogs, failure: TaskFailure, *, wrote: bool = True) -> None:
    """Background work that failed: its own words when it has them, else copyable details.

    ``wrote``: the work was a change (so "nothing was changed" is the news), not a read.
    """
    if isinstance(failure.error, explained_refusals()):
        title = (
            QCoreApplication.translate("operations", "Nothing was changed")
            if wrote
            else QCoreApplication.translate("operations", "That could not be shown")
        )
        dialogs.inform(title, str(failure.error))
        return
    dialogs.problem(
        QCoreApplication.translate("operations", "Something went wrong"),
        QCoreApplication.translate(
            "operations", "PartnerDesk could not finish that. Nothing was changed."
        )
        if wrote
        else QCoreApplication.translate(
            "operations", "PartnerDesk could not show that. Nothing was changed."
        ),
        failure.details,
    )


class Operations(QObject):
    """The window's one way to read and write the store (see the module's docstring)."""

    # Changes: what a finished change wrote. Views connect and re-read what it names.
    changes_applied = Signal(object)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        dialogs: Dialogs,
        tell: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._database = database
        self.tasks = tasks
        self.dialogs = dialogs
        self.tell = tell
        # Work asked with ``once=key`` and not back yet: a second click meanwhile (before
        # the dialog it opens is on screen) is not asked again.
        self._in_flight: set[str] = set()
        # Dialogs being read or open (``open_once``): a second click opens no second one.
        self._dialogs_opening: set[str] = set()
        # While a failure is being told, the failures that follow from it (the re-reads
        # after a refused change, on a store out of reach) are logged, not told again.
        self._telling_failure = False
        self._closed = False

    def close(self) -> None:
        """The window has closed: results still on their way are dropped (their work is
        done: the window waited for it), so nothing touches what was closed."""
        self._closed = True
        self._in_flight.clear()

    def _report(self, failure: TaskFailure, *, wrote: bool) -> None:
        if self._telling_failure:
            log.info("a further failure while one is shown (%s)", type(failure.error).__name__)
            return
        self._telling_failure = True
        try:
            report_failure(self.dialogs, failure, wrote=wrote)
        finally:
            self._telling_failure = False

    def _start(self, once: str | None) -> bool:
        if once is None:
            return True
        if once in self._in_flight:
            return False
        self._in_flight.add(once)
        return True

    def _end(self, once: str | None) -> None:
        if once is not None:
            self._in_flight.discard(once)

    @property
    def is_shared(self) -> bool:
        """Whether several staff share this database (PostgreSQL): a few wordings differ."""
        return self._database.is_shared

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def wait_for_all(self, timeout_ms: int = 30000) -> bool:
        """Wait until the worker is idle (closing the window; tests that reopen the store)."""
        return self.tasks.wait_for_all(timeout_ms)

    def apply(self, changes: Changes) -> None:
        """Tell the views about a change made elsewhere (a restore; another program)."""
        self.changes_applied.emit(changes)

    # Changes -------------------------------------------------------------------
    def change(
        self,
        work: Callable[[Database], Changes],
        done_message: str = "",
        *,
        label: str = QT_TRANSLATE_NOOP("Operations", "Saving…"),
        after: Callable[[], Any] | None = None,
        if_changed_elsewhere: Callable[[Exception], None] | None = None,
        if_refused: Callable[[Exception], bool] | None = None,
        once: str | None = None,
    ) -> None:
        """Run ``work`` (a use case that commits its own transaction) off the GUI thread.

        ``if_changed_elsewhere`` settles a save refused because someone else saved the
        record first (reload theirs, or keep mine); without it the refusal is shown.
        ``if_refused`` may handle any other error first; it returns True when it did.
        """
        self.long_change(
            lambda database, _progress: work(database),
            done_message,
            label=label,
            after=after,
            if_changed_elsewhere=if_changed_elsewhere,
            if_refused=if_refused,
            once=once,
        )

    def long_change(
        self,
        work: Callable[[Database, Progress], Changes],
        done_message: str = "",
        *,
        label: str = QT_TRANSLATE_NOOP("Operations", "Saving…"),
        cancellable: bool = False,
        after: Callable[[], Any] | None = None,
        if_changed_elsewhere: Callable[[Exception], None] | None = None,
        if_refused: Callable[[Exception], bool] | None = None,
        once: str | None = None,
    ) -> Progress | None:
        """A change that reports progress (and may be cancelled): imports, restores.

        ``once``: a key for work that must not run twice at once (a second click before
        the first is done); that second asking is ignored and None returned.
        """
        from partnerdesk.services.errors import ChangedElsewhereError

        if not self._start(once):
            return None

        def done(changes: Changes) -> None:
            self._end(once)
            if self._closed:
                return
            self.changes_applied.emit(changes)
            if done_message:
                self.tell(done_message)
            if after is not None:
                after()

        def failed(failure: TaskFailure) -> None:
            self._end(once)
            if self._closed:
                return
            # Whatever was refused, the views re-read: the store is the truth.
            self.changes_applied.emit(Changes.everything())
            error = failure.error
            if if_changed_elsewhere is not None and isinstance(error, ChangedElsewhereError):
                if_changed_elsewhere(error)
                return
            if if_refused is not None and isinstance(error, Exception) and if_refused(error):
                return
            self._report(failure, wrote=True)

        return self.tasks.run(
            lambda progress: _as_refusal(lambda: work(self._database, progress)),
            done,
            failed,
            label=label,
            cancellable=cancellable,
        )

    # Queries -------------------------------------------------------------------
    def query(
        self,
        read: Callable[[Database], Result],
        then: Callable[[Result], Any],
        *,
        label: str = QT_TRANSLATE_NOOP("Operations", "Loading…"),
        if_refused: Callable[[Exception], bool] | None = None,
        once: str | None = None,
    ) -> None:
        """Run ``read`` off the GUI thread and hand its result to ``then`` on it.

        A refusal meant for the user (a record removed meanwhile, a file that cannot be
        written) is shown in its own words unless ``if_refused`` handled it.
        """
        self.long_query(
            lambda database, _progress: read(database),
            then,
            label=label,
            if_refused=if_refused,
            once=once,
        )

    def open_once(
        self,
        name: str,
        read: Callable[[Database], Result],
        open_dialog: Callable[[Result], object],
        *,
        if_refused: Callable[[Exception], bool] | None = None,
    ) -> None:
        """Read what a dialog opens on (on the worker), then open it — once: a second
        click while it is read or open is ignored, as a modal dialog would have it.

        Unlike ``once=``, which lasts until the reading is back, ``name`` is held until
        ``open_dialog`` returns (a modal dialog returns when it is closed).
        """
        if name in self._dialogs_opening:
            return
        self._dialogs_opening.add(name)

        def opened(result: Result) -> None:
            try:
                open_dialog(result)
            finally:
                self._dialogs_opening.discard(name)

        def refused(error: Exception) -> bool:
            self._dialogs_opening.discard(name)
            return if_refused(error) if if_refused is not None else False

        self.query(read, opened, if_refused=refused)

    def long_query(
        self,
        read: Callable[[Database, Progress], Result],
        then: Callable[[Result], Any],
        *,
        label: str = QT_TRANSLATE_NOOP("Operations", "Working…"),
        cancellable: bool = False,
        if_refused: Callable[[Exception], bool] | None = None,
        once: str | None = None,
    ) -> Progress | None:
        """A query that reports progress: an export, a check of the whole store.

        ``once`` as for ``long_change``.
        """
        if not self._start(once):
            return None

        def done(result: Result) -> None:
            self._end(once)
            if not self._closed:
                then(result)

        def failed(failure: TaskFailure) -> None:
            self._end(once)
            if self._closed:
                return
            error = failure.error
            if if_refused is not None and isinstance(error, Exception) and if_refused(error):
                return
            if server_unreachable(error):
                # A page re-read while the server is away: said once, quietly, where the
                # user looks; a box for every page would bury the one that matters.
                self.tell(str(error).split(" (", 1)[0] + ".")
                return
            self._report(failure, wrote=False)

        return self.tasks.run(
            lambda progress: _as_refusal(lambda: read(self._database, progress)),
            done,
            failed,
            label=label,
            cancellable=cancellable,
        )
