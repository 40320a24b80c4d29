#!/usr/bin/env bash
# Set up (if needed) and start PartnerDesk. Extra arguments go to the app, e.g. --data-dir DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/partnerdesk "$@"
