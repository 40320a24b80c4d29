"""Opening the database: engine, connection settings and sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 5000
# A shared server that cannot be reached should say so quickly, not after minutes.
POSTGRES_CONNECT_TIMEOUT_S = 10
POSTGRES_DRIVER = "postgresql+psycopg"


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Python's sqlite3 module starts transactions itself, but not before CREATE or ALTER,
    # which it lets commit one by one: a crash while the schema is created or upgraded
    # would leave half a schema. Turning its handling off and emitting BEGIN ourselves
    # (on_begin below) makes every transaction, schema changes included, all or nothing.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        # WAL lets the GUI read while a background task writes; FULL makes every commit
        # survive a power cut, which matters more to us than write speed.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


# SQLite's page cache for bulk writes. The default (2 MB) is right for everyday use, but
# an import writing thousands of rows into the indexes of a file of hundreds of MB reads
# the same index pages again and again; 64 MB held for the write only saved a seventh
# of the import's write time (bench/bench_import.py) without raising the memory the app
# keeps the rest of the time.
BULK_WRITE_CACHE_MIB = 64


@contextmanager
def larger_page_cache(
    connection: Connection, mebibytes: int = BULK_WRITE_CACHE_MIB
) -> Iterator[None]:
    """A larger SQLite page cache on ``connection`` for the block, then the usual one."""
    if connection.dialect.name != "sqlite":
        yield
        return
    usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(mebibytes) * 1024}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(usual or -2000)}")


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def normalized_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` (as servers and hosts write them) use psycopg 3.

    SQLAlchemy would otherwise pick psycopg2, which PartnerDesk does not install.
    """
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return POSTGRES_DRIVER + "://" + url[len(prefix) :]
    return url


def is_postgres_url(url: str) -> bool:
    return normalized_url(url).startswith("postgresql")


def open_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url`` with PartnerDesk's connection settings applied.

    hide_parameters: a database error's text (which reaches the log) would otherwise
    carry the values being written — names, notes, phone numbers.
    """
    url = normalized_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, hide_parameters=True)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    connect_args: dict[str, Any] = {}
    if url.startswith("postgresql"):
        connect_args = {
            "connect_timeout": POSTGRES_CONNECT_TIMEOUT_S,
            "application_name": "PartnerDesk",
        }
    # pre_ping: a server restart or a laptop waking from sleep leaves dead pooled
    # connections; checking before use replaces them instead of failing the next save.
    return create_engine(
        url, echo=echo, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True
    )


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit, so services can hand them to views.
    return sessionmaker(engine, expire_on_commit=False)
