"""What a full disk, a read-only folder, a locked or damaged file or a lost server means.

The command line (and anything else that stops on such an error) says it in a sentence
for the person, never as a traceback.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation


def plain_sentence(error: BaseException, location: DataLocation) -> str | None:
    """What a full disk, a read-only folder or a locked or damaged file means, for the user.

    None when ``error`` is none of these (then it is an unexpected problem).
    """
    where = location.data_dir
    if isinstance(error, DBAPIError):
        error = error.orig if isinstance(error.orig, BaseException) else error
    text = str(error).lower()
    full = translate(
        "PlainWords",
        "PartnerDesk stopped because the disk is full. Nothing already saved was lost; "
        "free some space, then try again.",
    )
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return full
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            name = error.filename or where
            return translate(
                "PlainWords",
                "PartnerDesk cannot write to {name} ({strerror}). Check that the "
                "folder is not read-only and that you may change files in it.",
            ).format(name=name, strerror=file_reason(error))
        return None
    if not isinstance(error, sqlite3.Error):
        # psycopg: the shared server went away or refused the work part-way through.
        if location.database_file is None and type(error).__module__.startswith("psycopg"):
            from partnerdesk.store.connection_errors import describe_connection_problem

            return translate(
                "PlainWords",
                "{problem} Nothing from this command was saved; try again once the server is back.",
            ).format(problem=describe_connection_problem(error, location.url))
        return None
    if "disk is full" in text or ("disk i/o error" in text and _disk_is_full(where)):
        return full
    if "database is locked" in text or "database is busy" in text:
        return translate(
            "PlainWords",
            "Another program is using PartnerDesk's data right now, so nothing was changed. "
            "Try again in a moment.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return translate(
            "PlainWords",
            "PartnerDesk cannot write to its data in {where}. Check that the folder is not "
            "read-only and that you may change files in it.",
        ).format(where=where)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        from partnerdesk.store.database import DAMAGED_MESSAGE

        return DAMAGED_MESSAGE
    return None


def _disk_is_full(folder: Path) -> bool:
    try:
        return os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
