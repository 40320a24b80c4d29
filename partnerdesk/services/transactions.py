"""One transaction of a use case, with a store that cannot be written just now refused in words.

SQLite answers "database is locked" when another program (a backup, a second PartnerDesk)
holds the file a moment too long, and a shared server can drop the connection. Those are
not failures of PartnerDesk: the use case is refused with ``DatabaseUnavailableError`` and
the window says so (and, where it saves as the user types, tries again).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from partnerdesk.services.errors import DatabaseUnavailableError
from partnerdesk.store.database import Database

BUSY = (
    "PartnerDesk could not reach its data just now (another program may be using it, or "
    "the shared server is out of reach). Nothing was changed; try again in a moment."
)


@contextmanager
def transaction(database: Database) -> Iterator[Session]:
    """``database.session()``: committed when the block ends, rolled back on error."""
    try:
        with database.session() as session:
            yield session
    # A dropped server connection shows as either, depending on when it was noticed.
    except (OperationalError, InterfaceError) as error:
        raise DatabaseUnavailableError(BUSY) from error
