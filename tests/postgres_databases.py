"""Fresh PostgreSQL databases for tests, each a copy of one migrated template.

Copying a template (CREATE DATABASE … TEMPLATE) takes milliseconds; running the
migrations for every test would take far longer.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from partnerdesk.paths import DataLocation
from partnerdesk.store.database import open_database
from partnerdesk.store.engine import normalized_url
from tests.postgres_server import (
    PASSWORD_ROLE,
    PostgresServer,
    PostgresUnavailableError,
    start_server,
)

REQUEST_ENV = "PARTNERDESK_TEST_POSTGRES"
URL_ENV = "PARTNERDESK_TEST_POSTGRES_URL"
# One template per pytest-xdist worker: on a server given by PARTNERDESK_TEST_POSTGRES_URL
# the workers share one server, and each drops and makes its template at its start.
TEMPLATE = f"partnerdesk_template_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
# Test folders whose tests run on both backends (the store, services and exports).
BOTH_BACKENDS_UNDER = ("store", "services", "exports", "cli")


def postgres_requested() -> bool:
    return os.environ.get(REQUEST_ENV, "") not in ("", "0") or bool(os.environ.get(URL_ENV))


@dataclass
class PostgresDatabases:
    admin_url: str
    server: PostgresServer | None = None
    admin: Engine = field(init=False)
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        # AUTOCOMMIT: CREATE/DROP DATABASE cannot run inside a transaction.
        self.admin = create_engine(normalized_url(self.admin_url), isolation_level="AUTOCOMMIT")

    def url_for(self, name: str) -> str:
        url = make_url(normalized_url(self.admin_url)).set(database=name)
        return url.render_as_string(hide_password=False)

    def prepare_template(self) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {TEMPLATE}"))
        with tempfile.TemporaryDirectory() as folder:
            open_database(DataLocation(Path(folder), self.url_for(TEMPLATE))).close()

    def create_database(self, *, empty: bool = False) -> str:
        """A new database: migrated (a copy of the template), or ``empty``."""
        name = f"partnerdesk_test_{os.getpid()}_{next(self._numbers)}"
        template = "template0" if empty else TEMPLATE
        with self.admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
        return self.url_for(name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))

    def user_with_password(self, name: str, password: str, database: str = "postgres") -> str:
        """A user the server asks for a password (see postgres_server.py), and its URL.

        Idempotent: roles belong to the whole server, which several tests share.
        """
        if self.server is None:
            pytest.skip("only our own test server requires passwords")
        with self.admin.connect() as connection:
            for role, options in ((PASSWORD_ROLE, "NOLOGIN"), (name, "LOGIN")):
                exists = connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
                ).scalar()
                if not exists:
                    connection.execute(text(f"CREATE ROLE {role} {options}"))
            connection.execute(text(f"ALTER ROLE {name} PASSWORD '{password}'"))
            connection.execute(text(f"GRANT {PASSWORD_ROLE} TO {name}"))
            connection.execute(text(f"GRANT ALL ON DATABASE {database} TO {name}"))
            if database != "postgres":
                # The owner may create tables in its public schema (PostgreSQL 15 and on).
                connection.execute(text(f"ALTER DATABASE {database} OWNER TO {name}"))
        url = make_url(normalized_url(self.admin_url)).set(
            username=name, password=password, database=database
        )
        return url.render_as_string(hide_password=False)

    def close(self) -> None:
        self.admin.dispose()
        if self.server is not None:
            self.server.stop()


def start_postgres_databases() -> PostgresDatabases:
    """Start (or reach) the server and migrate the template, or stop the run failing.

    Asking for PostgreSQL and not getting it must never turn into silently skipped tests.
    """
    server = None
    try:
        given = os.environ.get(URL_ENV)
        if given:
            admin_url = given
        else:
            server = start_server()
            admin_url = server.url()
        databases = PostgresDatabases(admin_url, server)
        databases.prepare_template()
    except (PostgresUnavailableError, Exception) as error:
        if server is not None:
            server.stop()
        pytest.exit(f"PostgreSQL was asked for ({REQUEST_ENV}/{URL_ENV}) but: {error}", 3)
    return databases
