"""argparse's own words ("usage:", "options:", its error messages) in the run's language.

argparse translates through ``gettext`` (``from gettext import gettext as _, ngettext`` at
its top), which PartnerDesk does not use: its texts are in our .ts instead, in the
"argparse" context, marked below so that lupdate sees them. ``argparse_words()`` points
argparse's two module-level names at our ``translate`` while a parser is built and the
command line read (cli.main, and the import commands that read their own arguments
again), then puts them back.
English is the source text, so an English run prints exactly what argparse always did.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate

# The texts of argparse (Python 3.11 to 3.13) a person can meet, exactly as argparse
# writes them ("%(prog)s" and "%s" are argparse's own placeholders).
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _gettext(text: str) -> str:
    return translate("argparse", text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    # English and Spanish: one form for exactly one, another for every other number.
    return translate("argparse", singular if n == 1 else plural)


@contextmanager
def argparse_words() -> Iterator[None]:
    """argparse speaks the run's language (core.translation's) inside the block."""
    module = vars(argparse)
    before = module["_"], module["ngettext"]
    module["_"], module["ngettext"] = _gettext, _ngettext
    try:
        yield
    finally:
        module["_"], module["ngettext"] = before
