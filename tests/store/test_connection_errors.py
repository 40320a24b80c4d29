"""What a user reads when the shared database cannot be reached (no server needed)."""

from __future__ import annotations

import pytest

from partnerdesk.store.connection_errors import describe_connection_problem, hide_password
from partnerdesk.store.engine import normalized_url

URL = "postgresql+psycopg://alice:secret@db.example.org:5433/partners"


@pytest.mark.parametrize(
    ("server_said", "expected"),
    [
        ('FATAL:  password authentication failed for user "alice"', "password"),
        ("fe_sendauth: no password supplied", "password"),
        ('FATAL:  database "partners" does not exist', "no database called partners"),
        ('FATAL:  role "alice" does not exist', "no user called alice"),
        ("Connection refused\n\tIs the server running on that host", "cannot reach"),
        ("failed to resolve host 'db.example.org'", "cannot reach"),
        ("timeout expired", "cannot reach"),
        ("permission denied for schema public", "not allowed to change"),
    ],
)
def test_each_connection_problem_reads_as_a_sentence(server_said: str, expected: str) -> None:
    message = describe_connection_problem(RuntimeError(server_said), URL)
    assert expected in message
    assert "secret" not in message


def test_an_unknown_problem_quotes_the_server_without_the_password() -> None:
    message = describe_connection_problem(RuntimeError("something odd\nsecond line"), URL)
    assert message.endswith("The server said: something odd")
    assert "db.example.org:5433" in message


def test_urls_are_shown_without_their_password() -> None:
    assert hide_password(URL) == "postgresql+psycopg://alice:***@db.example.org:5433/partners"


def test_plain_postgresql_urls_use_psycopg_3() -> None:
    assert normalized_url("postgresql://a@h/d") == "postgresql+psycopg://a@h/d"
    assert normalized_url("postgres://a@h/d") == "postgresql+psycopg://a@h/d"
    assert normalized_url("sqlite:///x") == "sqlite:///x"


def test_a_password_never_given_is_asked_for_not_called_wrong(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Saved choice, no password store, no terminal: no password went to the server."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    without = "postgresql+psycopg://alice@db.example.org:5433/partners"
    refused = RuntimeError('FATAL:  password authentication failed for user "alice"')
    message = describe_connection_problem(refused, without)
    assert message.startswith("The shared database needs the password of alice")
    assert "refused" not in message and "PGPASSWORD" in message
    # A password that was given and refused is still called wrong.
    assert "refused the user name or password" in describe_connection_problem(refused, URL)
