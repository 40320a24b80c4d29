"""``export vetting`` and ``export questions``: a request's vetting as Word documents.

Output is a contract: ``Wrote the vetting summary for request N to FILE`` (or ``the questions
to ask``); exit 1 with a plain message when the request does not exist, 2 for a file name
that is not .docx.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from partnerdesk.paths import DataLocation

_WHAT = {
    "vetting": "the vetting summary",
    "questions": "the questions to ask",
}


def register_exports(targets: Any) -> None:
    vetting = targets.add_parser(
        "vetting",
        help="a request's vetting summary as a Word document",
        description="Write a Word document with the request's details, red flags, "
        "readiness by topic, every question with their answer, our evidence and rating, "
        "the capacity matrix and the decision.",
    )
    questions = targets.add_parser(
        "questions",
        help="the questions not answered yet, as a Word sheet for the next meeting",
        description="Write a Word document listing every question not answered yet for "
        "the request, grouped by topic, each with room for notes.",
    )
    for parser in (vetting, questions):
        parser.add_argument(
            "request_id", metavar="REQUEST_ID", type=int, help="see: partnerdesk list requests"
        )
        parser.add_argument("file", metavar="FILE.docx", help="the Word file to write")
        parser.set_defaults(handler=command_export_vetting)


def command_export_vetting(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.exports.vetting_docx import write_meeting_questions, write_vetting_summary
    from partnerdesk.services.organizations import RecordMissingError
    from partnerdesk.services.vetting_report import (
        ExportFormatError,
        check_docx_target,
        vetting_report,
    )
    from partnerdesk.store.database import open_database

    target = Path(arguments.file)
    try:
        check_docx_target(target)
    except ExportFormatError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    write = write_vetting_summary if arguments.what == "vetting" else write_meeting_questions
    database = open_database(location)
    try:
        with database.session() as session:
            try:
                report = vetting_report(session, arguments.request_id)
            except RecordMissingError:
                print(
                    f"There is no request {arguments.request_id}. "
                    "`partnerdesk list requests` shows each request's number.",
                    file=sys.stderr,
                )
                return EXIT_PROBLEM
    finally:
        database.close()
    try:
        write(report, target)
    except OSError as error:
        print(f"PartnerDesk cannot write {target}: {error.strerror}.", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Wrote {_WHAT[arguments.what]} for request {arguments.request_id} to {arguments.file}")
    return EXIT_OK
