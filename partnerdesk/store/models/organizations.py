"""Who is who: organizations, their people, our history with them, and outreach notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerdesk.core.choices import (
    Acknowledgement,
    NoteKind,
    OrganizationType,
    PreferredContactMethod,
)
from partnerdesk.store.column_types import UtcDateTime, choice_column
from partnerdesk.store.models.base import (
    Base,
    Timestamped,
    Trashable,
    Versioned,
    list_order_index,
    trash_index,
)

organization_tags = Table(
    "organization_tags",
    Base.metadata,
    Column("organization_id", ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)

contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)

note_participants = Table(
    "note_participants",
    Base.metadata,
    Column("note_id", ForeignKey("outreach_notes.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Organization(Timestamped, Trashable, Versioned, Base):
    """Any party: a hospital asking to partner, a fellow CBO, or our own organization."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[OrganizationType] = mapped_column(
        choice_column(OrganizationType), default=OrganizationType.OTHER
    )
    # Exactly one organization is "us"; the profile wizard starts from it.
    is_ours: Mapped[bool] = mapped_column(Boolean, default=False)
    mission: Mapped[str] = mapped_column(Text, default="")
    values_statement: Mapped[str] = mapped_column(Text, default="")
    values_demonstrated: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    service_area: Mapped[str] = mapped_column(Text, default="")
    years_active_in_community: Mapped[int | None] = mapped_column(Integer, default=None)
    # A 501(c)(3), or receiving public funds: it cannot lobby (seed 001), so the MOU check
    # looks for lobbying in its agreements. Asked for our own organization; on by default
    # for a nonprofit.
    nonprofit_limits: Mapped[bool] = mapped_column(Boolean, default=False)
    first_contact_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    tags: Mapped[list[Tag]] = relationship(secondary=organization_tags, lazy="selectin")
    contacts: Mapped[list[Contact]] = relationship(back_populates="organization")
    history: Mapped[list[PartnerHistoryEntry]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )
    notes_about: Mapped[list[OutreachNote]] = relationship(back_populates="organization")


trash_index(Organization)
list_order_index(Organization, Organization.name.collate("NOCASE"))


class PartnerHistoryEntry(Timestamped, Base):
    """Something that happened between us and them before: work together, or harm done."""

    __tablename__ = "partner_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    happened_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Free text for periods a date cannot hold ("around 2015", "2018-2019").
    period: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(300))
    what_went_well: Mapped[str] = mapped_column(Text, default="")
    what_went_badly: Mapped[str] = mapped_column(Text, default="")
    harm_or_broken_promise: Mapped[str] = mapped_column(Text, default="")
    acknowledgement: Mapped[Acknowledgement] = mapped_column(
        choice_column(Acknowledgement), default=Acknowledgement.NOT_APPLICABLE
    )
    how_acknowledged: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization] = relationship(back_populates="history")


class Contact(Timestamped, Trashable, Versioned, Base):
    """A person, usually at an organization; key leaders are flagged."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(300), index=True)
    given_name: Mapped[str] = mapped_column(String(150), default="")
    family_name: Mapped[str] = mapped_column(String(150), default="")
    role_title: Mapped[str] = mapped_column(String(300), default="")
    is_key_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    is_decision_maker: Mapped[bool] = mapped_column(Boolean, default=False)
    background: Mapped[str] = mapped_column(Text, default="")
    preferred_contact_method: Mapped[PreferredContactMethod | None] = mapped_column(
        choice_column(PreferredContactMethod), default=None
    )

    organization: Mapped[Organization | None] = relationship(back_populates="contacts")
    emails: Mapped[list[ContactEmail]] = relationship(
        cascade="all, delete-orphan", order_by="ContactEmail.position", lazy="selectin"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        cascade="all, delete-orphan", order_by="ContactPhone.position", lazy="selectin"
    )
    affiliations: Mapped[list[ContactAffiliation]] = relationship(
        cascade="all, delete-orphan", order_by="ContactAffiliation.started_on"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags)

    @property
    def primary_email(self) -> str:
        return self.emails[0].address if self.emails else ""

    @property
    def primary_phone(self) -> str:
        return self.phones[0].number if self.phones else ""


trash_index(Contact)
list_order_index(Contact, Contact.full_name.collate("NOCASE"))


class ContactEmail(Base):
    __tablename__ = "contact_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    address: Mapped[str] = mapped_column(String(320), index=True)
    label: Mapped[str] = mapped_column(String(50), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactPhone(Base):
    __tablename__ = "contact_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(50), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactAffiliation(Base):
    """Where a contact worked before: moving organizations keeps their history."""

    __tablename__ = "contact_affiliations"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    role_title: Mapped[str] = mapped_column(String(300), default="")
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)

    organization: Mapped[Organization | None] = relationship()


class OutreachNote(Timestamped, Trashable, Versioned, Base):
    """A dated interaction (email, call, meeting...) and what is due next."""

    __tablename__ = "outreach_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership_requests.id", ondelete="SET NULL"), index=True
    )
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[NoteKind] = mapped_column(choice_column(NoteKind), default=NoteKind.OTHER)
    subject: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(150), default="")
    follow_up_action: Mapped[str] = mapped_column(Text, default="")
    follow_up_due: Mapped[date | None] = mapped_column(Date, default=None)
    follow_up_done_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)

    organization: Mapped[Organization | None] = relationship(back_populates="notes_about")
    participants: Mapped[list[Contact]] = relationship(secondary=note_participants)

    @property
    def has_open_follow_up(self) -> bool:
        return bool(self.follow_up_action) and self.follow_up_done_at is None


trash_index(OutreachNote)
# The Today page's follow-ups: only the open ones, a few hundred among years of done ones.
Index(
    "ix_outreach_notes_open_follow_ups",
    OutreachNote.follow_up_due,
    sqlite_where=OutreachNote.follow_up_done_at.is_(None) & OutreachNote.deleted_at.is_(None),
)
# Newest first: read backwards, the index (with its rowid) gives happened_on, id descending.
list_order_index(OutreachNote, OutreachNote.happened_on)
