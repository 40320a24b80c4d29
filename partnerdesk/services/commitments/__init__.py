"""Commitments: what each side of a partnership promised, and whether it was kept."""
