"""``partnerdesk export report REQUEST_ID FILE.docx [--document-language en|es]`` (issue 19):
the results report for both organizations' leaders, on the letterhead, with the check-up
trend as a picture, in the document's language (default English).

Prints ``Wrote the results report for request N to FILE``. Exit 0 when done, 1 when there
is no such request or it is not a partnership yet, 2 for a file name not ending in .docx.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from partnerdesk.commands import EXIT_PROBLEM
from partnerdesk.commands.word_export import add_document_language, export_word_document
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation

if TYPE_CHECKING:
    from pathlib import Path

    from partnerdesk.services.database_access import Database
    from partnerdesk.services.documents.files import WrittenDocument

NO_REQUEST = QT_TRANSLATE_NOOP(
    "results_commands",
    "There is no request {}. `partnerdesk list partnerships` shows each partnership.",
)


def register(commands: Any) -> None:
    """Join the ``export`` command (registered by import_export.py)."""
    exporting = commands.choices["export"]
    targets = next(
        action for action in exporting._actions if isinstance(action, argparse._SubParsersAction)
    )
    report = targets.add_parser(
        "report",
        help=translate(
            "Commands", "a partnership's results report for both organizations' leaders (Word)"
        ),
        description=translate(
            "Commands",
            "Write a partnership's results report, on your letterhead: what it set "
            "out to do, commitments kept and late, measures of success with their figures, how "
            "the partnership is going (the check-up trend), your story or quote, and next steps.",
        ),
    )
    report.add_argument(
        "request_id",
        metavar="REQUEST_ID",
        type=int,
        help=translate("Commands", "see: partnerdesk list partnerships"),
    )
    report.add_argument(
        "file", metavar="FILE.docx", help=translate("Commands", "the Word file to write")
    )
    add_document_language(report)
    report.set_defaults(handler=command_export_report)


def command_export_report(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.documents.results import export_results_report
    from partnerdesk.services.results.report import NotAPartnershipError

    number = arguments.request_id
    refused: list[str] = []

    def export(database: Database, target: Path) -> WrittenDocument | None:
        try:
            return export_results_report(
                database, number, target, language=arguments.document_language
            )
        except NotAPartnershipError as error:
            refused.append(str(error))
            return None

    code, written = export_word_document(
        location, arguments.file, export, translate("results_commands", NO_REQUEST).format(number)
    )
    if refused:
        print(refused[0], file=sys.stderr)
        return EXIT_PROBLEM
    if written is not None:
        if written.letterhead_warning:
            print(written.letterhead_warning, file=sys.stderr)
        print(
            translate("Commands", "Wrote the results report for request {number} to {file}").format(
                number=number, file=arguments.file
            )
        )
    return code
