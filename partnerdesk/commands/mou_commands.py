"""``export mou`` and ``check-mou``: a request's MOU as Word, and its open points.

Output is a contract: ``Wrote version V of the MOU for request N to FILE`` (with ``--eml``,
then ``Wrote the e-mail draft to FILE.eml``), then ``Wrote the cover note to NOTE.docx``
(unless ``--open-points in-mou``), then one line per open point (``  open: TITLE``);
``check-mou`` prints ``SECTION: TITLE — EXPLANATION`` lines
(or a JSON list of ``{"code", "section", "title", "message"}``) and exits 0 either way;
both exit 1 when the request has no MOU, 2 for a file name that is not .docx.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from partnerdesk.commands.word_export import add_document_language
from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import current_language, translate
from partnerdesk.paths import DataLocation

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database


def register_mou_export(targets: Any) -> None:
    mou = targets.add_parser(
        "mou",
        help=translate(
            "Commands", "a request's MOU as a Word document (recorded as a new version)"
        ),
        description=translate(
            "Commands",
            "Write the request's MOU as a Word document, on your letterhead if one "
            "is set, and keep it as the next version. Open points are listed after.",
        ),
    )
    mou.add_argument("request_id", metavar="REQUEST_ID", type=int)
    mou.add_argument("file", metavar="FILE.docx")
    mou.add_argument(
        "--eml",
        metavar="FILE.eml",
        help=translate(
            "Commands",
            "also write an e-mail draft with the document attached (X-Unsent: Outlook "
            "opens it ready to edit and send)",
        ),
    )
    mou.add_argument(
        "--open-points",
        choices=["cover-note", "in-mou"],
        default="cover-note",
        help=translate(
            "Commands",
            "where the points still to settle go: a cover note for you beside the MOU, "
            "'FILE (cover note).docx' (the default), or a neutral list at the end of the MOU, "
            "written to both parties",
        ),
    )
    add_document_language(mou)
    mou.set_defaults(handler=command_export_mou)


def register(commands: Any) -> None:
    check = commands.add_parser(
        "check-mou",
        help=translate("Commands", "list what an MOU still lacks, and what is unfair in it"),
        description=translate(
            "Commands", "Check a request's MOU for missing sections and fairness problems."
        ),
    )
    check.add_argument("request_id", metavar="REQUEST_ID", type=int)
    check.add_argument(
        "--json", action="store_true", help=translate("Commands", "print JSON for scripts")
    )
    check.set_defaults(handler=command_check_mou)


def _mou_of(database: Database, request_id: int) -> int | None:
    from partnerdesk.services.documents.mou import request_mou

    mou_id = request_mou(database, request_id)
    if mou_id is None:
        print(
            translate(
                "Commands",
                "Request {request_id} has no MOU yet (or there is no request "
                "{request_id}). Start one from the request's page in "
                "PartnerDesk.",
            ).format(request_id=request_id),
            file=sys.stderr,
        )
    return mou_id


def command_check_mou(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.core.mou_sections import sections_in
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.documents.mou import open_points

    # The lines in the language of the run's messages (--language); the JSON, which
    # scripts parse, is the same in every language (docs/command-line.md).
    language = "en" if arguments.json else current_language()
    database = open_database(location)
    try:
        mou_id = _mou_of(database, arguments.request_id)
        if mou_id is None:
            return EXIT_PROBLEM
        findings = open_points(database, mou_id, language)
    finally:
        database.close()
    section_titles = {section.id: section.title for section in sections_in(language)}
    if arguments.json:
        print(
            json.dumps(
                [
                    {
                        "code": f.code,
                        "section": f.section_id,
                        "title": f.title,
                        "message": f.explanation,
                    }
                    for f in findings
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    elif not findings:
        print(
            translate(
                "Commands",
                "Nothing is missing: every section is written and nothing unfair was found.",
            )
        )
    else:
        for f in findings:
            print(f"{section_titles[f.section_id]}: {f.title} — {f.explanation}")
    return EXIT_OK


def command_export_mou(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.commands.word_export import (
        cannot_write,
        quiet_half_written_files,
        usable_docx_name,
    )
    from partnerdesk.core.mou_document import OpenPoints
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.documents.mou import export_mou
    from partnerdesk.services.errors import RecordMissingError

    target = usable_docx_name(arguments.file)
    if target is None:
        return EXIT_USAGE
    if arguments.eml and not arguments.eml.lower().endswith(".eml"):
        print(
            translate("Commands", "The e-mail draft's file name must end in .eml."), file=sys.stderr
        )
        return EXIT_USAGE
    database = open_database(location)
    try:
        mou_id = _mou_of(database, arguments.request_id)
        if mou_id is None:
            return EXIT_PROBLEM
        # The failure is handled inside: its traceback, which holds the half-written
        # file, is gone before the leftovers are collected.
        with quiet_half_written_files():
            try:
                result = export_mou(
                    database,
                    mou_id,
                    target,
                    open_points=OpenPoints(arguments.open_points),
                    language=arguments.document_language,
                )
            except OSError as error:
                return cannot_write(target, error)
            except RecordMissingError as error:  # moved to the trash meanwhile
                print(str(error), file=sys.stderr)
                return EXIT_PROBLEM
        if result.letterhead_warning:
            print(result.letterhead_warning, file=sys.stderr)
        print(
            translate(
                "Commands", "Wrote version {version} of the MOU for request {request_id} to {file}"
            ).format(version=result.version, request_id=arguments.request_id, file=arguments.file)
        )
        if arguments.eml:
            # Written after the export is saved: a bad address never undoes the document.
            problem = _write_email(
                database,
                mou_id,
                target,
                result.version,
                Path(arguments.eml),
                arguments.document_language,
            )
            if problem:
                print(
                    translate("Commands", "The e-mail draft was not written: {problem}").format(
                        problem=problem
                    ),
                    file=sys.stderr,
                )
                return EXIT_PROBLEM
            print(
                translate("Commands", "Wrote the e-mail draft to {eml}").format(eml=arguments.eml)
            )
        if result.cover_note is not None:
            print(
                translate("Commands", "Wrote the cover note to {with_name}").format(
                    with_name=target.with_name(result.cover_note.name)
                )
            )
        if result.cover_note_problem:
            print(result.cover_note_problem, file=sys.stderr)
        findings = result.findings
        if arguments.document_language != current_language():
            # The command's own lines are in the run's language, whatever the document's:
            # the points to settle too ("pendiente: «Planteamiento del problema» …").
            from partnerdesk.services.documents.mou import open_points

            findings = open_points(database, mou_id, current_language())
    finally:
        database.close()
    for finding in findings:
        print(translate("Commands", "  open: {title}").format(title=finding.title))
    return EXIT_OK


def _write_email(
    database: Database, mou_id: int, docx: Path, version: int, target: Path, language: str
) -> str:
    from partnerdesk.exports.email_draft import EmailDraftError
    from partnerdesk.services.documents.mou import export_mou_email

    try:
        export_mou_email(database, mou_id, docx, version, target, language)
    except EmailDraftError as error:
        return str(error)
    except OSError as error:
        return translate("Commands", "PartnerDesk cannot write {target}: {strerror}.").format(
            target=target, strerror=file_reason(error)
        )
    return ""
