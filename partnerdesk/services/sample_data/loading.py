"""Sample data for trying PartnerDesk: a fictional food-security CBO and the partners around it.

Every person, organization, address and number here is invented: email addresses use
``.example`` domains and phone numbers the fictional 555-01xx range. Dates are counted from
``today``, so follow-ups read as overdue or upcoming whenever the sample is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.choices import Acknowledgement, Decision, NoteKind, OrganizationType
from partnerdesk.core.choices import ParticipationLevel as Level
from partnerdesk.core.choices import PreferredContactMethod as Reach
from partnerdesk.core.choices import RequestStage as Stage
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.services.changes import Changes
from partnerdesk.services.sample_data.charter import add_sample_charter
from partnerdesk.services.sample_data.checkups import add_sample_checkups
from partnerdesk.services.sample_data.mou import add_sample_mou, add_signed_sample_mou
from partnerdesk.services.sample_data.profile import add_sample_profile
from partnerdesk.services.sample_data.vetting import add_sample_capacities, add_sample_vetting
from partnerdesk.store.models import (
    Contact,
    ContactAffiliation,
    ContactEmail,
    ContactPhone,
    Organization,
    OutreachNote,
    PartnerHistoryEntry,
    PartnershipRequest,
    RequestDecision,
    StageChange,
    Tag,
)

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

# English; translated where raised (QT_TRANSLATE_NOOP marks it for the .ts).
REFUSED_MESSAGE = QT_TRANSLATE_NOOP(
    "SampleData",
    "PartnerDesk already holds records, so the sample data was not loaded, to keep invented "
    "records apart from yours. To explore the sample data, open an empty data folder instead.",
)
STAFF = "Marisol Ortega"  # the fictional executive director who writes most notes


class SampleDataRefusedError(Exception):
    """The store already holds data; ``str()`` says so in words meant for the user."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("SampleData", REFUSED_MESSAGE))


@dataclass(frozen=True)
class SampleSummary:
    """How many records of each kind the sample added."""

    organizations: int
    contacts: int
    notes: int
    requests: int


