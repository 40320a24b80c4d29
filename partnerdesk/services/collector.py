"""Pausing Python's cyclic garbage collector while a bulk step makes many lasting objects.

The program's start is such a step too: it makes about 60,000 objects that last as long
as the program (modules, classes, the window) and next to no garbage, and the collector
walked them 188 times (a few of those over all of them): about 0.1 s of the start.

Reading and checking a 10,000-row file makes hundreds of thousands of objects that live
until the step ends (the rows' candidates, the plan, the matcher's 50,000 names), and
writing it makes as many again. CPython starts a collection every 700 new container
objects and, every so often, one that walks every object the program holds, though
none of these is garbage: reference counting frees what the step drops, and it makes no
reference cycles to speak of. Those walks were about 30% of an import.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """How many blocks are running, and whether the collector ran before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.was_enabled = False
        self.starting = False


_PAUSES = _Pauses()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection while the block runs; the collector as before after it.

    The collector belongs to the process, so this holds for every thread meanwhile (the
    GUI's too, for the seconds an import takes; its garbage is collected afterwards).
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


def pause_for_start() -> None:
    """No cyclic collection until ``resume_after_start`` (the window is on screen)."""
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
