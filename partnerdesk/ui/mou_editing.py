"""The MOU wizard's writes: a page, the title, where it was left, on the database worker.

Each edit is one small use case run through ``Operations`` in the order it was made, so
typing never waits for the store. A moment when the store cannot be written (another
program holds it, the shared server is away) is answered with a line to show while the
wizard tries again; a colleague's save meanwhile is asked about, never overwritten unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.changes import Changes
from partnerdesk.services.database_access import Database
from partnerdesk.services.errors import (
    ChangedElsewhereError,
    DatabaseUnavailableError,
    InvalidInputError,
    RecordMissingError,
    ServerUnreachableError,
)
from partnerdesk.services.mou.drafts import save_draft
from partnerdesk.services.page_edits import PageEdit
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.editors.page_saving import (
    KeepMine,
    SaveOutcome,
    SaveProblem,
    Settlement,
    TheirSection,
)
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.record_saving import KEEP_MINE, RELOAD, conflict_text

STORE_BUSY = QT_TRANSLATE_NOOP(
    "mou_editing", "Saving as soon as PartnerDesk can write to its data file…"
)
NOT_SAVED = QT_TRANSLATE_NOOP(
    "mou_editing", "Not saved: PartnerDesk could not save this. Change something to try again."
)
SERVER_AWAY = QT_TRANSLATE_NOOP(
    "mou_editing",
    "Not saved yet: the shared database's server cannot be reached right now. What you "
    "typed stays here; it is saved as soon as the server is back.",
)
CLOSE_ANYWAY = QT_TRANSLATE_NOOP("mou_editing", "Close without saving")


class EditingThroughOperations:
    """An editor saved as typed (ui/editors/page_saving.py), written through ``Operations``.

    A subclass names its use case (``write``) and what closing unsaved asks; the MOU wizard
    and the team charter share the rest.
    """

    def __init__(self, operations: Operations, dialogs: Dialogs) -> None:
        self.operations = operations
        self.dialogs = dialogs

    def write(self, database: Database, record_id: int, edit: PageEdit) -> Changes:
        raise NotImplementedError

    def not_saved_title(self) -> str:
        return QCoreApplication.translate("MouEditing", "This MOU is not saved yet")

    def changed_elsewhere_title(self, part: str) -> str:
        """The question's title when a colleague saved the same page first: a whole
        sentence per editor, with the page's name."""
        return QCoreApplication.translate(
            "MouEditing", "Someone else changed this part of the MOU ({part})"
        ).format(part=part)

    def save(self, record_id: int, edit: PageEdit, done: Callable[[SaveOutcome], None]) -> None:
        def refused(error: Exception) -> bool:
            if isinstance(error, ServerUnreachableError):
                # Tried again shortly, and again, until the server is back; closing asks.
                done(
                    SaveProblem(
                        QCoreApplication.translate("mou_editing", SERVER_AWAY),
                        wait_when_leaving=False,
                    )
                )
                return True
            if isinstance(error, DatabaseUnavailableError):
                done(SaveProblem(QCoreApplication.translate("mou_editing", STORE_BUSY)))
                return True
            if isinstance(error, InvalidInputError | RecordMissingError):
                done(SaveProblem(str(error)))
                return True
            # Not for the user to fix: the details are shown, and the page is saved again
            # at the next change rather than over and over.
            done(SaveProblem(QCoreApplication.translate("mou_editing", NOT_SAVED), retry=False))
            return False

        def elsewhere(error: Exception) -> None:
            if isinstance(error, ChangedElsewhereError):
                done(error)

        self.operations.change(
            lambda database: self.write(database, record_id, edit),
            after=lambda: done(None),
            if_changed_elsewhere=elsewhere,
            if_refused=refused,
        )

    def settle_conflict(self, error: ChangedElsewhereError) -> Settlement:
        choice = self.dialogs.choose(
            self.changed_elsewhere_title(error.part),
            conflict_text(error),
            [KEEP_MINE, RELOAD],
        )
        theirs = error.theirs if isinstance(error.theirs, dict) else None
        if choice == RELOAD and theirs is not None:
            return TheirSection(theirs)  # shown, not written
        if choice == KEEP_MINE:
            return KeepMine(theirs or {})
        # The question closed: nothing is written over theirs, nothing typed is lost.
        return None

    def leave_unsaved(self, problem: SaveProblem) -> bool:
        return self.dialogs.confirm(
            self.not_saved_title(),
            QCoreApplication.translate(
                "MouEditing",
                "{text}\n\nIf you close it now, what you typed since the last "
                "save is lost. Keep it open to put it right, or to have it "
                "saved as soon as PartnerDesk can write again.",
            ).format(text=problem.text),
            action=QCoreApplication.translate("mou_editing", CLOSE_ANYWAY),
            destructive=True,
        )

    def finish(self) -> None:
        self.operations.wait_for_all()


class MouEditing(EditingThroughOperations):
    def write(self, database: Database, record_id: int, edit: PageEdit) -> Changes:
        return save_draft(database, record_id, edit)
