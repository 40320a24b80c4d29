"""Opening the database: engine, connection settings and sessions."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 5000


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


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def open_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url`` with PartnerDesk's connection settings applied."""
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit, so services can hand them to views.
    return sessionmaker(engine, expire_on_commit=False)
