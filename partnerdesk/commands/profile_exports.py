"""``export profile``: an organization's partner profile as a Word document.

Output is a contract: ``Wrote the profile of ORGANIZATION to FILE``; exit 1 with a plain
message when the organization does not exist, 2 for a file name that is not .docx.
"""

from __future__ import annotations

import argparse
from typing import Any

from partnerdesk.commands.word_export import export_word_document
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
    from partnerdesk.services.profiles.answers import profile_report

    number = arguments.organization_id
    code, report = export_word_document(
        location,
        arguments.file,
        lambda session: profile_report(session, number),
        f"There is no organization {number}. "
        "`partnerdesk list organizations` shows each organization's number.",
        write_profile,
    )
    if report is not None:
        print(f"Wrote the profile of {report.organization} to {arguments.file}")
    return code
