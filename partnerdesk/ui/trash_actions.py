"""Move to trash, undo, restore and empty the trash: the window's safety net for deleting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from partnerdesk.services.changes import RecordKind
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.operations import Operations

# The trash service (and the record models behind it) is imported when first used, on the
# GUI thread: the window opens without the models.


class TrashActions:
    def __init__(self, parent: QWidget, operations: Operations, dialogs: Dialogs) -> None:
        self.operations = operations
        self.dialogs = dialogs
        # Each entry: what was trashed, so Ctrl+Z can bring it back.
        self.undo_stack: list[tuple[RecordKind, list[int], str]] = []
        self.undo_action = QAction(QCoreApplication.translate("TrashActions", "&Undo"), parent)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self._update_undo_action()

    def move_to_trash(self, kind: RecordKind, ids: list[int], titles: list[str]) -> None:
        from partnerdesk.services.records.trash import move_records_to_trash

        what = titles[0] if len(titles) == 1 else f"{len(titles)} {kind.plural_label.lower()}"
        self.undo_stack.append((kind, ids, what))
        self._update_undo_action()
        self.operations.change(
            lambda database: move_records_to_trash(database, kind, ids),
            QCoreApplication.translate(
                "TrashActions", "Moved {what} to the trash. Press Ctrl+Z to undo."
            ).format(what=what),
        )

    def undo(self) -> None:
        if not self.undo_stack:
            return
        from partnerdesk.services.records.trash import restore_records

        kind, ids, what = self.undo_stack.pop()
        self._update_undo_action()
        items = [(kind, record_id) for record_id in ids]
        self.operations.change(
            lambda database: restore_records(database, items),
            QCoreApplication.translate("TrashActions", "Restored {what}.").format(what=what),
        )

    def restore_items(self, items: list[tuple[RecordKind, int]]) -> None:
        from partnerdesk.services.records.trash import restore_records

        self._forget_undo()
        plural = "s" if len(items) != 1 else ""
        self.operations.change(
            lambda database: restore_records(database, items),
            QCoreApplication.translate("TrashActions", "Restored {count} item{plural}.").format(
                count=len(items), plural=plural
            ),
        )

    def empty_trash(self) -> None:
        if not self.dialogs.confirm(
            QCoreApplication.translate("TrashActions", "Empty the trash?"),
            QCoreApplication.translate(
                "TrashActions",
                "Everything in the trash will be removed for good. This cannot be undone.",
            ),
            action=QCoreApplication.translate("TrashActions", "Empty trash"),
            destructive=True,
        ):
            return
        from partnerdesk.services.records.trash import empty_the_trash

        self._forget_undo()
        self.operations.change(
            empty_the_trash, QCoreApplication.translate("TrashActions", "The trash is empty.")
        )

    def _forget_undo(self) -> None:
        # After restoring or emptying, an older "undo" could point at records now gone.
        self.undo_stack.clear()
        self._update_undo_action()

    def _update_undo_action(self) -> None:
        if self.undo_stack:
            self.undo_action.setText(
                QCoreApplication.translate(
                    "TrashActions", "&Undo moving {undo_stack} to the trash"
                ).format(undo_stack=self.undo_stack[-1][2])
            )
            self.undo_action.setEnabled(True)
        else:
            self.undo_action.setText(QCoreApplication.translate("TrashActions", "&Undo"))
            self.undo_action.setEnabled(False)
