"""The search box on a shared PostgreSQL database: its full-text search, same results.

Every typed word must match the start of a word in the record (a prefix query,
``'word':*``), accents folded as store/search_index.py describes; best matches first.
Snippets are cut here in Python from the few hits shown, marking words that start
with a typed word, so accents fold the same way in the snippet as in the match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from partnerdesk.services.changes import RecordKind
from partnerdesk.store.search_index import INDEXED_TABLES, accent_folding, postgres_document

_WORD = re.compile(r"\w+", re.UNICODE)
_TABLE_OF = {
    RecordKind.ORGANIZATION: "organizations",
    RecordKind.CONTACT: "contacts",
    RecordKind.NOTE: "outreach_notes",
    RecordKind.REQUEST: "partnership_requests",
}
# Per kind: columns naming the hit and the join giving its context (as on SQLite).
_SELECT = {
    RecordKind.ORGANIZATION: ("x.name AS title, x.kind AS context_1, NULL AS context_2", ""),
    RecordKind.CONTACT: (
        "x.full_name AS title, x.role_title AS context_1, o.name AS context_2",
        "LEFT JOIN organizations o ON o.id = x.organization_id",
    ),
    RecordKind.NOTE: (
        "x.subject AS title, x.happened_on AS context_1, o.name AS context_2",
        "LEFT JOIN organizations o ON o.id = x.organization_id",
    ),
    RecordKind.REQUEST: (
        "x.title AS title, o.name AS context_1, x.stage AS context_2",
        "LEFT JOIN organizations o ON o.id = x.organization_id",
    ),
}


@cache
def _folding_table() -> dict[int, str]:
    return str.maketrans(accent_folding())


def fold(value: str) -> str:
    """What partnerdesk_fold() does in the database, for the typed words and snippets."""
    return unicodedata.normalize("NFC", value).lower().translate(_folding_table())


def tsquery(words: Sequence[str]) -> str:
    """Each word as a quoted prefix, all required: typed text cannot be query syntax."""
    quoted = []
    for word in words:
        cleaned = fold(word).replace("'", "").replace("\\", "")
        if cleaned:
            quoted.append(f"'{cleaned}':*")
    return " & ".join(quoted)


# Ranked kinds rank only their newest matches, as on SQLite: ranking recomputes each
# match's folded text (a translate() over hundreds of accented letters), about half a
# millisecond a record, and a one-letter word matches tens of thousands of them.
RANKED_NEWEST = 100


def _sql(kind: RecordKind) -> str:
    indexed = next(item for item in INDEXED_TABLES if item.table == _TABLE_OF[kind])
    document = postgres_document(indexed, "x")
    columns, join = _SELECT[kind]
    texts = ", ".join(
        f"x.{column} AS text_{number}" for number, column in enumerate(indexed.columns)
    )
    # Notes newest first, as on SQLite: ranking years of notes would stall typing.
    ranked = kind is not RecordKind.NOTE
    order = f"ts_rank({document}, q) DESC, x.id" if ranked else "x.id DESC"
    # The matches are found through the full-text index first (MATERIALIZED keeps the
    # planner from walking the table newest first and testing every row against the
    # query instead, which took seconds for a rare word over 200,000 notes).
    return f"""
        WITH matched AS MATERIALIZED (
            SELECT x.id FROM {indexed.table} x
            WHERE {document} @@ to_tsquery('simple', :query) AND x.deleted_at IS NULL
        ), newest AS (
            SELECT id FROM matched ORDER BY id DESC LIMIT {RANKED_NEWEST if ranked else ":limit"}
        )
        SELECT x.id, {columns}, {texts}
        FROM newest n JOIN {indexed.table} x ON x.id = n.id {join},
            to_tsquery('simple', :query) q
        ORDER BY {order} LIMIT :limit"""


def snippet(
    texts: Sequence[str], words: Sequence[str], marks: tuple[str, str], size: int, limit: int
) -> str:
    """About ``size`` words around the first match, matched words between ``marks``."""
    if sum(len(value) for value in texts) > limit:
        return (texts[0] or "")[:200]
    prefixes = [fold(word) for word in words]
    for value in texts:
        tokens = list(_WORD.finditer(value or ""))
        hits = [
            i for i, token in enumerate(tokens) if fold(token.group()).startswith(tuple(prefixes))
        ]
        if not hits:
            continue
        first = max(0, hits[0] - size // 3)
        shown = tokens[first : first + size]
        pieces = []
        for index, token in enumerate(shown, start=first):
            word = token.group()
            pieces.append(f"{marks[0]}{word}{marks[1]}" if index in hits else word)
        before = "…" if first > 0 else ""
        after = "…" if first + size < len(tokens) else ""
        return before + " ".join(pieces) + after
    return ""


def search_rows(
    session: Session,
    words: Sequence[str],
    limit: int,
    make_hit: Callable[[RecordKind, Any, Sequence[str]], Any],
) -> dict[RecordKind, list[Any]]:
    """Rows per kind; ``make_hit`` turns a row and its searched texts into a hit."""
    query = tsquery(words)
    found: dict[RecordKind, list[Any]] = {}
    # For this transaction only: with statistics saying a one-letter word matches most
    # rows, the planner would rather read the whole table, computing every record's
    # folded text (minutes over 200,000 notes), than use the full-text index.
    session.execute(text("SET LOCAL enable_seqscan = off"))
    for kind in _TABLE_OF:
        if not query:
            found[kind] = []
            continue
        rows = session.execute(text(_sql(kind)), {"query": query, "limit": limit}).all()
        found[kind] = [
            make_hit(
                kind, row, [value for key, value in row._mapping.items() if key.startswith("text_")]
            )
            for row in rows
        ]
    return found
