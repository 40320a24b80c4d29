"""One transaction of a use case, with a store that cannot be written just now refused in words.

SQLite answers "database is locked" when another program (a backup, a second PartnerDesk)
holds the file a moment too long: ``DatabaseUnavailableError``. A shared server that
cannot be reached (stopped, restarting, the network gone) is its own refusal,
``ServerUnreachableError``: the same save may succeed once it is back, so the window keeps
what was typed and offers to try again. Neither is a failure of PartnerDesk.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from partnerdesk.core.translation import translate
from partnerdesk.services.errors import (
    SERVER_UNREACHABLE,
    DatabaseUnavailableError,
    ServerUnreachableError,
)
from partnerdesk.store.connection_errors import is_connection_lost
from partnerdesk.store.database import Database

BUSY = (
    "PartnerDesk could not reach its data just now (another program may be using it, or "
    "the shared server is out of reach). Nothing was changed; try again in a moment."
)


def as_refusal(error: BaseException) -> BaseException:
    """``error`` as the refusal the user is told about, when it is one the driver raised:
    the server out of reach, or the data file busy. Anything else is returned as it is.

    Use cases that open ``database.session()`` themselves raise the driver's errors; the
    window's operation runner passes every error through here, so all of them are told
    the same way.
    """
    if isinstance(error, DatabaseUnavailableError):
        return error
    if is_connection_lost(error):
        refusal: BaseException = ServerUnreachableError(translate("Refusals", SERVER_UNREACHABLE))
    elif isinstance(error, OperationalError | InterfaceError) and "locked" in str(error):
        refusal = DatabaseUnavailableError(BUSY)
    else:
        return error
    refusal.__cause__ = error
    return refusal


@contextmanager
def transaction(database: Database) -> Iterator[Session]:
    """``database.session()``: committed when the block ends, rolled back on error."""
    try:
        with database.session() as session:
            yield session
    # A dropped server connection shows as either, depending on when it was noticed.
    except (OperationalError, InterfaceError) as error:
        if is_connection_lost(error):
            raise ServerUnreachableError(translate("Refusals", SERVER_UNREACHABLE)) from error
        raise DatabaseUnavailableError(BUSY) from error
