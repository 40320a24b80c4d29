"""Choosing who an e-mail goes to: an organization's people and their addresses."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from partnerdesk.services.changes import RecordKind
from partnerdesk.services.errors import RecordMissingError
from partnerdesk.services.records.contacts import ContactForm, save_contact
from partnerdesk.services.records.email_recipients import email_recipients
from partnerdesk.services.records.trash import move_to_trash
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, Organization


@pytest.fixture
def riverbend(database: Database) -> int:
    with database.session() as session:
        load_sample_data(session)
        return session.scalars(
            select(Organization.id).where(Organization.name == "Riverbend Health System")
        ).one()


def _contact_id(database: Database, name: str) -> int:
    with database.session() as session:
        return session.scalars(select(Contact.id).where(Contact.full_name == name)).one()


def test_key_leaders_come_first_each_with_their_address(database: Database, riverbend: int) -> None:
    with database.session() as session:
        recipients = email_recipients(session, riverbend)
    assert recipients.organization_name == "Riverbend Health System"
    assert [(c.name, c.address) for c in recipients.choices] == [
        ("Robert Castellano", "robert.castellano@riverbend-health.example"),
        ("Angela Brooks", "angela.brooks@riverbend-health.example"),
        ("Nguyễn Thị Lan", "lan.nguyen@riverbend-health.example"),
    ]
    robert = recipients.choices[0]
    assert robert.is_key_leader and robert.is_decision_maker and robert.is_primary
    assert robert.role_title == "Vice President, Population Health"
    assert recipients.without_address == []


def test_every_address_is_offered_and_people_without_one_are_named(
    database: Database, riverbend: int
) -> None:
    with database.session() as session:
        save_contact(
            session,
            ContactForm(
                full_name="Dana Whitfield",
                organization_id=riverbend,
                emails=["dana.whitfield@riverbend-health.example", "dana@home.example"],
            ),
        )
        save_contact(session, ContactForm(full_name="Sam Okafor", organization_id=riverbend))
    with database.session() as session:
        recipients = email_recipients(session, riverbend)
    dana = [(c.address, c.is_primary) for c in recipients.choices if c.name == "Dana Whitfield"]
    assert dana == [("dana.whitfield@riverbend-health.example", True), ("dana@home.example", False)]
    assert recipients.without_address == ["Sam Okafor"]


def test_people_in_the_trash_or_who_moved_on_are_not_offered(
    database: Database, riverbend: int
) -> None:
    angela = _contact_id(database, "Angela Brooks")
    lan = _contact_id(database, "Nguyễn Thị Lan")
    with database.session() as session:
        move_to_trash(session, RecordKind.CONTACT, [angela])
        county = session.scalars(
            select(Organization.id).where(Organization.name.like("Harlow County%"))
        ).one()
        save_contact(
            session,
            ContactForm(
                full_name="Nguyễn Thị Lan",
                organization_id=county,
                emails=["lan.nguyen@riverbend-health.example"],
            ),
            lan,
        )
    with database.session() as session:
        names = [c.name for c in email_recipients(session, riverbend).choices]
    assert names == ["Robert Castellano"]


def test_an_organization_that_is_gone_is_explained(database: Database) -> None:
    with database.session() as session, pytest.raises(RecordMissingError):
        email_recipients(session, 999)
