"""One PartnerDesk per data folder, held with an operating-system file lock.

The operating system releases the lock when the process ends, even in a crash or power
cut, so there is never a stale lock to clean up (Qt's QLockFile judges staleness by the
process name, which is "python" for PartnerDesk and so would never match).

The same lock keeps writers apart: a command that writes (import, demo, restore, backup)
holds it for its whole run, so a restore's safety copy always contains every committed
write. A command waits for another command; the window holds the lock while it is open,
so a command is refused then rather than left waiting.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.store.errors import StoreError

LOCK_FILE_NAME = "partnerdesk.lock"
WINDOW = "window"
COMMAND = "command"
# Long enough for a large import or restore to finish, short enough that a script that
# started next to a stuck one ends with a sentence instead of hanging.
WAIT_SECONDS = 300.0
# English; translated where said (QT_TRANSLATE_NOOP marks them for the .ts).
WAITING_MESSAGE = QT_TRANSLATE_NOOP(
    "InstanceLock", "Another PartnerDesk is writing to this data; waiting…"
)
WINDOW_OPEN_MESSAGE = QT_TRANSLATE_NOOP(
    "InstanceLock",
    "PartnerDesk is open with this data. Close it first, then try again "
    "(or do this in the app: File → Backups and restore).",
)

# The folders this process holds: opening a second lock on the same file from the same
# process would be refused by the operating system, yet it is the same writer.
_held_here: set[Path] = set()


class DataFolderBusyError(StoreError):
    """Another PartnerDesk holds the data folder; the message says what to do."""


def _key(folder: Path) -> Path:
    return folder.expanduser().resolve()


class InstanceLock:
    def __init__(self, folder: Path, kind: str = WINDOW) -> None:
        self.path = folder / LOCK_FILE_NAME
        self.kind = kind
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True when this process now holds the folder; False when another one does.

        Raises OSError when the folder cannot be written at all (read-only, a file).
        """
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = self.path.open("a+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        # Who holds it, so that a waiting command can tell a window from another command.
        handle.write(f"{os.getpid()} {self.kind}".encode())
        handle.flush()
        self._handle = handle
        _held_here.add(_key(self.path.parent))
        return True

    def release(self) -> None:
        if self._handle is not None:
            _held_here.discard(_key(self.path.parent))
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


def holder_kind(folder: Path) -> str:
    """WINDOW or COMMAND: who holds ``folder``'s lock (a command while it cannot tell)."""
    try:
        words = (folder / LOCK_FILE_NAME).read_text(errors="replace").split()
    except OSError:
        return COMMAND
    return WINDOW if words[1:2] == [WINDOW] else COMMAND


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def writing_to(
    folder: Path | None,
    *,
    wait_seconds: float | None = None,
    tell: Callable[[str], None] = _say,
) -> Iterator[None]:
    """Hold ``folder``'s lock for the block, waiting (once told) for another command.

    ``None`` (a shared database, which has its own locking) holds nothing. Raises
    DataFolderBusyError when the window has the folder open, or the wait runs out.
    """
    if folder is None or _key(folder) in _held_here:
        yield
        return
    lock = InstanceLock(folder, COMMAND)
    limit = WAIT_SECONDS if wait_seconds is None else wait_seconds
    deadline = time.monotonic() + limit
    told = False
    while not _acquire(lock, folder):
        if holder_kind(folder) == WINDOW:
            raise DataFolderBusyError(translate("InstanceLock", WINDOW_OPEN_MESSAGE))
        if time.monotonic() >= deadline:
            raise DataFolderBusyError(
                translate(
                    "InstanceLock",
                    "Another PartnerDesk kept writing to this data for {minutes} minutes, "
                    "so nothing was changed. Try again once it has finished.",
                ).format(minutes=f"{limit / 60:g}")
            )
        if not told:
            tell(translate("InstanceLock", WAITING_MESSAGE))
            told = True
        time.sleep(0.05)
    try:
        yield
    finally:
        lock.release()


def _acquire(lock: InstanceLock, folder: Path) -> bool:
    try:
        return lock.acquire()
    except OSError as error:
        raise DataFolderBusyError(
            translate(
                "InstanceLock",
                "PartnerDesk cannot write to the folder {folder}: {reason}. Check that "
                "the folder is not read-only and that the disk is connected.",
            ).format(folder=folder, reason=file_reason(error))
        ) from error


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
