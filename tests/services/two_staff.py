"""Two staff on one PostgreSQL database, their saves interleaved by the test (issue 22).

Each staff member is a Database of their own (an engine, a pool) on the same server, as two
laptops are. A save is held just before its commit, in a thread, while the other's save
runs into it; the test waits for what the server reports (a save waiting on a lock), never
for a fixed time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from partnerdesk.store.database import Database

LIMIT_S = 30


@dataclass
class Running:
    """A save running in a thread: its result, or what it raised."""

    thread: threading.Thread
    result: list[Any] = field(default_factory=list)
    error: list[BaseException] = field(default_factory=list)

    def outcome(self) -> Any:
        self.thread.join(LIMIT_S)
        assert not self.thread.is_alive(), "the save never finished"
        if self.error:
            raise self.error[0]
        return self.result[0]


def start(work: Callable[[], Any]) -> Running:
    running = Running(threading.Thread(target=lambda: _run(work, running), daemon=True))
    running.thread.start()
    return running


def _run(work: Callable[[], Any], running: Running) -> None:
    try:
        running.result.append(work())
    except BaseException as error:  # handed to the test's thread
        running.error.append(error)


@dataclass
class Hold:
    reached: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def wait_until_reached(self) -> None:
        assert self.reached.wait(LIMIT_S), "the save never reached its commit"


@contextmanager
def held_before_commit(database: Database) -> Iterator[Hold]:
    """The next commit on ``database`` waits (its writes done, its locks held) until the
    hold is released; ``reached`` is set once it waits there."""
    hold = Hold()

    def wait(_session: Session) -> None:
        if hold.reached.is_set():
            return  # only the first commit is held
        hold.reached.set()
        hold.release.wait(LIMIT_S)

    event.listen(database.sessions, "before_commit", wait)
    try:
        yield hold
    finally:
        hold.release.set()
        event.remove(database.sessions, "before_commit", wait)


def wait_until_waiting_on_a_lock(watcher: Database, running: Running) -> None:
    """Until the server says a PartnerDesk save waits for another's lock (or it ended)."""
    deadline = time.monotonic() + LIMIT_S
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'PartnerDesk' "
        "AND wait_event_type = 'Lock'"
    )
    while running.thread.is_alive():
        with watcher.engine.connect() as connection:
            if connection.execute(query).scalar():
                return
        assert time.monotonic() < deadline, "the second save never met the first"
        time.sleep(0.005)
