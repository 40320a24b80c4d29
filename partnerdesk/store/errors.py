"""Problems with the store, each carrying a message a non-technical user can act on."""


class StoreError(Exception):
    """Base for store problems; ``str(error)`` is written for the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer PartnerDesk than this one."""


class NotPartnerDeskDatabaseError(StoreError):
    """The file is not a PartnerDesk database (or not a database at all)."""


class DamagedDatabaseError(StoreError):
    """SQLite reports the file as damaged."""


class DatabaseUnavailableError(StoreError):
    """The database could not be reached (a shared server is down, a folder is read-only)."""
