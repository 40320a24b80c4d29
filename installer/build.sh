#!/usr/bin/env bash
# Build PartnerDesk for this computer (Linux or macOS): sets up .venv with the build tools
# if needed, then runs installer/build.py, which builds the app folder, packs the tarball
# (Linux) or .dmg (macOS) and runs the bundle's self-test. Arguments go to build.py, e.g.
# --bundle-only. On Windows run build.py itself (see docs/releasing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# PyInstaller is a build tool, not something the app needs: the "build" extra.
if ! .venv/bin/python -c "import PyInstaller" >/dev/null 2>&1; then
  echo "Installing the build tools (PyInstaller) into .venv"
  .venv/bin/python -m pip install --quiet -e '.[build]'
fi
exec .venv/bin/python installer/build.py "$@"
