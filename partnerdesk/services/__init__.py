"""Use cases: each runs in one transaction and says what it changed. No Qt here."""
