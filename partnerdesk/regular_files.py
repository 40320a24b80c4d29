"""Opening a file a person chose, refusing anything that is not a regular file.

Reading a FIFO waits for a writer that may never come, and a device such as /dev/zero
never ends: an import or a restore would hang. The file is opened without waiting
(O_NONBLOCK) and checked on the open handle, so it cannot be swapped in between.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO


class NotARegularFileError(OSError):
    """The path names a pipe, a device or a socket; ``str(error)`` is for the user."""


def open_regular_file(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary; NotARegularFileError (or OSError) otherwise."""
    no_wait = getattr(os, "O_NONBLOCK", 0)
    handle = os.open(path, os.O_RDONLY | no_wait | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotARegularFileError(
                errno.EINVAL,
                f"{Path(path).name} is not a regular file saved on the disk (it is a pipe "
                "or a device), so PartnerDesk did not read it. Choose the file itself.",
            )
        if no_wait:
            os.set_blocking(handle, True)
        return os.fdopen(handle, "rb")
    except BaseException:
        os.close(handle)
        raise
