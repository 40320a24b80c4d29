"""The search box: find organizations, contacts, notes and requests by their words.

A simple "contains" search over the fields each list shows; full-text search with
prefixes and accents replaces it when the contacts work lands.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records import display_text, list_rows

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


# Which columns name a hit, and which few describe it, per kind.
_TITLE_AND_CONTEXT: dict[RecordKind, tuple[str, tuple[str, ...]]] = {
    RecordKind.ORGANIZATION: ("name", ("type",)),
    RecordKind.CONTACT: ("name", ("role_title", "organization")),
    RecordKind.NOTE: ("subject", ("kind", "happened_on", "organization")),
    RecordKind.REQUEST: ("title", ("organization", "stage")),
}


def search(session: Session, query: str, limit: int = RESULTS_PER_KIND) -> SearchResults:
    query = query.strip()
    results = SearchResults(query)
    if not query:
        return results
    for kind in RecordKind:
        title_key, context_keys = _TITLE_AND_CONTEXT[kind]
        hits = []
        for row in list_rows(session, kind, text_filter=query, limit=limit):
            context = [display_text(row.values[key]) for key in context_keys]
            title = display_text(row.values[title_key]) or "(untitled)"
            hits.append(SearchHit(row.id, title, " · ".join(part for part in context if part)))
        results.hits[kind] = hits
    return results
