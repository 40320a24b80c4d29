"""The full-text index behind the search box: SQLite FTS5 tables kept in sync by triggers.

Each searchable table has an external-content FTS5 table (the text is not stored twice);
triggers on the table keep it current, so no code path can forget to update it.
Accents are folded ("jose" finds "José") and prefixes are indexed for search-as-you-type.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

TOKENIZER = "unicode61 remove_diacritics 2"
# Word beginnings of one, two and three letters have their own index, so what the user
# types first is found without reading every word that starts with it (migration 0004;
# before it, "2 3": a one-letter search over 200,000 notes took a tenth of a second).
PREFIXES = "1 2 3"


@dataclass(frozen=True)
class IndexedTable:
    table: str
    columns: tuple[str, ...]

    @property
    def fts_table(self) -> str:
        return f"{self.table}_fts"


INDEXED_TABLES = (
    IndexedTable("organizations", ("name", "mission", "service_area", "notes")),
    IndexedTable("contacts", ("full_name", "role_title", "background")),
    IndexedTable("outreach_notes", ("subject", "summary", "follow_up_action")),
    IndexedTable("partnership_requests", ("title", "ask", "stated_purpose", "community_need")),
)


def create_statements(indexed: IndexedTable, prefixes: str = PREFIXES) -> list[str]:
    columns = ", ".join(indexed.columns)
    fts, table = indexed.fts_table, indexed.table
    delete_old = _delete_old_statement(indexed)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({columns}, content='{table}', "
        f"content_rowid='id', tokenize='{TOKENIZER}', prefix='{prefixes}')",
        _insert_trigger_statement(indexed),
        f"CREATE TRIGGER {fts}_after_delete AFTER DELETE ON {table} BEGIN {delete_old} END",
        _update_trigger_statement(indexed),
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _insert_trigger_statement(indexed: IndexedTable) -> str:
    fts, table = indexed.fts_table, indexed.table
    insert_new = _insert_new_statement(indexed)
    return f"CREATE TRIGGER {fts}_after_insert AFTER INSERT ON {table} BEGIN {insert_new} END"


def _delete_old_statement(indexed: IndexedTable) -> str:
    """A trigger's step taking the row's old text out of the index."""
    columns = ", ".join(indexed.columns)
    old_values = ", ".join(f"old.{column}" for column in indexed.columns)
    fts = indexed.fts_table
    return f"INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {old_values});"


def _insert_new_statement(indexed: IndexedTable) -> str:
    """A trigger's step putting the row's new text into the index."""
    columns = ", ".join(indexed.columns)
    new_values = ", ".join(f"new.{column}" for column in indexed.columns)
    return f"INSERT INTO {indexed.fts_table}(rowid, {columns}) VALUES (new.id, {new_values});"


def _update_trigger_statement(indexed: IndexedTable) -> str:
    fts, table = indexed.fts_table, indexed.table
    delete_old, insert_new = _delete_old_statement(indexed), _insert_new_statement(indexed)
    return (
        f"CREATE TRIGGER {fts}_after_update AFTER UPDATE ON {table} "
        f"BEGIN {delete_old} {insert_new} END"
    )


def indexed_table(table: str) -> IndexedTable | None:
    """The search's description of ``table``, or None if it is not searchable."""
    return next((indexed for indexed in INDEXED_TABLES if indexed.table == table), None)


@contextmanager
def indexing_in_bulk(connection: Connection, table: str) -> Iterator[None]:
    """Rows inserted into ``table`` inside the block are added to the search in one pass.

    For bulk inserts (an import's new contacts, the benchmark dataset): the insert
    trigger indexes a row at a time, which for thousands of rows costs a quarter to a
    third more than one INSERT … SELECT into the index at the end. The trigger is dropped
    for the block and created again after it, all in the caller's transaction, so a
    failure rolls the trigger back with the rows and the schema never loses it.

    Rows inserted in the block must get ids above the table's largest id when it began
    (as autoincrementing ids and insert_with_ids do). Updates and deletes are still kept
    by their triggers. On PostgreSQL the search is an index PostgreSQL keeps itself,
    and this does nothing.
    """
    indexed = indexed_table(table)
    if connection.dialect.name != "sqlite" or indexed is None:
        yield
        return
    fts, columns = indexed.fts_table, ", ".join(indexed.columns)
    last_before = connection.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0
    with _trigger_dropped(connection, f"{fts}_after_insert", _insert_trigger_statement(indexed)):
        yield
    connection.exec_driver_sql(
        f"INSERT INTO {fts}(rowid, {columns}) SELECT id, {columns} FROM {table} WHERE id > ?",
        (last_before,),
    )
    connection.exec_driver_sql(_insert_trigger_statement(indexed))


