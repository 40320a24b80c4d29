"""The records of the benchmark dataset, written with bulk INSERTs of the store's models.

A few organizations get most of the attention (a Zipf-like share of contacts and notes),
as in real life: the biggest partner has thousands of notes, most have a handful.
Ids are given here, so later tables can refer to earlier ones without reading them back.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from typing import Any

from dataset_words import (
    FAMILY_NAMES,
    GIVEN_NAMES,
    MOU_SECTIONS,
    ORGANIZATION_PATTERNS,
    PLACES,
    REQUEST_TITLES,
    ROLES,
    STAFF,
    SUBJECTS,
    TAGS,
    TOPICS,
    TextMaker,
    ascii_slug,
)
from dataset_writer import DatasetWriter
from sqlalchemy import select

from partnerdesk.core.choices import (
    Acknowledgement,
    Decision,
    MouStatus,
    NoteKind,
    OrganizationType,
    ParticipationLevel,
    PreferredContactMethod,
    Rating,
    RequestStage,
)
from partnerdesk.services.vetting.questions import ensure_question_bank
from partnerdesk.store.database import Database
from partnerdesk.store.models import (
    Contact,
    ContactAffiliation,
    ContactEmail,
    ContactPhone,
    Mou,
    MouVersion,
    Organization,
    OutreachNote,
    PartnerHistoryEntry,
    PartnershipRequest,
    StageChange,
    Tag,
    VettingAnswer,
    VettingQuestion,
)
from partnerdesk.store.models.organizations import note_participants, organization_tags

TRASHED_SHARE = 0.005
# Where requests stand: recent ones are still being looked at, older ones mostly decided
# (a few old ones were simply left in vetting, as happens).
RECENT_DAYS = 150
RECENT_STAGES = {
    RequestStage.RECEIVED: 20,
    RequestStage.GETTING_TO_KNOW: 25,
    RequestStage.VETTING: 30,
    RequestStage.KICKOFF: 8,
    RequestStage.MOU_DRAFTING: 7,
    RequestStage.DECLINED: 10,
}
OLDER_STAGES = {
    RequestStage.VETTING: 2,
    RequestStage.MOU_DRAFTING: 1,
    RequestStage.ACTIVE: 30,
    RequestStage.UNDER_REVIEW: 5,
    RequestStage.DECLINED: 40,
    RequestStage.ENDED: 22,
}
OPEN_PATH = list(RequestStage)[:7]  # received ... under review, in the usual order
MOU_STATUS = {
    RequestStage.MOU_DRAFTING: MouStatus.DRAFT,
    RequestStage.ACTIVE: MouStatus.SIGNED,
    RequestStage.UNDER_REVIEW: MouStatus.IN_REVIEW,
    RequestStage.ENDED: MouStatus.ENDED,
}
ASKING_KINDS = ("hospital", "payer", "public_health", "government")


def _moment(day: date, rng: random.Random) -> datetime:
    """A working-hours moment on ``day``."""
    minutes = 8 * 60 + int(rng.random() * 600)
    return datetime.combine(day, day_time(minutes // 60, minutes % 60), tzinfo=UTC)


def _stamps(day: date, rng: random.Random) -> dict[str, datetime]:
    """Created and last changed at the same moment: nothing was edited since."""
    moment = _moment(day, rng)
    return {"created_at": moment, "updated_at": moment}


def _skewed_weights(count: int, exponent: float) -> list[float]:
    return [1.0 / (rank + 1) ** exponent for rank in range(count)]


class DatasetBuilder:
    def __init__(
        self,
        database: Database,
        rng: random.Random,
        today: date,
        log: Callable[[str], None] = lambda _message: None,
    ) -> None:
        self.database = database
        self.rng = rng
        self.today = today
        self.text = TextMaker(rng)
        self.log = log
        self.writer = DatasetWriter(database.engine, log)
        self.organizations: list[dict[str, Any]] = []
        self.contacts_by_org: dict[int, list[int]] = {}
        self.contact_names: dict[int, str] = {}
        self.ranked_orgs: list[int] = []

    # Writing ---------------------------------------------------------------
    def _write(self, model: Any, rows: Iterable[dict[str, Any]], what: str) -> int:
        return self.writer.write(model, rows, what)

    def _day_back(self, most_days: int) -> date:
        return self.today - timedelta(days=self.rng.randint(0, most_days))

    def _trashed(self, day: date) -> datetime | None:
        return _moment(day, self.rng) if self.rng.random() < TRASHED_SHARE else None

    # The whole dataset -----------------------------------------------------
    def build(
        self, *, organizations: int, contacts: int, notes: int, requests: int
    ) -> dict[str, int]:
        # Written first: later on, the index thread's turn to write would hold it up.
        with self.database.session() as session:
            ensure_question_bank(session)
            self.questions = session.execute(
                select(VettingQuestion.id, VettingQuestion.text).order_by(VettingQuestion.id)
            ).all()
        counts = {"organizations": self.add_organizations(organizations)}
        counts["contacts"] = self.add_contacts(contacts)
        counts["requests"] = self.add_requests(requests)
        counts["notes"] = self.add_notes(notes)
        counts["vetting answers"] = self.add_vetting_answers()
        counts["MOUs"], counts["MOU versions"] = self.add_mous()
        self.writer.finish()
        return counts

    # Organizations ---------------------------------------------------------
    def add_organizations(self, count: int) -> int:
        rng = self.rng
        variants = [
            name for place in PLACES for name in (place, f"North {place}", f"{place} Heights")
        ]
        combos = [(pattern, place) for pattern in ORGANIZATION_PATTERNS for place in variants]
        picked = rng.sample(combos, min(count - 1, len(combos)))
        while len(picked) < count - 1:  # more than the combinations: number the rest
            pattern, place = rng.choice(combos)
            picked.append(((pattern[0] + f" {len(picked)}", pattern[1]), place))
        ours = {
            "id": 1,
            "name": "Eastside Community Food Collective",
            "kind": OrganizationType.COMMUNITY_BASED,
            "is_ours": True,
            "place": "Eastside",
        }
        self.organizations = [ours]
        for index, ((pattern, kind), place) in enumerate(picked, start=2):
            self.organizations.append(
                {
                    "id": index,
                    "name": pattern.format(p=place),
                    "kind": OrganizationType(kind),
                    "is_ours": False,
                    "place": place,
                }
            )
        self.ranked_orgs = [org["id"] for org in self.organizations[1:]]
        rng.shuffle(self.ranked_orgs)
        self._write(Organization, map(self._organization_row, self.organizations), "organizations")
        self._add_tags_and_history()
        return len(self.organizations)

    def _organization_row(self, org: dict[str, Any]) -> dict[str, Any]:
        rng, text = self.rng, self.text
        first = self._day_back(12 * 365)
        org["domain"] = ascii_slug(org["name"]).replace(".", "-") + ".example"
        return {
            "id": org["id"],
            "name": org["name"],
            "kind": org["kind"],
            "is_ours": org["is_ours"],
            "mission": text.sentences(rng.randint(1, 2), place=org["place"]),
            "values_statement": text.sentences(1) if rng.random() < 0.6 else "",
            "values_demonstrated": text.sentences(rng.randint(1, 3)) if rng.random() < 0.4 else "",
            "website": f"https://{org['domain']}",
            "service_area": f"{org['place']} and {rng.choice(PLACES)}",
            "years_active_in_community": rng.randint(1, 120) if rng.random() < 0.7 else None,
            "first_contact_on": first if rng.random() < 0.8 else None,
            "notes": text.sentences(rng.randint(1, 4)) if rng.random() < 0.3 else "",
            **_stamps(first, rng),
            "deleted_at": None if org["is_ours"] else self._trashed(first),
            "row_version": 1,
        }

    def _add_tags_and_history(self) -> None:
        rng = self.rng
        self._write(Tag, [{"id": i, "name": n} for i, n in enumerate(TAGS, 1)], "tags")
        links = {
            (org["id"], tag)
            for org in self.organizations
            if rng.random() < 0.3
            for tag in rng.sample(range(1, len(TAGS) + 1), rng.randint(1, 3))
        }
        self._write(
            organization_tags,
            [{"organization_id": org, "tag_id": tag} for org, tag in sorted(links)],
            "organization tags",
        )
        history = []
        for org in self.organizations[1:]:
            if rng.random() >= 0.08:
                continue
            for _ in range(rng.randint(1, 3)):
                happened = self._day_back(10 * 365)
                harm = rng.random() < 0.3
                history.append(
                    {
                        "organization_id": org["id"],
                        "happened_on": happened if rng.random() < 0.7 else None,
                        "period": f"around {happened.year}",
                        "title": self.text.fill("Pilot program on {topic}"),
                        "what_went_well": self.text.sentences(rng.randint(1, 2)),
                        "what_went_badly": self.text.sentences(1) if rng.random() < 0.5 else "",
                        "harm_or_broken_promise": self.text.sentences(1) if harm else "",
                        "acknowledgement": rng.choice(list(Acknowledgement))
                        if harm
                        else Acknowledgement.NOT_APPLICABLE,
                        **_stamps(happened, rng),
                    }
                )
        self._write(PartnerHistoryEntry, history, "past experiences")

    # Contacts --------------------------------------------------------------
    def add_contacts(self, count: int) -> int:
        rng = self.rng
        owners = rng.choices(
            self.ranked_orgs,
            cum_weights=list(itertools.accumulate(_skewed_weights(len(self.ranked_orgs), 0.6))),
            k=count,
        )
        domains = {org["id"]: org["domain"] for org in self.organizations}
        used_addresses: set[str] = set()
        contacts, emails, phones, affiliations = [], [], [], []
        for contact_id, owner in enumerate(owners, start=1):
            organization_id: int | None = owner if rng.random() < 0.95 else None
            if rng.random() < 0.01:
                organization_id = 1  # our own people
            given, family = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
            full_name = f"{given} {family}"
            if rng.random() < 0.08:
                full_name = f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {family}"
            self.contact_names[contact_id] = full_name
            if organization_id is not None:
                self.contacts_by_org.setdefault(organization_id, []).append(contact_id)
            added = self._day_back(8 * 365)
            contacts.append(
                {
                    "id": contact_id,
                    "organization_id": organization_id,
                    "full_name": full_name,
                    "given_name": given,
                    "family_name": family,
                    "role_title": rng.choice(ROLES) if rng.random() < 0.85 else "",
                    "is_key_leader": rng.random() < 0.1,
                    "is_decision_maker": rng.random() < 0.05,
                    "background": self.text.sentences(rng.randint(1, 3), person=given)
                    if rng.random() < 0.4
                    else "",
                    "preferred_contact_method": rng.choice(list(PreferredContactMethod))
                    if rng.random() < 0.5
                    else None,
                    **_stamps(added, rng),
                    "deleted_at": self._trashed(added),
                    "row_version": 1,
                }
            )
            domain = domains[organization_id] if organization_id else "mail.example"
            local = ".".join(filter(None, (ascii_slug(given), ascii_slug(family))))
            local = local or f"person{contact_id}"
            addresses = [f"{local}@{domain}"]
            if rng.random() < 0.2:
                addresses.append(f"{local}{rng.randint(1, 99)}@mail.example")
            if rng.random() < 0.1:
                addresses = []
            for position, address in enumerate(addresses):
                if address in used_addresses:
                    address = address.replace("@", f".{contact_id}@")
                used_addresses.add(address)
                label = "work" if position == 0 else "personal"
                emails.append(
                    {
                        "contact_id": contact_id,
                        "address": address,
                        "label": label,
                        "position": position,
                    }
                )
            for position in range(rng.choice((0, 1, 1, 1, 2))):
                number = f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"
                label = ("work", "mobile")[position]
                phones.append(
                    {
                        "contact_id": contact_id,
                        "number": number,
                        "label": label,
                        "position": position,
                    }
                )
            if organization_id and rng.random() < 0.05:
                started = added - timedelta(days=rng.randint(400, 3000))
                affiliations.append(
                    {
                        "contact_id": contact_id,
                        "organization_id": rng.choice(self.ranked_orgs),
                        "role_title": rng.choice(ROLES),
                        "started_on": started,
                        "ended_on": added,
                    }
                )
        written = self._write(Contact, contacts, "contacts")
        self._write(ContactEmail, emails, "e-mail addresses")
        self._write(ContactPhone, phones, "phone numbers")
        self._write(ContactAffiliation, affiliations, "former affiliations")
        return written

    # Requests, their stages and vetting --------------------------------------
    def add_requests(self, count: int) -> int:
        rng = self.rng
        askers = [org["id"] for org in self.organizations if org["kind"].value in ASKING_KINDS]
        askers = askers or self.ranked_orgs
        places = {org["id"]: org["place"] for org in self.organizations}
        self.requests: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        for request_id in range(1, count + 1):
            organization_id = rng.choice(askers)
            people = self.contacts_by_org.get(organization_id, [])
            received = self._day_back(6 * 365)
            weights = (
                RECENT_STAGES if received > self.today - timedelta(RECENT_DAYS) else OLDER_STAGES
            )
            stage = rng.choices(list(weights), weights=list(weights.values()))[0]
            if request_id == 1:
                stage = RequestStage.ACTIVE  # so even a tiny dataset has a signed MOU
            path = self._stage_path(stage)
            decided = received + timedelta(days=rng.randint(14, 120))
            decision = None
            if stage is RequestStage.DECLINED:
                decision = Decision.DECLINE
            elif stage.is_closed or OPEN_PATH.index(path[-1]) >= 3:
                decision = rng.choice((Decision.PROCEED, Decision.PROCEED_WITH_CONDITIONS))
            place = places[organization_id]
            request = {
                "id": request_id,
                "title": self.text.fill(rng.choice(REQUEST_TITLES), place=place)[:300],
                "organization_id": organization_id,
                "contact_id": rng.choice(people) if people else None,
                "received_on": received,
                "ask": self.text.sentences(rng.randint(2, 4), place=place),
                "stated_purpose": self.text.sentences(rng.randint(1, 2)),
                "community_need": self.text.sentences(rng.randint(1, 2), place=place),
                "funding_source": f"A grant for {rng.choice(TOPICS)}",
                "funding_ends_on": received + timedelta(days=rng.randint(180, 1100))
                if rng.random() < 0.8
                else None,
                "plan_when_funding_ends": self.text.sentences(1) if rng.random() < 0.4 else "",
                "proposed_timeframe": f"{rng.randint(3, 36)} months",
                "participation_offered": rng.choice(list(ParticipationLevel)),
                "participation_wanted": rng.choice(list(ParticipationLevel)),
                "stage": stage,
                "decision": decision,
                "decision_reasons": self.text.sentences(2) if decision else "",
                "decision_conditions": "",
                "decided_on": decided if decision else None,
                **_stamps(received, rng),
                "deleted_at": self._trashed(received),
                "row_version": 1,
            }
            self.requests.append(request)
            for step, (before, after) in enumerate(itertools.pairwise([None, *path])):
                changes.append(
                    {
                        "request_id": request_id,
                        "from_stage": before,
                        "to_stage": after,
                        "changed_at": _moment(received + timedelta(days=10 * step), rng),
                        "changed_by": rng.choice(STAFF),
                        "note": self.text.sentences(1) if rng.random() < 0.5 else "",
                    }
                )
        written = self._write(PartnershipRequest, self.requests, "partnership requests")
        self._write(StageChange, changes, "stage changes")
        return written

    def _stage_path(self, stage: RequestStage) -> list[RequestStage]:
        if stage is RequestStage.DECLINED:
            return [*OPEN_PATH[: self.rng.randint(1, 3)], stage]
        if stage is RequestStage.ENDED:
            return [*OPEN_PATH[:6], stage]
        return OPEN_PATH[: OPEN_PATH.index(stage) + 1]

    def add_vetting_answers(self) -> int:
        rng, questions = self.rng, self.questions
        ratings = list(Rating)
        answers = []
        for request in self.requests:
            stage = request["stage"]
            if stage is RequestStage.RECEIVED:
                continue
            how_many = rng.randint(3, 12) if stage is RequestStage.GETTING_TO_KNOW else None
            how_many = how_many or rng.randint(10, len(questions))
            for question_id, question_text in rng.sample(questions, how_many):
                asked = request["received_on"] + timedelta(days=rng.randint(1, 60))
                answers.append(
                    {
                        "request_id": request["id"],
                        "question_id": question_id,
                        "question_text_asked": question_text,
                        "question_revision_asked": 1,
                        "their_answer": self.text.sentences(rng.randint(1, 3)),
                        "our_evidence": self.text.sentences(1) if rng.random() < 0.6 else "",
                        "rating": rng.choice(ratings),
                        "asked_by": rng.choice(STAFF),
                        "asked_on": asked,
                        **_stamps(asked, rng),
                        "row_version": 1,
                    }
                )
        return self._write(VettingAnswer, answers, "vetting answers")

    # Notes -----------------------------------------------------------------
    def add_notes(self, count: int) -> int:
        rng = self.rng
        weights = list(itertools.accumulate(_skewed_weights(len(self.ranked_orgs), 0.7)))
        owners = rng.choices(self.ranked_orgs, cum_weights=weights, k=count)
        places = {org["id"]: org["place"] for org in self.organizations}
        requests_by_org: dict[int, list[int]] = {}
        for request in self.requests:
            requests_by_org.setdefault(request["organization_id"], []).append(request["id"])
        kinds = list(NoteKind)
        days = sorted(self._day_back(10 * 365) for _ in range(count))  # ids follow time
        participants: list[dict[str, Any]] = []

        def rows() -> Iterable[dict[str, Any]]:
            for note_id, (owner, happened) in enumerate(zip(owners, days, strict=True), 1):
                people = self.contacts_by_org.get(owner, [])
                chosen = rng.sample(people, min(len(people), rng.choice((0, 1, 1, 2, 3))))
                participants.extend({"note_id": note_id, "contact_id": c} for c in chosen)
                person = self.contact_names[chosen[0]].split()[0] if chosen else ""
                place = places[owner]
                follow_up = rng.random() < 0.25
                due = happened + timedelta(days=rng.randint(3, 30)) if follow_up else None
                long_past = due is not None and due < self.today - timedelta(days=20)
                done = due is not None and (long_past or rng.random() < 0.3)
                own_requests = requests_by_org.get(owner, [])
                yield {
                    "id": note_id,
                    "organization_id": owner if rng.random() < 0.97 else None,
                    "request_id": rng.choice(own_requests)
                    if own_requests and rng.random() < 0.3
                    else None,
                    "happened_on": happened,
                    "kind": rng.choice(kinds),
                    "subject": self.text.fill(rng.choice(SUBJECTS), person, place)[:300],
                    "summary": self.text.note_summary(person, place),
                    "author": rng.choice(STAFF),
                    "follow_up_action": self.text.fill(
                        "Send {person} what we know about {topic}", person, place
                    )
                    if follow_up
                    else "",
                    "follow_up_due": due,
                    "follow_up_done_at": _moment(due, rng) if done and due else None,
                    **_stamps(happened, rng),
                    "deleted_at": self._trashed(happened),
                    "row_version": 1,
                }

        written = self._write(OutreachNote, rows(), "notes")
        self._write(note_participants, participants, "note participants")
        return written

    # MOUs --------------------------------------------------------------------
    def add_mous(self) -> tuple[int, int]:
        rng = self.rng
        names = {org["id"]: org["name"] for org in self.organizations}
        mous, versions = [], []
        for request in self.requests:
            status = MOU_STATUS.get(request["stage"])
            if status is None:
                continue
            mou_id = len(mous) + 1
            them = names[request["organization_id"]]
            started = request["received_on"] + timedelta(days=rng.randint(30, 120))
            sections = self._mou_sections(them)
            signed = started + timedelta(days=rng.randint(20, 90))
            mous.append(
                {
                    "id": mou_id,
                    "title": f"MOU with {them}"[:300],
                    "request_id": request["id"],
                    "status": status,
                    "sections": sections,
                    "last_page": rng.choice([key for key, _, _ in MOU_SECTIONS]),
                    "review_on": self.today + timedelta(days=rng.randint(-30, 365))
                    if status in (MouStatus.SIGNED, MouStatus.IN_REVIEW)
                    else None,
                    "signed_on": signed if status is not MouStatus.DRAFT else None,
                    **_stamps(started, rng),
                    "deleted_at": None,
                    "row_version": 1,
                }
            )
            for number in range(1, rng.randint(1, 5) + 1):
                day = started + timedelta(days=7 * number)
                versions.append(
                    {
                        "mou_id": mou_id,
                        "number": number,
                        "created_at": _moment(day, rng),
                        "note": self.text.sentences(1) if rng.random() < 0.5 else "",
                        "sections": self._mou_sections(them),
                        "exported_file_name": f"MOU {them} v{number}.docx"[:500],
                    }
                )
        return self._write(Mou, mous, "MOUs"), self._write(MouVersion, versions, "MOU versions")

    def _mou_sections(self, them: str) -> dict[str, Any]:
        rng = self.rng
        sections = {}
        for key, title, opening in MOU_SECTIONS:
            first = opening.format(
                us="Eastside Community Food Collective",
                them=them,
                topic=rng.choice(TOPICS),
                place=rng.choice(PLACES),
            )
            sections[key] = {
                "title": title,
                "text": f"{first} {self.text.sentences(rng.randint(1, 4))}",
                "done": rng.random() < 0.8,
            }
        return sections
