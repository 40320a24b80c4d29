"""The full-text index behind the search box: SQLite FTS5 tables kept in sync by triggers.

Each searchable table has an external-content FTS5 table (the text is not stored twice);
triggers on the table keep it current, so no code path can forget to update it.
Accents are folded ("jose" finds "José") and prefixes are indexed for search-as-you-type.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    new_values = ", ".join(f"new.{column}" for column in indexed.columns)
    old_values = ", ".join(f"old.{column}" for column in indexed.columns)
    fts, table = indexed.fts_table, indexed.table
    delete_old = (
        f"INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {old_values});"
    )
    insert_new = f"INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {new_values});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({columns}, content='{table}', "
        f"content_rowid='id', tokenize='{TOKENIZER}', prefix='{prefixes}')",
        f"CREATE TRIGGER {fts}_after_insert AFTER INSERT ON {table} BEGIN {insert_new} END",
        f"CREATE TRIGGER {fts}_after_delete AFTER DELETE ON {table} BEGIN {delete_old} END",
        f"CREATE TRIGGER {fts}_after_update AFTER UPDATE ON {table} "
        f"BEGIN {delete_old} {insert_new} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


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
