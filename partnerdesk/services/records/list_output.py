"""``partnerdesk list``: the records of one kind as rows, and as JSON for scripts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import Row, as_json_list, list_rows

if TYPE_CHECKING:
    from partnerdesk.store.database import Database


@dataclass(frozen=True)
class ListedRecords:
    rows: list[Row]  # for the table
    records: list[dict[str, Any]]  # for JSON


def records_to_list(
    database: Database, kind: RecordKind, *, with_red_flags: bool = False
) -> ListedRecords:
    """Every live record of ``kind``; requests carry their red flags when asked."""
    with database.session() as session:
        rows = list_rows(session, kind)
        records = as_json_list(rows)
        if kind is RecordKind.REQUEST and with_red_flags:
            from partnerdesk.services.vetting.questions import request_red_flags

            for record in records:
                record["red_flags"] = [
                    {
                        "code": flag.code,
                        "title": flag.title,
                        "message": f"{flag.title}. {flag.explanation}",
                    }
                    for flag in request_red_flags(session, record["id"])
                ]
    return ListedRecords(rows, records)