@contextmanager
def _trigger_dropped(connection: Connection, trigger: str, create: str) -> Iterator[None]:
    """The block runs without ``trigger``; the caller creates it again after the block.

    The caller normally rolls back after a failure, which brings the trigger back; one
    that catches the error and commits anyway must not be left with an index that has
    stopped following the table, so a failure puts the trigger back (``create``) here.
    """
    connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
    try:
        yield
    except BaseException:
        if not _has_trigger(connection, trigger):
            connection.exec_driver_sql(create)
        raise


@contextmanager
def reindexing_in_bulk(connection: Connection, table: str, ids: Sequence[int]) -> Iterator[None]:
    """Rows ``ids`` of ``table`` updated inside the block are re-indexed in one pass.

    For updates sent as one statement per row (an import's merges): the update trigger
    runs each in its own statement, and FTS5 writes its pending index to disk at every
    one (see store/bulk_rows.py), so 260 merged contacts took 0.17 s to update. Here
    the rows' entries are taken out of the index before the block, the update trigger is
    dropped for it, and the rows as they are after it are indexed again, all in the
    caller's transaction (a failure rolls the trigger back with the rows).

    Only rows among ``ids`` may be updated in the block; inserts and deletes are still
    kept by their triggers. On PostgreSQL this does nothing.
    """
    indexed = indexed_table(table)
    if connection.dialect.name != "sqlite" or indexed is None or not ids:
        yield
        return
    fts, columns = indexed.fts_table, ", ".join(indexed.columns)
    chunks = [list(ids[start : start + 500]) for start in range(0, len(ids), 500)]
    for chunk in chunks:
        connection.exec_driver_sql(
            f"INSERT INTO {fts}({fts}, rowid, {columns}) "
            f"SELECT 'delete', id, {columns} FROM {table} WHERE id IN ({_marks(chunk)})",
            tuple(chunk),
        )
    with _trigger_dropped(connection, f"{fts}_after_update", _update_trigger_statement(indexed)):
        yield
    for chunk in chunks:
        connection.exec_driver_sql(
            f"INSERT INTO {fts}(rowid, {columns}) "
            f"SELECT id, {columns} FROM {table} WHERE id IN ({_marks(chunk)})",
            tuple(chunk),
        )
    connection.exec_driver_sql(_update_trigger_statement(indexed))


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _has_trigger(connection: Connection, name: str) -> bool:
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    )
    return found.first() is not None


def drop_statements(indexed: IndexedTable) -> list[str]:
    fts = indexed.fts_table
    return [
        f"DROP TRIGGER IF EXISTS {fts}_after_insert",
        f"DROP TRIGGER IF EXISTS {fts}_after_delete",
        f"DROP TRIGGER IF EXISTS {fts}_after_update",
        f"DROP TABLE IF EXISTS {fts}",
    ]


def is_index_table(name: str) -> bool:
    """FTS5 tables and their shadow tables, which the ORM models do not describe."""
    return any(
        name == indexed.fts_table or name.startswith(indexed.fts_table + "_")
        for indexed in INDEXED_TABLES
    )


# PostgreSQL ---------------------------------------------------------------------------
# No FTS5 there: a GIN index on to_tsvector('simple', …) of the same columns. The 'simple'
# configuration lowercases but does not stem, so it suits names in any language. Accents
# are folded by partnerdesk_fold(), a plain translate() over the Latin letters with
# accents (the unaccent extension would fold more, but a hosted server may not offer it):
# "jose" finds "José" and "nguyen" finds "Nguyễn"; Greek or Cyrillic accents are kept.
POSTGRES_FOLD_FUNCTION = "partnerdesk_fold"
# A tsvector holds at most 1 MB; only the start of an enormous record is indexed.
POSTGRES_INDEXED_CHARACTERS = 200_000
# Latin-1 Supplement, Latin Extended-A and B, Latin Extended Additional (Vietnamese).
_FOLDED_BLOCKS = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


