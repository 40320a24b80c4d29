#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite without a screen, then the linter, the
# type checker and the layers' import contracts.
# Extra arguments go to pytest, e.g. -k trash.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
status=0
# On every core (pytest-xdist): each worker makes its own SQLite and PostgreSQL templates
# (and its own PostgreSQL server, unless PARTNERDESK_TEST_POSTGRES_URL names one).
.venv/bin/python -m pytest -n auto "$@" || status=$?
if [[ $status -eq 5 ]]; then
  echo "pytest collected no tests: that is a failure here." >&2
  exit 1
fi
[[ $status -eq 0 ]] || exit "$status"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# The types and the layers' arrows (pyproject.toml, [tool.mypy] and [tool.importlinter]).
.venv/bin/python -m mypy
.venv/bin/lint-imports
