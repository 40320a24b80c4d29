"""With the window in Spanish, what the services, the store and the form readers say comes
out in Spanish through Qt's translator (issue 21), and back in English once switched off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from partnerdesk.core.checkup_form import read_rating
from partnerdesk.services.database_access import Database
from partnerdesk.services.errors import ChangedElsewhereError, Difference, InvalidInputError
from partnerdesk.services.mou.drafts import read_draft, start_mou
from partnerdesk.services.records.editing import save_organization_edits
from partnerdesk.services.records.organizations import OrganizationForm
from partnerdesk.ui.language import content_language, remove_translators, use_language


@pytest.fixture
def spanish(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    # A checkout whose .qm is older than the .ts compiles one (here, not in the user's cache).
    assert use_language(qapp, "es", cache_dir=tmp_path) == "es"
    yield
    remove_translators()


def _refusal() -> str:
    return str(ChangedElsewhereError("contact", [Difference("x", "a", "b", True, "role_title")]))


def test_refusals_and_form_problems_in_spanish(spanish: None, sample_database: Database) -> None:
    with pytest.raises(InvalidInputError) as refused:
        save_organization_edits(sample_database, OrganizationForm(name=""))
    assert str(refused.value) == "Escriba un nombre para la organización."
    assert _refusal().startswith("Otra persona cambió este contacto desde que usted lo abrió")
    assert read_rating("3.5").problem.startswith("“3.5” está entre dos calificaciones")
    # An MOU started from this window is worded in its language.
    assert content_language() == "es"
    mou_id, _ = start_mou(sample_database, 1, "", content_language())
    draft = read_draft(sample_database, mou_id)
    assert draft.title.startswith("MOU: ")
    assert " aporta " in draft.sections["resources"]["services"]


def test_english_again_once_switched_off(spanish: None) -> None:
    remove_translators()
    assert _refusal().startswith("Someone else changed this contact since you opened it")
    assert read_rating("3.5").problem.startswith("“3.5” is between two ratings")
