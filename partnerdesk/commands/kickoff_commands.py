"""``partnerdesk export kickoff REQUEST_ID FILE.docx [--format join|invite|host|retreat]``
(issue 19): the kickoff meeting's agenda, on the letterhead.

Prints ``Wrote the kickoff agenda for request N (FORMAT) to FILE``. Exit 0 when done, 1 for
no such request, 2 for a usage mistake (a file name not ending in .docx, an unknown
format).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from partnerdesk.commands.word_export import add_document_language, export_word_document
from partnerdesk.core.kickoff import DEFAULT_FORMAT, KickoffFormat
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation

NO_REQUEST = QT_TRANSLATE_NOOP(
    "kickoff_commands",
    "There is no request {}. `partnerdesk list requests` shows each request's number.",
)

# What was written, one whole sentence per way of holding the meeting (its name in the
# sentence's language, not the English name put into a translated sentence).
WROTE_AGENDA = {
    KickoffFormat.JOIN: QT_TRANSLATE_NOOP(
        "kickoff_commands",
        "Wrote the kickoff agenda for request {number} to {file}: join a meeting they already hold",
    ),
    KickoffFormat.INVITE: QT_TRANSLATE_NOOP(
        "kickoff_commands",
        "Wrote the kickoff agenda for request {number} to {file}: invite them to one of "
        "our meetings",
    ),
    KickoffFormat.HOST: QT_TRANSLATE_NOOP(
        "kickoff_commands",
        "Wrote the kickoff agenda for request {number} to {file}: host a new meeting",
    ),
    KickoffFormat.RETREAT: QT_TRANSLATE_NOOP(
        "kickoff_commands",
        "Wrote the kickoff agenda for request {number} to {file}: a longer retreat "
        "(“synergy meeting”)",
    ),
}


def register(commands: Any) -> None:
    """Join the ``export`` command (registered by import_export.py)."""
    exporting = commands.choices["export"]
    targets = next(
        action for action in exporting._actions if isinstance(action, argparse._SubParsersAction)
    )
    kickoff = targets.add_parser(
        "kickoff",
        help=translate("Commands", "the agenda of the kickoff meeting with a partner (Word)"),
        description=translate(
            "Commands",
            "Write the kickoff meeting's agenda, on your letterhead: time to get to "
            "know each other first, both partner profiles shared, next steps and who does what "
            "last.",
        ),
    )
    kickoff.add_argument(
        "request_id",
        metavar="REQUEST_ID",
        type=int,
        help=translate("Commands", "see: partnerdesk list requests"),
    )
    kickoff.add_argument(
        "file",
        metavar="FILE.docx",
        help=translate("Commands", "the Word file to write"),
    )
    kickoff.add_argument(
        "--format",
        dest="kickoff_format",
        choices=[choice.value for choice in KickoffFormat],
        default=DEFAULT_FORMAT.value,
        help=translate(
            "Commands",
            "join: a meeting they already hold; invite: them to one of ours; host: a new "
            "meeting of about an hour (the default); retreat: a longer meeting, half a day at "
            "most",
        ),
    )
    add_document_language(kickoff)
    kickoff.set_defaults(handler=command_export_kickoff)


def command_export_kickoff(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.documents.kickoff import export_kickoff_agenda

    number = arguments.request_id
    kickoff_format = KickoffFormat(arguments.kickoff_format)
    code, written = export_word_document(
        location,
        arguments.file,
        lambda database, target: export_kickoff_agenda(
            database, number, target, kickoff_format, language=arguments.document_language
        ),
        translate("kickoff_commands", NO_REQUEST).format(number),
    )
    if written is not None:
        if written.letterhead_warning:
            print(written.letterhead_warning, file=sys.stderr)
        print(
            translate("kickoff_commands", WROTE_AGENDA[kickoff_format]).format(
                number=number, file=arguments.file
            )
        )
    return code
