"""Keeping data safe: backups, moving to another computer or a shared database,
and the self-test."""
