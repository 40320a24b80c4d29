"""Saving what was typed in a record's editor when two staff meet: a colleague saved the
record first (keep mine, or reload theirs), moved it to the Trash meanwhile (restore it
with my changes, or leave it), or the shared database's server is out of reach (try again,
or back to the editor). Nothing typed is lost on any of these paths.

The words of those questions are here too: the MOU, profile, vetting and results screens
ask the same questions with the same buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.errors import ChangedElsewhereError, TrashedElsewhereError
from partnerdesk.services.records.concurrency import mark_own_changes
from partnerdesk.services.records.trash import EditedForm, restore_with_edits
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.operations import Operations, server_unreachable

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

Form = TypeVar("Form")
KEEP_MINE = QT_TRANSLATE_NOOP("Dialogs", "Keep mine")
RELOAD = QT_TRANSLATE_NOOP("Dialogs", "Reload theirs")
RESTORE_WITH_MINE = QT_TRANSLATE_NOOP("Dialogs", "Restore it with my changes")
LEAVE_IN_TRASH = QT_TRANSLATE_NOOP("Dialogs", "Leave it in the Trash")
MAX_DIFFERENCES_SHOWN = 8
TRY_AGAIN = QT_TRANSLATE_NOOP("Dialogs", "Try again")
BACK_TO_EDITOR = QT_TRANSLATE_NOOP("Dialogs", "Back to the editor")
# Whole sentences per kind of record: another language needs the noun's gender in them
# ("esta organización", "este contacto"), not an English word put in (issue 21).
CHANGED_ELSEWHERE = {
    RecordKind.ORGANIZATION: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else changed this organization"
    ),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP("RecordEditing", "Someone else changed this contact"),
    RecordKind.NOTE: QT_TRANSLATE_NOOP("RecordEditing", "Someone else changed this note"),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP("RecordEditing", "Someone else changed this request"),
}
TRASHED_ELSEWHERE = {
    RecordKind.ORGANIZATION: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else moved this organization to the Trash"
    ),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else moved this contact to the Trash"
    ),
    RecordKind.NOTE: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else moved this note to the Trash"
    ),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP(
        "RecordEditing", "Someone else moved this request to the Trash"
    ),
}
LEFT_IN_TRASH = {
    RecordKind.ORGANIZATION: QT_TRANSLATE_NOOP(
        "RecordEditing", "Your changes were not saved; the organization stays in the Trash."
    ),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP(
        "RecordEditing", "Your changes were not saved; the contact stays in the Trash."
    ),
    RecordKind.NOTE: QT_TRANSLATE_NOOP(
        "RecordEditing", "Your changes were not saved; the note stays in the Trash."
    ),
    RecordKind.REQUEST: QT_TRANSLATE_NOOP(
        "RecordEditing", "Your changes were not saved; the request stays in the Trash."
    ),
}


TrashSettler = Callable[[RecordKind, ChangedElsewhereError, Any, str, Callable[[Any], None]], None]


class RecordSaving:
    """Saves an editor's form on the database worker and settles what stands in its way."""

    def __init__(self, operations: Operations, dialogs: Dialogs) -> None:
        self.operations = operations
        self.dialogs = dialogs

    def save(
        self,
        kind: RecordKind,
        form: Form,
        save: Callable[[Database, Form], Changes],
        done_message: str,
        *,
        reopen: Callable[[Form], None],
        after: Callable[[], None] | None = None,
        reopen_as_read: Callable[[Form], None] | None = None,
        loaded: object | None = None,
        trashed: TrashSettler | None = None,
    ) -> None:
        """Save ``form``; if someone else saved the record first, let the user choose.

        ``reopen_as_read``: the editor again on ``form`` without reading the store first
        (its lists as read when it opened), for when the store cannot be reached.
        ``loaded`` is what the editor opened on, so that the question tells the
        colleague's changes from the user's own; ``trashed`` settles a record the
        colleague moved to the Trash meanwhile.
        """

        def settle(error: Exception) -> None:
            assert isinstance(error, ChangedElsewhereError)
            if isinstance(error, TrashedElsewhereError) and trashed is not None:
                trashed(kind, error, form, done_message, reopen)
                return
            error = mark_own_changes(error, loaded)
            their_version = getattr(error.theirs, "row_version", None)
            # Whatever is chosen next knows their version: a save now overwrites it on
            # purpose, while a third person's later save would still be noticed.
            mine = replace(form, row_version=their_version)  # type: ignore[type-var]
            choice = self.dialogs.choose(
                QCoreApplication.translate("RecordEditing", CHANGED_ELSEWHERE[kind]),
                conflict_text(error),
                [KEEP_MINE, RELOAD],
            )
            if choice == KEEP_MINE:
                self.save(
                    kind,
                    mine,
                    save,
                    done_message,
                    reopen=reopen,
                    after=after,
                    reopen_as_read=reopen_as_read,
                    trashed=trashed,
                )
            elif choice == RELOAD and error.theirs is not None:
                reopen(cast(Form, error.theirs))  # their version, as the same kind of form
            else:
                reopen(mine)  # closed without choosing: nothing typed is lost

        self.operations.change(
            lambda database: save(database, form),
            done_message,
            after=after,
            if_changed_elsewhere=settle,
            if_refused=lambda error: self._server_away(
                error,
                lambda: self.save(
                    kind,
                    form,
                    save,
                    done_message,
                    reopen=reopen,
                    after=after,
                    reopen_as_read=reopen_as_read,
                    loaded=loaded,
                    trashed=trashed,
                ),
                lambda: (reopen_as_read or reopen)(form),
            ),
        )

    # The shared server out of reach while saving ------------------------------------
    def _server_away(
        self, error: Exception, try_again: Callable[[], None], back: Callable[[], None]
    ) -> bool:
        """A save refused because the shared database's server cannot be reached: nothing
        typed is lost. Try again (as often as asked), or back to the editor with it."""
        if not server_unreachable(error):
            return False
        choice = self.dialogs.choose(
            QCoreApplication.translate("RecordEditing", "The shared database cannot be reached"),
            QCoreApplication.translate(
                "RecordEditing",
                "{error}\n\nWhat you typed is kept: try again now, or go back "
                "to the editor and save it later.",
            ).format(error=error),
            [TRY_AGAIN, BACK_TO_EDITOR],
        )
        if choice == TRY_AGAIN:
            try_again()
        else:
            back()  # the editor again, with what was typed, to save later
        return True

    # A record moved to the Trash by a colleague while edited ----------------------------
    def trash_settler(
        self, kind: RecordKind, record_id: int | None, changed_by: str = ""
    ) -> TrashSettler | None:
        """How to settle an edit of a record (not a new one) a colleague trashed."""
        if record_id is None:
            return None

        def settle(
            _kind: RecordKind,
            error: ChangedElsewhereError,
            form: object,
            done_message: str,
            reopen: Callable[[Any], None],
        ) -> None:
            self._settle_trashed(kind, record_id, changed_by, error, form, done_message, reopen)

        return settle

    def _settle_trashed(
        self,
        kind: RecordKind,
        record_id: int,
        changed_by: str,
        error: ChangedElsewhereError,
        form: object,
        done_message: str,
        reopen: Callable[[Any], None],
    ) -> None:
        """Say it is in the Trash; restore it with the edit, leave it there, or (closed)
        reopen the editor on what was typed, which asks again when saved."""
        choice = self.dialogs.choose(
            QCoreApplication.translate("RecordEditing", TRASHED_ELSEWHERE[kind]),
            str(error),
            [RESTORE_WITH_MINE, LEAVE_IN_TRASH],
        )
        if choice == LEAVE_IN_TRASH:
            self.operations.tell(QCoreApplication.translate("RecordEditing", LEFT_IN_TRASH[kind]))
            return
        if choice != RESTORE_WITH_MINE:
            reopen(form)
            return
        # The version the user was told is in the Trash: restored only if still so.
        seen = replace(
            cast(EditedForm, form), row_version=getattr(error.theirs, "row_version", None)
        )
        self.save(
            kind,
            seen,
            lambda database, edited: restore_with_edits(
                database, kind, record_id, edited, changed_by
            ),
            QCoreApplication.translate(
                "RecordEditing", "Restored from the Trash. {done_message}"
            ).format(done_message=done_message),
            reopen=reopen,
            trashed=self.trash_settler(kind, record_id, changed_by),
        )


def conflict_text(error: ChangedElsewhereError) -> str:
    """The refusal, then each differing field: their saved value against this one."""
    lines = [
        QCoreApplication.translate(
            "record_editing", "• {capitalize}: theirs “{theirs}”, yours “{mine}”"
        ).format(
            capitalize=difference.field.capitalize(), theirs=difference.theirs, mine=difference.mine
        )
        for difference in error.differences[:MAX_DIFFERENCES_SHOWN]
    ]
    hidden = len(error.differences) - MAX_DIFFERENCES_SHOWN
    if hidden > 0:
        lines.append(
            QCoreApplication.translate("record_editing", "…and {hidden} more.").format(
                hidden=hidden
            )
        )
    return f"{error}\n\n" + "\n".join(lines) if lines else str(error)
