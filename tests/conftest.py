"""Shared fixtures: every test gets its own data folder; Qt runs without a screen.

The store, services and export tests run on SQLite and, when PARTNERDESK_TEST_POSTGRES=1
(or PARTNERDESK_TEST_POSTGRES_URL names a server), on PostgreSQL too: the ``location``
fixture is then parametrized by backend. A test that only makes sense for the SQLite
file (FTS5, file backups, corruption) carries the ``sqlite_only`` marker.
"""

from __future__ import annotations

import os
import shutil

# Must be set before Qt is imported anywhere: pytest-qt aborts without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from partnerdesk.paths import DATA_DIR_ENV, DATABASE_URL_ENV, DataLocation
from partnerdesk.store.database import Database, open_database
from tests.memory_keyring import MemoryKeyring
from tests.postgres_databases import (
    BOTH_BACKENDS_UNDER,
    PostgresDatabases,
    postgres_requested,
    start_postgres_databases,
)

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def _neutral_locale() -> None:
    """The machine's language must not change what the tests see (issue 21).

    On a computer in Spanish, "follow the system" would start the window and the commands
    in Spanish, Qt would read a typed 9/30/2027 day first, and the save dialogs would offer
    Spanish documents. So the run, and every command it starts, sees the neutral locale CI
    has (English, dates month first), set before a test runs: Qt reads the system's locale
    from these variables once, when it is first asked. LANGUAGE=en alone is not enough (Qt
    still takes how dates are written from LC_ALL/LC_TIME/LANG). A test about Spanish
    switches to it itself: ui.language.use_language, a document's language, or
    monkeypatch.setenv for the commands' "follow the system".
    """
    for variable in [name for name in os.environ if name.startswith("LC_")] + ["LANGUAGE"]:
        os.environ.pop(variable, None)
    os.environ["LANG"] = "C.UTF-8"


def pytest_configure(config: pytest.Config) -> None:
    _neutral_locale()
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite file itself; not run on PostgreSQL"
    )
    config.addinivalue_line("markers", "postgresql_only: needs a PostgreSQL server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    under_both = any(
        f"/tests/{folder}/" in str(metafunc.definition.path) for folder in BOTH_BACKENDS_UNDER
    )
    if metafunc.definition.get_closest_marker("postgresql_only"):
        metafunc.parametrize("backend", [POSTGRESQL], indirect=True)
    elif (
        postgres_requested()
        and under_both
        and not metafunc.definition.get_closest_marker("sqlite_only")
    ):
        metafunc.parametrize("backend", [SQLITE, POSTGRESQL], indirect=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Without a server, PostgreSQL-only tests say so in the summary rather than vanish.
    if postgres_requested():
        return
    skip = pytest.mark.skip(reason="set PARTNERDESK_TEST_POSTGRES=1 to run PostgreSQL tests")
    for item in items:
        if item.get_closest_marker("postgresql_only"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the real user data folder or settings."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "default-data"))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # Like a computer without a password store, unless a test asks for ``memory_keyring``.
    keyring.set_keyring(NoKeyring())


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """A working password store in memory (the system keyring is never touched)."""
    store = MemoryKeyring()
    keyring.set_keyring(store)
    return store


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresDatabases]:
    """The test run's PostgreSQL server; the run stops, failing, if it cannot start."""
    if not postgres_requested():
        pytest.skip("set PARTNERDESK_TEST_POSTGRES=1 to run PostgreSQL tests")
    databases = start_postgres_databases()
    yield databases
    databases.close()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", SQLITE))


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test (copied from a template)."""
    databases: PostgresDatabases = request.getfixturevalue("postgres")
    url = databases.create_database()
    yield url
    databases.drop_database(url)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def location(data_dir: Path, backend: str, request: pytest.FixtureRequest) -> DataLocation:
    if backend == POSTGRESQL:
        return DataLocation(data_dir, request.getfixturevalue("postgres_url"))
    return DataLocation(data_dir)


@pytest.fixture
def empty_location(data_dir: Path, backend: str, request: pytest.FixtureRequest) -> DataLocation:
    """Like ``location``, but with no schema yet: for tests of creating and upgrading."""
    if backend == POSTGRESQL:
        databases: PostgresDatabases = request.getfixturevalue("postgres")
        url = databases.create_database(empty=True)
        request.addfinalizer(lambda: databases.drop_database(url))
        return DataLocation(data_dir, url)
    return DataLocation(data_dir)


class SqliteTemplates:
    """SQLite files made once per run and copied for each test that needs a fresh one.

    Creating the schema takes about 0.3 s and loading the sample data as much again; a copy
    of a file made the same way, earlier in the run, takes a few milliseconds. The copy is
    the real file the code made, so the tests still run on a real, fresh database of their
    own, and a test whose data folder already holds a database opens that one instead.
    """

    EMPTY = "empty"
    SAMPLE = "sample"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: dict[str, Path] = {}

    def copy_into(self, location: DataLocation, kind: str) -> None:
        template = self.files.get(kind) or self._make(kind)
        target = location.database_file
        assert target is not None
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(template, target)

    def _make(self, kind: str) -> Path:
        # Imported here: only runs that use a database pay for the services.
        from partnerdesk.services.sample_data.loading import load_sample_data

        location = DataLocation(self.folder / kind)
        db = open_database(location)
        if kind == self.SAMPLE:
            with db.session() as session:
                load_sample_data(session)
        db.close()  # checkpoints the write-ahead log into the file copied
        assert location.database_file is not None
        self.files[kind] = location.database_file
        return location.database_file


SAMPLE_LOADED = pytest.StashKey[bool]()


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplates:
    return SqliteTemplates(tmp_path_factory.mktemp("sqlite-templates"))


@pytest.fixture
def database(location: DataLocation, request: pytest.FixtureRequest) -> Iterator[Database]:
    if location.database_file is not None and not location.database_file.exists():
        templates: SqliteTemplates = request.getfixturevalue("sqlite_templates")
        # A test that asks for the sample data gets a copy that already holds it.
        wants_sample = "sample_database" in request.fixturenames
        templates.copy_into(location, templates.SAMPLE if wants_sample else templates.EMPTY)
        request.node.stash[SAMPLE_LOADED] = wants_sample
    db = open_database(location)
    yield db
    db.close()
