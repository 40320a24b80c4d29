"""``export vetting`` and ``export questions``: a request's vetting as Word documents.

Output is a contract: ``Wrote the vetting summary for request N to FILE`` (or ``the questions
to ask``); exit 1 with a plain message when the request does not exist, 2 for a file name
that is not .docx.
"""

from __future__ import annotations

import argparse
from typing import Any

from partnerdesk.commands.word_export import export_word_document
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation

_WHAT = {
    "vetting": QT_TRANSLATE_NOOP("vetting_exports", "the vetting summary"),
    "questions": QT_TRANSLATE_NOOP("vetting_exports", "the questions to ask"),
}


def register_exports(targets: Any) -> None:
    vetting = targets.add_parser(
        "vetting",
        help=translate("Commands", "a request's vetting summary as a Word document"),
        description=translate(
            "Commands",
            "Write a Word document with the request's details, red flags, "
            "readiness by topic, every question with their answer, our evidence and rating, "
            "the capacity matrix and the decision.",
        ),
    )
    questions = targets.add_parser(
        "questions",
        help=translate(
            "Commands", "the questions not answered yet, as a Word sheet for the next meeting"
        ),
        description=translate(
            "Commands",
            "Write a Word document listing every question not answered yet for "
            "the request, grouped by topic, each with room for notes.",
        ),
    )
    for parser in (vetting, questions):
        parser.add_argument(
            "request_id",
            metavar="REQUEST_ID",
            type=int,
            help=translate("Commands", "see: partnerdesk list requests"),
        )
        parser.add_argument(
            "file",
            metavar="FILE.docx",
            help=translate("Commands", "the Word file to write"),
        )
        parser.set_defaults(handler=command_export_vetting)


def command_export_vetting(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.documents.vetting import export_questions, export_vetting

    number = arguments.request_id
    export = export_vetting if arguments.what == "vetting" else export_questions
    code, written = export_word_document(
        location,
        arguments.file,
        lambda database, target: export(database, number, target),
        translate(
            "Commands",
            "There is no request {number}. `partnerdesk list requests` "
            "shows each request's number.",
        ).format(number=number),
    )
    if written is not None:
        print(
            translate("Commands", "Wrote {_WHAT} for request {number} to {file}").format(
                _WHAT=translate("vetting_exports", _WHAT[arguments.what]),
                number=number,
                file=arguments.file,
            )
        )
    return code
