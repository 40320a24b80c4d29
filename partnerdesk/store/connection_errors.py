"""Why a shared database could not be reached, in words a user can act on.

One place maps driver messages to sentences, so ``partnerdesk check``, start-up and the
"Use a shared database" dialog all say the same thing. psycopg reports every connection
failure as OperationalError with the server's text, so the text is what we read.
"""

from __future__ import annotations

import os

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError

_AUTHENTICATION = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
)
# The server asked for a password and none was given: no keyring kept one, and a command
# run without a terminal (a scheduled task) could not ask for it.
PASSWORD_NEEDED = (
    "The shared database needs the password of {user}, and none was given. Start "
    "PartnerDesk and type it when asked (tick “Remember the password” to keep it in this "
    "computer's password store), run the command in a terminal to be asked for it, or "
    "set it in the PGPASSWORD environment variable of a task that runs unattended."
)

# (fragment of the driver's message, lower case) → what the user reads. First match wins.
_KNOWN_PROBLEMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        _AUTHENTICATION,
        "The server refused the user name or password. Check the password (and the user "
        "name {user}) with whoever set up the server.",
    ),
    (
        (
            "connection refused",
            "could not translate host name",
            "failed to resolve host",
            "name or service not known",
            "timeout expired",
            "no route to host",
            "network is unreachable",
            "could not connect",
            "server closed the connection",
        ),
        "PartnerDesk cannot reach the database server at {host}. Check the server name "
        "and port, that this computer is on the organization's network, and that the "
        "server is running.",
    ),
    (
        ("permission denied",),
        "The user {user} may connect but is not allowed to change the database {database}. "
        "Whoever set up the server can grant it (see the README, Shared database).",
    ),
    (
        ("no pg_hba.conf entry", "ssl"),
        "The server does not accept connections from this computer for the user {user}. "
        "Whoever set up the server can allow it (pg_hba.conf).",
    ),
)


# What psycopg says when a connection that worked is gone, or a new one finds no server.
_CONNECTION_GONE = (
    "connection refused",
    "server closed the connection",
    "could not connect",
    "connection failed",
    "connection is closed",
    "connection is lost",
    "the connection is bad",
    "terminating connection",
    "consuming input failed",
    "could not receive data",
    "could not send data",
    "no route to host",
    "network is unreachable",
    "timeout expired",
    "ssl syscall error",
)


def is_connection_lost(error: BaseException) -> bool:
    """Whether ``error`` means the database server could not be reached (down, restarting,
    the network gone), rather than a fault of the work itself.

    SQLAlchemy marks the errors its dialect recognises as a disconnect; the others are
    read from the driver's text. SQLite has no server: its errors are never this.
    """
    if not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    if not isinstance(error, OperationalError | InterfaceError):
        return False
    message = str(getattr(error, "orig", None) or error).lower()
    if "sqlite" in type(getattr(error, "orig", None)).__module__:
        return False
    return any(fragment in message for fragment in _CONNECTION_GONE)


def hide_password(url: str) -> str:
    """The URL as it may be shown or logged: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(not a database address)"


def describe_connection_problem(error: BaseException, url: str) -> str:
    """A sentence explaining ``error`` (raised while connecting to ``url``)."""
    original = getattr(error, "orig", None) or error
    message = str(original).lower()
    try:
        parsed = make_url(url)
        host = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
        user, database = parsed.username or "(none)", parsed.database or "(none)"
    except ArgumentError:
        return "That is not a database address. It looks like postgresql://user@server/database."
    fields = {"host": host, "user": user, "database": database}
    if "no password supplied" in message or (
        not parsed.password
        and not os.environ.get("PGPASSWORD")
        and any(fragment in message for fragment in _AUTHENTICATION)
    ):
        return PASSWORD_NEEDED.format(**fields)
    if "does not exist" in message:
        if "database" in message:
            return (
                f"The server at {host} has no database called {database}. Check the name, "
                "or ask whoever set up the server to create it (see the README)."
            )
        if "role" in message:
            return f"The server at {host} has no user called {user}. Check the user name."
    for fragments, sentence in _KNOWN_PROBLEMS:
        if any(fragment in message for fragment in fragments):
            return sentence.format(**fields)
    first_line = str(original).strip().splitlines()[0] if str(original).strip() else ""
    return f"PartnerDesk could not use the database at {host}. The server said: {first_line}"
