"""Forms the other side fills in: ``export question-form``, ``export profile-form``,
``import answers`` and ``import profile``.

Output is a contract scripts rely on:

- ``Wrote the question form for request N (K questions) to FILE``;
- ``Wrote the profile form for ORGANIZATION to FILE``;
- an import prints ``N answers read: A new, C changed, U unmatched``, then one line per
  row it could not match (``  WHERE: TEXT (WHY)``). Answers that differ from what is
  stored are taken as theirs, unless ``--dry-run``.

Exit 0 when done, 1 for a plain problem (no such request or organization, an answer
changed since the file was read), 2 for a usage mistake (a file name not ending in .docx)
or a file that cannot be read (not a Word document, damaged, not one of our forms), as
the contacts ``import`` does.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, Commands
from partnerdesk.commands.argparse_words import argparse_words
from partnerdesk.commands.word_export import add_document_language, export_word_document
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation

# ``partnerdesk import answers …`` and ``import profile …``: the first word after
# ``import`` (which otherwise takes contact files).
FORM_IMPORTS = ("answers", "profile")
QUESTION_CHOICES = ("hard", "shortlist", "open", "all")
NO_REQUEST = QT_TRANSLATE_NOOP(
    "form_commands",
    "There is no request {}. `partnerdesk list requests` shows each request's number.",
)
NO_ORGANIZATION = QT_TRANSLATE_NOOP(
    "form_commands",
    "There is no organization {}. `partnerdesk list organizations` shows each "
    "organization's number.",
)


def register(commands: Any) -> None:
    """Join the ``export`` and ``import`` commands (registered by import_export.py)."""
    exporting = commands.choices["export"]
    targets = next(
        action for action in exporting._actions if isinstance(action, argparse._SubParsersAction)
    )
    register_form_exports(targets)
    importing = commands.choices["import"]
    contacts = importing.get_default("handler")

    def either(arguments: argparse.Namespace, location: DataLocation) -> int:
        if is_form_import(arguments):
            return command_import_form(arguments, location)
        return int(contacts(arguments, location))

    importing.set_defaults(handler=either)
    importing.formatter_class = argparse.RawDescriptionHelpFormatter
    importing.description = textwrap.fill(importing.description or "", 79)
    importing.epilog = translate("form_commands", IMPORT_EPILOG)


def register_form_exports(targets: Any) -> None:
    question_form = targets.add_parser(
        "question-form",
        help=translate(
            "Commands", "a form of a request's questions, for the requester to fill in (Word)"
        ),
        description=translate(
            "Commands",
            "Write a Word form, on your letterhead, with the request's questions "
            "by topic and a column for their answers — no notes, ratings or evidence. Send it; "
            "read the filled-in file back with `partnerdesk import answers`.",
        ),
    )
    question_form.add_argument(
        "request_id",
        metavar="REQUEST_ID",
        type=int,
        help=translate("Commands", "see: partnerdesk list requests"),
    )
    question_form.add_argument(
        "file",
        metavar="FILE.docx",
        help=translate("Commands", "the Word file to write"),
    )
    question_form.add_argument(
        "--questions",
        choices=QUESTION_CHOICES,
        default="shortlist",
        help=translate(
            "Commands",
            "which questions: the three hard ones, the shortlist picked for the request "
            "(the default; the hard ones until you pick), those not answered yet, or all",
        ),
    )
    add_document_language(question_form)
    question_form.set_defaults(handler=command_export_question_form)
    profile_form = targets.add_parser(
        "profile-form",
        help=translate(
            "Commands", "a blank partner profile form for an organization to fill in (Word)"
        ),
        description=translate(
            "Commands",
            "Write a blank partner profile form, on your letterhead, with the "
            "prompts of each part. Read the filled-in file back with `partnerdesk import profile`.",
        ),
    )
    profile_form.add_argument(
        "organization_id",
        metavar="ORGANIZATION_ID",
        type=int,
        help=translate("Commands", "see: partnerdesk list organizations"),
    )
    profile_form.add_argument(
        "file",
        metavar="FILE.docx",
        help=translate("Commands", "the Word file to write"),
    )
    add_document_language(profile_form)
    profile_form.set_defaults(handler=command_export_profile_form)


def command_export_question_form(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.core.forms import QuestionChoice
    from partnerdesk.services.documents.forms import export_question_form

    number = arguments.request_id
    choice = QuestionChoice(arguments.questions)
    code, written = _guard_refusal(
        lambda: export_word_document(
            location,
            arguments.file,
            lambda database, target: export_question_form(
                database, number, target, choice, language=arguments.document_language
            ),
            translate("form_commands", NO_REQUEST).format(number),
        )
    )
    if written is not None:
        if written.letterhead_warning:
            print(written.letterhead_warning, file=sys.stderr)
        print(
            Commands.tr(
                "Wrote the question form for request {number} (%n question(s)) to {file}",
                "",
                written.questions,
            ).format(number=number, file=arguments.file)
        )
    return code


def command_export_profile_form(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.documents.forms import export_profile_form

    number = arguments.organization_id
    code, written = export_word_document(
        location,
        arguments.file,
        lambda database, target: export_profile_form(
            database, number, target, language=arguments.document_language
        ),
        translate("form_commands", NO_ORGANIZATION).format(number),
    )
    if written is not None:
        if written.letterhead_warning:
            print(written.letterhead_warning, file=sys.stderr)
        print(
            translate("Commands", "Wrote the profile form for {subject} to {file}").format(
                subject=written.subject, file=arguments.file
            )
        )
    return code


def _guard_refusal(export: Any) -> tuple[int, Any]:
    """A refusal with its own words (nothing to put on the form): said, exit 1."""
    from partnerdesk.services.errors import InvalidInputError

    try:
        result: tuple[int, Any] = export()
    except InvalidInputError as error:
        print(error, file=sys.stderr)
        return EXIT_PROBLEM, None
    return result


IMPORT_EPILOG = QT_TRANSLATE_NOOP(
    "form_commands",
    """\
