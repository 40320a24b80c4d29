"""Why a file could not be read or written, in the reader's language.

The system's own reason (``OSError.strerror``) is in the system's language, usually
English ("No such file or directory"), whatever language PartnerDesk speaks: inside a
Spanish sentence it reads as a mistake. The common ones are said here in plain words;
English keeps the system's words it always printed (scripts and tests read them).
"""

from __future__ import annotations

import errno

from partnerdesk.core.translation import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    current_language,
    translate,
)

_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("FileReasons", "it was not found"),
    errno.EACCES: QT_TRANSLATE_NOOP("FileReasons", "PartnerDesk is not allowed to use it"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileReasons", "PartnerDesk is not allowed to use it"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileReasons", "the disk is full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileReasons", "it is a folder, not a file"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileReasons", "the disk can only be read"),
}


def file_reason(error: OSError, fallback: str | None = None) -> str:
    """Why ``error`` stopped the work, to put in a sentence ("…: {reason}.").

    ``fallback``: said when the system gave no reason (already in the reader's language).
    """
    reason = _REASONS.get(error.errno or 0)
    if reason is not None and current_language() != SOURCE_LANGUAGE:
        return translate("FileReasons", reason)
    if error.strerror:
        return str(error.strerror)
    if reason is not None:
        return translate("FileReasons", reason)
    return fallback or translate("FileReasons", "it could not be used")
