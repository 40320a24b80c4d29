"""Is a SQLite file's schema exactly the one PartnerDesk builds at its revision?

A backup or an archive may come from someone else. Having the right table names is not
enough: an extra trigger would run inside the live store (and could delete records), and
a foreign file with a few familiar names would be taken for data. So the file's schema
(every table, column, index, trigger and view in ``sqlite_master``) is compared with
the one the migrations build for the file's revision.

The reference schemas are built once per process, by running the migrations revision by
revision into a temporary SQLite file; a fingerprint shipped with the code could drift
from what the migrations really build, this cannot. Statements are compared as tokens
(case, spacing and identifier quotes aside), so a different SQLAlchemy version writing the
same schema with other spacing still matches.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import sqlite3
import tempfile
from pathlib import Path

from partnerdesk.store.errors import StoreError

# Statistics SQLite writes itself (ANALYZE, PRAGMA optimize): they change no behaviour.
_STATISTICS_TABLES = frozenset({"sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"})
_TOKEN = re.compile(
    r"""'(?:[^']|'')*'      # a string literal, kept as written
      | "(?:[^"]|"")*"      # a quoted identifier
      | `(?:[^`]|``)*`
      | \[[^\]]*\]
      | [A-Za-z_][\w$]*     # a word
      | \d+(?:\.\d+)?
      | \S                  # any other single character
    """,
    re.VERBOSE,
)

# (type, name, table, normalised SQL); SQL is "" for SQLite's own automatic indexes.
SchemaEntry = tuple[str, str, str, str]


class UnexpectedSchemaError(StoreError):
    """The file's schema differs from what PartnerDesk builds; ``differences`` says how."""

    def __init__(self, path: Path, differences: list[str]) -> None:
        self.differences = differences
        shown = "; ".join(differences[:3]) + ("; …" if len(differences) > 3 else "")
        super().__init__(
            f"{path} does not hold PartnerDesk's data the way PartnerDesk writes it "
            f"({shown}). It may come from another program, or have been changed by one, "
            "so it was not used and nothing was changed."
        )


def normalise_sql(sql: str | None) -> str:
    """Tokens of a statement, spacing, keyword case and identifier quotes aside."""
    if not sql:
        return ""
    tokens = []
    for token in _TOKEN.findall(sql):
        if token[0] == "'":
            tokens.append(token)
        elif token[0] in '"`[':
            tokens.append(token[1:-1].casefold())
        else:
            tokens.append(token.casefold())
    return " ".join(tokens)


def schema_entries(connection: sqlite3.Connection) -> frozenset[SchemaEntry]:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (str(kind), str(name), str(table), normalise_sql(sql))
        for kind, name, table, sql in rows
        if not (kind == "table" and name in _STATISTICS_TABLES)
    )


@functools.cache
def reference_schemas() -> dict[str, frozenset[SchemaEntry]]:
    """Every shipped revision's schema, as the migrations build it (about a second, once)."""
    from partnerdesk.store.engine import open_engine
    from partnerdesk.store.schema import known_revisions, upgrade_to

    schemas: dict[str, frozenset[SchemaEntry]] = {}
    # Alembic logs each step it runs; in the log those lines would read as if the user's
    # data had been upgraded.
    alembic_log = logging.getLogger("alembic")
    level = alembic_log.level
    alembic_log.setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="partnerdesk-schema-") as work:
        reference = Path(work) / "reference.sqlite3"
        engine = open_engine(f"sqlite:///{reference}")
        try:
            for revision in known_revisions():
                with engine.begin() as connection:
                    upgrade_to(connection, revision)
                with contextlib.closing(sqlite3.connect(reference)) as reading:
                    schemas[revision] = schema_entries(reading)
        finally:
            engine.dispose()
            alembic_log.setLevel(level)
    return schemas


def schema_differences(path: Path, revision: str) -> list[str]:
    """How the file's schema differs from ``revision``'s, in words; [] when it is the same."""
    expected = reference_schemas().get(revision)
    if expected is None:
        return [f"revision {revision} is not one this PartnerDesk knows"]
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        found = schema_entries(connection)
    expected_names = {(kind, name) for kind, name, _table, _sql in expected}
    found_names = {(kind, name) for kind, name, _table, _sql in found}
    changed = {(kind, name) for kind, name, _table, _sql in found ^ expected}
    # Tables first: "no table 'contacts'" says more to whoever helps than a missing index.
    extra = _ordered(found_names - expected_names)
    missing = _ordered(expected_names - found_names)
    differences = [f"an extra {kind} {name!r}" for kind, name in extra]
    differences += [f"no {kind} {name!r}" for kind, name in missing]
    differences += [
        f"a changed {kind} {name!r}"
        for kind, name in _ordered(changed & found_names & expected_names)
    ]
    return differences


def _ordered(names: set[tuple[str, str]]) -> list[tuple[str, str]]:
    rank = {"table": 0, "trigger": 1, "view": 2, "index": 3}
    return sorted(names, key=lambda entry: (rank.get(entry[0], 4), entry))


def check_schema(path: Path, revision: str) -> None:
    """Raise UnexpectedSchemaError unless ``path`` holds exactly ``revision``'s schema."""
    try:
        differences = schema_differences(path, revision)
    except sqlite3.DatabaseError as error:
        raise UnexpectedSchemaError(path, ["its list of tables cannot be read"]) from error
    if differences:
        raise UnexpectedSchemaError(path, differences)
