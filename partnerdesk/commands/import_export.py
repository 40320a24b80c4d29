"""``import`` and ``export``: contacts from Google, Outlook, CSV and vCard files, and back.

Output is a contract scripts rely on: one ``FILE: N new, M merged, K skipped`` line per
file, then its skipped rows indented; ``Exported N contacts to FILE`` for an export.
Waiting for a colleague's import on a shared database is said on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, Commands
from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.paths import DataLocation


def register(commands: Any) -> None:
    importing = commands.add_parser(
        "import",
        help=translate(
            "Commands", "import contacts from CSV (Google, Outlook, any) or vCard files"
        ),
        description=translate(
            "Commands",
            "Import contacts. Each file is one transaction: all of it or nothing. "
            "Rows with the same e-mail as a contact you have are merged into it; the same "
            "name at the same organization is merged too. Exit 2 if a file cannot be read.",
        ),
    )
    importing.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=translate("Commands", "a .csv or .vcf file"),
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Commands", "show what would happen; change nothing"),
    )
    importing.set_defaults(handler=command_import, writes=lambda arguments: not arguments.dry_run)
    exporting = commands.add_parser(
        "export",
        help=translate(
            "Commands",
            "export contacts (CSV, vCard), a request's vetting or MOU, or a profile (Word)",
        ),
        description=translate(
            "Commands",
            "Export your contacts, a partnership request's vetting summary, the "
            "questions still to ask or its MOU, or an organization's profile, as files other "
            "programs open.",
        ),
    )
    targets = exporting.add_subparsers(dest="what", required=True, metavar="WHAT")
    contacts = targets.add_parser(
        "contacts",
        help=translate(
            "Commands", "every contact not in the Trash, to FILE.csv (opens in Excel) or FILE.vcf"
        ),
        description=translate(
            "Commands",
            "Export every contact not in the Trash. Without --format the "
            "extension decides: .csv (PartnerDesk's own, opens in Excel), .vcf (one vCard "
            "file) or .zip (one vCard per contact).",
        ),
    )
    contacts.add_argument(
        "file",
        metavar="FILE",
        help=translate("Commands", "FILE.csv, FILE.vcf, FILE.zip or a folder"),
    )
    add_contact_format_option(contacts)
    contacts.set_defaults(handler=command_export)
    # Imported here, not at the top: the Word side is a module of its own.
    from partnerdesk.commands.calendar_export import register_calendar_export
    from partnerdesk.commands.mou_commands import register_mou_export
    from partnerdesk.commands.profile_exports import register_profile_export
    from partnerdesk.commands.vetting_exports import register_exports

    register_exports(targets)
    register_mou_export(targets)
    register_profile_export(targets)
    register_calendar_export(targets)


# The formats, as in services/transfer/contact_export.py's ContactFileFormat (not imported
# here: the command line starts without the services).
CONTACT_FORMATS = {
    "partnerdesk": QT_TRANSLATE_NOOP(
        "import_export", "PartnerDesk's own CSV (the default for .csv)"
    ),
    "google": QT_TRANSLATE_NOOP("import_export", "the CSV Google Contacts imports"),
    "outlook": QT_TRANSLATE_NOOP("import_export", "the CSV Outlook and Outlook.com import"),
    "vcard": QT_TRANSLATE_NOOP("import_export", "one vCard file (Google, Apple, Thunderbird)"),
    "vcard-per-contact": QT_TRANSLATE_NOOP(
        "import_export", "one vCard per contact, into FILE.zip or a folder (for Outlook)"
    ),
}


def add_contact_format_option(parser: Any) -> None:
    parser.add_argument(
        "--format",
        choices=list(CONTACT_FORMATS),
        default=None,
        help="; ".join(
            f"{name}: {translate('import_export', what)}" for name, what in CONTACT_FORMATS.items()
        ),
    )


def command_import(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.transfer.contact_import import (
        WAITING_MESSAGE,
        UnreadableFileError,
        apply_import,
        preview_import,
    )

    def say_waiting() -> None:
        # On stderr, so the one line per file scripts read stays as it was.
        print(translate("ImportLock", WAITING_MESSAGE), file=sys.stderr, flush=True)

    exit_code = EXIT_OK
    database = open_database(location)
    try:
        for shown_name in arguments.files:
            try:
                plan = preview_import(database, Path(shown_name))
                counts = plan.counts()
                if not arguments.dry_run:
                    counts = apply_import(database, plan, waiting=say_waiting).counts
            except UnreadableFileError as error:
                print(f"{shown_name}: {error}", file=sys.stderr)
                exit_code = EXIT_USAGE
                continue
            print(f"{shown_name}: {counts.line()}")
            if arguments.dry_run:
                print_how_read(plan)
            for row in plan.skipped_rows:
                print(f"  {row.where}: {row.reason}")
            for warning in plan.warnings:
                print(f"  {warning}")
            if not arguments.dry_run:
                print_guessed_encoding(plan, shown_name)
                print_columns_left_out(plan, shown_name)
    finally:
        database.close()
    return exit_code


def print_how_read(plan: Any) -> None:
    """The format, the encoding and the columns as read: what to check when a file
    imports oddly, before anything is written."""
    detection = plan.detection
    print(
        translate("Commands", "  format: {format_label}").format(
            format_label=detection.format_label
        )
    )
    print(
        translate("Commands", "  encoding: {encoding_label} ({encoding})").format(
            encoding_label=detection.encoding_label, encoding=detection.encoding
        )
    )
    if detection.header_line:
        print(
            translate("Commands", "  header: line {value} (the lines above it are skipped)").format(
                value=detection.header_line + 1
            )
        )
    for header, use in plan.columns.items():
        print(translate("Commands", "  column {header!r}: {use}").format(header=header, use=use))
    if plan.unmapped_columns:
        print(f"  {_left_out(plan)}")


def print_guessed_encoding(plan: Any, shown_name: str) -> None:
    """When other encodings read the file about as well (Western or Central European for
    "Lefèvre"), the one used is said; on stderr, as the lines on stdout are a contract."""
    detection = plan.detection
    if detection.encoding_uncertain:
        print(
            translate(
                "Commands",
                "{shown_name}: read as {encoding_label} ({encoding}), a "
                "guess among close candidates. If names look wrong, import "
                "the file in the window and choose another encoding.",
            ).format(
                shown_name=shown_name,
                encoding_label=detection.encoding_label,
                encoding=detection.encoding,
            ),
            file=sys.stderr,
        )


def print_columns_left_out(plan: Any, shown_name: str) -> None:
    """Never lost in silence; on stderr, as the lines on stdout are a contract."""
    if plan.unmapped_columns:
        print(f"{shown_name}: {_left_out(plan)}", file=sys.stderr)


def _left_out(plan: Any) -> str:
    columns = ", ".join(repr(header) for header in plan.unmapped_columns)
    return translate(
        "Commands", "columns left out (PartnerDesk has no place for them): {columns}"
    ).format(columns=columns)


def command_export(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.errors import UnsupportedExportError
    from partnerdesk.services.transfer.contact_export import chosen_format, export_contacts

    target = Path(arguments.file)
    try:
        chosen_format(target, arguments.format)
    except UnsupportedExportError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    database = open_database(location)
    try:
        try:
            count = export_contacts(database, target, arguments.format)
        except UnsupportedExportError as error:
            print(error, file=sys.stderr)
            return EXIT_USAGE
        except OSError as error:
            print(
                translate("Commands", "PartnerDesk cannot write {target}: {strerror}.").format(
                    target=target, strerror=file_reason(error)
                ),
                file=sys.stderr,
            )
            return EXIT_PROBLEM
    finally:
        database.close()
    print(Commands.tr("Exported %n contact(s) to {file}", "", count).format(file=arguments.file))
    return EXIT_OK