# fmt: off
# Key -> model fields. Fields in _DATE_FIELDS hold days from today; "tags", "organization"
# and "contact" name records; "history" and "stage_changes" are added with the record.
_DATE_FIELDS = ("first_contact_on", "received_on", "funding_ends_on", "decided_on")
_ORGANIZATIONS: dict[str, dict[str, Any]] = {
    "ours": {
        "name": "Eastside Community Food Collective", "kind": OrganizationType.COMMUNITY_BASED,
        "is_ours": True, "website": "https://eastside-food.example",
        "years_active_in_community": 16, "nonprofit_limits": True,
        "mission": "We make sure every Eastside household has enough healthy food, offered with "
                   "dignity, and that neighbors decide how our food programs work.",
        "values_statement": "Dignity first. Neighbors lead. We stay for the long haul, and we say "
                            "no to partnerships that would put our neighbors' trust at risk.",
        "values_demonstrated": "Our choice pantry lets families pick their own groceries. Half of "
            "our board use the pantry. We have opened every Saturday since 2009, through the "
            "2020 shutdowns too, and in 2022 turned down a grant that wanted neighbors' names.",
        "service_area": "The Eastside: Millbrook, Riverside Flats and Cedar Hill",
    },
    "riverbend": {
        "name": "Riverbend Health System", "kind": OrganizationType.HOSPITAL,
        "website": "https://riverbend-health.example", "years_active_in_community": 62,
        "first_contact_on": -21,
        "mission": "To improve the health of the patients and communities we serve.",
        "values_statement": "Compassion. Excellence. Integrity. Community.",
        "values_demonstrated": "The values are on their website and lobby walls. Asked for "
            "examples in our neighborhoods, they pointed to a health fair booth and their "
            "community benefit report. We have not seen them share a decision or result with us.",
        "service_area": "Three hospitals and eleven clinics across Harlow County; the flagship "
                        "hospital is a mile from our pantry.",
        "notes": "On the Eastside for 62 years. Apart from the 2019 pilot, run by a grant office "
                 "that has since closed, this is the first time Riverbend has reached out to us.",
        "history": ({
            "title": "Diabetes screening pilot at Saturday distribution",
            "period": "Spring to fall 2019", "happened_on": date(2019, 4, 6),
            "what_went_well": "Riverbend nurses screened about 300 neighbors at distribution, and "
                              "our volunteers interpreted in Spanish and Vietnamese.",
            "what_went_badly": "The pilot stopped without notice in October, when its grant ran "
                               "out. Neighbors promised follow-up calls never got them.",
            "harm_or_broken_promise": "Riverbend promised to share the screening results with us "
                "and with the people screened. It never did; neighbors asked us for months what "
                "happened to their results, and some still bring it up when we mention Riverbend.",
            "acknowledgement": Acknowledgement.NOT_ACKNOWLEDGED,
        },),
    },
    "county": {
        "name": "Harlow County Public Health Department", "kind": OrganizationType.PUBLIC_HEALTH,
        "website": "https://harlow-county-health.example", "years_active_in_community": 45,
        "tags": ("food access", "coalition"), "service_area": "All of Harlow County",
        "mission": "Protect and improve the health of everyone who lives, works and plays in "
                   "Harlow County.",
        "values_statement": "Equity, sound science, and partnership with the communities we serve.",
        "values_demonstrated": "Co-convenes the Eastside Food Access Coalition with us, and lets "
            "neighbors review its community health assessment before it is published.",
        "notes": "Our steadiest public partner. Their assessment has named food insecurity a top "
                 "need on the Eastside three cycles in a row.",
    },
    "church": {
        "name": "Iglesia Nueva Esperanza", "kind": OrganizationType.FAITH_BASED,
        "website": "https://nueva-esperanza.example", "years_active_in_community": 28,
        "tags": ("coalition",), "service_area": "Millbrook and Riverside Flats",
        "mission": "A bilingual congregation caring for Eastside families in body and spirit.",
        "values_statement": "Hospitalidad: every neighbor has a place at the table.",
        "values_demonstrated": "Lends us its fellowship hall for the Wednesday evening pantry at "
                               "no cost and sends Spanish-speaking volunteers every week.",
    },
    "school": {
        "name": "Eastside Unified School District", "kind": OrganizationType.SCHOOL,
        "website": "https://eastside-schools.example", "years_active_in_community": 110,
        "tags": ("food access",), "service_area": "Nine schools on the Eastside",
        "mission": "Every Eastside student ready for what comes next, with families as partners.",
        "notes": "Runs free summer meals at four sites; we pack the weekend backpacks.",
    },
    "payer": {
        "name": "Meridian Community Health Plan", "kind": OrganizationType.PAYER,
        "website": "https://meridian-health-plan.example", "years_active_in_community": 12,
        "mission": "Affordable coverage and better health for Medicaid members in our region.",
        "service_area": "Medicaid members in Harlow County and two neighboring counties",
        "notes": "Asked us last year to survey their members at distribution; we declined.",
    },
}

# (email name, organization, then _CONTACT_FIELDS in order)
_CONTACT_FIELDS = ("full_name", "given_name", "family_name", "role_title", "is_key_leader",
                   "is_decision_maker", "preferred_contact_method", "background")