def accent_folding() -> dict[str, str]:
    """Each lower-case Latin letter with accents → its letter without them."""
    import unicodedata

    folding: dict[str, str] = {}
    for start, end in _FOLDED_BLOCKS:
        for code in range(start, end + 1):
            letter = chr(code)
            if letter != letter.lower():
                continue
            base = "".join(
                part
                for part in unicodedata.normalize("NFKD", letter)
                if not unicodedata.combining(part)
            )
            if len(base) == 1 and base.isascii() and base != letter:
                folding[letter] = base
    return folding


# What may fold: the blocks above, combining accents (decomposed "é" is composed first),
# and the Angstrom sign (which normalizes to "Å"). Text with none of these is only
# normalized (when it needs it: a quick check) and lower-cased; a test compares both
# ways letter by letter.
_MAY_FOLD = r"[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u212b]"


def fold_function_statement(quick_path: bool = True) -> str:
    """partnerdesk_fold(): lower case, accents on Latin letters folded.

    Text without a letter that may fold (most of what is written) skips translate(),
    with the same result: translate() compares every letter with each of the ~400
    accented ones, and folding a 1,000-letter note that way took 3 ms, 40 times the
    quick path. Migration 0008 put in the quick path: it stores every record's folded
    document, and copying a laptop's data into a shared database folds every record.
    ``quick_path=False`` is the function as 0005 made it.
    """
    folding = accent_folding()
    source, target = "".join(folding), "".join(folding.values())
    full = f"translate(lower(normalize(value, NFC)), '{source}', '{target}')"
    body = (
        f"CASE WHEN value ~ '{_MAY_FOLD}' THEN {full} "
        "WHEN value IS NFC NORMALIZED THEN lower(value) "
        "ELSE lower(normalize(value, NFC)) END"
    )
    return (
        f"CREATE OR REPLACE FUNCTION {POSTGRES_FOLD_FUNCTION}(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
        f"$$ SELECT {body if quick_path else full} $$"
    )


def postgres_document(indexed: IndexedTable, alias: str = "") -> str:
    """The tsvector expression; queries must repeat it exactly for the index to be used."""
    prefix = f"{alias}." if alias else ""
    joined = " || ' ' || ".join(f"coalesce({prefix}{column}, '')" for column in indexed.columns)
    return (
        f"to_tsvector('simple'::regconfig, {POSTGRES_FOLD_FUNCTION}("
        f"left({joined}, {POSTGRES_INDEXED_CHARACTERS})))"
    )


def postgres_index_name(indexed: IndexedTable) -> str:
    return f"ix_{indexed.table}_search"


# The document is stored beside the row (a generated column, migration 0008), computed
# once when the row is written. With only an expression index, every row the planner
# chose to test against a query had its text folded again (a translate() over hundreds of
# accented letters, about 0.2 ms a note): a one-letter search, which matches most notes,
# took half a minute. Testing a stored document is a few microseconds, so the newest
# matches can be found by reading the newest rows first (see search_postgres.py).
POSTGRES_SEARCH_COLUMN = "search_document"


def postgres_search_column_statement(indexed: IndexedTable) -> str:
    """Adds the stored document to ``indexed.table``; PostgreSQL keeps it current."""
    return (
        f"ALTER TABLE {indexed.table} ADD COLUMN {POSTGRES_SEARCH_COLUMN} tsvector "
        f"GENERATED ALWAYS AS ({postgres_document(indexed)}) STORED"
    )


def postgres_search_index_statement(indexed: IndexedTable) -> str:
    return (
        f"CREATE INDEX {postgres_index_name(indexed)} ON {indexed.table} "
        f"USING gin ({POSTGRES_SEARCH_COLUMN})"
    )


# PostgreSQL's list-order indexes (migration 0007), on lower(name) for the lists of
# names. The models cannot declare an expression index for PostgreSQL alone (comparing
# the models with a SQLite file then warns that it cannot be compared), so, like the
# search's own objects, they live in the migrations only.
POSTGRES_LIST_ORDER_INDEXES = frozenset(
    f"ix_{table}_list_order_shared"
    for table in ("organizations", "contacts", "partnership_requests")
)


def is_search_object(name: str | None, type_: str) -> bool:
    """Tables, indexes and columns of the search (and PostgreSQL's list-order indexes),
    which the ORM models do not describe."""
    if not name:
        return False
    if type_ == "table":
        return is_index_table(name)
    if type_ == "index":
        names = {postgres_index_name(indexed) for indexed in INDEXED_TABLES}
        return name in names or name in POSTGRES_LIST_ORDER_INDEXES
    if type_ == "column":
        return name == POSTGRES_SEARCH_COLUMN
    return False
