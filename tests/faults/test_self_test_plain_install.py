"""``self-test`` on a plain install, without the optional "shared" extra (issue 16, item 12)."""

from __future__ import annotations

import sys

import pytest

from partnerdesk.services.data_safety.self_test import _shared_database_support, run_steps

STEP = "load the shared database driver and the password store"


@pytest.mark.parametrize("missing", ["keyring", "psycopg"])
def test_a_missing_optional_part_is_reported_as_not_installed(
    missing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # import fails, as when never installed
    [result] = run_steps(iter([(STEP, _shared_database_support)]))
    assert result.ok
    assert "not installed (optional)" in result.detail


def test_with_the_shared_extra_the_step_really_loads_both() -> None:
    [result] = run_steps(iter([(STEP, _shared_database_support)]))
    assert result.ok and result.detail == ""
