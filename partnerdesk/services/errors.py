"""The refusals use cases raise, in one place: their message is for the user as it stands.

The store's own refusals (a damaged file, a save made over someone else's) are raised by
the store, below this layer; they are named here too so that the window and the command
line read every refusal from one module and never import the store.
"""

from __future__ import annotations

from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.store.errors import (
    ChangedElsewhereError,
    DamagedDatabaseError,
    DatabaseUnavailableError,
    Difference,
    NewerDatabaseError,
    NotPartnerDeskDatabaseError,
    StoreError,
    TrashedElsewhereError,
)

__all__ = [
    "USER_FACING_ERRORS",
    "ChangedElsewhereError",
    "DamagedDatabaseError",
    "DatabaseUnavailableError",
    "Difference",
    "ExportFormatError",
    "ImportUndoError",
    "InvalidInputError",
    "NewerDatabaseError",
    "NotPartnerDeskDatabaseError",
    "RecordMissingError",
    "ServerUnreachableError",
    "StoreError",
    "TrashedElsewhereError",
    "UnreadableFileError",
    "UnsupportedExportError",
]


class InvalidInputError(ValueError):
    """Input the user must correct; the message says how."""


class UnreadableFileError(InvalidInputError):
    """A file given to read is not one PartnerDesk can read (not a Word document, damaged,
    not one of our forms); the message says why. The command line exits 2 for it."""


class RecordMissingError(LookupError):
    """The record was removed (emptied from the trash, or by someone else) meanwhile."""


class ExportFormatError(ValueError):
    """The chosen file name is not one PartnerDesk can write this document as."""


class ImportUndoError(Exception):
    """An import that cannot be undone (already undone, or unknown); the message says so."""


class UnsupportedExportError(ValueError):
    """The file name's extension is not one we can write; the message says which are."""


class ServerUnreachableError(DatabaseUnavailableError):
    """The shared database's server could not be reached (stopped, restarting, the network
    gone): nothing was written, and the same work may succeed once it is back."""


# Marked for translation here, translated where it is raised (services/transactions.py).
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Refusals",
    "The shared database's server cannot be reached right now (it may be restarting, or "
    "this computer may be off the network), so this was not saved. Try again in a moment.",
)


# Shown to the user in their own words, not as "something went wrong".
USER_FACING_ERRORS: tuple[type[Exception], ...] = (
    InvalidInputError,
    RecordMissingError,
    ExportFormatError,
    ImportUndoError,
    UnsupportedExportError,
    StoreError,
)
