"""Move to trash, undo, restore and empty the trash: the window's safety net for deleting."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from partnerdesk.core.translation import Messages
from partnerdesk.services.changes import RecordKind
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.operations import Operations

# The trash service (and the record models behind it) is imported when first used, on the
# GUI thread: the window opens without the models.

# Plural forms (core/translation.py: the variable is named like its context).
trash_actions = Messages("trash_actions")


class Said(NamedTuple):
    """What moving records to the trash says, in whole sentences (issue 21)."""

    moved: str  # in the status bar
    undo: str  # the Edit menu's undo
    restored: str  # in the status bar, once undone


class Trashed(NamedTuple):
    kind: RecordKind
    ids: list[int]
    said: Said


class TrashActions:
    def __init__(self, parent: QWidget, operations: Operations, dialogs: Dialogs) -> None:
        self.operations = operations
        self.dialogs = dialogs
        # Each entry: what was trashed, so Ctrl+Z can bring it back, and what is said then.
        self.undo_stack: list[Trashed] = []
        self.undo_action = QAction(QCoreApplication.translate("TrashActions", "&Undo"), parent)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self._update_undo_action()

    def move_to_trash(self, kind: RecordKind, ids: list[int], titles: list[str]) -> None:
        from partnerdesk.services.records.trash import move_records_to_trash

        if len(titles) == 1:
            what = titles[0]
            said = Said(
                QCoreApplication.translate(
                    "TrashActions", "Moved {what} to the trash. Press Ctrl+Z to undo."
                ).format(what=what),
                QCoreApplication.translate(
                    "TrashActions", "&Undo moving {undo_stack} to the trash"
                ).format(undo_stack=what),
                QCoreApplication.translate("TrashActions", "Restored {what}.").format(what=what),
            )
        else:
            said = _several(kind, len(titles))
        self.undo_stack.append(Trashed(kind, ids, said))
        self._update_undo_action()
        self.operations.change(
            lambda database: move_records_to_trash(database, kind, ids), said.moved
        )

    def undo(self) -> None:
        if not self.undo_stack:
            return
        from partnerdesk.services.records.trash import restore_records

        trashed = self.undo_stack.pop()
        self._update_undo_action()
        items = [(trashed.kind, record_id) for record_id in trashed.ids]
        self.operations.change(
            lambda database: restore_records(database, items), trashed.said.restored
        )

    def restore_items(self, items: list[tuple[RecordKind, int]]) -> None:
        from partnerdesk.services.records.trash import restore_records

        self._forget_undo()
        self.operations.change(
            lambda database: restore_records(database, items),
            trash_actions.tr("Restored %n item(s).", "", len(items)),
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
            self.undo_action.setText(self.undo_stack[-1].said.undo)
            self.undo_action.setEnabled(True)
        else:
            self.undo_action.setText(QCoreApplication.translate("TrashActions", "&Undo"))
            self.undo_action.setEnabled(False)


def _several(kind: RecordKind, count: int) -> Said:
    """What moving ``count`` records of ``kind`` says: whole sentences per kind, with
    their plural forms, as another language words each kind its own way."""
    if kind is RecordKind.ORGANIZATION:
        return Said(
            trash_actions.tr(
                "Moved %n organization(s) to the trash. Press Ctrl+Z to undo.", "", count
            ),
            trash_actions.tr("&Undo moving %n organization(s) to the trash", "", count),
            trash_actions.tr("Restored %n organization(s).", "", count),
        )
    if kind is RecordKind.CONTACT:
        return Said(
            trash_actions.tr("Moved %n contact(s) to the trash. Press Ctrl+Z to undo.", "", count),
            trash_actions.tr("&Undo moving %n contact(s) to the trash", "", count),
            trash_actions.tr("Restored %n contact(s).", "", count),
        )
    if kind is RecordKind.REQUEST:
        return Said(
            trash_actions.tr("Moved %n request(s) to the trash. Press Ctrl+Z to undo.", "", count),
            trash_actions.tr("&Undo moving %n request(s) to the trash", "", count),
            trash_actions.tr("Restored %n request(s).", "", count),
        )
    # A note.
    return Said(
        trash_actions.tr("Moved %n note(s) to the trash. Press Ctrl+Z to undo.", "", count),
        trash_actions.tr("&Undo moving %n note(s) to the trash", "", count),
        trash_actions.tr("Restored %n note(s).", "", count),
    )
