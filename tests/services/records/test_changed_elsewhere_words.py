"""A save refused because someone else saved first, said in the window's language: the
sentence for the kind of record and the fields as the editor names them (issue 21)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields

import pytest

from partnerdesk.core.checkups import StatementRating
from partnerdesk.core.mou_sections import section_in
from partnerdesk.core.translation import use_language
from partnerdesk.core.vetting_data import AnswerForm
from partnerdesk.services.mou.drafts import create_mou, load_draft, save_section
from partnerdesk.services.records.concurrency import FIELD_WORDS, mark_own_changes
from partnerdesk.services.records.contacts import ContactForm
from partnerdesk.services.records.notes import NoteForm
from partnerdesk.services.records.organizations import (
    OrganizationForm,
    load_organization_form,
    save_organization,
)
from partnerdesk.services.records.requests import RequestForm
from partnerdesk.store.database import Database
from partnerdesk.store.errors import ChangedElsewhereError, TrashedElsewhereError


@pytest.fixture
def english_again() -> Iterator[None]:
    yield
    use_language("en")


def _refused(database: Database) -> ChangedElsewhereError:
    """Their mission saved while this user changed the notes."""
    with database.session() as session:
        organization_id, _ = save_organization(session, OrganizationForm(name="Harbor Food Bank"))
        loaded = load_organization_form(session, organization_id)
        mine = load_organization_form(session, organization_id)
        theirs = load_organization_form(session, organization_id)
    theirs.mission = "Feeding the east side"
    with database.session() as session:
        save_organization(session, theirs, organization_id)
    mine.notes = "Call back in May"
    with pytest.raises(ChangedElsewhereError) as refused, database.session() as session:
        save_organization(session, mine, organization_id)
    return mark_own_changes(refused.value, loaded)


def test_english_is_said_as_before(database: Database) -> None:
    assert str(_refused(database)) == (
        "Someone else changed this organization since you opened it, so your changes were "
        "not saved. They changed: mission. Your own changes: notes. Reload to see their "
        "version, or keep yours."
    )


def test_spanish_says_the_kind_and_the_fields_as_the_editor_does(
    database: Database, english_again: None
) -> None:
    use_language("es")
    error = _refused(database)
    assert str(error) == (
        "Otra persona cambió esta organización desde que usted la abrió, así que sus "
        "cambios no se guardaron. Esa persona cambió: misión. Sus propios cambios: notas. "
        "Vuelva a cargar para ver la versión de esa persona, o conserve la suya."
    )
    assert [difference.theirs for difference in error.differences] == [
        "Feeding the east side",
        "(vacío)",
    ]
    assert str(TrashedElsewhereError("contact")).startswith(
        "Otra persona movió este contacto a la Papelera"
    )


@pytest.mark.parametrize(
    "form", [OrganizationForm, ContactForm, NoteForm, RequestForm, AnswerForm, StatementRating]
)
def test_every_field_an_editor_saves_has_its_words(form: type) -> None:
    for item in fields(form):
        if item.name != "row_version":
            assert item.name in FIELD_WORDS, item.name


def test_an_mou_page_is_named_as_the_spanish_wizard_names_it(
    database: Database, english_again: None
) -> None:
    with database.session() as session:
        mou_id, _ = create_mou(session, None, "Screening pilot")
        base = dict(load_draft(session, mou_id).sections.get("conflict") or {})
        save_section(session, mou_id, "conflict", {"process": "Se reúnen cada mes."})
    use_language("es")
    with pytest.raises(ChangedElsewhereError) as refused, database.session() as session:
        save_section(session, mou_id, "conflict", {"process": "En una semana."}, base)
    shown = section_in("es", "conflict")
    assert refused.value.part == shown.title
    assert [d.field for d in refused.value.differences] == [shown.fields[0].label]
    assert str(refused.value).startswith(
        f"Otra persona cambió esta parte del MOU ({shown.title}) desde que usted la abrió"
    )
