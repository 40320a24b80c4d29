"""What every "write a Word document" command shares: the .docx check, reading the record
in one session, writing after it is closed, and the same messages and exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from partnerdesk.paths import DataLocation

Report = TypeVar("Report")


def export_word_document(
    location: DataLocation,
    file_name: str,
    read: Callable[[Any], Report],
    missing: str,
    write: Callable[[Report, Path], object],
) -> tuple[int, Report | None]:
    """Exit code and what was read; ``missing`` is printed when the record does not exist."""
    from partnerdesk.services.organizations import RecordMissingError
    from partnerdesk.services.vetting_report import ExportFormatError, check_docx_target
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
    try:
        write(report, target)
    except OSError as error:
        print(f"PartnerDesk cannot write {target}: {error.strerror}.", file=sys.stderr)
        return EXIT_PROBLEM, None
    return EXIT_OK, report
