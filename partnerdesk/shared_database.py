"""Which shared database this computer uses, and where its password is kept.

The choice (server, port, database, user name — never the password) is a small file in
the data folder, so the app and the ``partnerdesk`` command agree on where the data is.
The password goes to the system's own password store (Windows Credential Manager, macOS
Keychain, the desktop's Secret Service on Linux) through ``keyring``; where there is
none, nothing is stored and PartnerDesk asks for it at each start.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation

log = logging.getLogger(__name__)

CHOICE_FILE_NAME = "shared-database.json"
KEYRING_SERVICE = "PartnerDesk shared database"
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"


class AddressError(ValueError):
    """What was typed is not a shared database address; the message says what to type."""


@dataclass(frozen=True)
class SharedServer:
    """Where the shared database is, without the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @classmethod
    def from_address(cls, address: str) -> tuple[SharedServer, str | None]:
        """Read an address such as ``postgresql://partnerdesk@db.example.org/partnerdesk``.

        Returns the server and the password when the address carried one.
        """
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        cleaned = address.strip()
        try:
            url = make_url(cleaned)
        except (ArgumentError, ValueError) as error:
            raise AddressError(_ADDRESS_HELP) from error
        if not url.drivername.startswith(("postgresql", "postgres")):
            raise AddressError(_ADDRESS_HELP)
        if not url.host or not url.database:
            raise AddressError(_ADDRESS_HELP)
        server = cls(
            host=url.host,
            database=url.database,
            user=url.username or "",
            port=url.port or DEFAULT_PORT,
        )
        return server, url.password if url.password else None

    def problems(self) -> list[str]:
        """What is missing before a connection can be tried, in words (the reader's
        language, as Settings shows them)."""
        missing = []
        if not self.host.strip():
            missing.append(translate("shared_database", "the server name"))
        if not self.database.strip():
            missing.append(translate("shared_database", "the database name"))
        if not self.user.strip():
            missing.append(translate("shared_database", "the user name"))
        return missing

    @property
    def address(self) -> str:
        """How the server is shown to people (and kept in the settings): no password."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"postgresql://{self.user}@{self.host}{port}/{self.database}"

    def url(self, password: str | None) -> str:
        """The address the store connects with, password included (never shown or saved)."""
        from sqlalchemy.engine import URL

        return URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


_ADDRESS_HELP = (
    "That is not a shared database address. It looks like "
    "postgresql://user@server/database (ask whoever set up the server)."
)


# The choice, in the data folder ------------------------------------------------------
def saved_server(data_dir: Path) -> SharedServer | None:
    """The shared database this data folder is set to use, or None for the local file."""
    path = data_dir / CHOICE_FILE_NAME
    try:
        stored: Any = json.loads(path.read_text(encoding="utf-8"))
        return SharedServer(
            host=str(stored["host"]),
            database=str(stored["database"]),
            user=str(stored["user"]),
            port=int(stored.get("port", DEFAULT_PORT)),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        # A damaged choice must not stop the app: it opens the local data instead.
        log.warning("ignoring the unreadable shared database setting %s: %s", path, error)
        return None


def save_server(data_dir: Path, server: SharedServer | None) -> None:
    """Remember ``server`` for this data folder (None: use the local file again)."""
    path = data_dir / CHOICE_FILE_NAME
    if server is None:
        path.unlink(missing_ok=True)
        return
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    written = path.with_name(path.name + ".new")
    written.write_text(json.dumps(asdict(server), indent=2) + "\n", encoding="utf-8")
    with contextlib.suppress(OSError):
        written.chmod(0o600)
    written.replace(path)


def location_with_saved_server(location: DataLocation, password: str | None) -> DataLocation:
    """``location`` pointed at its saved shared database, when it has one and no address
    was given on the command line or in the environment (those always win)."""
    if location.database_url is not None:
        return location
    server = saved_server(location.data_dir)
    if server is None:
        return location
    return DataLocation(location.data_dir, server.url(password), shared_server=server)


# The password, in the system's password store -----------------------------------------
class PasswordStore:
    """The system keyring, when this computer has a real one."""

    def available(self) -> bool:
        """False without ``keyring`` or with no secure backend (a plain-text file is no
        place for a password, so those backends count as none)."""
        backend = self._backend()
        return backend is not None

    def get(self, server: SharedServer) -> str | None:
        backend = self._backend()
        if backend is None:
            return None
        try:
            password: str | None = backend.get_password(KEYRING_SERVICE, server.keyring_user)
        except Exception as error:  # a locked or broken keyring: ask instead
            log.warning("could not read the password from the keyring: %s", error)
            return None
        return password

    def remember(self, server: SharedServer, password: str) -> bool:
        """Keep the password; False when it could not be kept (it is then asked again)."""
        backend = self._backend()
        if backend is None:
            return False
        try:
            backend.set_password(KEYRING_SERVICE, server.keyring_user, password)
        except Exception as error:  # refused, or a locked keyring
            log.warning("could not keep the password in the keyring: %s", error)
            return False
        return True

    def forget(self, server: SharedServer) -> None:
        backend = self._backend()
        if backend is None:
            return
        with contextlib.suppress(Exception):
            backend.delete_password(KEYRING_SERVICE, server.keyring_user)

    @staticmethod
    def _backend() -> Any | None:
        try:
            import keyring
        except ImportError:
            return None
        try:
            backend = keyring.get_keyring()
        except Exception as error:  # misconfigured: treat as none
            log.warning("no usable keyring: %s", error)
            return None
        kind = f"{type(backend).__module__}.{type(backend).__name__}"
        if kind.startswith(("keyring.backends.fail", "keyring.backends.null")):
            return None
        if "plaintext" in kind.lower() or kind.startswith("keyrings.alt.file"):
            return None
        return backend
