"""Vetting a partnership request: the question bank, answers, the capacity matrix,
decisions, and what the vetting screen and its documents read."""
