"""Transitional: the old way to run a change, now a thin layer over ``Operations``.

Controllers not yet moved to use cases that own their transaction still hand a function of
a ``Session`` here. Each moves to ``Operations.change`` with a use case taking the
``Database``; then this module goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from partnerdesk.services.changes import Changes
from partnerdesk.store.errors import ChangedElsewhereError
from partnerdesk.ui.operations import Operations, explained_refusals, report_failure

__all__ = ["ChangeRunner", "explained_refusals", "report_failure"]


class ChangeRunner:
    def __init__(self, operations: Operations) -> None:
        self.operations = operations
        self.database = operations._database
        self.tasks = operations.tasks
        self.dialogs = operations.dialogs
        self.tell = operations.tell

    def refresh(self, changes: Changes) -> None:
        self.operations.apply(changes)

    def run(
        self,
        work: Callable[[Session], Changes],
        done_message: str,
        *,
        label: str = "Saving…",
        after: Callable[[], Any] | None = None,
        if_changed_elsewhere: Callable[[ChangedElsewhereError], None] | None = None,
    ) -> None:
        def in_transaction(database: Any) -> Changes:
            with database.session() as session:
                return work(session)

        self.operations.change(
            in_transaction,
            done_message,
            label=label,
            after=after,
            if_changed_elsewhere=if_changed_elsewhere,  # type: ignore[arg-type]
        )
