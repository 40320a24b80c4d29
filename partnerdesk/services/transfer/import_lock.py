"""One import at a time on a shared database, so two staff never add the same people twice.

Two imports written at the same moment would each match their file against what was
there before either wrote, and both add the contacts and organizations they share. On
PostgreSQL an import's transaction first takes an advisory lock (released when it commits
or rolls back), then matches its rows against what is committed at that point. SQLite
lets one writer in at a time anyway, so a laptop's file needs no such lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.imports.errors import ImportCancelledError

# Any fixed number works as long as every PartnerDesk uses the same one and nothing else
# on the server does: these are the ASCII codes of "PDimport".
IMPORT_LOCK_KEY = 0x5044_696D_706F_7274
# English; translated where said (QT_TRANSLATE_NOOP marks it for the .ts).
WAITING_MESSAGE = QT_TRANSLATE_NOOP(
    "ImportLock", "Another import is running on the shared database; waiting…"
)
# How often a waiting import asks again, and looks whether it was cancelled meanwhile.
RETRY_SECONDS = 0.2


def wait_for_import_turn(
    session: Session,
    waiting: Callable[[], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Hold the import lock in ``session``'s transaction, waiting for another import.

    ``waiting()`` is called once if another import holds the lock. The lock is asked for
    again every RETRY_SECONDS rather than waited on in one statement, so that Cancel
    (``cancelled()``) is noticed while waiting: ImportCancelledError, nothing written.
    """
    if _try_lock(session):
        return
    if waiting is not None:
        waiting()
    while not _try_lock(session):
        if cancelled is not None and cancelled():
            raise ImportCancelledError
        time.sleep(RETRY_SECONDS)


def _try_lock(session: Session) -> bool:
    taken = session.execute(
        text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY}
    ).scalar_one()
    return bool(taken)