_CONTACTS: tuple[tuple[Any, ...], ...] = (
    ("marisol.ortega", "ours", "Marisol Ortega", "Marisol", "Ortega", "Executive Director",
     True, True, Reach.PHONE, "Started the choice pantry as a volunteer in 2009. Decides on "
     "new partnerships together with the board's partnership committee."),
    ("darnell.hayes", "ours", "Darnell Hayes", "Darnell", "Hayes", "Community Programs Coordinator",
     False, False, Reach.TEXT_MESSAGE, "Runs Saturday distribution and the volunteer roster. "
     "Grew up in Riverside Flats; many neighbors know him by name."),
    ("angela.brooks", "riverbend", "Angela Brooks", "Angela", "Brooks",
     "Director of Community Benefit", True, False, Reach.EMAIL, "Came to Riverbend a year and a "
     "half ago from the county health department, where she sat on the food access coalition "
     "with us. Says plainly that Riverbend is late to the table."),
    ("lan.nguyen", "riverbend", "Nguyễn Thị Lan", "Lan", "Nguyễn",
     "Community Health Worker Program Manager", False, False, Reach.PHONE, "Manages Riverbend's "
     "eight community health workers, who would make the referrals. Speaks Vietnamese too."),
    ("robert.castellano", "riverbend", "Robert Castellano", "Robert", "Castellano",
     "Vice President, Population Health", True, True, Reach.EMAIL, "Signs off on Riverbend's "
     "partnerships and grant budgets. Two years at Riverbend; had not heard of the 2019 pilot."),
    ("jose.ramirez", "county", "José Ramírez", "José", "Ramírez", "Epidemiologist, Community "
     "Health Assessment", False, False, Reach.EMAIL, "Leads the county's community health "
     "assessment. Generous with data and careful about what the numbers can and cannot say."),
    ("siobhan.oconnor", "county", "Siobhán O'Connor", "Siobhán", "O'Connor",
     "Director of Health Equity", True, True, Reach.EMAIL, "Co-chairs the Eastside Food Access "
     "Coalition with Marisol. Knows what Riverbend has promised other groups, and what it kept."),
    ("ana.fuentes", "church", "Ana Lucía Fuentes", "Ana Lucía", "Fuentes", "Pastor",
     True, True, Reach.IN_PERSON, "Pastor since 2015; best reached after the Wednesday pantry. "
     "Several families in her congregation took part in the 2019 screening pilot."),
    ("aisha.rahman", "school", "Aisha Rahman", "Aisha", "Rahman", "Family Engagement Coordinator",
     False, False, Reach.EMAIL, "Coordinates summer meals and weekend backpacks with Darnell."),
    ("francois.belanger", "payer", "François Bélanger", "François", "Bélanger",
     "Community Partnerships Manager", False, False, Reach.PHONE, "Brought us the member "
     "survey request last year. Took our no graciously and asked to stay in touch."),
)

