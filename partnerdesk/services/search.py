"""The search box: find organizations, contacts, notes and requests by their words.

A simple "contains" search over the fields each list shows; full-text search with
prefixes and accents replaces it when the contacts work lands.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records import COLUMNS, display_text, list_rows

RESULTS_PER_KIND = 50


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    context: str


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: dict[RecordKind, list[SearchHit]] = field(default_factory=dict)


def search(session: Session, query: str, limit: int = RESULTS_PER_KIND) -> SearchResults:
    query = query.strip()
    results = SearchResults(query)
    if not query:
        return results
    for kind in RecordKind:
        rows = list_rows(session, kind, text_filter=query, limit=limit)
        keys = [column.key for column in COLUMNS[kind]]
        title_key = "subject" if kind is RecordKind.NOTE else keys[0]
        hits = []
        for row in rows:
            others = [display_text(row.values[key]) for key in keys if key != title_key]
            hits.append(
                SearchHit(
                    row.id,
                    display_text(row.values[title_key]) or "(untitled)",
                    " · ".join(part for part in others if part),
                )
            )
        results.hits[kind] = hits
    return results
