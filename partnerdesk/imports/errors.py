"""The one error an import shows the user: the file cannot be read as contacts."""

from __future__ import annotations


class UnreadableFileError(Exception):
    """The file is not a contacts file PartnerDesk can read; the message says why.

    Raised before anything is written, so the store is unchanged when it is seen.
    """


class ImportCancelledError(Exception):
    """The user cancelled a long import; raised before anything is committed."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")
