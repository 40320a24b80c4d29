"""Problems with the store, each carrying a message a non-technical user can act on."""

from dataclasses import dataclass


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


@dataclass(frozen=True)
class Difference:
    """One field that differs between someone else's saved version and this save."""

    field: str
    theirs: str
    mine: str


class ChangedElsewhereError(StoreError):
    """Someone else saved the record after this user opened it: nothing was saved.

    ``differences`` says, field by field, what their version holds and what this save
    would have written; ``theirs`` is their version as the editor's form, for "Reload".
    """

    def __init__(
        self, what: str, differences: list[Difference] | None = None, theirs: object = None
    ) -> None:
        self.what = what
        self.differences = differences or []
        self.theirs = theirs
        changed = [difference.field for difference in self.differences]
        detail = f" Their version differs in: {', '.join(changed)}." if changed else ""
        super().__init__(
            f"Someone else changed this {what} since you opened it, so your changes were "
            f"not saved.{detail} Reload to see their version, or keep yours."
        )

    @property
    def changed(self) -> list[str]:
        return [difference.field for difference in self.differences]
