"""The process's tuning: the collector pauses for imports and for the start (restored
after, nested or failing), and the command line pays for none of the window's measures."""

from __future__ import annotations

import gc
import threading

import pytest

from partnerdesk.process_tuning import collector_paused
from tests.fresh_python import fresh_python_output


def test_the_collector_is_paused_in_the_block_and_running_after_it() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block is still running
    assert gc.isenabled()


def test_a_failing_block_restores_the_collector() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("the import failed")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_blocks_in_two_threads_restore_it_when_the_last_ends() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the other thread's block is still running
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_the_start_pause_ends_with_what_the_start_made_frozen() -> None:
    """In a fresh process: gc.freeze() would keep this test process's garbage for good."""
    code = (
        "import gc\n"
        "from partnerdesk.process_tuning import (\n"
        "    collector_paused, pause_for_start, resume_after_start)\n"
        "resume_after_start()\n"
        "seen = [gc.isenabled(), gc.get_freeze_count() == 0]\n"  # nothing to resume
        "pause_for_start()\n"
        "seen.append(gc.isenabled())\n"
        "with collector_paused():\n"  # an import running as the window appears
        "    resume_after_start()\n"
        "    seen.append(gc.isenabled())\n"
        "seen += [gc.isenabled(), gc.get_freeze_count() > 0]\n"
        "print(seen)\n"
    )
    assert fresh_python_output(code) == "[True, True, False, False, True, True]"


def test_the_command_line_loads_no_database_library_before_a_command_needs_it() -> None:
    """process_tuning is imported by every ``partnerdesk`` run, ``partnerdesk list`` too."""
    code = (
        "import sys\n"
        "import partnerdesk.cli\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6'}))\n"
    )
    assert fresh_python_output(code) == "[]"
