"""The first wording of a new MOU, from its request: the parties and who signs, the joint
purpose from both profiles, decision-making in plain words, what each party provides
(the capacity matrix), and first answers from the vetting.

Everything here is a first draft for both parties to edit: it speaks for neither of them
alone (no internal judgements, no public-participation terms). Its sentences are the
document words (resources/[LANG/]document_words.yaml, "mou.prefill.…") of the language of
the screen that started the MOU: written once, then the parties' own text to edit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import CapacityStatus, ParticipationLevel
from partnerdesk.core.document_language import document_words
from partnerdesk.core.mou_sections import scope_from_request
from partnerdesk.core.translation import SOURCE_LANGUAGE
from partnerdesk.services.vetting.capacity_matrix import capacity_matrix, our_organization
from partnerdesk.services.vetting.questions import answers_by_key
from partnerdesk.store.models import Contact, Organization, PartnerProfile, PartnershipRequest

DEFAULT_REVIEW_MONTHS = 6

# Vetting answers that give a first wording for MOU fields (question id -> section, field).
_FROM_ANSWERS = {
    "data.ownership": ("data", "ownership"),
    "data.what-shared": ("data", "what_is_shared"),
    "data.results-shared": ("data", "results"),
    "data.use-agreement": ("data", "agreement"),
    "sustainability.after-funding": ("term", "sustainability"),
}


def _signatory(contact: Contact | None) -> dict[str, str]:
    if contact is None:
        return {"signatory": "", "title": ""}
    return {"signatory": contact.full_name, "title": contact.role_title}


def _decision_maker(session: Session, organization_id: int) -> Contact | None:
    return session.scalar(
        select(Contact)
        .where(
            Contact.organization_id == organization_id,
            Contact.deleted_at.is_(None),
            Contact.is_decision_maker,
        )
        .order_by(Contact.id)
        .limit(1)
    )


# The English sentences, as resources/document_words.yaml has them (a test checks): an MOU
# started in English, the sample data's among them, loads no YAML for them, as before.
ENGLISH_SENTENCES = {
    "title": "MOU: {title}",
    "untitled": "Memorandum of understanding",
    "provides": "{party} provides {capacities}.",
    "together": "{together} work together on a need both organizations share.",
    "need": "For {organization}: {need}",
    "own_words": "{organization}, in its own words: “{words}”",
    "decisions.inform": "{theirs} makes the decisions and keeps {ours} informed of them.",
    "decisions.consult": "{theirs} asks {ours} for its views before deciding, and tells "
    "{ours} how they were used.",
    "decisions.involve": "{theirs} works with {ours} throughout, so that the concerns {ours} "
    "raises are reflected in each decision.",
    "decisions.collaborate": "{ours} and {theirs} make each decision together, from setting "
    "priorities to choosing what to do.",
    "decisions.empower": "{ours} makes the final decisions, and {theirs} supports carrying "
    "them out.",
    "list_and": "{first} and {last}",
}


def prefill_words(language: str, key: str, **values: str) -> str:
    """The first draft's sentence ``key`` ("mou.prefill.…") in ``language``."""
    if language == SOURCE_LANGUAGE:
        return ENGLISH_SENTENCES[key].format(**values)
    text = document_words(language)[f"mou.prefill.{key}"]
    assert isinstance(text, str)
    return text.format(**values)


def prefill_from_request(
    session: Session, request: PartnershipRequest, language: str = SOURCE_LANGUAGE
) -> dict[str, Any]:
    """A first draft from what PartnerDesk knows: parties, say, matrix, answers, profiles.

    Written for both parties to read: nothing of our vetting (what a party "needs", what
    the request "claims") and nothing we only wish for stated as agreed. In ``language``
    (the screen's content language): its sentences, and the shipped capacities' names.
    """
    ours = our_organization(session)
    theirs = request.organization
    if theirs is not None and ours is not None and theirs.id == ours.id:
        theirs = None
    parties = []
    if ours is not None:
        parties.append({"name": ours.name, **_signatory(_decision_maker(session, ours.id))})
    if theirs is not None:
        parties.append({"name": theirs.name, **_signatory(request.contact)})
    sections: dict[str, Any] = {
        # Our organization's record says whether the lobbying check applies (issue 18).
        "parties": {"parties": parties, "nonprofit_limits": bool(ours and ours.nonprofit_limits)},
        "scope": scope_from_request(request.ask, request.proposed_timeframe),
        "review": {"every_months": DEFAULT_REVIEW_MONTHS},
        "term": {
            "funding_ends_on": request.funding_ends_on.isoformat()
            if request.funding_ends_on
            else "",
            "when_funding_ends": request.plan_when_funding_ends,
        },
    }
    purpose = _joint_purpose(session, [ours, theirs], language)
    if purpose:
        sections["purpose"] = {"purpose": purpose}
    how = _how_decisions_are_made(request, ours, theirs, language)
    if how:
        sections["decisions"] = {"how": how}
    answers = answers_by_key(session, request.id)
    for question, (section_id, field_id) in _FROM_ANSWERS.items():
        answer = answers.get(question)
        if answer is not None and answer.their_answer.strip():
            sections.setdefault(section_id, {}).setdefault(field_id, answer.their_answer)
    matrix = capacity_matrix(session, request.id, language)
    provides = []
    for party in matrix.parties:
        has = [
            _in_a_list(c.name)
            for c in matrix.capacities
            if matrix.cell(c.id, party.organization_id).status is CapacityStatus.HAS
        ]
        if has:
            provides.append(
                prefill_words(
                    language, "provides", party=party.name, capacities=_listed(has, language)
                )
            )
    if provides:
        sections["resources"] = {"services": "\n".join(provides)}
    _prefill_from_profiles(session, sections, [ours, request.organization], language)
    return sections


