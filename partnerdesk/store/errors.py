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
    # True: the colleague changed it; False: their saved value is what this user opened
    # too, so the difference is this user's own edit; None: not known.
    theirs_changed: bool | None = None
    # The form field's own name, to compare with what the editor was opened on.
    name: str = ""


class ChangedElsewhereError(StoreError):
    """Someone else saved the record after this user opened it: nothing was saved.

    ``differences`` says, field by field, what their version holds and what this save
    would have written; ``theirs`` is their version as the editor's form, for "Reload".
    ``part``: the name of the part (a page of the MOU) when ``what`` names one, so that
    a question about it can be a whole sentence in another language.
    """

    def __init__(
        self,
        what: str,
        differences: list[Difference] | None = None,
        theirs: object = None,
        *,
        part: str = "",
    ) -> None:
        self.what = what
        self.differences = differences or []
        self.theirs = theirs
        self.part = part
        super().__init__(
            f"Someone else changed this {what} since you opened it, so your changes were "
            f"not saved.{self._detail()} Reload to see their version, or keep yours."
        )

    def _detail(self) -> str:
        if all(item.theirs_changed is None for item in self.differences):
            # Not known which side changed what: every field that differs.
            changed = self.changed
            return f" Their version differs in: {', '.join(changed)}." if changed else ""
        theirs = self.changed
        yours = [item.field for item in self.differences if item.theirs_changed is False]
        detail = f" They changed: {', '.join(theirs)}." if theirs else ""
        return detail + (f" Your own changes: {', '.join(yours)}." if yours else "")

    @property
    def changed(self) -> list[str]:
        """The fields the colleague changed (not those known to be this user's own)."""
        return [item.field for item in self.differences if item.theirs_changed is not False]


class TrashedElsewhereError(ChangedElsewhereError):
    """Someone else moved the record to the Trash while this user was editing it.

    Nothing was saved; the user may bring it back from the Trash with their edit.
    ``theirs`` is the stored version (still in the Trash), with its row_version.
    """

    def __init__(self, what: str, theirs: object = None) -> None:
        self.what = what
        self.differences = []
        self.theirs = theirs
        self.part = ""
        StoreError.__init__(
            self,
            f"Someone else moved this {what} to the Trash while you were editing it, so "
            "your changes were not saved. You can restore it from the Trash with your "
            "changes, or leave it there.",
        )
