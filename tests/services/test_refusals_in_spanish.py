"""The services' refusals are said in the window's language (issue 21): each is written
through translate("Refusals", ...), and Spanish comes out when the window is in Spanish."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from partnerdesk.core.translation import use_language
from partnerdesk.services import errors
from partnerdesk.services.errors import DatabaseUnavailableError, InvalidInputError
from partnerdesk.services.records.kickoff import KickoffMeeting, record_kickoff_meeting
from partnerdesk.services.records.organizations import OrganizationForm, save_organization
from partnerdesk.store.database import Database, check_sqlite_header

SERVICES = Path(errors.__file__).parent
USER_FACING = {error.__name__ for error in errors.USER_FACING_ERRORS} | {
    "UnreadableFileError",
    "NotAPartnershipError",
}


@pytest.fixture
def english_again() -> Iterator[None]:
    yield
    use_language("en")


def test_every_refusal_is_written_for_translation() -> None:
    """A refusal raised with a bare text (or an f-string) would stay English in Spanish."""
    bare = []
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
            first = node.exc.args[0] if node.exc.args else None
            if name in USER_FACING and isinstance(first, ast.Constant | ast.JoinedStr):
                bare.append(f"{path.relative_to(SERVICES)}:{node.lineno}")
    assert bare == []


def test_a_refusal_in_english_is_as_before(database: Database) -> None:
    with pytest.raises(InvalidInputError) as refused, database.session() as session:
        save_organization(session, OrganizationForm(name=" "))
    assert str(refused.value) == "Please give the organization a name."


def test_a_refusal_in_spanish(database: Database, english_again: None) -> None:
    use_language("es")
    with pytest.raises(InvalidInputError) as refused, database.session() as session:
        save_organization(session, OrganizationForm(name=" "))
    assert str(refused.value) == "Escriba un nombre para la organización."
    # The dates are read before the request is looked for.
    meeting = KickoffMeeting(held_on=date(2027, 3, 15).isoformat(), follow_up_due="pronto")
    with pytest.raises(InvalidInputError) as unreadable:
        record_kickoff_meeting(database, 1, meeting)
    assert str(unreadable.value).startswith(
        "PartnerDesk no puede leer “pronto” como la fecha límite del seguimiento."
    )


def test_the_stores_refusal_to_open_in_spanish(tmp_path: Path, english_again: None) -> None:
    use_language("es")
    with pytest.raises(DatabaseUnavailableError) as refused:
        check_sqlite_header(tmp_path)
    assert str(refused.value) == (
        f"El archivo de datos de PartnerDesk {tmp_path} es una carpeta, no un archivo. No se "
        "ha cambiado nada. Mueva esa carpeta a otro lugar, o elija otra carpeta de datos."
    )
