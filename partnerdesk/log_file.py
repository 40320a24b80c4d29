"""PartnerDesk's log: a small rotating file in the data folder, never the user's screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "partnerdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3


class _QuietFileHandler(RotatingFileHandler):
    """A log that cannot be written (a full or read-only disk) stays quiet: the user has
    the plain sentence already, and logging's own traceback on the screen would bury it."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        pass


def start_logging(folder: Path) -> Path | None:
    """Send PartnerDesk's (and Qt's) messages to ``folder/partnerdesk.log``.

    Returns the file, or None when the folder cannot be written (logging then stays quiet
    rather than stopping the app).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "partnerdesk", False):
            root.removeHandler(handler)
            handler.close()
    log_file = folder / LOG_FILE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _QuietFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        log_file.chmod(0o600)
    except OSError:
        root.addHandler(logging.NullHandler())
        return None
    handler.partnerdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_file
