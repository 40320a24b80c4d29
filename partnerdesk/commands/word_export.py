"""What every "write a Word document" command shares: the .docx check, the same messages
and exit codes. The writing itself is the document's function in services/documents,
the same one the window calls."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from partnerdesk.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from partnerdesk.core.file_reasons import file_reason
from partnerdesk.core.translation import translate
from partnerdesk.paths import DataLocation

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

Written = TypeVar("Written")
log = logging.getLogger(__name__)


@contextmanager
def quiet_half_written_files() -> Iterator[None]:
    """Keep a failed write's leftovers off the user's screen.

    A Word file that could not be written (a full disk) leaves its zip file open; when it
    is freed, closing it fails again and Python would print that as "Exception ignored …
    Traceback" after our plain sentence. It goes to the log instead.
    """
    previous = sys.unraisablehook

    def to_log(unraisable: Any) -> None:
        log.warning("after a failed write: %s", unraisable.exc_value)

    sys.unraisablehook = to_log
    try:
        yield
    finally:
        gc.collect()
        sys.unraisablehook = previous


def add_document_language(parser: Any) -> None:
    """``--document-language en|es``: the language the document is written in, whatever
    the language of the screen or of these messages."""
    from partnerdesk.core.document_language import DOCUMENT_LANGUAGES, ENGLISH

    parser.add_argument(
        "--document-language",
        choices=list(DOCUMENT_LANGUAGES),
        default=ENGLISH,
        help=translate(
            "Commands",
            "the language the document is written in (default: en); dates follow it too",
        ),
    )


def usable_docx_name(file_name: str) -> Path | None:
    """The target, or None once the refusal of a name not ending in .docx is printed."""
    from partnerdesk.services.documents.files import check_docx_target
    from partnerdesk.services.errors import ExportFormatError

    target = Path(file_name)
    try:
        check_docx_target(target)
    except ExportFormatError as error:
        print(error, file=sys.stderr)
        return None
    return target


def cannot_write(target: Path, error: OSError) -> int:
    print(
        translate("Commands", "PartnerDesk cannot write {target}: {strerror}.").format(
            target=target, strerror=file_reason(error)
        ),
        file=sys.stderr,
    )
    return EXIT_PROBLEM


def export_word_document(
    location: DataLocation,
    file_name: str,
    export: Callable[[Database, Path], Written],
    missing: str,
) -> tuple[int, Written | None]:
    """Exit code and what ``export`` returned; ``missing`` is printed when the record does
    not exist."""
    from partnerdesk.services.database_access import open_database
    from partnerdesk.services.errors import RecordMissingError

    target = usable_docx_name(file_name)
    if target is None:
        return EXIT_USAGE, None
    database = open_database(location)
    # The failure is handled inside: its traceback, which holds the half-written file,
    # is gone before the leftovers are collected.
    try:
        with quiet_half_written_files():
            try:
                return EXIT_OK, export(database, target)
            except RecordMissingError:
                print(missing, file=sys.stderr)
                return EXIT_PROBLEM, None
            except OSError as error:
                return cannot_write(target, error), None
    finally:
        database.close()
