"""The shared database choice in the data folder, and its password in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from partnerdesk.paths import DataLocation, resolve_data_location
from partnerdesk.shared_database import (
    CHOICE_FILE_NAME,
    KEYRING_SERVICE,
    AddressError,
    PasswordStore,
    SharedServer,
    location_with_saved_server,
    save_server,
    saved_server,
)
from tests.memory_keyring import MemoryKeyring

SERVER = SharedServer(host="db.example.org", database="partners", user="amara", port=5433)


def test_an_address_from_the_server_admin_is_read_and_its_password_set_apart() -> None:
    server, password = SharedServer.from_address(
        " postgresql://amara:s%40cret@db.example.org:5433/partners "
    )
    assert server == SERVER
    assert password == "s@cret"
    assert server.address == "postgresql://amara@db.example.org:5433/partners"
    assert SharedServer.from_address("postgres://amara@db.example.org/partners")[0].port == 5432


@pytest.mark.parametrize(
    "typed",
    ["db.example.org", "sqlite:///partners.db", "postgresql://amara@/partners", "postgresql://db"],
)
def test_what_is_not_a_shared_database_address_is_explained(typed: str) -> None:
    with pytest.raises(AddressError, match="postgresql://user@server/database"):
        SharedServer.from_address(typed)


def test_the_connection_address_carries_a_password_with_any_characters() -> None:
    url = make_url(SERVER.url("p@ss:w/rd ü"))
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.password) == ("amara", "p@ss:w/rd ü")
    assert (url.host, url.port, url.database) == ("db.example.org", 5433, "partners")
    assert make_url(SERVER.url(None)).password is None


def test_missing_details_are_named() -> None:
    assert SharedServer(host=" ", database="", user="amara").problems() == [
        "the server name",
        "the database name",
    ]


def test_the_choice_is_kept_without_any_password(data_dir: Path) -> None:
    assert saved_server(data_dir) is None
    save_server(data_dir, SERVER)
    stored = (data_dir / CHOICE_FILE_NAME).read_text()
    assert "db.example.org" in stored and "password" not in stored
    assert (data_dir / CHOICE_FILE_NAME).stat().st_mode & 0o077 == 0
    assert saved_server(data_dir) == SERVER
    save_server(data_dir, None)
    assert saved_server(data_dir) is None


def test_a_damaged_choice_file_means_the_local_data(data_dir: Path) -> None:
    (data_dir / CHOICE_FILE_NAME).write_text("{not json")
    assert saved_server(data_dir) is None
    assert location_with_saved_server(DataLocation(data_dir), None).database_file is not None


def test_the_saved_choice_is_used_unless_an_address_is_given(data_dir: Path) -> None:
    save_server(data_dir, SERVER)
    chosen = location_with_saved_server(DataLocation(data_dir), "secret")
    assert chosen.shared_server == SERVER and chosen.database_file is None
    assert make_url(chosen.url).password == "secret"
    assert "secret" not in repr(chosen)

    given = resolve_data_location(data_dir, environ={"PARTNERDESK_DATABASE_URL": "sqlite:///x.db"})
    assert location_with_saved_server(given, "secret") == given


def test_without_a_keyring_nothing_is_kept(data_dir: Path) -> None:
    passwords = PasswordStore()
    assert not passwords.available()
    assert passwords.remember(SERVER, "secret") is False
    assert passwords.get(SERVER) is None


def test_the_password_goes_to_the_keyring_and_can_be_forgotten(
    memory_keyring: MemoryKeyring,
) -> None:
    passwords = PasswordStore()
    assert passwords.available()
    assert passwords.remember(SERVER, "secret")
    assert memory_keyring.passwords == {
        (KEYRING_SERVICE, "amara@db.example.org:5433/partners"): "secret"
    }
    assert passwords.get(SERVER) == "secret"
    passwords.forget(SERVER)
    passwords.forget(SERVER)  # forgetting twice is fine
    assert passwords.get(SERVER) is None
