"""PartnerDesk makes no network connections: not in the app's window, not on the command line.

Organizations trust PartnerDesk with who they work with; it promises that nothing leaves
the computer. Python's sockets are blocked while a whole session runs: any internet
connection (AF_INET/AF_INET6 connect, connect_ex, sendto, create_connection) and any name
lookup (getaddrinfo, gethostbyname) is recorded and refused. Local AF_UNIX sockets (which
Python and Qt use internally) are not network and stay allowed. Qt's own network stack
does not go through Python's sockets, so the GUI test also checks that it was never
loaded (the QtNetwork module, and on Linux the libQt6Network library).
"""

from __future__ import annotations

import errno
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from partnerdesk.cli import main
from partnerdesk.store.database import Database
from partnerdesk.store.models import Organization
from partnerdesk.ui.main_window import NAVIGATION, MainWindow

from .conftest import settle

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
SAMPLE_IMPORT = Path(__file__).resolve().parents[1] / "data" / "imports" / "google_contacts.csv"
PROC_MAPS = Path("/proc/self/maps")
PAGES = ("today", "organizations", "contacts", "requests", "partnerships", "notes", "trash")


@dataclass
class NetworkGuard:
    """Records every attempt to reach the network, and makes each one fail."""

    attempts: list[str] = field(default_factory=list)

    def refuse(self, what: str, target: Any) -> None:
        self.attempts.append(f"{what}({target!r})")
        raise OSError(errno.ENETUNREACH, f"the network is blocked by this test: {what}")


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
    guard = NetworkGuard()

    def internet_only(name: str) -> Callable[..., Any]:
        real = getattr(socket.socket, name)

        def guarded(sock: socket.socket, *args: Any, **kwargs: Any) -> Any:
            if sock.family in NETWORK_FAMILIES:
                guard.refuse(f"socket.{name}", args[-1] if name == "sendto" else args[0])
            return real(sock, *args, **kwargs)

        return guarded

    def refused(name: str) -> Callable[..., Any]:
        def guarded(target: Any, *args: Any, **kwargs: Any) -> Any:
            guard.refuse(name, target)

        return guarded

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, internet_only(name))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refused(name))
    return guard


@pytest.fixture
def database(network: NetworkGuard, database: Database) -> Database:
    """The usual store, opened only once the network is blocked (sample_window builds on it),
    so opening the store, loading the sample data and building the window are all covered."""
    return database


def _qt_network_loaded() -> bool:
    if "PySide6.QtNetwork" in sys.modules:
        return True
    return PROC_MAPS.exists() and "libQt6Network" in PROC_MAPS.read_text(errors="replace")


def test_the_guard_refuses_internet_and_allows_local_sockets(network: NetworkGuard) -> None:
    """Without this, a guard that silently did nothing would make the other tests pass."""
    with pytest.raises(OSError):
        socket.create_connection(("partnerdesk.example", 443), timeout=1)
    with pytest.raises(OSError):
        socket.getaddrinfo("localhost", 80)
    for family, address in ((socket.AF_INET, ("127.0.0.1", 9)), (socket.AF_INET6, ("::1", 9))):
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
        except OSError:  # no IPv6 on this machine
            continue
        with sock, pytest.raises(OSError):
            sock.connect(address)
    assert len(network.attempts) >= 3
    assert network.attempts[0].startswith("create_connection(")

    network.attempts.clear()
    if sys.platform != "win32":  # Windows emulates socketpair with a loopback connection
        left, right = socket.socketpair()
        with left, right:
            left.sendall(b"local")
            assert right.recv(5) == b"local"
    assert network.attempts == []


def test_a_whole_gui_session_makes_no_network_connection(
    network: NetworkGuard, sample_window: MainWindow, qtbot: QtBot
) -> None:
    qt_network_before = _qt_network_loaded()
    window = sample_window

    # A page added later must be added here too, so that it is visited.
    assert set(PAGES) == {key for key, _title in NAVIGATION}
    for key in PAGES:
        window.show_page(key)
        qtbot.wait(10)  # let queued loading and painting run
        assert window.current_page_key() == key
    # The Partnerships page draws its chart on the worker: the search waits its turn.
    settle(window, qtbot)

    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "riverbend")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    # The search runs on the database worker: wait for its results, as a person does.
    qtbot.waitUntil(lambda: window.current_page_key() == "search")
    qtbot.waitUntil(lambda: window.search_page.tree.topLevelItemCount() > 0)

    with window.database.session() as session:
        riverbend = session.scalars(
            select(Organization.id).where(Organization.name == "Riverbend Health System")
        ).one()
    window.show_organization(riverbend)
    settle(window, qtbot)
    assert window.current_page_key() == "organization"

    window.tasks.wait_for_all()
    qtbot.wait(10)
    assert network.attempts == []
    if not qt_network_before:
        assert not _qt_network_loaded(), "Qt's network module was loaded during the session"


def test_the_command_line_makes_no_network_connection(
    network: NetworkGuard, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "exports with spaces é"
    out.mkdir()
    commands = [
        ["demo"],
        ["list", "organizations"],
        ["list", "contacts", "--json"],
        ["list", "requests", "--json"],
        ["check"],
        ["backup"],
        ["backup", str(out / "backup.sqlite3")],
        ["export", "contacts", str(out / "contacts.csv")],
        ["export", "contacts", str(out / "contacts.vcf")],
        ["import", str(SAMPLE_IMPORT), "--dry-run"],
    ]
    for command in commands:
        exit_code = main(["--data-dir", str(data_dir), *command])
        captured = capsys.readouterr()
        assert exit_code == 0, (command, captured.out, captured.err)
    assert (out / "contacts.csv").stat().st_size > 0
    assert (out / "contacts.vcf").stat().st_size > 0
    assert network.attempts == []
