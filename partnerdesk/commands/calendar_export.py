"""``export calendar``: everything dated (MOU reviews, commitments due, follow-ups) as .ics.

Output is a contract: ``Wrote N events to FILE``. Exit 0 when written; 1 with a plain
message when there is nothing dated to export (no file is written, so a script does not
go on with a missing or stale file) or the file cannot be written; 2 for a file name not
ending in .ics.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, Commands
from partnerdesk.commands.word_export import add_document_language, cannot_write
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation


def register_calendar_export(targets: Any) -> None:
    calendar = targets.add_parser(
        "calendar",
        help=translate(
            "Commands", "MOU reviews, commitments due and follow-ups as one calendar file (.ics)"
        ),
        description=translate(
            "Commands",
            "Write one calendar file that any calendar program imports: each MOU's "
            "reviews (repeating by the MOU's own schedule), open commitments with a due date, "
            "and open follow-ups, each with a reminder the day before. Importing a newer file "
            "updates the events instead of adding them twice. With nothing dated, no file is "
            "written and the command exits 1.",
        ),
    )
    calendar.add_argument(
        "file",
        metavar="FILE.ics",
        help=translate("Commands", "the calendar file to write"),
    )
    add_document_language(calendar)
    calendar.set_defaults(handler=command_export_calendar)


def command_export_calendar(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.calendar_export import (
        NOTHING_TO_EXPORT,
        check_ics_target,
        export_calendar,
    )
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.errors import ExportFormatError

    target = Path(arguments.file)
    try:
        check_ics_target(target)
    except ExportFormatError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    database = open_database(location)
    try:
        count = export_calendar(database, target, language=arguments.document_language)
    except OSError as error:
        return cannot_write(target, error)
    finally:
        database.close()
    if count == 0:
        print(NOTHING_TO_EXPORT, file=sys.stderr)
        return EXIT_PROBLEM
    print(Commands.tr("Wrote %n event(s) to {file}", "", count).format(file=arguments.file))
    return EXIT_OK
