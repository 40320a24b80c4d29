"""Opening the data at start, said as an outcome the window shows: opened, or why not.

The window never sees the store's errors: a damaged or foreign file comes back as
``Damaged`` with the newest good backup (if any) to offer, a shared server that cannot
be reached as ``Unavailable``, anything else the store refused as ``Refused``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from partnerdesk.paths import DataLocation
from partnerdesk.services.data_safety.backups import (
    BackupInfo,
    newest_good_backup,
    restore_backup,
    set_aside_damaged,
)
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.errors import (
    DamagedDatabaseError,
    DatabaseUnavailableError,
    NotPartnerDeskDatabaseError,
    StoreError,
)


@dataclass(frozen=True)
class Opened:
    database: Database


@dataclass(frozen=True)
class Unavailable:
    """The database (a shared server, usually) could not be reached or refused us."""

    message: str


@dataclass(frozen=True)
class Damaged:
    """The data file is damaged or not PartnerDesk's; ``newest`` is a backup to offer."""

    message: str
    newest: BackupInfo | None
    backup_dir: Path


@dataclass(frozen=True)
class Refused:
    """Anything else the store refused (a newer version's data, say), in its words."""

    message: str


OpenOutcome = Opened | Unavailable | Damaged | Refused


def try_to_open(location: DataLocation) -> OpenOutcome:
    """Open (and bring up to date) the data at ``location``, or say why it cannot be."""
    try:
        return Opened(open_database(location))
    except DatabaseUnavailableError as error:
        return Unavailable(str(error))
    except (DamagedDatabaseError, NotPartnerDeskDatabaseError) as error:
        newest = newest_good_backup(location) if location.database_file else None
        return Damaged(str(error), newest, location.backup_dir)
    except StoreError as error:
        return Refused(str(error))


def restore_over_damaged(location: DataLocation, backup: Path) -> Path | None:
    """Set the damaged file aside (never deleted), then restore ``backup`` in its place.

    Returns where the damaged file was kept; raises BackupError when it cannot be done.
    """
    kept = set_aside_damaged(location)
    restore_backup(location, backup)
    return kept


def has_password(location: DataLocation) -> bool:
    """Whether the database address carries a password already (else ask for one)."""
    from sqlalchemy.engine import make_url

    return bool(make_url(location.url).password)
