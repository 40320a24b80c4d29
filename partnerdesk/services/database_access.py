"""The open database as the window and the command line hold it, without importing the store.

They pass it, unopened into sessions, to use cases, which open and commit their own
transaction; only services and the store below them ever see a ``Session``.
"""

from __future__ import annotations

from partnerdesk.store.database import Database, open_database

__all__ = ["Database", "open_database"]
