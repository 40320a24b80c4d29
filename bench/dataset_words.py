"""Invented names and text shapes for the benchmark dataset (make_dataset.py).

Every name, place and organization here is made up; e-mail addresses use ``.example``
domains and phone numbers the fictional 555-01xx range. The text is built from sentence
templates so notes read like a community organization's real notes: short e-mails, long
meeting minutes, names with accents, follow-ups.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence


def _words(text: str) -> list[str]:
    return text.split()


GIVEN_NAMES = _words(
    "Maria María José Ana Lucía Juan Carlos Luis Sofía Isabel Camila Diego Mateo Valentina "
    "Aisha Fatima Omar Yusuf Amina Hassan Layla Zainab Ibrahim Mariam Khalid Noor "
    "Lan Minh Thảo Huong Quang Linh Tuấn Ngọc Hoa Bảo "
    "Mei Wei Jun Xiu Hui Ling Chen Jia "
    "Siobhán Aoife Niamh Seán Ciarán Oisín Éabha "
    "François Amélie Zoé Chloé Théo Hélène Renée André "
    "Darnell Keisha Jamal Tanisha DeShawn Imani Marcus Latoya Andre Kiara "
    "Priya Arjun Anika Rohan Deepa Vikram Sunita "
    "Olena Dmytro Kateryna Andriy Iryna "
    "Kwame Ama Kofi Abena Chidi Ngozi Emeka "
    "Sarah Michael Jennifer David Emily James Linda Robert Patricia John Elizabeth "
    "William Barbara Thomas Susan Daniel Karen Matthew Nancy Anthony Lisa Mark Betty "
    "Angela Brian Rachel Kevin Laura Jason Heather Eric Megan Aaron Grace Noah Olivia "
    "Søren Åsa Björn Zoë Jürgen Małgorzata Łukasz Dorota Tomás Inés Ramón Agustín"
)

FAMILY_NAMES = _words(
    "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres "
    "Flores Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ramos Ruiz "
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Võ Đặng Bùi Đỗ "
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou "
    "Khan Ahmed Ali Hussein Rahman Haddad Nasser Mansour Saleh "
    "O'Connor O'Brien Murphy Kelly Byrne Ní Bhriain Ó Súilleabháin "
    "Bélanger Lefèvre Côté Gagnon Tremblay Lévesque Bouchard "
    "Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
    "Jackson White Harris Thompson Robinson Walker Young Allen King Wright Scott "
    "Hayes Brooks Washington Jefferson Freeman Banks Coleman Simmons Bryant Alexander "
    "Patel Sharma Singh Gupta Iyer Reddy Desai "
    "Kovalenko Shevchenko Bondarenko Melnyk "
    "Mensah Owusu Boateng Okafor Adeyemi Nwosu "
    "Castellano Fuentes Ortega Navarro Delgado Vargas Romero Aguilar "
    "Kowalski Nowak Wiśniewska Lindqvist Sørensen Müller Schäfer Novák"
)

PLACES = _words(
    "Eastside Westbrook Millbrook Riverside Cedar Hill Harlow Northgate Southport Oakdale "
    "Maplewood Lakeview Brookside Fairmont Greenfield Pinecrest Ashford Clearwater Elmhurst "
    "Highland Kingsbridge Linden Meadowbrook Newhaven Parkside Quarry Redwood Silverton "
    "Stonebridge Thornbury Union Valleyview Willow Creek Bayview Bridgeport Carver Dunmore "
    "Edgewater Foxhall Glenwood Hartwell Ironwood Juniper Kestrel Lowell Marston Norwood "
    "Orchard Prospect Ridgeway Sandhill Tamarack Upton Vernon Westfield Yarrow Zephyr "
    "Alder Birchwood Copperfield Driftwood Everett Fernbrook Granite Hollis Indigo Jasper "
    "Kirkland Larkspur Middleton Oakmont Pemberton Rosedale Sherwood Trinity Victory "
    "Wheaton Ambler Beacon Chestnut Dover Emerald Franklin Garrison Hamilton Irving "
    "Jordan Keystone Lafayette Madison Newton Olmsted Palmer Quincy Revere Sterling "
    "Tilden Vista Waverly Ashland Belmont Cambridge Delmar Eastwood Fulton Grove "
    "Harbor Inman Kenwood Lincoln Marlow Nelson Oxford Pleasant Raven Summit Tower"
)

ORGANIZATION_PATTERNS = (
    ("{p} Community Food Bank", "community_based"),
    ("{p} Food Pantry", "community_based"),
    ("{p} Mutual Aid Network", "community_based"),
    ("{p} Tenants' Union", "community_based"),
    ("{p} Immigrant Welcome Center", "community_based"),
    ("{p} Youth Collective", "community_based"),
    ("{p} Neighborhood Association", "community_based"),
    ("{p} Senior Center", "community_based"),
    ("{p} Family Resource Center", "community_based"),
    ("{p} Community Garden Coalition", "community_based"),
    ("{p} Housing Cooperative", "community_based"),
    ("{p} Refugee Support Network", "community_based"),
    ("{p} Health System", "hospital"),
    ("{p} General Hospital", "hospital"),
    ("{p} Medical Center", "hospital"),
    ("{p} Children's Hospital", "hospital"),
    ("{p} Community Health Center", "hospital"),
    ("{p} Regional Clinic", "hospital"),
    ("{p} County Public Health Department", "public_health"),
    ("{p} Health District", "public_health"),
    ("{p} Community Health Plan", "payer"),
    ("{p} Medicaid Partners", "payer"),
    ("City of {p} Housing Office", "government"),
    ("{p} Parks and Recreation", "government"),
    ("{p} Office of Immigrant Affairs", "government"),
    ("Iglesia de {p}", "faith_based"),
    ("{p} First Baptist Church", "faith_based"),
    ("{p} Islamic Center", "faith_based"),
    ("{p} Temple Beth Shalom", "faith_based"),
    ("St. Mary's of {p}", "faith_based"),
    ("{p} Interfaith Council", "faith_based"),
    ("{p} Unified School District", "school"),
    ("{p} Elementary School", "school"),
    ("{p} Community College", "school"),
    ("{p} Grocery Cooperative", "business"),
    ("{p} Credit Union", "business"),
    ("{p} Bakery and Café", "business"),
    ("{p} Library Friends", "other"),
    ("{p} Legal Aid Clinic", "other"),
    ("{p} Arts Collective", "other"),
)

TAGS = (
    "food access",
    "housing",
    "coalition",
    "immigrant services",
    "youth",
    "seniors",
    "language access",
    "mental health",
    "funder",
    "data sharing",
    "transportation",
    "faith partners",
    "health equity",
    "workforce",
    "disability justice",
)

ROLES = (
    "Executive Director",
    "Director of Community Benefit",
    "Community Health Worker",
    "Program Manager",
    "Volunteer Coordinator",
    "Board Chair",
    "Pastor",
    "Grants Manager",
    "Director of Population Health",
    "Vice President, Community Partnerships",
    "Family Engagement Coordinator",
    "Epidemiologist",
    "Outreach Worker",
    "Operations Manager",
    "Health Equity Officer",
    "Nurse Manager",
    "Social Worker",
    "Promotora",
    "Policy Analyst",
    "Case Manager",
    "Development Director",
    "Community Organizer",
    "Data Analyst",
    "Chief Nursing Officer",
)

STAFF = (
    "Marisol Ortega",
    "Darnell Hayes",
    "Nguyễn Thị Lan",
    "Siobhán O'Connor",
    "Ana Lucía Fuentes",
    "Kwame Mensah",
    "Priya Iyer",
    "Olena Kovalenko",
    "Aisha Rahman",
    "François Bélanger",
    "Grace Washington",
    "Tomás Navarro",
)

TOPICS = (
    "food insecurity referrals",
    "the summer meal sites",
    "Saturday distribution",
    "the choice pantry",
    "diabetes screening",
    "blood pressure checks",
    "language access",
    "interpretation in Vietnamese and Spanish",
    "rental assistance",
    "the eviction clinic",
    "the community health assessment",
    "volunteer training",
    "data sharing and consent",
    "the referral form",
    "transportation to appointments",
    "the weekend backpack program",
    "the coalition's quarterly meeting",
    "the grant budget",
    "who owns the survey data",
    "what happens when the funding ends",
    "the 2019 screening pilot",
    "paid hours for food navigators",
    "the community advisory board",
    "vaccination outreach",
    "the heat emergency plan",
    "childcare during meetings",
    "the health fair",
    "home-delivered groceries for seniors",
    "the memorandum of understanding",
    "shared decision-making",
)

SUBJECTS = (
    "Call with {person} about {topic}",
    "Meeting at {place} on {topic}",
    "E-mail from {person}: {topic}",
    "Site visit to {place}",
    "{person} asks about {topic}",
    "Follow-up on {topic}",
    "Coalition meeting: {topic}",
    "Check-in with {person}",
    "Board update on {topic}",
    "Notes from {place} listening session",
)

SENTENCES = (
    "{person} called to ask whether we could help with {topic}.",
    "We talked for an hour about {topic} and what neighbors in {place} have told us.",
    "{person} said the hospital wants to start next month, but nothing is written down yet.",
    "Neighbors at distribution said they want to be asked first, not surveyed after.",
    "I explained again that we decide together with the board's partnership committee.",
    "They offered to share a monthly report; we asked for a seat where decisions are made.",
    "The grant lasts one year and there is no plan for what happens after.",
    "{person} agreed to send the numbers by ZIP code before our next meeting.",
    "Twenty-two people came, several of them from {place}.",
    "We need more volunteers on Saturdays if referrals go up by twenty families a week.",
    "The interpreters were essential: half the families spoke Spanish or Vietnamese.",
    "{person} had not heard about the 2019 pilot and promised to ask around.",
    "A warm conversation, but the decisions would still stay with them.",
    "They asked for our logo on their application; we said not until we have talked more.",
    "We agreed to meet again after the coalition meeting in {place}.",
    "The county's assessment names food insecurity a top need in {place} three times running.",
    "Nobody from their side had visited the pantry before today.",
    "They want our volunteers to do the screening; we said our volunteers are not staff.",
    "{person} was candid: this has never been anyone's job at their organization.",
    "We shared our principles for partnership and asked which ones they could commit to.",
    "I reminded them that neighbors never got their results from the last program.",
    "The budget has no line for us, only for their own staff time and screening tools.",
    "Pastor {person} offered the fellowship hall for the Wednesday evening pantry.",
    "The families we serve should not feel that answering questions is a condition of food.",
    "We asked who would own the data, who could see it, and for how long it would be kept.",
)

LONG_SECTION_TITLES = (
    "Who was there",
    "What they asked",
    "What we said",
    "Open questions",
    "Next steps",
)

REQUEST_TITLES = (
    "Community health worker referrals for {topic}",
    "Survey of members at {place} distribution",
    "Screening partnership: {topic}",
    "Co-applying for a grant on {topic}",
    "Pilot program in {place}",
    "Data sharing agreement about {topic}",
    "Health fair booth at {place}",
    "Hiring promotoras for {topic}",
)

MOU_SECTIONS = (
    ("parties", "The parties", "This agreement is between {us} and {them}."),
    ("purpose", "Purpose", "Together we will work on {topic} for the families of {place}."),
    ("roles", "Who does what", "{them} provides staff time; {us} decides how the program runs."),
    ("decisions", "How decisions are made", "Decisions are made together, by consensus."),
    ("data", "Data and privacy", "Neighbors' data stays with {us}; reports share totals only."),
    ("money", "Money", "{them} pays {us} for staff hours, interpretation and space."),
    ("community", "Community voice", "The community advisory board reviews the work quarterly."),
    ("term", "How long, and ending well", "One year, with a plan agreed before funding ends."),
    ("disputes", "When we disagree", "Either party may ask for a facilitated conversation."),
    ("signatures", "Signatures", "Signed by both executive directors."),
)


def ascii_slug(text: str) -> str:
    """Accents dropped, lower case, words joined by dots: "Nguyễn Lan" -> "nguyen.lan"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    kept = "".join(ch if ch.isalnum() else " " for ch in folded.lower())
    return ".".join(kept.split())


