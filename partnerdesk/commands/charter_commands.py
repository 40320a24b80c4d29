"""``partnerdesk export charter REQUEST_ID FILE.docx [--document-language en|es]`` (issue 19):
the team charter, on the letterhead, in the document's language (default English).

Prints ``Wrote the team charter for request N to FILE``. Exit 0 when done; 1 for no such
request, for a charter with nothing written in it yet (no file is written, as
``export calendar`` does with nothing to export) or a file that cannot be written; 2 for
a file name not ending in .docx.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM
from partnerdesk.commands.word_export import add_document_language, export_word_document
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation

NO_REQUEST = QT_TRANSLATE_NOOP(
    "charter_commands",
    "There is no request {}. `partnerdesk list requests` shows each request's number.",
)


def register(commands: Any) -> None:
    """Join the ``export`` command (registered by import_export.py)."""
    exporting = commands.choices["export"]
    targets = next(
        action for action in exporting._actions if isinstance(action, argparse._SubParsersAction)
    )
    charter = targets.add_parser(
        "charter",
        help=translate(
            "Commands", "the team charter of a partnership: how both sides work together (Word)"
        ),
        description=translate(
            "Commands",
            "Write a request's team charter, on your letterhead: the goal of the "
            "partnership, how you agree on goals and values, how you deal with challenging "
            "situations, and your meetings and minutes. When nothing is written in it yet, no "
            "file is written and the command exits 1.",
        ),
    )
    charter.add_argument(
        "request_id",
        metavar="REQUEST_ID",
        type=int,
        help=translate("Commands", "see: partnerdesk list requests"),
    )
    charter.add_argument(
        "file", metavar="FILE.docx", help=translate("Commands", "the Word file to write")
    )
    add_document_language(charter)
    charter.set_defaults(handler=command_export_charter)


def command_export_charter(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.documents.charter import NOTHING_WRITTEN, export_charter

    number = arguments.request_id
    code, written = export_word_document(
        location,
        arguments.file,
        lambda database, target: export_charter(
            database, number, target, language=arguments.document_language
        ),
        translate("charter_commands", NO_REQUEST).format(number),
    )
    if code != EXIT_OK:
        return code
    if written is None:
        print(NOTHING_WRITTEN, file=sys.stderr)
        return EXIT_PROBLEM
    if written.letterhead_warning:
        print(written.letterhead_warning, file=sys.stderr)
    print(
        translate("Commands", "Wrote the team charter for request {number} to {file}").format(
            number=number, file=arguments.file
        )
    )
    return EXIT_OK
