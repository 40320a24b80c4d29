"""Marking commitments done, open again or dropped, from Today and the request page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from partnerdesk.services.changes import Changes, Detail
from partnerdesk.services.commitments.lists import CommitmentLine, request_commitments
from partnerdesk.services.commitments.status import drop, mark_done, mark_open
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.operations import Operations
from partnerdesk.ui.pages.commitment_list import CommitmentList


def _short(what: str) -> str:
    return what if len(what) <= 60 else what[:57].rstrip() + "…"


class CommitmentActions:
    def __init__(self, parent: QWidget, operations: Operations, dialogs: Dialogs) -> None:
        self.parent = parent
        self.operations = operations
        self.dialogs = dialogs
        self.list: CommitmentList | None = None

    def mark_done(self, commitment_id: int, what: str) -> None:
        self.operations.change(
            lambda database: mark_done(database, commitment_id),
            QCoreApplication.translate(
                "CommitmentActions",
                "Marked done: “{short}”. To undo, choose Mark as open again "
                "on the partnership's Commitments tab.",
            ).format(short=_short(what)),
        )

    def mark_open(self, commitment_id: int, what: str) -> None:
        self.operations.change(
            lambda database: mark_open(database, commitment_id),
            QCoreApplication.translate("CommitmentActions", "Open again: “{short}”.").format(
                short=_short(what)
            ),
        )

    def drop(self, commitment_id: int, what: str) -> None:
        reason = self.dialogs.ask_text(
            QCoreApplication.translate("CommitmentActions", "Drop this commitment"),
            QCoreApplication.translate(
                "CommitmentActions",
                "Why is “{short}” dropped? (For example: both sides agreed "
                "it is no longer needed.)",
            ).format(short=_short(what)),
        )
        if reason is None:
            return
        self.operations.change(
            lambda database: drop(database, commitment_id, reason),
            QCoreApplication.translate("CommitmentActions", "Dropped: “{short}”.").format(
                short=_short(what)
            ),
        )

    # The request page's Commitments tab ------------------------------------------
    def connect_list(self, view: CommitmentList) -> None:
        self.list = view
        view.done_requested.connect(self.mark_done)
        view.open_requested.connect(self.mark_open)
        view.drop_requested.connect(self.drop)
        view.read_requested.connect(self._read)
        self.operations.changes_applied.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        view = self.list
        # Read even on a tab not shown (a few rows): switching to it then shows them current.
        if view is None or not view.request_id:
            return
        if changes.names(Detail.COMMITMENTS) or changes.trash:
            self._read(view.request_id)

    def _read(self, request_id: int) -> None:
        def show(lines: list[CommitmentLine]) -> None:
            if self.list is not None and self.list.request_id == request_id:
                self.list.show_commitments(lines)

        self.operations.query(
            lambda database: request_commitments(database, request_id),
            show,
            if_refused=lambda _error: True,  # the request page itself says it is gone
        )
