"""Allow ``python -m partnerdesk``."""

from partnerdesk.cli import run

run()
