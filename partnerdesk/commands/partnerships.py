"""``sign-mou`` and ``list partnerships``: the MOU signed, and the partnerships at a glance.

Output is a contract. ``sign-mou`` prints ``Marked the MOU for request N as signed on
YYYY-MM-DD (version V).``, then ``Kept the signed copy as PATH`` (inside the data
folder) when one is given, then ``Next review: YYYY-MM-DD``. It exits 1 when the request
has no MOU (or the MOU cannot be signed yet: a party without a signatory named), 2 for a
date that is not YYYY-MM-DD or a signed copy that is not a PDF, scan or .docx.
``list partnerships --json`` prints a list of objects with exactly the keys of
``PARTNERSHIP_FIELDS``, dates as YYYY-MM-DD or null.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, shown_date
from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation

PARTNERSHIP_FIELDS = (
    "id",
    "title",
    "organization",
    "stage",
    "mou_status",
    "signed_on",
    "next_review_on",
    "funding_ends_on",
    # last_checkup_on: the latest check-up held by today (null when none was).
    "late_commitments",
    "last_checkup_on",
)


def register(commands: Any) -> None:
    sign = commands.add_parser(
        "sign-mou",
        help=translate(
            "Commands", "mark a request's MOU as signed (optionally keeping the signed copy)"
        ),
        description=translate(
            "Commands",
            "Mark the request's MOU as signed on DATE by the signatories it names. "
            "The MOU as it is now becomes the signed version; later changes are amendments. "
            "The request becomes an active partnership, and the next review is set by the "
            "MOU's own schedule.",
        ),
    )
    sign.add_argument("request_id", metavar="REQUEST_ID", type=int)
    sign.add_argument(
        "--date",
        required=True,
        metavar="YYYY-MM-DD",
        help=translate("Commands", "the day it was signed"),
    )
    sign.add_argument(
        "--signed-copy",
        metavar="FILE",
        help=translate(
            "Commands",
            "the signed copy (PDF, scan as PNG/JPEG/TIFF, or .docx), kept in the data folder",
        ),
    )
    sign.set_defaults(handler=command_sign_mou, writes=True)


def command_sign_mou(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.documents.mou import request_mou
    from partnerdesk.services.errors import InvalidInputError, RecordMissingError
    from partnerdesk.services.mou.signing import (
        SigningForm,
        check_signed_copy,
        sign_mou,
        signed_copy_path,
        signed_state,
    )

    try:
        signed_on = date.fromisoformat(arguments.date)
    except ValueError:
        print(
            translate("Commands", "“{date}” is not a date written as YYYY-MM-DD.").format(
                date=arguments.date
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    copy = Path(arguments.signed_copy) if arguments.signed_copy else None
    if copy is not None:
        try:
            check_signed_copy(copy)
        except InvalidInputError as error:
            print(error, file=sys.stderr)
            return EXIT_USAGE
        if not copy.is_file():
            print(
                translate("Commands", "There is no file {copy}.").format(copy=copy), file=sys.stderr
            )
            return EXIT_PROBLEM
    database = open_database(location)
    try:
        mou_id = request_mou(database, arguments.request_id)
        if mou_id is None:
            print(
                translate(
                    "Commands",
                    "Request {request_id} has no MOU yet (or there is no request "
                    "{request_id}). Start one from the request's page in "
                    "PartnerDesk.",
                ).format(request_id=arguments.request_id),
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        try:
            state = signed_state(database, mou_id)
            # The command line signs as the MOU says: each party's named signatory.
            signers = {party.name: party.signatory for party in state.parties}
            sign_mou(database, mou_id, SigningForm(signed_on, signers, copy))
            after = signed_state(database, mou_id)
            kept = signed_copy_path(database, mou_id) if copy is not None else None
        except (InvalidInputError, RecordMissingError) as error:
            print(error, file=sys.stderr)
            return EXIT_PROBLEM
        except OSError as error:
            print(
                translate("Commands", "The signed copy could not be kept: {value}.").format(
                    value=file_reason(error)
                ),
                file=sys.stderr,
            )
            return EXIT_PROBLEM
    finally:
        database.close()
    print(
        translate(
            "Commands",
            "Marked the MOU for request {request_id} as signed on "
            "{isoformat} (version {signed_version}).",
        ).format(
            request_id=arguments.request_id,
            isoformat=shown_date(signed_on),
            signed_version=after.signed_version,
        )
    )
    if kept is not None:
        print(translate("Commands", "Kept the signed copy as {kept}").format(kept=kept))
    if after.review_on is not None:
        print(
            translate("Commands", "Next review: {isoformat}").format(
                isoformat=shown_date(after.review_on)
            )
        )
    return EXIT_OK


def command_list_partnerships(arguments: argparse.Namespace, location: DataLocation) -> int:
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.mou.partnerships import list_partnerships

    database = open_database(location)
    try:
        rows = list_partnerships(database)
    finally:
        database.close()
    records = [
        {
            "id": row.id,
            "title": row.title,
            "organization": row.organization,
            "stage": row.stage.value,
            "mou_status": row.mou_status,
            "signed_on": _iso(row.signed_on),
            "next_review_on": _iso(row.next_review_on),
            "funding_ends_on": _iso(row.funding_ends_on),
            "late_commitments": row.late_commitments,
            "last_checkup_on": _iso(row.last_checkup_on),
        }
        for row in rows
    ]
    if arguments.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if not records:
        print(
            translate(
                "Commands",
                "No partnerships yet: a request becomes one once you decide to go ahead.",
            )
        )
        return EXIT_OK
    headings = [
        translate("Commands", "ID"),
        translate("Commands", "Title"),
        translate("Commands", "Organization"),
        translate("Commands", "Stage"),
        translate("Commands", "MOU"),
        translate("Commands", "Next review"),
        translate("Commands", "Funding ends"),
    ]
    table = [headings] + [
        [
            str(row.id),
            row.title,
            row.organization,
            row.stage.label,
            _mou_words(row.mou_status, row.signed_on),
            _shown(row.next_review_on),
            _shown(row.funding_ends_on),
        ]
        for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(headings))]
    for line in table:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
    return EXIT_OK


def _shown(day: date | None) -> str:
    return "" if day is None else shown_date(day)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _mou_words(status: str, signed_on: date | None) -> str:
    if status == "signed" and signed_on is not None:
        return translate("Commands", "signed on {isoformat}").format(
            isoformat=shown_date(signed_on)
        )
    words = {"none": translate("Commands", "not started"), "draft": translate("Commands", "draft")}
    return words.get(status, status)