forms filled in and sent back (Word):
  partnerdesk import answers REQUEST_ID FILE.docx [--dry-run]
      their answers into the request's questions ("Their answer" only)
  partnerdesk import profile ORGANIZATION_ID FILE.docx [--dry-run]
      their filled-in profile form into the organization's profile
  Each prints "N answers read: A new, C changed, U unmatched", then each row it could
  not match. Answers that differ from yours are taken as theirs, unless --dry-run.""",
)


def _form_import_parser(kind: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=translate("Commands", "partnerdesk import {kind}").format(kind=kind),
        description=(
            translate(
                "Commands",
                "Read a question form the requester filled in into their answers to the "
                "request's questions.",
            )
            if kind == "answers"
            else translate(
                "Commands",
                "Read a partner profile form the organization filled in into its profile.",
            )
        ),
    )
    if kind == "answers":
        parser.add_argument("record_id", metavar="REQUEST_ID", type=int)
    else:
        parser.add_argument("record_id", metavar="ORGANIZATION_ID", type=int)
    parser.add_argument(
        "file",
        metavar="FILE.docx",
        help=translate("Commands", "the filled-in Word form"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Commands", "show what would change; change nothing"),
    )
    return parser


def is_form_import(arguments: argparse.Namespace) -> bool:
    files = getattr(arguments, "files", None) or []
    return bool(files) and files[0] in FORM_IMPORTS


def command_import_form(arguments: argparse.Namespace, location: DataLocation) -> int:
    """``import answers`` / ``import profile``: what followed ``import`` read again as such
    (a usage mistake exits 2, as argparse does)."""
    kind = arguments.files[0]
    rest = list(arguments.files[1:]) + (["--dry-run"] if arguments.dry_run else [])
    with argparse_words():  # its usage mistakes in the run's language too
        parsed = _form_import_parser(kind).parse_args(rest)
    from partnerdesk.commands.word_export import usable_docx_name
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.errors import (
        InvalidInputError,
        RecordMissingError,
        UnreadableFileError,
    )

    target = usable_docx_name(parsed.file)
    if target is None:
        return EXIT_USAGE
    number = parsed.record_id
    missing = translate(
        "form_commands", NO_REQUEST if kind == "answers" else NO_ORGANIZATION
    ).format(number)
    database = open_database(location)
    try:
        try:
            reading, take = _reader(kind)
            read = reading(database, number, target)
            if not parsed.dry_run:
                # What was read is what is overwritten: a colleague's answer saved since
                # the file was read is refused, not lost.
                seen = {answer.key: answer.ours for answer in read.answers}
                take(database, number, read.to_write(), seen)
        except RecordMissingError:
            print(missing, file=sys.stderr)
            return EXIT_PROBLEM
        except UnreadableFileError as error:
            print(error, file=sys.stderr)
            return EXIT_USAGE
        except InvalidInputError as error:
            print(error, file=sys.stderr)
            return EXIT_PROBLEM
    finally:
        database.close()
    print(read.summary())
    for row in read.unmatched:
        print(f"  {row.where}: {row.text} ({row.reason})")
    return EXIT_OK


def _reader(kind: str) -> tuple[Any, Any]:
    if kind == "answers":
        from partnerdesk.services.vetting.form_answers import read_returned_form, take_answers

        return read_returned_form, take_answers
    from partnerdesk.services.profiles.profile_form import read_profile_form, take_profile_answers

    return read_profile_form, take_profile_answers
