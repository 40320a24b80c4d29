"""``export vetting`` and ``export questions``: a request's vetting as Word documents.

Output is a contract: ``Wrote the vetting summary for request N to FILE`` (or ``the questions
to ask``); exit 1 with a plain message when the request does not exist, 2 for a file name
that is not .docx.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerdesk.commands.word_export import add_document_language, export_word_document
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database
    from partnerdesk.services.documents.files import WrittenDocument

# One whole sentence per document: in Spanish the verb agrees with it ("Se guardó el
# resumen", "Se guardaron las preguntas"), issue 21.
_WROTE = {
    "vetting": QT_TRANSLATE_NOOP(
        "Commands", "Wrote the vetting summary for request {number} to {file}"
    ),
    "questions": QT_TRANSLATE_NOOP(
        "Commands", "Wrote the questions to ask for request {number} to {file}"
    ),
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
    add_document_language(vetting)
    add_document_language(questions)


def command_export_vetting(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.documents.vetting import export_questions, export_vetting

    number = arguments.request_id
    language = getattr(arguments, "document_language", "en")

    def export(database: Database, target: Path) -> WrittenDocument:
        if arguments.what == "vetting":
            return export_vetting(database, number, target, language=language)
        return export_questions(database, number, target, language=language)

    code, written = export_word_document(
        location,
        arguments.file,
        export,
        translate(
            "Commands",
            "There is no request {number}. `partnerdesk list requests` "
            "shows each request's number.",
        ).format(number=number),
    )
    if written is not None:
        print(
            translate("Commands", _WROTE[arguments.what]).format(number=number, file=arguments.file)
        )
    return code