# (day, organization, request, participants, then _NOTE_FIELDS in order, then the follow-up's
#  due day and the day it was done); days count from today.
_NOTE_FIELDS = ("kind", "author", "subject", "summary", "follow_up_action")
_NOTES: tuple[tuple[Any, ...], ...] = (
    (-21, "riverbend", "chw", ("angela.brooks",), NoteKind.EMAIL, STAFF,
     "Riverbend asks to partner on food insecurity referrals",
     "Angela introduced herself in her new role and asked whether we would take referrals from "
     "Riverbend's community health workers for families who screen positive for food "
     "insecurity. A warm email. The grant is already awarded; they hope to start next month.",
     "", None, None),
    (-19, "riverbend", "chw", ("angela.brooks", "lan.nguyen"), NoteKind.CALL, STAFF,
     "Introductory call with Angela and Lan",
     "Lan walked us through the two hunger screening questions her health workers ask and the "
     "paper referral families would bring us. The grant lasts one year. Angela said they are "
     "\"working on sustainability\" but there is no plan yet. I said we need to get to know "
     "Riverbend before we agree to anything.",
     "Send Angela our questions in writing before we meet in person", -14, -15),
    (-10, "riverbend", "chw",
     ("angela.brooks", "lan.nguyen", "robert.castellano", "darnell.hayes"), NoteKind.MEETING,
     STAFF, "First meeting with Riverbend, at the pantry",
     "I asked, \"Why haven't you reached out to us until now, when Riverbend has been around "
     "for 62 years?\" Angela answered honestly: it was never anyone's job. Robert had not heard "
     "of the 2019 screening pilot; I told him neighbors never got their results. They want our "
     "input on the referral form, but decisions about the program would stay with Riverbend.",
     "Ask Angela for the 2019 screening results and who at Riverbend decided to end the pilot",
     -3, None),
    (-5, "riverbend", "chw", ("lan.nguyen", "darnell.hayes"), NoteKind.SITE_VISIT,
     "Darnell Hayes", "Lan visited Saturday distribution",
     "Lan spent the morning with us on the line and in the choice pantry, and saw how long the "
     "wait gets after ten. She agreed that twenty more families a week would need more "
     "volunteers, or paid hours the grant does not cover.",
     "Write down what our food navigators would need (training, paid hours, interpretation) "
     "if Riverbend refers families", 6, None),
    (-8, "county", None, ("jose.ramirez",), NoteKind.CALL, STAFF,
     "Food insecurity numbers for the Eastside",
     "José confirmed that the last three community health assessments named food insecurity a "
     "top need on the Eastside, highest in Riverside Flats. He can pull numbers by ZIP code so "
     "we can check what Riverbend says about need.",
     "Get the ZIP code numbers from José before we answer Riverbend", 10, None),
    (-30, "county", None, ("siobhan.oconnor", "jose.ramirez", "ana.fuentes", "aisha.rahman"),
     NoteKind.EVENT, STAFF, "Eastside Food Access Coalition, quarterly meeting",
     "Twenty-two people came, neighbors from the pantry's advisory group among them. Pastor Ana "
     "Lucía said her congregation still talks about the 2019 pilot. Siobhán offered to tell us "
     "what Riverbend has committed to other coalitions. Aisha announced the summer meal sites.",
     "", None, None),
    (-150, "payer", "survey", ("francois.belanger",), NoteKind.MEETING, STAFF,
     "Meridian's member survey request",
     "François asked us to have volunteers give Meridian's 30-question survey to members at "
     "Saturday distribution. Meridian would keep the data, with no plan to share results with "
     "us or with neighbors. We said we would talk it over with the board.",
     "Take the survey request to the board's partnership committee", -135, -128),
)

