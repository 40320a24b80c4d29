"""The search box on a shared PostgreSQL database: its full-text search, same results.

Every typed word must match the start of a word in the record (a prefix query,
``'word':*``), accents folded as store/search_index.py describes; best matches first.
Snippets are cut here in Python from the few hits shown, marking words that start
with a typed word, so accents fold the same way in the snippet as in the match.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from partnerdesk.services.changes import RecordKind
from partnerdesk.store.search_index import (
    INDEXED_TABLES,
    POSTGRES_SEARCH_COLUMN,
    accent_folding,
)

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
    if value.isascii():  # nothing to normalize or fold: the same result, quicker
        return value.lower()
    return unicodedata.normalize("NFC", value).lower().translate(_folding_table())


def tsquery(words: Sequence[str]) -> str:
    """Each word as a quoted prefix, all required: typed text cannot be query syntax."""
    quoted = []
    for word in words:
        cleaned = fold(word).replace("'", "").replace("\\", "")
        if cleaned:
            quoted.append(f"'{cleaned}':*")
    return " & ".join(quoted)


# Ranked kinds rank only their newest matches, as on SQLite: a one-letter word matches
# tens of thousands of contacts, and ranking them all would stall typing.
RANKED_NEWEST = 100
# How many of the newest records are read first, testing each one's stored document (a
# few microseconds each). A word that fills the page among them is found without the
# full-text index; only a rarer one asks the index (see _sql).
NEWEST_WINDOW = 5000


def _sql(kind: RecordKind, through_index: bool) -> str:
    """The newest matches of one kind, found in one of two ways (migration 0008 stores
    each record's document, so testing a record no longer folds its text).

    First, ``through_index=False``: read the newest NEWEST_WINDOW records backwards along
    the primary key and test each, stopping as soon as the page is full. A word most
    records contain (one letter: "s" is in 99 notes in 100) fills it within a few dozen.
    If the page is not full (``found`` says how many matched), the word is rare, and the
    full-text (GIN) index gives all its matches, of which the newest are kept.

    Both plans are spelled out rather than left to PostgreSQL's choice: its estimate of
    how many records a prefix matches comes from the most common words only and can be
    far off (a letter starting words in every one of the tests' notes was estimated to
    match 2% of them), and a wrong guess either way costs seconds over 200,000 notes.
    The index plan keeps "not in the Trash" outside the MATERIALIZED part, so the index
    on deleted_at cannot be walked instead; search_rows() turns sequential scans off.
    """
    indexed = next(item for item in INDEXED_TABLES if item.table == _TABLE_OF[kind])
    query = "to_tsquery('simple', :query)"
    if through_index:
        newest = f"""
            matched AS MATERIALIZED (
                SELECT x.id, x.deleted_at FROM {indexed.table} x
                WHERE x.{POSTGRES_SEARCH_COLUMN} @@ {query}
            ),
            newest AS (
                SELECT id FROM matched WHERE deleted_at IS NULL ORDER BY id DESC LIMIT :count
            )"""
    else:
        newest = f"""
            newest AS (
                SELECT recent.id FROM (
                    SELECT x.id, x.{POSTGRES_SEARCH_COLUMN} AS document
                    FROM {indexed.table} x WHERE x.deleted_at IS NULL
                    ORDER BY x.id DESC LIMIT {NEWEST_WINDOW}
                ) recent
                WHERE recent.document @@ {query}
                ORDER BY recent.id DESC LIMIT :count
            )"""
    columns, join = _SELECT[kind]
    texts = ", ".join(
        f"x.{column} AS text_{number}" for number, column in enumerate(indexed.columns)
    )
    # Notes newest first, as on SQLite: ranking years of notes would stall typing.
    order = (
        "x.id DESC"
        if kind is RecordKind.NOTE
        else f"ts_rank(x.{POSTGRES_SEARCH_COLUMN}, {query}) DESC, x.id"
    )
    return f"""
        WITH {newest}
        SELECT x.id, {columns}, {texts}, (SELECT count(*) FROM newest) AS found
        FROM newest n JOIN {indexed.table} x ON x.id = n.id {join}
        ORDER BY {order} LIMIT :limit"""


def snippet(
    texts: Sequence[str], words: Sequence[str], marks: tuple[str, str], size: int, limit: int
) -> str:
    """About ``size`` words around the first match, matched words between ``marks``."""
    if sum(len(value) for value in texts) > limit:
        return (texts[0] or "")[:200]
    prefixes = tuple(fold(word) for word in words)
    # Where a typed word starts a word, found in the folded text by the regex engine
    # rather than word by word in Python (a note runs to hundreds of words).
    longest_first = sorted(prefixes, key=len, reverse=True)
    word_start = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, longest_first)) + ")")
    for value in texts:
        value = value or ""
        folded = fold(value)
        if len(folded) == len(value):
            # Folding kept every letter in place (nearly always): positions carry over.
            starts = {found.start() for found in word_start.finditer(folded)}
            first = min((at for at in starts if _starts_word(value, at)), default=None)
            if first is None:
                continue
            is_hit = partial(_starts_at, starts)
            shown: _Shown | None = _words_around(value, first, size)
        else:
            is_hit = partial(_folds_to, prefixes)
            shown = _words_around_first_hit(value, is_hit, size)
        if shown is None:
            continue
        pieces = [
            f"{marks[0]}{token.group()}{marks[1]}" if is_hit(token) else token.group()
            for token in shown.words
        ]
        before = "…" if shown.more_before else ""
        after = "…" if shown.more_after else ""
        return before + " ".join(pieces) + after
    return ""


@dataclass(frozen=True)
class _Shown:
    words: list[re.Match[str]]
    more_before: bool
    more_after: bool


def _words_around_first_hit(
    value: str, is_hit: Callable[[re.Match[str]], bool], size: int
) -> _Shown | None:
    """``size`` words from a third of them before the first hit; the words after those
    are not read (a note runs to hundreds of words)."""
    recent: deque[re.Match[str]] = deque(maxlen=size // 3)
    words = _WORD.finditer(value)
    for seen, token in enumerate(words):
        if is_hit(token):
            shown = [*recent, token, *itertools.islice(words, size - len(recent) - 1)]
            return _Shown(shown, seen > len(recent), next(words, None) is not None)
        recent.append(token)
    return None


def _words_around(value: str, first: int, size: int) -> _Shown:
    """``size`` words from a third of them before the word at ``first``, reading only
    the text near it (a match deep in a long note is common)."""
    keep = size // 3
    reach = 64 * (keep + 1)
    while True:
        start = max(0, first - reach)
        before = list(_WORD.finditer(value, start, first))
        if start > 0 and before and before[0].start() == start and _WORD.match(value[start - 1]):
            before.pop(0)  # a word cut in two by where the reading began
        if len(before) > keep or start == 0:
            break
        reach *= 4
    shown_before = before[max(0, len(before) - keep) :] if keep else []
    after = _WORD.finditer(value, first)
    shown = [*shown_before, *itertools.islice(after, size - len(shown_before))]
    return _Shown(shown, len(before) > len(shown_before), next(after, None) is not None)


def _starts_word(value: str, at: int) -> bool:
    return (
        at < len(value)
        and _WORD.match(value[at]) is not None
        and (at == 0 or _WORD.match(value[at - 1]) is None)
    )


def _starts_at(starts: set[int], token: re.Match[str]) -> bool:
    return token.start() in starts


def _folds_to(prefixes: tuple[str, ...], token: re.Match[str]) -> bool:
    return fold(token.group()).startswith(prefixes)


def search_rows(
    session: Session,
    words: Sequence[str],
    limit: int,
    make_hit: Callable[[RecordKind, Any, Sequence[str]], Any],
) -> dict[RecordKind, list[Any]]:
    """Rows per kind; ``make_hit`` turns a row and its searched texts into a hit."""
    query = tsquery(words)
    found: dict[RecordKind, list[Any]] = {}
    # For this transaction only: the index plan must not become a read of the whole
    # table (see _sql). And no JIT compiling: it costs tens of milliseconds, more than
    # these queries take, and a disabled plan's huge nominal cost would trigger it.
    session.execute(
        text("SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)")
    )
    for kind in _TABLE_OF:
        if not query:
            found[kind] = []
            continue
        count = limit if kind is RecordKind.NOTE else RANKED_NEWEST
        parameters = {"query": query, "limit": limit, "count": count}
        rows = session.execute(text(_sql(kind, through_index=False)), parameters).all()
        if not rows or rows[0].found < count:
            rows = session.execute(text(_sql(kind, through_index=True)), parameters).all()
        found[kind] = [
            make_hit(
                kind, row, [value for key, value in row._mapping.items() if key.startswith("text_")]
            )
            for row in rows
        ]
    return found
