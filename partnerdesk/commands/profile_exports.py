"""``export profile``: an organization's partner profile as a Word document.

Output is a contract: ``Wrote the profile of ORGANIZATION to FILE``; exit 1 with a plain
message when the organization does not exist, 2 for a file name that is not .docx.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from partnerdesk.paths import DataLocation


def register_profile_export(targets: Any) -> None:
    profile = targets.add_parser(
        "profile",
        help="an organization's partner profile as a Word document",
        description="Write a Word document with the organization's partner profile: whom "
        "they serve, what they do and why, how, their unique contributions, why they pursue "
        "this partnership and how they measure success. Questions not answered yet are "
        "listed as such.",
    )
    profile.add_argument(
        "organization_id",
        metavar="ORGANIZATION_ID",
        type=int,
        help="see: partnerdesk list organizations",
    )
    profile.add_argument("file", metavar="FILE.docx", help="the Word file to write")
    profile.set_defaults(handler=command_export_profile)


def command_export_profile(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.exports.profile_docx import write_profile
    from partnerdesk.services.organizations import RecordMissingError
    from partnerdesk.services.profiles import profile_report
    from partnerdesk.services.vetting_report import ExportFormatError, check_docx_target
    from partnerdesk.store.database import open_database

    target = Path(arguments.file)
    try:
        check_docx_target(target)
    except ExportFormatError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    database = open_database(location)
    try:
        with database.session() as session:
            try:
                report = profile_report(session, arguments.organization_id)
            except RecordMissingError:
                print(
                    f"There is no organization {arguments.organization_id}. "
                    "`partnerdesk list organizations` shows each organization's number.",
                    file=sys.stderr,
                )
                return EXIT_PROBLEM
    finally:
        database.close()
    try:
        write_profile(report, target)
    except OSError as error:
        print(f"PartnerDesk cannot write {target}: {error.strerror}.", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Wrote the profile of {report.organization} to {arguments.file}")
    return EXIT_OK
