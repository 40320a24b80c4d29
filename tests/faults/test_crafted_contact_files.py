"""Contact files that are not what they seem: a FIFO, a device, a vCard with a bad BDAY.

Reading a FIFO waits forever for a writer and reading /dev/zero never ends: anything that
is not a regular file is refused, at once and plainly, by the import service the window
and the ``import`` command share (and by Import everything). A card whose birthday
cannot be read is imported without it, the problem listed as a warning.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.imports.contact_rows import ContactCandidate
from partnerdesk.imports.errors import UnreadableFileError
from partnerdesk.services.data_safety.moving import ArchiveError, import_everything
from partnerdesk.services.transfer.contact_import import apply_import, detect_file, preview_import
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact
from partnerdesk.ui.import_dialogs import describe

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _finishes(action: Callable[[], object], seconds: float = 10) -> BaseException | None:
    """Run ``action`` in a thread; fail (rather than hang the suite) if it does not end."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            action()
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, f"still waiting after {seconds} s"
    return outcome[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "contacts.csv"
    os.mkfifo(path)
    yield path
    # A reader stuck in open() (the old behaviour) is released by a writer appearing.
    with contextlib.suppress(OSError):  # nobody was waiting
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


@needs_fifo
def test_a_fifo_is_refused_at_once(database: Database, fifo: Path) -> None:
    def preview() -> None:
        preview_import(database, fifo)

    for action in (preview, lambda: detect_file(fifo)):
        error = _finishes(action)
        assert isinstance(error, UnreadableFileError)
        assert "not a regular file" in str(error) and str(fifo.name) in str(error)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(database: Database, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")

    def preview() -> None:
        preview_import(database, Path(device))

    error = _finishes(preview)
    assert isinstance(error, UnreadableFileError) and "not a regular file" in str(error)


@needs_fifo
def test_the_import_command_refuses_a_fifo_plainly(
    data_dir: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    codes: list[int] = []
    error = _finishes(
        lambda: codes.append(main(["--data-dir", str(data_dir), "import", str(fifo)]))
    )
    assert error is None and codes == [2]
    said = capsys.readouterr()
    assert "not a regular file" in said.err and "Traceback" not in said.err


@needs_fifo
def test_import_everything_refuses_a_fifo(database: Database, fifo: Path) -> None:
    database.close()
    error = _finishes(lambda: import_everything(database.location, fifo))
    assert isinstance(error, ArchiveError) and "not a regular file" in str(error)


@needs_fifo
def test_restore_refuses_a_fifo_given_as_a_backup(database: Database, fifo: Path) -> None:
    from partnerdesk.services.data_safety.backups import BackupError, check_backup

    error = _finishes(lambda: check_backup(fifo))
    assert isinstance(error, BackupError) and "not a regular file" in str(error)


CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Okafor\r\nN:Okafor;Dana;;;\r\n"
    "EMAIL;TYPE=INTERNET:dana@clinic.example\r\nBDAY:{bday}\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ravi Menon\r\nBDAY:1980-02-30\r\n"
    "TEL:+1 555 0102\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize("bday", ["sometime in spring", "--1345", "19x0-01-01"])
def test_a_card_with_an_unreadable_birthday_is_imported_with_a_warning(
    database: Database, tmp_path: Path, bday: str
) -> None:
    source = tmp_path / "people.vcf"
    source.write_text(CARD.format(bday=bday), encoding="utf-8")
    plan = preview_import(database, source)
    assert plan.skipped_rows == []
    assert plan.warnings == [
        f'card 1: imported without its BDAY, which could not be read: "{bday}"',
        'card 2: imported without its BDAY, which could not be read: "1980-02-30"',
    ]
    assert isinstance(plan.rows[0].candidate, ContactCandidate)
    # The window's preview says it beside the row.
    assert describe(plan.rows[0]).startswith("New contact; imported without its BDAY")
    apply_import(database, plan)
    with database.session() as session:
        dana = session.query(Contact).filter_by(full_name="Dana Okafor").one()
        assert [email.address for email in dana.emails] == ["dana@clinic.example"]
        assert session.query(Contact).filter_by(full_name="Ravi Menon").count() == 1


def test_the_import_command_lists_the_warning(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "people.vcf"
    source.write_text(CARD.format(bday="spring"), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "2 new, 0 merged, 0 skipped" in out
    assert '  card 1: imported without its BDAY, which could not be read: "spring"' in out


def test_a_link_to_a_device_is_refused(database: Database, tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("/dev/zero does not exist here")
    link = tmp_path / "contacts.vcf"
    link.symlink_to("/dev/zero")

    def preview() -> None:
        preview_import(database, link)

    error = _finishes(preview)
    assert isinstance(error, UnreadableFileError) and "not a regular file" in str(error)
