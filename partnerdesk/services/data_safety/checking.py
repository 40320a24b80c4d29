"""``partnerdesk check``: is the data healthy, in a sentence for the person who asked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation
from partnerdesk.store.connection_errors import hide_password
from partnerdesk.store.database import (
    CheckStoppedError,
    CheckStopper,
    Database,
    integrity_problems,
    open_database,
)
from partnerdesk.store.errors import DamagedDatabaseError, NotPartnerDeskDatabaseError

__all__ = ["CheckOutcome", "CheckStopper", "check_data", "quick_check"]

# SQLite can report many problems; a person needs to know there are some, not each one.
PROBLEMS_SHOWN = 5


@dataclass(frozen=True)
class CheckOutcome:
    healthy: bool
    message: str


def check_data(location: DataLocation) -> CheckOutcome:
    """Open the data (bringing it up to date) and run SQLite's full integrity check."""
    database_file = location.database_file
    if database_file is not None and not database_file.exists():
        return CheckOutcome(
            True,
            translate(
                "DataCheck",
                "There is no PartnerDesk data at {database_file} yet; nothing to check.",
            ).format(database_file=database_file),
        )
    try:
        database = open_database(location)
        try:
            problems = integrity_problems(database)
        finally:
            database.close()
    except (DamagedDatabaseError, NotPartnerDeskDatabaseError) as error:
        return CheckOutcome(False, str(error))
    except DBAPIError as error:
        # Damage deep in the file stops the check itself: that is its finding, not a crash.
        problems = [str(error.orig).strip()]
    if problems:
        return CheckOutcome(
            False,
            translate(
                "DataCheck",
                "The data file is damaged. Restore your most recent backup. "
                "SQLite reported: {problems}",
            ).format(problems="; ".join(problems[:PROBLEMS_SHOWN])),
        )
    if database_file is None:
        shown = hide_password(location.url)
        return CheckOutcome(
            True,
            translate(
                "DataCheck", "All good: the shared database {shown} is reachable and up to date."
            ).format(shown=shown),
        )
    return CheckOutcome(
        True,
        translate("DataCheck", "All good: {database_file} is healthy and up to date.").format(
            database_file=database_file
        ),
    )


def quick_check(database: Database, stopper: CheckStopper) -> list[str]:
    """SQLite's quick check, as the window runs it after start: the problems found.

    ``stopper`` lets the closing window end it early; then nothing is reported (the
    next start checks again). A shared database is the server's to check: no problems.
    """
    if not database.is_sqlite:
        return []
    try:
        return integrity_problems(database, quick=True, stopper=stopper)
    except CheckStoppedError:
        return []
