"""The search box: find organizations, contacts, notes and requests as you type.

On SQLite it asks the full-text index (store/search_index.py): every word the user typed
must match the start of a word in the record, accents ignored, best matches first, with a
snippet showing where. On a shared PostgreSQL database, services/records/search_postgres.py does
the same with PostgreSQL's full-text search; any other database falls back to a plain
"contains" search over the fields the lists show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from partnerdesk.core.choices import OrganizationType, RequestStage
from partnerdesk.core.dates import friendly_date
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import display_text, list_rows

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

RESULTS_PER_KIND = 50
# Marks around matched words in snippets; the view turns them into highlighting. They are
# control characters, which core/text.py keeps out of stored text, so they cannot clash.
MATCH_START = "\x02"
MATCH_END = "\x03"
SNIPPET_WORDS = 12
# FTS5's snippet() grows with the square of the matches inside one record; past this many
# characters a record shows its beginning instead, so one huge note cannot stall typing.
SNIPPET_TEXT_LIMIT = 3_000
# Each word multiplies snippet()'s work; a long pasted phrase is searched by its first words.
MAX_QUERY_WORDS = 5
# Ranking costs a few microseconds per match, and a first letter matches most contacts:
# only the newest this many matches of a kind are ranked (all of them for most words).
RANK_WINDOW = 1000
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    context: str
    snippet: str = ""


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: dict[RecordKind, list[SearchHit]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(len(hits) for hits in self.hits.values())


def match_expression(query: str) -> str:
    """User text as a safe FTS5 query: each word quoted, as a prefix, all required.

    Quoting every word makes FTS5 syntax (quotes, AND/OR/NOT, -, :, *) plain text.
    """
    # A repeated word adds nothing to the match but multiplies snippet()'s work.
    words = list(dict.fromkeys(word.casefold() for word in _WORD.findall(query)))
    words = words[:MAX_QUERY_WORDS]
    return " ".join(f'"{word}"*' for word in words)


REQUEST_TEXT = ("title", "ask", "stated_purpose", "community_need")


def _snippet(fts: str, alias: str, columns: tuple[str, ...]) -> str:
    """snippet() for ordinary records; the start of the first column for huge ones."""
    length = " + ".join(f"length({alias}.{column})" for column in columns)
    return (
        f"CASE WHEN {length} > :snippet_limit THEN substr({alias}.{columns[0]}, 1, 200) "
        f"ELSE snippet({fts}, -1, :start, :end, '…', :words) END AS snippet"
    )


def _newest_matches(fts: str) -> str:
    """Keeps a ranked search to the newest RANK_WINDOW matches: FTS5 finds the lowest
    rowid among them reading its index newest first, then ranks only rows from there."""
    return (
        f"{fts}.rowid >= (SELECT min(rowid) FROM (SELECT rowid FROM {fts} "
        f"WHERE {fts} MATCH :match ORDER BY rowid DESC LIMIT :rank_window))"
    )


# Per kind: the SQL that finds live records through the index, and how a hit reads.
# Notes come newest first rather than by relevance: with years of notes a common word
# matches hundreds of thousands, and ranking them all would stall typing.
_FTS_QUERIES: dict[RecordKind, str] = {
    RecordKind.ORGANIZATION: f"""
        SELECT o.id, o.name AS title, o.kind AS context_1, NULL AS context_2,
               {_snippet("organizations_fts", "o", ("name", "mission", "service_area", "notes"))}
        FROM organizations_fts JOIN organizations o ON o.id = organizations_fts.rowid
        WHERE organizations_fts MATCH :match AND o.deleted_at IS NULL
          AND {_newest_matches("organizations_fts")}
        ORDER BY organizations_fts.rank LIMIT :limit""",
    RecordKind.CONTACT: f"""
        SELECT c.id, c.full_name AS title, c.role_title AS context_1, o.name AS context_2,
               {_snippet("contacts_fts", "c", ("full_name", "role_title", "background"))}
        FROM contacts_fts JOIN contacts c ON c.id = contacts_fts.rowid
        LEFT JOIN organizations o ON o.id = c.organization_id
        WHERE contacts_fts MATCH :match AND c.deleted_at IS NULL
          AND {_newest_matches("contacts_fts")}
        ORDER BY contacts_fts.rank LIMIT :limit""",
    RecordKind.NOTE: f"""
        SELECT n.id, n.subject AS title, n.happened_on AS context_1, o.name AS context_2,
               {_snippet("outreach_notes_fts", "n", ("subject", "summary", "follow_up_action"))}
        FROM outreach_notes_fts JOIN outreach_notes n ON n.id = outreach_notes_fts.rowid
        LEFT JOIN organizations o ON o.id = n.organization_id
        WHERE outreach_notes_fts MATCH :match AND n.deleted_at IS NULL
        ORDER BY outreach_notes_fts.rowid DESC LIMIT :limit""",
    RecordKind.REQUEST: f"""
        SELECT r.id, r.title AS title, o.name AS context_1, r.stage AS context_2,
               {_snippet("partnership_requests_fts", "r", REQUEST_TEXT)}
        FROM partnership_requests_fts
        JOIN partnership_requests r ON r.id = partnership_requests_fts.rowid
        LEFT JOIN organizations o ON o.id = r.organization_id
        WHERE partnership_requests_fts MATCH :match AND r.deleted_at IS NULL
          AND {_newest_matches("partnership_requests_fts")}
        ORDER BY partnership_requests_fts.rank LIMIT :limit""",
}


def _context_text(kind: RecordKind, first: Any, second: Any) -> str:
    parts: list[str] = []
    if kind is RecordKind.ORGANIZATION and first:
        parts.append(OrganizationType(first).label)
    elif kind is RecordKind.NOTE and first:
        day = first if isinstance(first, date) else date.fromisoformat(str(first))
        parts.append(friendly_date(day))
    elif first:
        parts.append(str(first))
    if kind is RecordKind.REQUEST and second:
        parts.append(RequestStage(second).label)
    elif second:
        parts.append(str(second))
    return " · ".join(parts)


def search_store(database: Database, query: str, limit: int = RESULTS_PER_KIND) -> SearchResults:
    """What the search box finds, read in a transaction of its own."""
    with database.session() as session:
        return search(session, query, limit)


def search_results_as_rows(
    database: Database, query: str, limit: int = RESULTS_PER_KIND
) -> list[tuple[str, int, str, str]]:
    """The search box's results as plain rows for the command line: (kind, id, title,
    snippet), kind by kind in the box's order, the snippet without its highlighting marks."""
    results = search_store(database, query, limit)
    return [
        (kind.value, hit.id, hit.title, plain_snippet(hit.snippet))
        for kind, hits in results.hits.items()
        for hit in hits
    ]


