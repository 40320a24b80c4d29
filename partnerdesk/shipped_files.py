"""Where the files PartnerDesk ships with are: its resources and its migration scripts.

Apart from partnerdesk/paths.py (which knows the data folder and, through its types, the
shared database): core reads its question bank, clauses and prompts from here and must
not reach the database libraries, even through a type (pyproject.toml's contracts).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The shipped resources: question bank, icons, templates.

    A frozen build unpacks them next to the executable; an installed package carries
    them as ``partnerdesk/resources``; a source checkout has them at the top level.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "partnerdesk" / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    installed = Path(__file__).resolve().parent / "resources"
    return installed


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# The language of the files at the top of resources/; every other language has a folder of
# its own (resources/es/) holding the same files with the same keys.
SOURCE_LANGUAGE = "en"


def resource_in(language: str, name: str) -> Path:
    """A shipped data file in ``language``: resources/NAME for English, else
    resources/LANGUAGE/NAME (the same file, translated, with the same keys)."""
    if language == SOURCE_LANGUAGE:
        return resource(name)
    return resource(language, name)


def content_language() -> str:
    """The language the shipped content (questions, red flags, capacities, prompts, the
    MOU's sections and wording) is shown in: the window's or the run's, when resources/LANG
    holds that content; English otherwise (a pseudo-translation, or a language whose
    interface is translated before its content). The UI passes it to the reads."""
    from partnerdesk.core.translation import current_language

    language = current_language()
    if language == SOURCE_LANGUAGE or not resource(language).is_dir():
        return SOURCE_LANGUAGE
    return language


def migrations_dir() -> Path:
    """Alembic scripts live inside the package so a frozen build finds them."""
    return Path(__file__).resolve().parent / "store" / "migrations"
