"""The partner's check-up form through the services: written for a request with the
names from the store, read back into the right check-up, a dry run storing nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import docx
import pytest

from partnerdesk.core.checkups import shipped_statements
from partnerdesk.services.checkups.checkups import list_checkups, read_checkup, start_checkup
from partnerdesk.services.checkups.partner_form import (
    export_checkup_form,
    read_partner_form,
    save_partner_form,
)
from partnerdesk.services.errors import (
    ExportFormatError,
    RecordMissingError,
    UnreadableFileError,
)
from partnerdesk.services.records.organizations import add_organization
from partnerdesk.services.records.requests import RequestForm, save_request
from partnerdesk.store.database import Database
from tests.imports.test_checkup_form import fill

TODAY = date(2026, 11, 20)
EVERY = [item for domain in shipped_statements().domains for item in domain.statements]


def _request(database: Database) -> int:
    with database.session() as session:
        ours, _ = add_organization(session, "Riverside Neighbors Alliance")
        from partnerdesk.store.models import Organization

        organization = session.get(Organization, ours)
        assert organization is not None
        organization.is_ours = True
        theirs, _ = add_organization(session, "Lakeview General Hospital")
        request_id, _ = save_request(
            session, RequestForm(title="Diabetes prevention walks", organization_id=theirs)
        )
    return request_id


def _filled(database: Database, request_id: int, folder: Path) -> Path:
    blank = folder / "blank.docx"
    export_checkup_form(database, request_id, blank)
    return fill(
        blank,
        {
            EVERY[0].id: ("5", "We plan every step together"),
            EVERY[1].id: ("Agree", ""),
            EVERY[3].id: ("maybe", "Hard to say yet"),
            EVERY[4].id: ("4 - mostly", ""),
        },
        folder / "Lakeview answers.docx",
    )


def test_the_form_names_both_sides_and_the_partnership(database: Database, tmp_path: Path) -> None:
    request_id = _request(database)
    written = export_checkup_form(database, request_id, tmp_path / "form.docx")
    assert written.subject == "Diabetes prevention walks"
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(written.path)).paragraphs)
    assert "Riverside Neighbors Alliance" in text
    assert "Lakeview General Hospital" in text
    with pytest.raises(ExportFormatError):
        export_checkup_form(database, request_id, tmp_path / "form.pdf")
    with pytest.raises(RecordMissingError):
        export_checkup_form(database, request_id + 99, tmp_path / "other.docx")


def test_a_dry_run_reads_and_stores_nothing_then_a_new_check_up_is_started_today(
    database: Database, tmp_path: Path
) -> None:
    request_id = _request(database)
    filled = _filled(database, request_id, tmp_path)
    looked = read_partner_form(database, request_id, filled, today=TODAY)
    assert looked.new_checkup and looked.held_on == TODAY and not looked.saved
    assert looked.summary() == f"3 statements rated, {len(EVERY) - 4} not rated, 1 problem"
    assert "maybe" in looked.problems[0].what
    domain = shipped_statements().domain(EVERY[3].domain_id)
    assert domain is not None and looked.problems[0].where.startswith(domain.title)
    assert sum(domain.rated for domain in looked.domains) == 3
    assert list_checkups(database, request_id) == []

    saved = read_partner_form(database, request_id, filled, dry_run=False, today=TODAY)
    assert saved.saved and saved.checkup_id is not None
    (line,) = list_checkups(database, request_id)
    assert (line.id, line.held_on, line.partner_form_name) == (
        saved.checkup_id,
        TODAY,
        "Lakeview answers.docx",
    )
    theirs = read_checkup(database, line.id).theirs
    assert {key: rating.score for key, rating in theirs.items()} == {
        EVERY[0].id: 5,
        EVERY[1].id: 4,
        EVERY[3].id: None,  # "maybe" not read; its comment kept
        EVERY[4].id: 4,
    }
    assert theirs[EVERY[0].id].comment == "We plan every step together"


def test_it_goes_into_the_latest_check_up_held_not_one_planned_ahead(
    database: Database, tmp_path: Path
) -> None:
    request_id = _request(database)
    earlier = start_checkup(database, request_id, TODAY - timedelta(days=200)).checkup_id
    latest = start_checkup(database, request_id, TODAY - timedelta(days=10)).checkup_id
    start_checkup(database, request_id, TODAY + timedelta(days=30))
    filled = _filled(database, request_id, tmp_path)
    looked = read_partner_form(database, request_id, filled, today=TODAY)
    assert (looked.checkup_id, looked.held_on, looked.replaces) == (
        latest,
        TODAY - timedelta(days=10),
        "",
    )
    save_partner_form(database, looked)
    again = read_partner_form(database, request_id, filled, today=TODAY)
    assert again.replaces == "Lakeview answers.docx"
    assert read_checkup(database, earlier).theirs == {}
    assert len(read_checkup(database, latest).theirs) == 4
    assert len(list_checkups(database, request_id)) == 3


def test_files_it_cannot_read_are_refused_plainly(database: Database, tmp_path: Path) -> None:
    request_id = _request(database)
    with pytest.raises(UnreadableFileError, match=r"missing\.docx"):
        read_partner_form(database, request_id, tmp_path / "missing.docx")
    letter = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear friends, thank you.")
    document.save(str(letter))
    with pytest.raises(UnreadableFileError, match="not a PartnerDesk check-up form"):
        read_partner_form(database, request_id, letter)
    with pytest.raises(RecordMissingError):
        read_partner_form(database, request_id + 99, letter)


def test_the_reading_names_domains_and_statements_in_the_screens_language(
    database: Database, tmp_path: Path
) -> None:
    """The form is read against the statements it was written with; the reading the
    window shows names them in the screen's language (same ids), and stores the same."""
    request_id = _request(database)
    filled = _filled(database, request_id, tmp_path)
    english = read_partner_form(database, request_id, filled, today=TODAY)
    spanish = read_partner_form(database, request_id, filled, today=TODAY, language="es")
    names = shipped_statements("es")
    assert [domain.title for domain in spanish.domains] == [d.title for d in names.domains]
    assert spanish.domains[0].title == "Propósito compartido"
    first_not_rated = names.statement(EVERY[2].id)
    assert first_not_rated is not None
    assert spanish.not_rated[0].text == first_not_rated.text
    assert spanish.ratings == english.ratings
    assert [d.rated for d in spanish.domains] == [d.rated for d in english.domains]
