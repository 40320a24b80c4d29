"""``partnerdesk import`` on a shared database while a colleague's import is running."""

from __future__ import annotations

import io
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from partnerdesk.cli import main
from partnerdesk.services.transfer.contact_import import WAITING_MESSAGE
from partnerdesk.services.transfer.import_lock import IMPORT_LOCK_KEY
from partnerdesk.store.engine import normalized_url

pytestmark = pytest.mark.postgresql_only
WAIT_S = 30  # only ever reached when something is wrong


class _Stderr(io.StringIO):
    """stderr that lets the test know when the waiting line has been written."""

    def __init__(self) -> None:
        super().__init__()
        self.said_waiting = threading.Event()

    def write(self, text_: str) -> int:
        written = super().write(text_)
        if WAITING_MESSAGE in self.getvalue():
            self.said_waiting.set()
        return written


def test_import_says_once_on_stderr_that_it_waits_then_imports(
    postgres_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "Name,E-mail Address\n"
        "Rosa Delgado,rosa@northfield.example\n"
        "Amir Haddad,amir@northfield.example\n",
        encoding="utf-8",
    )
    stderr = _Stderr()
    monkeypatch.setattr(sys, "stderr", stderr)
    exit_codes: list[int] = []
    engine = create_engine(normalized_url(postgres_url))
    try:
        with engine.connect() as colleague:
            colleague.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})
            command = threading.Thread(
                target=lambda: exit_codes.append(
                    main(["--database-url", postgres_url, "import", str(people)])
                ),
                daemon=True,
            )
            command.start()
            assert stderr.said_waiting.wait(WAIT_S)
            assert command.is_alive()
            colleague.rollback()  # the colleague's import ends
            command.join(WAIT_S)
            assert not command.is_alive()
    finally:
        engine.dispose()
    assert exit_codes == [0]
    assert stderr.getvalue() == WAITING_MESSAGE + "\n"
    assert capsys.readouterr().out == f"{people}: 2 new, 0 merged, 0 skipped\n"
