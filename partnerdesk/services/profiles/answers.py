"""Partner profiles: an organization's answers to the profile prompts, ours first.

A profile is kept per organization (``PartnerProfile``): answers under the prompt ids of
``resources/profile_prompts.yaml`` and the page the wizard was last on, so it resumes
there. The wizard saves as the user types, a few fields at a time, so each save is one
short transaction that changes only what differs.

The use cases the window calls, each one transaction of its own, are at the end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import OrganizationType
from partnerdesk.core.profile_prompts import ProfilePrompts, load_profile_prompts
from partnerdesk.core.text import clean_single_line
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes, Detail, RecordKind
from partnerdesk.services.errors import InvalidInputError
from partnerdesk.services.records.concurrency import SHOWN_CHARACTERS
from partnerdesk.services.records.organizations import (
    OrganizationForm,
    get_organization,
    organization_choices,
    save_organization,
)
from partnerdesk.services.transactions import transaction
from partnerdesk.services.vetting.capacity_matrix import mark_as_ours, our_organization
from partnerdesk.shipped_files import SOURCE_LANGUAGE, content_language
from partnerdesk.store.database import Database
from partnerdesk.store.errors import ChangedElsewhereError, Difference
from partnerdesk.store.models import Organization, PartnerProfile

# A profile shows on no list and no page but its own wizard (and its Word export).
PROFILE_CHANGED = Changes.of(Detail.PROFILE)
# Which organization is ours shows on requests (the capacity matrix's "Us") too.
OURS_CHANGED = Changes(frozenset({RecordKind.ORGANIZATION, RecordKind.REQUEST}))


@cache
def shipped_prompts() -> ProfilePrompts:
    """The shipped prompts, read once per run."""
    return load_profile_prompts()


@cache
def prompts_in(language: str) -> ProfilePrompts:
    """The shipped prompts in ``language`` for a document; English while that language has
    no prompts file yet. The ids are the same in every language, so the answers fit."""
    from partnerdesk.core.profile_prompts import default_prompts_path

    if language == "en" or not default_prompts_path(language).is_file():
        return shipped_prompts()
    return load_profile_prompts(language=language)


@dataclass(frozen=True)
class ProfileState:
    """What the wizard opens with: whose profile, the answers so far, where to resume."""

    organization_id: int
    organization_name: str
    is_ours: bool
    answers: dict[str, str]
    last_page: str

    def answered(self, field_ids: list[str] | tuple[str, ...]) -> int:
        return sum(1 for field_id in field_ids if self.answers.get(field_id, "").strip())


def _stored_profile(session: Session, organization_id: int) -> PartnerProfile | None:
    return session.scalar(
        select(PartnerProfile).where(PartnerProfile.organization_id == organization_id)
    )


def _text_answers(raw: object) -> dict[str, str]:
    """Answers as stored, keeping only text: the JSON may have been edited by other tools."""
    if not isinstance(raw, dict):
        return {}
    return {str(key): value for key, value in raw.items() if isinstance(value, str)}


def load_profile(session: Session, organization_id: int) -> ProfileState:
    """The profile as it stands; an organization without one gets an empty profile (none is
    stored until something is typed)."""
    organization = get_organization(session, organization_id)
    profile = _stored_profile(session, organization_id)
    return ProfileState(
        organization_id=organization.id,
        organization_name=organization.name,
        is_ours=organization.is_ours,
        answers=_text_answers(profile.answers) if profile else {},
        last_page=profile.last_page if profile else "",
    )


def save_profile(
    session: Session,
    organization_id: int,
    answers: Mapping[str, str],
    last_page: str | None = None,
    prompts: ProfilePrompts | None = None,
    bases: Mapping[str, str] | None = None,
) -> Changes:
    """Store these answers (cleaned; an empty one is removed) and, if given, the page.

    Only what differs is written, so saving the same text twice changes nothing.
    ``bases`` holds, for an answer, the text the wizard showed before the user typed: if
    the stored answer is no longer that, a colleague saved it meanwhile, and nothing is
    written (ChangedElsewhereError; ``theirs`` maps each such answer to their text).
    Each answer is checked on its own, so colleagues filling in different answers of one
    profile at once never refuse each other.
    """
    prompts = prompts or shipped_prompts()
    cleaned: dict[str, str] = {}
    for field_id, text in answers.items():
        prompt = prompts.field(field_id)
        if prompt is None:
            raise InvalidInputError(
                translate("Refusals", "The profile has no question “{field_id}”.").format(
                    field_id=field_id
                )
            )
        cleaned[field_id] = prompt.clean(text)
    if last_page is not None and last_page and prompts.part(last_page) is None:
        raise InvalidInputError(
            translate("Refusals", "The profile has no part “{last_page}”.").format(
                last_page=last_page
            )
        )
    get_organization(session, organization_id)
    profile = _stored_profile(session, organization_id)
    current = _text_answers(profile.answers) if profile else {}
    if bases:
        _refuse_answers_changed_elsewhere(prompts, current, cleaned, bases)
    updated = dict(current)
    for field_id, text in cleaned.items():
        if text:
            updated[field_id] = text
        else:
            updated.pop(field_id, None)
    page_changes = last_page is not None and (profile is None or profile.last_page != last_page)
    if updated == current and not page_changes:
        return Changes()
    if profile is None:
        profile = PartnerProfile(organization_id=organization_id, answers={}, last_page="")
        session.add(profile)
    if updated != current:
        # A new dict, not an update in place: SQLAlchemy only sees a JSON value replaced.
        profile.answers = updated
    if last_page is not None:
        profile.last_page = last_page
    session.flush()
    return PROFILE_CHANGED


def _refuse_answers_changed_elsewhere(
    prompts: ProfilePrompts,
    current: Mapping[str, str],
    cleaned: Mapping[str, str],
    bases: Mapping[str, str],
) -> None:
    theirs: dict[str, str] = {}
    found: list[Difference] = []
    for field_id, base in bases.items():
        prompt = prompts.field(field_id)
        stored = current.get(field_id, "")
        if prompt is None or field_id not in cleaned:
            continue
        if stored in (prompt.clean(base), cleaned[field_id]):
            continue  # unchanged since shown, or already what this save writes
        theirs[field_id] = stored
        found.append(
            Difference(
                prompt.label,
                _shown(stored),
                _shown(cleaned[field_id]),
                theirs_changed=True,
                name=field_id,
            )
        )
    if found:
        raise ChangedElsewhereError("partner profile", _as_shown(found), theirs)


def _as_shown(found: list[Difference]) -> list[Difference]:
    """Each answer named by its prompt as the profile's page shows it, in the window's
    language (the ids are the same in every language)."""
    language = content_language()
    if language == SOURCE_LANGUAGE:
        return found
    shown = prompts_in(language)
    return [
        replace(item, field=prompt.label) if (prompt := shown.field(item.name)) else item
        for item in found
    ]


def _shown(text: str) -> str:
    words = " ".join(text.split())
    if not words:
        return "(empty)"
    return words if len(words) <= SHOWN_CHARACTERS else words[: SHOWN_CHARACTERS - 1] + "…"


def save_profile_answer(
    session: Session, organization_id: int, field_id: str, text: str
) -> Changes:
    return save_profile(session, organization_id, {field_id: text})


def our_organization_id(session: Session) -> int | None:
    ours = our_organization(session)
    return ours.id if ours is not None else None


def set_up_our_organization(session: Session, name: str) -> tuple[int, Changes]:
    """Mark the organization of this name as ours, adding it if PartnerDesk does not have it.

    Matching an existing name (ignoring case) avoids a second record for the same
    organization when the user types a name they had already added.
    """
    cleaned = clean_single_line(name)
    if not cleaned:
        raise InvalidInputError(translate("Refusals", "Please write your organization's name."))
    existing = next(
        (
            organization
            for organization in session.scalars(
                select(Organization).where(Organization.deleted_at.is_(None))
            )
            if organization.name.casefold() == cleaned.casefold()
        ),
        None,
    )
    if existing is not None:
        return existing.id, mark_as_ours(session, existing.id)
    organization_id, _changes = save_organization(
        session,
        # A community organization: a nonprofit, so it cannot lobby unless the user says not.
        OrganizationForm(
            name=cleaned,
            kind=OrganizationType.COMMUNITY_BASED,
            is_ours=True,
            nonprofit_limits=True,
        ),
    )
    return organization_id, OURS_CHANGED


# Use cases: each takes the Database and is one transaction -------------------------------
def read_profile(database: Database, organization_id: int) -> ProfileState:
    with transaction(database) as session:
        return load_profile(session, organization_id)


def save_profile_answers(
    database: Database,
    organization_id: int,
    answers: Mapping[str, str],
    last_page: str | None = None,
    bases: Mapping[str, str] | None = None,
) -> Changes:
    """Store what the wizard typed since its last save (and the page it is on); ``bases``
    as for ``save_profile``: what each answer held when the wizard showed it."""
    with transaction(database) as session:
        return save_profile(session, organization_id, answers, last_page, bases=bases)


@dataclass(frozen=True)
class OurOrganization:
    """Which organization is ours, or (not chosen yet) those to choose from."""

    organization_id: int | None
    choices: list[tuple[int, str]]


def find_our_organization(database: Database) -> OurOrganization:
    with transaction(database) as session:
        ours = our_organization_id(session)
        return OurOrganization(ours, organization_choices(session) if ours is None else [])


def choose_our_organization(
    database: Database,
    organization_id: int | None,
    new_name: str = "",
    nonprofit: bool | None = None,
) -> tuple[int, Changes]:
    """Mark this organization as ours, or (None) the one named ``new_name``, added if new.

    ``nonprofit``: whether it is a 501(c)(3) or receives public funds (None: as recorded).
    """
    with transaction(database) as session:
        if organization_id is None:
            chosen, changes = set_up_our_organization(session, new_name)
        else:
            chosen, changes = organization_id, mark_as_ours(session, organization_id)
        if nonprofit is not None:
            get_organization(session, chosen).nonprofit_limits = nonprofit
        return chosen, changes
