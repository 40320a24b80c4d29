"""``export profile``: an organization's partner profile as a Word document.

Output is a contract: ``Wrote the profile of ORGANIZATION to FILE``; exit 1 with a plain
message when the organization does not exist, 2 for a file name that is not .docx.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from partnerdesk.commands.word_export import add_document_language, export_word_document
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation


def register_profile_export(targets: Any) -> None:
    profile = targets.add_parser(
        "profile",
        help=translate("Commands", "an organization's partner profile as a Word document"),
        description=translate(
            "Commands",
            "Write a Word document with the organization's partner profile: whom "
            "they serve, what they do and why, how, their unique contributions, why they pursue "
            "this partnership and how they measure success. Questions not answered yet are "
            "listed as such.",
        ),
    )
    profile.add_argument(
        "organization_id",
        metavar="ORGANIZATION_ID",
        type=int,
        help=translate("Commands", "see: partnerdesk list organizations"),
    )
    profile.add_argument(
        "file",
        metavar="FILE.docx",
        help=translate("Commands", "the Word file to write"),
    )
    add_document_language(profile)
    profile.set_defaults(handler=command_export_profile)


def command_export_profile(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.documents.profile import export_profile

    number = arguments.organization_id
    code, written = export_word_document(
        location,
        arguments.file,
        lambda database, target: export_profile(
            database, number, target, language=arguments.document_language
        ),
        translate(
            "Commands",
            "There is no organization {number}. `partnerdesk list "
            "organizations` shows each organization's number.",
        ).format(number=number),
    )
    if written is not None:
        if written.letterhead_warning:
            print(written.letterhead_warning, file=sys.stderr)
        print(
            translate("Commands", "Wrote the profile of {subject} to {file}").format(
                subject=written.subject, file=arguments.file
            )
        )
    return code
