"""Two staff filling in one partner profile, an engine each, the test choosing who saves
when: a wizard left open does not replace a colleague's newer answer (issue 22, item 6).

Runs on the SQLite file and, with PARTNERDESK_TEST_POSTGRES=1, on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from partnerdesk.core.translation import use_language
from partnerdesk.paths import DataLocation
from partnerdesk.services.profiles.answers import prompts_in, read_profile, save_profile_answers
from partnerdesk.services.records.editing import save_organization_edits
from partnerdesk.services.records.organizations import OrganizationForm
from partnerdesk.store.database import Database, open_database
from partnerdesk.store.errors import ChangedElsewhereError

MISSION = "serve.mission"
WHERE = "serve.where"


@pytest.fixture
def staff(location: DataLocation) -> Iterator[tuple[Database, Database]]:
    alex, sam = open_database(location), open_database(location)
    yield alex, sam
    alex.close()
    sam.close()


@pytest.fixture
def club(staff: tuple[Database, Database]) -> int:
    alex, _sam = staff
    organization_id, _ = save_organization_edits(alex, OrganizationForm("Lakeside Youth Club"))
    save_profile_answers(alex, organization_id, {MISSION: "Sport for every child"})
    return organization_id


def test_a_stale_wizard_does_not_replace_a_colleagues_newer_answer(
    staff: tuple[Database, Database], club: int
) -> None:
    alex, sam = staff
    shown = read_profile(alex, club).answers  # Alex's wizard opens, and stays open
    save_profile_answers(sam, club, {MISSION: "Sport and homework help for every child"})

    # Alex adds one word to the answer the wizard still shows.
    typed = {MISSION: "Sport for every child, free"}
    with pytest.raises(ChangedElsewhereError) as refused:
        save_profile_answers(alex, club, typed, bases={MISSION: shown[MISSION]})
    assert refused.value.theirs == {MISSION: "Sport and homework help for every child"}
    assert refused.value.changed == ["Your role and mission"]
    assert "They changed: Your role and mission." in str(refused.value)
    difference = refused.value.differences[0]
    assert difference.theirs == "Sport and homework help for every child"
    assert difference.mine == "Sport for every child, free"
    assert read_profile(alex, club).answers[MISSION] == "Sport and homework help for every child"

    # Keep mine: saved knowing theirs.
    save_profile_answers(alex, club, typed, bases=refused.value.theirs)
    assert read_profile(sam, club).answers[MISSION] == "Sport for every child, free"


def test_colleagues_answering_different_questions_keep_both(
    staff: tuple[Database, Database], club: int
) -> None:
    alex, sam = staff
    shown = read_profile(alex, club).answers
    save_profile_answers(sam, club, {WHERE: "The east side"}, bases={WHERE: ""})
    save_profile_answers(alex, club, {MISSION: "Sport for all"}, bases={MISSION: shown[MISSION]})
    answers = read_profile(sam, club).answers
    assert (answers[MISSION], answers[WHERE]) == ("Sport for all", "The east side")


def test_ones_own_saves_in_a_row_and_the_same_text_are_no_conflict(
    staff: tuple[Database, Database], club: int
) -> None:
    alex, sam = staff
    save_profile_answers(alex, club, {WHERE: "East"}, bases={WHERE: ""})
    save_profile_answers(alex, club, {WHERE: "East side "}, bases={WHERE: "East"})
    # Sam typed the very same words: nothing to choose between.
    save_profile_answers(sam, club, {WHERE: "East side"}, bases={WHERE: ""})
    assert read_profile(alex, club).answers[WHERE] == "East side"


@pytest.mark.postgresql_only
def test_two_saves_of_one_profile_that_overlap_lose_neither(
    staff: tuple[Database, Database], club: int
) -> None:
    """Sam's save commits between Alex's read and write: Alex's is refused, not written
    over Sam's (the answers are kept together), and sent again it keeps both."""
    alex, sam = staff

    def sam_saves_first(_session: Session, _context: object, _instances: object) -> None:
        save_profile_answers(sam, club, {WHERE: "The east side"}, bases={WHERE: ""})

    event.listen(alex.sessions, "before_flush", sam_saves_first, once=True)
    shown = read_profile(alex, club).answers
    with pytest.raises(ChangedElsewhereError) as refused:
        save_profile_answers(
            alex, club, {MISSION: "Sport for all"}, bases={MISSION: shown[MISSION]}
        )
    assert refused.value.theirs is None  # the window sends it again (ui/profile_actions.py)
    save_profile_answers(alex, club, {MISSION: "Sport for all"}, bases={MISSION: shown[MISSION]})
    answers = read_profile(sam, club).answers
    assert (answers[MISSION], answers[WHERE]) == ("Sport for all", "The east side")


def test_the_spanish_window_names_the_answer_as_its_page_does(
    staff: tuple[Database, Database], club: int
) -> None:
    alex, sam = staff
    shown = read_profile(alex, club).answers
    save_profile_answers(sam, club, {MISSION: "Deporte y tareas para cada niño"})
    use_language("es")
    try:
        with pytest.raises(ChangedElsewhereError) as refused:
            save_profile_answers(alex, club, {MISSION: "Deporte"}, bases=shown)
    finally:
        use_language("en")
    label = prompts_in("es").field(MISSION)
    assert label is not None
    assert refused.value.changed == [label.label]
    assert str(refused.value).startswith("Otra persona cambió este perfil de la organización")