# Stage changes are (from stage, to stage, day, note).
_REQUESTS: dict[str, dict[str, Any]] = {
    "chw": {
        "title": "Community health worker referrals for food insecurity",
        "organization": "riverbend", "contact": "angela.brooks", "received_on": -21,
        "ask": "Take referrals from Riverbend's community health workers for patients who screen "
               "positive for food insecurity, serve them at our pantry, and report each month "
               "how many referred families came.",
        "stated_purpose": "Reduce food insecurity among Riverbend patients with diabetes or high "
            "blood pressure, and meet the foundation's target for social-needs referrals.",
        "community_need": "Riverbend says one in four of its Eastside patients screens positive "
            "for food insecurity. The county agrees food is a top need here; we are checking.",
        "funding_source": "A one-year grant to Riverbend from the Harlow Valley Community "
            "Foundation, for Riverbend's staff time and screening tools; none of it for us.",
        "funding_ends_on": 270, "plan_when_funding_ends": "",
        "proposed_timeframe": "Start next month and run twelve months, as the grant does.",
        "participation_offered": Level.CONSULT, "participation_wanted": Level.COLLABORATE,
        "stage": Stage.VETTING,
        "stage_changes": (
            (None, Stage.RECEIVED, -21, "Angela's email, logged as a request."),
            (Stage.RECEIVED, Stage.GETTING_TO_KNOW, -19,
             "After the first call: we want to know Riverbend better before we look at the ask."),
            (Stage.GETTING_TO_KNOW, Stage.VETTING, -10,
             "After meeting at the pantry: time to ask the hard questions and check the answers."),
        ),
    },
    "survey": {
        "title": "Member food-insecurity survey at Saturday distribution",
        "organization": "payer", "contact": "francois.belanger", "received_on": -155,
        "ask": "Have our volunteers give Meridian's 30-question survey to its members at Saturday "
               "distribution for three months.",
        "stated_purpose": "Measure food insecurity among members for the plan's quality report.",
        "community_need": "Not stated; the survey would measure the need, not meet it.",
        "funding_source": "Meridian's operating budget, with $10 gift cards for finished surveys.",
        "proposed_timeframe": "Three months",
        "participation_offered": Level.INFORM, "participation_wanted": Level.INVOLVE,
        "stage": Stage.DECLINED, "decision": Decision.DECLINE, "decided_on": -128,
        "decision_reasons": "Asking neighbors personal questions while they wait for food would "
            "feel like a condition of getting help. Meridian would own the data and share no "
            "results with us or with the people surveyed, and the survey meets no need our "
            "neighbors have named. We told François we are open to a survey neighbors help shape.",
        "stage_changes": (
            (None, Stage.RECEIVED, -155, "François's email, logged as a request."),
            (Stage.RECEIVED, Stage.GETTING_TO_KNOW, -150, "Met François."),
            (Stage.GETTING_TO_KNOW, Stage.DECLINED, -128,
             "The board's partnership committee decided to decline."),
        ),
    },
    # An active partnership: its MOU was signed (services/sample_data/mou.py signs it).
    "meals": {
        "title": "Summer meals for children at the Eastside WIC clinic",
        "organization": "county", "contact": "siobhan.oconnor", "received_on": -420,
        "ask": "Serve free summer lunches for children at the county's Eastside WIC clinic, "
               "with our volunteers, while the county covers the food and the space.",
        "stated_purpose": "Children who get school lunch go hungry in the summer; the clinic "
            "is where Eastside families already come.",
        "community_need": "Neighbors named summer hunger first at our listening sessions, and "
            "the county's assessment agrees.",
        "funding_source": "The state's summer food program, through the county.",
        "funding_ends_on": 640, "plan_when_funding_ends": "Look for a second site sponsor "
            "together a year before the state funding ends.",
        "proposed_timeframe": "Two summers, then decide together whether to go on.",
        "participation_offered": Level.COLLABORATE, "participation_wanted": Level.COLLABORATE,
        "stage": Stage.MOU_DRAFTING, "decision": Decision.PROCEED, "decided_on": -390,
        "decision_reasons": "A steady partner, a need our neighbors named, and shared decisions.",
        "stage_changes": (
            (None, Stage.RECEIVED, -420, "Siobhán's call, logged as a request."),
            (Stage.RECEIVED, Stage.VETTING, -410, "We know the county well: straight to vetting."),
            (Stage.VETTING, Stage.KICKOFF, -390, "We decided to go ahead."),
            (Stage.KICKOFF, Stage.MOU_DRAFTING, -370, "After the kickoff at the clinic."),
        ),
    },
}
# fmt: on


def store_has_data(session: Session) -> bool:
    """True when any organization, contact, note or request exists, trashed ones included."""
    models = (Organization, Contact, OutreachNote, PartnershipRequest)
    return any(session.scalar(select(model.id).limit(1)) is not None for model in models)