def _in_a_list(name: str) -> str:
    """A capacity's name inside a sentence: "Lived experience" → "lived experience", but
    "IT and technical support" stays as it is."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def _listed(items: list[str], language: str) -> str:
    if len(items) == 1:
        return items[0]
    last = (
        ENGLISH_SENTENCES["list_and"]
        if language == SOURCE_LANGUAGE
        else document_words(language)["mou.list_and"]
    )
    assert isinstance(last, str)
    return last.format(first=", ".join(items[:-1]), last=items[-1])


# Profile answers that say what a party needs from a partnership, the first one given.
_NEED_KEYS = ("partnership.need", "why.need")


def _joint_purpose(session: Session, parties: list[Organization | None], language: str) -> str:
    """The purpose both parties share: each one's need, in its own profile's words."""
    known = [organization for organization in parties if organization is not None]
    needs = []
    for organization in known:
        answers = _profile_answers(session, organization)
        need = next(
            (str(answers.get(key) or "").strip() for key in _NEED_KEYS if answers.get(key)), ""
        )
        if need:
            needs.append(prefill_words(language, "need", organization=organization.name, need=need))
    if not needs:
        return ""
    names = [organization.name for organization in known]
    together = _listed(names, language)
    return "\n".join([prefill_words(language, "together", together=together), *needs])


# How decisions are made at each level both sides agree on, in plain words (no spectrum
# jargon), "mou.prefill.decisions.LEVEL": "{theirs}" asked for the partnership, "{ours}" is
# the community organization.


def _how_decisions_are_made(
    request: PartnershipRequest,
    ours: Organization | None,
    theirs: Organization | None,
    language: str,
) -> str:
    """Only what both sides already say: the level they offer, when it is the one we want.
    Our wish alone is ours to raise, not a clause of the draft."""
    offered, wanted = request.participation_offered, request.participation_wanted
    if offered is None or offered != wanted or ours is None or theirs is None:
        return ""
    return prefill_words(
        language,
        f"decisions.{ParticipationLevel(offered).value}",
        ours=ours.name,
        theirs=theirs.name,
    )


def _profile_answers(session: Session, organization: Organization) -> dict[str, Any]:
    profile = session.scalar(
        select(PartnerProfile).where(PartnerProfile.organization_id == organization.id)
    )
    return dict(profile.answers or {}) if profile is not None else {}


# Profile answers (resources/profile_prompts.yaml) that give each party's words to a field.
_FROM_PROFILES = {
    ("resources", "services"): (
        "contributions.technical",
        "contributions.relational",
        "contributions.clinical",
        "contributions.other",
    ),
    ("monitoring", "measures"): (
        "success.population",
        "success.organization",
        "success.field",
        "success.frequency",
    ),
}


def _prefill_from_profiles(
    session: Session,
    sections: dict[str, Any],
    parties: list[Organization | None],
    language: str,
) -> None:
    """Both profiles, each party's answers quoted under its name."""
    profiles: list[tuple[Organization, dict[str, Any]]] = []
    for organization in parties:
        if organization is None or any(organization is seen for seen, _ in profiles):
            continue
        answers = _profile_answers(session, organization)
        if answers:
            profiles.append((organization, answers))
    for (section_id, field_id), keys in _FROM_PROFILES.items():
        lines = []
        for organization, answers in profiles:
            said = [str(answers.get(key) or "").strip() for key in keys]
            said = [text for text in said if text]
            if said:
                # Each profile speaks for itself ("we", "our"): quoted, and said whose it is.
                lines.append(
                    prefill_words(
                        language, "own_words", organization=organization.name, words=" ".join(said)
                    )
                )
        if not lines:
            continue
        values = sections.setdefault(section_id, {})
        # The capacity matrix may have written here already: the profiles' words follow.
        values[field_id] = "\n".join([*filter(None, [values.get(field_id)]), *lines])
