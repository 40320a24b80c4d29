"""Everything PartnerDesk does to its own Python process to start, import and quit quickly.

Each measure is here once, with what it saves and what it may cost; nothing else in the
program changes the process this way. The budget they serve (issue 17): **start to a
usable window ≤ 1.1× the floor**, bench/floor_window.py, which only imports
PySide6 and SQLAlchemy and shows an empty window (bench/bench_start.py measures both on
the benchmark data). The savings below are as measured when each was introduced (in
the commit that introduced it) unless a newer measurement is given.

1. Database libraries before Qt (``load_database_libraries_before_qt``), ~0.1 s of the
   start. Once PySide6 is loaded, its import hook reads the source of every module
   imported after it, looking for its own name: for SQLAlchemy's 200 modules, about
   0.1 s. Re-measured for issue 17 on a busy machine: loading these modules took 0.94 s
   before PySide6 and 1.28 s after it (medians of five). app.py calls this before it
   imports PySide6 (tests/ui/test_start.py holds it).
2. No cyclic garbage collection during the start (``pause_for_start`` from the
   ``partnerdesk`` program, ``resume_after_start`` once the window is painted), ~0.1 s.
   The start makes about 60,000 objects that last as long as the program (modules,
   classes, the window) and next to no garbage, and the collector walked them 188 times.
   Afterwards ``gc.freeze`` leaves them out of every later walk. Cost: none measured; the
   start's few cycles are collected once the window is on screen.
3. The record models declared after the first paint (``declare_record_models``, then
   ``configure_record_models``), about 0.2 s of the start on an idle machine (declaring
   them ~0.1 s, configuring their mappers ~0.08 s; 0.3 s and 0.13 s on a busy one). The
   window opens on the Today page, which reads its five tables through
   store/outlines.py, a second, smaller description of them (held to the models by
   tests/store/test_outlines.py). Re-measured for issue 17 with bench_start.py, three
   runs each on a busy machine: with Today read through the models instead, the start
   took 1.20–1.30× the floor, against 0.96–1.14× with the outlines; so they stay. Cost:
   a column the Today page newly reads must be added to the outlines too (the test
   says which). A window that closes at its first paint (``--exit-when-ready``, which
   bench_start.py times) declares none of them: until 2026-12-04 it did, while closing,
   which is where that day's start-up regression came from (the models had grown).
4. Leaving without tearing down (``leave_now``), 0.2–0.4 s when the window closes.
   By the time the program leaves, everything is written and closed (the database, the
   folder's lock, the window's settings, every background task); Python would still free
   each object and module one by one. The system frees the memory at once. Cost: only
   what is flushed here (the log, the output) is flushed.
5. No cyclic collection during a bulk step (``collector_paused``), ~30% of a 10,000-row
   contact import. Reading and checking such a file makes hundreds of thousands of
   objects that live until the step ends, and writing it as many again; CPython starts a
   collection every 700 new container objects, and every so often one that walks every
   object the program holds, though none of these is garbage (reference counting frees
   what the step drops; it makes no reference cycles to speak of). Cost: the GUI thread's
   garbage waits too, for the seconds an import takes; it is collected afterwards.

Only the standard library is imported here when the module loads (the rest inside the
functions): the ``partnerdesk`` command imports it before it knows whether it will open
the window or answer ``partnerdesk list``.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn


def load_database_libraries_before_qt() -> None:
    """Import the start's database modules now, before anything imports PySide6 (1).

    The store (with SQLAlchemy's ORM and SQLite dialect) and the Today page's reading:
    what the start would otherwise import after PySide6. Written as imports, not names
    for importlib, so that the installer's analysis sees them.
    """
    # Loading them is the point; nothing here uses them.
    import sqlalchemy.dialects.sqlite
    import sqlalchemy.orm  # noqa: F401

    import partnerdesk.services.records.today
    import partnerdesk.store.database  # noqa: F401


class _Pauses:
    """How many bulk steps are running, and whether the collector ran before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.was_enabled = False
        self.starting = False


_PAUSES = _Pauses()


def pause_for_start() -> None:
    """No cyclic collection until ``resume_after_start`` (the window is on screen) (2)."""
    with _PAUSES.lock:
        _PAUSES.starting = gc.isenabled()
        gc.disable()


def resume_after_start() -> None:
    """Collect again, leaving out of every later walk what the start made (``gc.freeze``).

    Does nothing unless ``pause_for_start`` paused it: tests and embedders keep theirs.
    """
    pauses = _PAUSES
    with pauses.lock:
        if not pauses.starting:
            return
        pauses.starting = False
        gc.freeze()
        if pauses.running:
            pauses.was_enabled = True  # a bulk step is under way: the last one out enables
        else:
            gc.enable()


def declare_record_models() -> None:
    """Once the window is painted (3), declare the record models: about 0.1 s idle."""
    import partnerdesk.store.models  # noqa: F401 (declaring them is the point)


def configure_record_models() -> None:
    """An event-loop turn later (3), configure their mappers: about 0.08 s idle.

    Two steps, so that what the user does in between is answered.
    """
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def leave_now(status: int) -> NoReturn:
    """End the process with ``status`` once the log and the output are flushed (4)."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # a windowed Windows program has neither
            continue
        # The reader may have gone away (piped into `head`): nothing left to tell them.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection while the block runs; the collector as before after it (5).

    The collector belongs to the process, so this holds for every thread meanwhile.
    Blocks may nest or run at once in several threads: the last one out restores it.
    """
    pauses = _PAUSES
    with pauses.lock:
        if pauses.running == 0:
            pauses.was_enabled = gc.isenabled()
            gc.disable()
        pauses.running += 1
    try:
        yield
    finally:
        with pauses.lock:
            pauses.running -= 1
            if pauses.running == 0 and pauses.was_enabled:
                gc.enable()
