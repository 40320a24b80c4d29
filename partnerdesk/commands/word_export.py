"""What every "write a Word document" command shares: the .docx check, reading the record
in one session, writing after it is closed, and the same messages and exit codes."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from partnerdesk.paths import DataLocation

Report = TypeVar("Report")
log = logging.getLogger(__name__)


@contextmanager
def quiet_half_written_files() -> Iterator[None]:
    """Keep a failed write's leftovers off the user's screen.

    A Word file that could not be written (a full disk) leaves its zip file open; when it
    is freed, closing it fails again and Python would print that as "Exception ignored …
    Traceback" after our plain sentence. It goes to the log instead.
    """
    previous = sys.unraisablehook

    def to_log(unraisable: Any) -> None:
        log.warning("after a failed write: %s", unraisable.exc_value)

    sys.unraisablehook = to_log
    try:
        yield
    finally:
        gc.collect()
        sys.unraisablehook = previous


def export_word_document(
    location: DataLocation,
    file_name: str,
    read: Callable[[Any], Report],
    missing: str,
    write: Callable[[Report, Path], object],
) -> tuple[int, Report | None]:
    """Exit code and what was read; ``missing`` is printed when the record does not exist."""
    from partnerdesk.services.errors import ExportFormatError, RecordMissingError
    from partnerdesk.services.vetting.report import check_docx_target
    from partnerdesk.store.database import open_database

    target = Path(file_name)
    try:
        check_docx_target(target)
    except ExportFormatError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE, None
    database = open_database(location)
    try:
        with database.session() as session:
            try:
                report = read(session)
            except RecordMissingError:
                print(missing, file=sys.stderr)
                return EXIT_PROBLEM, None
    finally:
        database.close()
    with quiet_half_written_files():
        try:
            write(report, target)
        except OSError as error:
            print(f"PartnerDesk cannot write {target}: {error.strerror}.", file=sys.stderr)
            target.unlink(missing_ok=True)  # half a document would not open anyway
            return EXIT_PROBLEM, None
    return EXIT_OK, report
