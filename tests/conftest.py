"""Shared fixtures: every test gets its own data folder; Qt runs without a screen."""

from __future__ import annotations

import os

# Must be set before Qt is imported anywhere: pytest-qt aborts without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.paths import DATA_DIR_ENV, DATABASE_URL_ENV, DataLocation
from partnerdesk.store.database import Database, open_database


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the real user data folder or settings."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "default-data"))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def location(data_dir: Path) -> DataLocation:
    return DataLocation(data_dir)


@pytest.fixture
def database(location: DataLocation) -> Iterator[Database]:
    db = open_database(location)
    yield db
    db.close()
