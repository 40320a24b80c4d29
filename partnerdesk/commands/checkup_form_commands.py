"""The partner's check-up form (issue 19):

``partnerdesk export checkup-form REQUEST_ID FILE.docx [--document-language en|es]``: the
form the partner fills in, on the letterhead, in the language chosen (English by default).
Prints ``Wrote the check-up form for request N to FILE``.

``partnerdesk import checkup REQUEST_ID FILE.docx [--dry-run]``: their filled form, read
into the request's latest check-up held (a new one dated today when there is none).
Prints a summary line, then one line per cell that could not be read
(``  WHERE: WHAT``); with ``--dry-run`` it says that nothing was saved.

Exit 0 when done (also when some cells could not be read: they are listed), 1 for a
plain problem (no such request; a file missing, damaged or no check-up form), 2 for a
usage mistake (a file name not ending in .docx).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, shown_date
from partnerdesk.commands.argparse_words import argparse_words
from partnerdesk.commands.word_export import add_document_language, export_word_document
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation
from partnerdesk.shipped_files import content_language

if TYPE_CHECKING:
    from partnerdesk.services.checkups.partner_form import PartnerFormReading

NO_REQUEST = QT_TRANSLATE_NOOP(
    "checkup_form_commands",
    "There is no request {}. `partnerdesk list requests` shows each request's number.",
)
# ``partnerdesk import checkup …``: the first word after ``import`` (which otherwise
# takes contact files, or ``answers`` / ``profile`` forms).
CHECKUP_IMPORT = "checkup"


def register(commands: Any) -> None:
    """Join the ``export`` and ``import`` commands (after form_commands)."""
    exporting = commands.choices["export"]
    targets = next(
        action for action in exporting._actions if isinstance(action, argparse._SubParsersAction)
    )
    form = targets.add_parser(
        "checkup-form",
        help=translate("Commands", "the check-up form the partner fills in (Word)"),
        description=translate(
            "Commands",
            "Write the partnership check-up form, on your letterhead: a table per "
            "domain, each statement with a Rating (1–5) and a Comments cell for the partner "
            "to fill in. Read their filled form back with `partnerdesk import checkup`.",
        ),
    )
    form.add_argument(
        "request_id",
        metavar="REQUEST_ID",
        type=int,
        help=translate("Commands", "see: partnerdesk list requests"),
    )
    form.add_argument(
        "file", metavar="FILE.docx", help=translate("Commands", "the Word file to write")
    )
    add_document_language(form)
    form.set_defaults(handler=command_export_checkup_form)
    importing = commands.choices["import"]
    before = importing.get_default("handler")

    def either(arguments: argparse.Namespace, location: DataLocation) -> int:
        files = getattr(arguments, "files", None) or []
        if files and files[0] == CHECKUP_IMPORT:
            return command_import_checkup(arguments, location)
        return int(before(arguments, location))

    importing.set_defaults(handler=either)
    importing.epilog = (importing.epilog or "") + IMPORT_EPILOG


IMPORT_EPILOG = """
  partnerdesk import checkup REQUEST_ID FILE.docx [--dry-run]
      their filled check-up form into the request's latest check-up (a new one
      dated today when there is none); prints what was read and each cell that
      could not be read"""


def command_export_checkup_form(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.checkups.partner_form import export_checkup_form

    number = arguments.request_id
    language = arguments.document_language
    code, written = export_word_document(
        location,
        arguments.file,
        lambda database, target: export_checkup_form(database, number, target, language=language),
        translate("checkup_form_commands", NO_REQUEST).format(number),
    )
    if written is not None:
        if written.letterhead_warning:
            print(written.letterhead_warning, file=sys.stderr)
        print(
            translate("Commands", "Wrote the check-up form for request {number} to {file}").format(
                number=number, file=arguments.file
            )
        )
    return code


def _import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"partnerdesk import {CHECKUP_IMPORT}",
        description=translate(
            "Commands",
            "Read the check-up form the partner filled in into the request's "
            "latest check-up (a new one dated today when there is none): prints what was read "
            "and what could not be.",
        ),
    )
    parser.add_argument("request_id", metavar="REQUEST_ID", type=int)
    parser.add_argument(
        "file", metavar="FILE.docx", help=translate("Commands", "their filled check-up form")
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Commands", "show what would be read; save nothing"),
    )
    return parser


def command_import_checkup(arguments: argparse.Namespace, location: DataLocation) -> int:
    """``import checkup``: what followed ``import`` read again as such (a usage mistake
    exits 2, as argparse does)."""
    rest = list(arguments.files[1:]) + (["--dry-run"] if arguments.dry_run else [])
    with argparse_words():  # its usage mistakes in the run's language too
        parsed = _import_parser().parse_args(rest)
    from partnerdesk.commands.word_export import usable_docx_name
    from partnerdesk.services.checkups.partner_form import read_partner_form
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.errors import InvalidInputError, RecordMissingError

    target = usable_docx_name(parsed.file)
    if target is None:
        return EXIT_USAGE
    number = parsed.request_id
    database = open_database(location)
    try:
        reading = read_partner_form(
            database, number, target, dry_run=parsed.dry_run, language=content_language()
        )
    except RecordMissingError:
        print(translate("checkup_form_commands", NO_REQUEST).format(number), file=sys.stderr)
        return EXIT_PROBLEM
    except InvalidInputError as error:  # the file: missing, damaged, no check-up form
        print(error, file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        database.close()
    print(summary_line(reading))
    for problem in reading.problems:
        print(f"  {problem.where}: {problem.what}")
    if parsed.dry_run:
        print(translate("Commands", "Nothing was saved (--dry-run)."))
    return EXIT_OK


def summary_line(reading: PartnerFormReading) -> str:
    """``FORM: 20 statements rated, 3 not rated, 1 problem; into the check-up of DATE``."""
    when = shown_date(reading.held_on)
    if reading.new_checkup:
        line = (
            translate("Commands", "{form}: {summary}; into a new check-up of {when}")
            if reading.saved
            else translate("Commands", "{form}: {summary}; for a new check-up of {when}")
        )
    else:
        line = (
            translate("Commands", "{form}: {summary}; into the check-up of {when}")
            if reading.saved
            else translate("Commands", "{form}: {summary}; for the check-up of {when}")
        )
    return line.format(form=reading.form_name, summary=reading.summary(), when=when)
