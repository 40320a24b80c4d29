"""PartnerDesk's log: a small rotating file in the data folder, never the user's screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "partnerdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3


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
        handler = RotatingFileHandler(
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
