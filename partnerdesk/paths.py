"""Where PartnerDesk keeps its data (and, from shipped_files.py, the files it ships with)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# Also named here, where the rest of the program has always found them.
from partnerdesk.shipped_files import migrations_dir as migrations_dir
from partnerdesk.shipped_files import resource as resource
from partnerdesk.shipped_files import resources_dir as resources_dir

if TYPE_CHECKING:
    from partnerdesk.shared_database import SharedServer

DATA_DIR_ENV = "PARTNERDESK_DATA_DIR"
DATABASE_URL_ENV = "PARTNERDESK_DATABASE_URL"
DATABASE_FILE_NAME = "partnerdesk.sqlite3"


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/PartnerDesk on Linux)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("PartnerDesk", appauthor=False, roaming=True))


@dataclass(frozen=True)
class DataLocation:
    """The folder PartnerDesk owns and the database it opens.

    ``database_url`` is None for the usual case, a SQLite file inside ``data_dir``; it is
    set when the user points PartnerDesk at another database (for example PostgreSQL).
    ``shared_server`` is set when that database is the one chosen in Settings (rather
    than given on the command line), so start-up can ask for its password again.
    """

    data_dir: Path
    # Not in repr: the address may carry the password, and locations end up in logs.
    database_url: str | None = field(default=None, repr=False)
    shared_server: SharedServer | None = None

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, or None when the database lives elsewhere."""
        if self.database_url is None:
            return self.data_dir / DATABASE_FILE_NAME
        if self.database_url.startswith("sqlite:///") and len(self.database_url) > 10:
            return Path(self.database_url[len("sqlite:///") :])
        return None

    @property
    def url(self) -> str:
        if self.database_url is not None:
            return self.database_url
        return f"sqlite:///{self.data_dir / DATABASE_FILE_NAME}"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def ensure_exists(self) -> None:
        """Create the data folder, readable only by this user."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)


def resolve_data_location(
    data_dir: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    environ: dict[str, str] | os._Environ[str] = os.environ,
) -> DataLocation:
    """Command-line options win over environment variables, which win over the default."""
    chosen_dir = data_dir or environ.get(DATA_DIR_ENV) or default_data_dir()
    chosen_url = database_url or environ.get(DATABASE_URL_ENV) or None
    return DataLocation(Path(chosen_dir).expanduser().resolve(), chosen_url)


def shown_path(path: Path) -> str:
    """A path as people read it, with ~ for their home folder."""
    home = Path.home()
    if path == home or home in path.parents:
        return str(Path("~") / path.relative_to(home))
    return str(path)