def load_sample_data(
    session: Session, *, force: bool = False, today: date | None = None
) -> SampleSummary:
    """Add the sample records; refuse (SampleDataRefusedError) if the store already holds data.

    With ``force`` the sample is added beside existing records; its own organization is then
    marked as ours only when no organization is marked so already.
    """
    if not force and store_has_data(session):
        raise SampleDataRefusedError()
    today = today or date.today()

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    def plain(spec: dict[str, Any]) -> dict[str, Any]:
        """The spec's own fields, day offsets turned into dates (links are the caller's)."""
        links = ("tags", "history", "organization", "contact", "stage_changes")
        fields = {name: value for name, value in spec.items() if name not in links}
        return fields | {name: day(fields[name]) for name in _DATE_FIELDS if name in fields}

    tags = {tag.name: tag for tag in session.scalars(select(Tag))}
    has_ours = session.scalar(select(Organization.id).where(Organization.is_ours).limit(1))
    organizations: dict[str, Organization] = {}
    for key, spec in _ORGANIZATIONS.items():
        for name in spec.get("tags", ()):
            if name not in tags:
                tags[name] = Tag(name=name)
        organizations[key] = Organization(
            **plain(spec) | {"is_ours": spec.get("is_ours", False) and has_ours is None},
            tags=[tags[name] for name in spec.get("tags", ())],
            history=[PartnerHistoryEntry(**entry) for entry in spec.get("history", ())],
        )
    session.add_all(organizations.values())

    contacts: dict[str, Contact] = {}
    for index, (key, org, *values) in enumerate(_CONTACTS):
        domain = organizations[org].website.removeprefix("https://")
        contacts[key] = Contact(
            **dict(zip(_CONTACT_FIELDS, values, strict=True)),
            organization=organizations[org],
            emails=[ContactEmail(address=f"{key}@{domain}", label="work")],
            phones=[ContactPhone(number=f"(413) 555-{110 + index:04d}", label="work")],
        )
    contacts["angela.brooks"].affiliations.append(
        ContactAffiliation(
            organization=organizations["county"],
            role_title="Community Health Planner",
            started_on=day(-7 * 365),
            ended_on=day(-540),
        )
    )
    session.add_all(contacts.values())

    requests: dict[str, PartnershipRequest] = {}
    for key, spec in _REQUESTS.items():
        requests[key] = PartnershipRequest(
            **plain(spec),
            organization=organizations[spec["organization"]],
            contact=contacts[spec["contact"]],
            stage_changes=[
                StageChange(
                    from_stage=before,
                    to_stage=after,
                    changed_at=_at(day(on)),
                    changed_by=STAFF,
                    note=note,
                )
                for before, after, on, note in spec["stage_changes"]
            ],
        )
        if spec.get("decision") is not None:
            requests[key].decisions.append(
                RequestDecision(
                    decision=spec["decision"],
                    reasons=spec["decision_reasons"],
                    conditions=spec.get("decision_conditions", ""),
                    decided_on=day(spec["decided_on"]),
                    decided_by=STAFF,
                    recorded_at=_at(day(spec["decided_on"])),
                )
            )
    session.add_all(requests.values())
    session.flush()  # notes refer to their request by id

    notes = [
        OutreachNote(
            **dict(zip(_NOTE_FIELDS, values, strict=True)),
            happened_on=day(when),
            organization=organizations[org],
            request_id=requests[request].id if request else None,
            participants=[contacts[person] for person in people],
            follow_up_due=None if due is None else day(due),
            follow_up_done_at=None if done is None else _at(day(done)),
        )
        for when, org, request, people, *values, due, done in _NOTES
    ]
    session.add_all(notes)
    session.flush()
    add_sample_vetting(session, requests["chw"].id, day)
    if organizations["ours"].is_ours:
        add_sample_capacities(
            session, requests["chw"].id, organizations["ours"].id, organizations["riverbend"].id
        )
    add_sample_profile(session, organizations["ours"].id)
    add_sample_mou(session, requests["chw"].id, day)
    add_signed_sample_mou(session, requests["meals"].id, day)
    add_sample_charter(session, requests["meals"].id)
    add_sample_checkups(session, requests["meals"].id, organizations["county"].name, day)
    return SampleSummary(len(organizations), len(contacts), len(notes), len(requests))


def _at(day: date) -> datetime:
    """A plausible afternoon moment on ``day``, as the timezone-aware value the store keeps."""
    return datetime.combine(day, time(16, 0), tzinfo=UTC)


def add_sample_data(
    database: Database, *, force: bool = False, today: date | None = None
) -> SampleSummary:
    """``load_sample_data`` in a transaction of its own: the window's and ``demo``'s way."""
    with database.session() as session:
        return load_sample_data(session, force=force, today=today)


def store_is_empty(database: Database) -> bool:
    """No records at all, trashed ones included: the sample data may be offered."""
    with database.session() as session:
        return not store_has_data(session)


def load_sample(database: Database) -> Changes:
    """The window's "Load sample data": the sample, and every view to re-read."""
    add_sample_data(database)
    return Changes.everything()
