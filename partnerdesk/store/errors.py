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


class ChangedElsewhereError(StoreError):
    """Someone else saved the record after this user opened it: nothing was saved.

    ``changed`` names, in words, what differs between their version and this save.
    """

    def __init__(self, what: str, changed: list[str] | None = None) -> None:
        self.changed = changed or []
        detail = f" Their version differs in: {', '.join(self.changed)}." if self.changed else ""
        super().__init__(
            f"Someone else changed this {what} since you opened it, so your changes were "
            f"not saved.{detail} Reload to see their version, or keep yours."
        )
