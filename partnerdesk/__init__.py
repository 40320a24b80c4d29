"""PartnerDesk: vet partnership requests and write MOUs on your own terms."""

# Kept equal to pyproject.toml's version by tests/test_packaging.py; a literal, so a
# frozen build needs no package metadata to know it.
__version__ = "0.1.0"

APP_NAME = "PartnerDesk"