class TextMaker:
    """Sentences, subjects and long minutes from the templates, driven by one Random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._random = rng.random  # picking by index is twice as fast as rng.choice

    def pick(self, items: Sequence[str]) -> str:
        return items[int(self._random() * len(items))]

    def fill(self, template: str, person: str = "", place: str = "") -> str:
        return template.format(
            person=person or self.pick(GIVEN_NAMES),
            topic=self.pick(TOPICS),
            place=place or self.pick(PLACES),
        )

    def sentences(self, count: int, person: str = "", place: str = "") -> str:
        # fill(pick(SENTENCES)) written out: the 200,000 notes make 1.4 million sentences,
        # and the calls were a third of inventing them. The random numbers are drawn in
        # the same order (template, person, topic, place), so a seed gives the same text.
        random = self._random
        made = []
        for _ in range(count):
            template = SENTENCES[int(random() * len(SENTENCES))]
            who = person or GIVEN_NAMES[int(random() * len(GIVEN_NAMES))]
            topic = TOPICS[int(random() * len(TOPICS))]
            where = place or PLACES[int(random() * len(PLACES))]
            made.append(template.format(person=who, topic=topic, place=where))
        return " ".join(made)

    def note_summary(self, person: str, place: str) -> str:
        """Mostly a few sentences; now and then long minutes (past the snippet limit)."""
        shape = self._random()
        if shape < 0.55:
            return self.sentences(1 + int(self._random() * 3), person, place)
        if shape < 0.95:
            return self.sentences(4 + int(self._random() * 6), person, place)
        parts = [
            f"{title}\n{self.sentences(3 + int(self._random() * 6), person, place)}"
            for title in LONG_SECTION_TITLES
        ]
        return "\n\n".join(parts)