def plain_snippet(snippet: str) -> str:
    """A snippet without the marks around matched words."""
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


def search(session: Session, query: str, limit: int = RESULTS_PER_KIND) -> SearchResults:
    query = query.strip()
    results = SearchResults(query)
    expression = match_expression(query)
    if not expression:
        return results
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return _search_postgres(session, query, limit)
    if dialect != "sqlite":
        return _search_by_contains(session, query, limit)
    parameters = {
        "match": expression,
        "start": MATCH_START,
        "end": MATCH_END,
        "words": SNIPPET_WORDS,
        "limit": limit,
        "snippet_limit": SNIPPET_TEXT_LIMIT,
        "rank_window": RANK_WINDOW,
    }
    for kind, sql in _FTS_QUERIES.items():
        rows = session.execute(text(sql), parameters).all()
        results.hits[kind] = [
            SearchHit(
                row.id,
                row.title or "(untitled)",
                _context_text(kind, row.context_1, row.context_2),
                row.snippet or "",
            )
            for row in rows
        ]
    return results


def _search_postgres(session: Session, query: str, limit: int) -> SearchResults:
    from partnerdesk.services.records import search_postgres

    words = list(dict.fromkeys(word.casefold() for word in _WORD.findall(query)))
    words = words[:MAX_QUERY_WORDS]

    def make_hit(kind: RecordKind, row: Any, texts: Sequence[str]) -> SearchHit:
        shown = search_postgres.snippet(
            texts, words, (MATCH_START, MATCH_END), SNIPPET_WORDS, SNIPPET_TEXT_LIMIT
        )
        context = _context_text(kind, row.context_1, row.context_2)
        return SearchHit(row.id, row.title or "(untitled)", context, shown)

    hits = search_postgres.search_rows(session, words, limit, make_hit)
    return SearchResults(query, hits)


# The "contains" fallback: which columns name a hit, and which few describe it.
_TITLE_AND_CONTEXT: dict[RecordKind, tuple[str, tuple[str, ...]]] = {
    RecordKind.ORGANIZATION: ("name", ("type",)),
    RecordKind.CONTACT: ("name", ("role_title", "organization")),
    RecordKind.NOTE: ("subject", ("happened_on", "organization")),
    RecordKind.REQUEST: ("title", ("organization", "stage")),
}


def _search_by_contains(session: Session, query: str, limit: int) -> SearchResults:
    results = SearchResults(query)
    for kind in RecordKind:
        title_key, context_keys = _TITLE_AND_CONTEXT[kind]
        hits = []
        for row in list_rows(session, kind, text_filter=query, limit=limit):
            context = [display_text(row.values[key]) for key in context_keys]
            title = display_text(row.values[title_key]) or "(untitled)"
            hits.append(SearchHit(row.id, title, " · ".join(part for part in context if part)))
        results.hits[kind] = hits
    return results
