"""Which driver errors are the shared server out of reach, told as such (issue 22)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from partnerdesk.services.errors import (
    USER_FACING_ERRORS,
    DatabaseUnavailableError,
    ServerUnreachableError,
)
from partnerdesk.services.transactions import as_refusal


class _DriverError(Exception):
    """Stands for psycopg's errors: only the text is read."""


@pytest.mark.parametrize(
    "server_said",
    [
        'connection failed: connection to server at "127.0.0.1", port 5432 failed: '
        "Connection refused",
        "server closed the connection unexpectedly",
        "consuming input failed: terminating connection due to administrator command",
        "the connection is closed",
    ],
)
def test_a_lost_or_refused_connection_is_the_server_out_of_reach(server_said: str) -> None:
    for kind in (OperationalError, InterfaceError):
        refusal = as_refusal(kind("SELECT 1", None, _DriverError(server_said)))
        assert isinstance(refusal, ServerUnreachableError)
        assert isinstance(refusal, USER_FACING_ERRORS)
        assert "server cannot be reached right now" in str(refusal)


def test_a_busy_data_file_is_not_the_server() -> None:
    locked = OperationalError("INSERT", None, sqlite3.OperationalError("database is locked"))
    refusal = as_refusal(locked)
    assert type(refusal) is DatabaseUnavailableError


def test_other_errors_are_left_as_they_are() -> None:
    duplicate = IntegrityError("INSERT", None, _DriverError("duplicate key value"))
    assert as_refusal(duplicate) is duplicate
    broken = ValueError("a fault of PartnerDesk")
    assert as_refusal(broken) is broken
