"""The kickoff meeting after "yes": four ways to hold it, their tips, and its agenda.

The four ways and their tips are the toolkit's (seed 001, "Organize a kickoff meeting"),
in our own words, from the community organization's side. Every agenda starts with time to
get to know each other, shares both partner profiles, and ends with next steps and who does
what — the toolkit's advice whatever the format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache


class KickoffFormat(StrEnum):
    JOIN = "join"
    INVITE = "invite"
    HOST = "host"
    RETREAT = "retreat"


# A new meeting of our own is the toolkit's usual way to make a fresh start.
DEFAULT_FORMAT = KickoffFormat.HOST


@dataclass(frozen=True)
class FormatAdvice:
    format: KickoffFormat
    label: str
    when: str  # when this way fits
    tips: tuple[str, ...]
    length: str  # how long, for the agenda


ADVICE: dict[KickoffFormat, FormatAdvice] = {
    KickoffFormat.JOIN: FormatAdvice(
        KickoffFormat.JOIN,
        "Join a meeting they already hold",
        "When the people you want to work with already meet as a group, ask to join one "
        "of their sessions: explain what worries you, share an idea and ask them to "
        "partner.",
        (
            "Talk to the group's leaders before you turn up.",
            "Think about sending the group some information before the meeting.",
            "Their meeting may not look like ours: go along with how they do things.",
            "Leave with clear next steps.",
        ),
        "the time the group gives us",
    ),
    KickoffFormat.INVITE: FormatAdvice(
        KickoffFormat.INVITE,
        "Invite them to one of our meetings",
        "When only one or two more partners are needed, invite them to a meeting we already hold.",
        (
            "Contact their leaders first: say what we are asking and why we chose them.",
            "Ask what would make the meeting easy for them to attend — we may need to "
            "change our usual time or way of meeting.",
            "Send the agenda ahead and say clearly what we expect of them.",
        ),
        "part of our usual meeting",
    ),
    KickoffFormat.HOST: FormatAdvice(
        KickoffFormat.HOST,
        "Host a new meeting",
        "An hour-long meeting with the new partners, to mark a fresh start together.",
        (
            "Use a scheduling poll so that as many partners as possible can come.",
            "Send a clear agenda that starts with plenty of time to meet and get to know "
            "each other.",
            "Meet in a place in the community if you can, and keep it informal.",
            "End with clear next steps.",
        ),
        "about an hour",
    ),
    KickoffFormat.RETREAT: FormatAdvice(
        KickoffFormat.RETREAT,
        "A longer retreat (“synergy meeting”)",
        "Like a new meeting, with more time to talk and work together.",
        (
            "Set aside real time to build trust and to work side by side.",
            "Bring food!",
            "Plan breaks so that nobody wears out.",
            "Keep it to half a day at most, and make sure nobody feels they cannot leave.",
        ),
        "half a day at most, with breaks",
    ),
}


KICKOFF_FILE = "kickoff.yaml"

# The agenda's own words in English; the advice above and these are also in
# resources/kickoff.yaml (a test keeps them equal), and every other language has its own
# file (resources/es/kickoff.yaml) with the same keys.
AGENDA_WORDS = {
    "agenda.our_organization": "Our organization",
    "agenda.our_partner": "Our partner",
    "agenda.getting_to_know": "Getting to know each other",
    "agenda.getting_to_know.detail": "Plenty of time for everyone to introduce themselves: "
    "who we are, what we care about and why we are here.",
    "agenda.profiles": "Our partner profiles",
    "agenda.profiles.shares": "{name} shares its partner profile.",
    "agenda.profiles.read": "Both partner profiles come with this agenda: please read them "
    "before we meet, and bring your questions.",
    "agenda.hopes": "What we hope to do together",
    "agenda.hopes_for": "What we hope to do together: {title}",
    "agenda.hopes.detail": "What each of us hopes for, and what success would look like for "
    "the community.",
    "agenda.working": "How we will work together",
    "agenda.working.detail": "First thoughts for a team charter: our shared goal, how we "
    "agree, how we handle hard moments, and how often we meet.",
    "agenda.break": "Break, with food",
    "agenda.break.detail": "Time to rest and talk informally.",
    "agenda.next_steps": "Next steps: who does what, by when",
    "agenda.next_steps.detail": "Each next step gets a name and a date before we leave.",
    "agenda.title": "Kickoff meeting: {ours} and {theirs}",
}


def english_words() -> dict[str, str]:
    """Every kickoff word by key, in English, as the code holds them."""
    words = dict(AGENDA_WORDS)
    for advice in ADVICE.values():
        key = f"format.{advice.format.value}"
        words[f"{key}.label"] = advice.label
        words[f"{key}.when"] = advice.when
        words[f"{key}.length"] = advice.length
        for number, tip in enumerate(advice.tips, start=1):
            words[f"{key}.tip{number}"] = tip
    return words


@cache
def kickoff_words(language: str) -> dict[str, str]:
    """The kickoff words in ``language`` (English from the code, others from YAML)."""
    if language == "en":
        return english_words()
    import yaml  # only when an agenda is written in another language

    from partnerdesk.shipped_files import resource_in

    path = resource_in(language, KICKOFF_FILE)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ValueError(f"{path.name} ({language}) should be lines of the form key: text.")
    return {str(key): " ".join(str(text).split()) for key, text in raw.items()}


def advice_for(kickoff_format: KickoffFormat | str, language: str = "en") -> FormatAdvice:
    """The way to hold the meeting, and its tips, in ``language``."""
    advice = ADVICE[KickoffFormat(kickoff_format)]
    if language == "en":
        return advice
    words = kickoff_words(language)
    key = f"format.{advice.format.value}"
    return FormatAdvice(
        advice.format,
        words[f"{key}.label"],
        words[f"{key}.when"],
        tuple(words[f"{key}.tip{number}"] for number in range(1, len(advice.tips) + 1)),
        words[f"{key}.length"],
    )


@dataclass(frozen=True)
class AgendaItem:
    title: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class KickoffAgenda:
    title: str
    request_title: str
    our_organization: str
    their_organization: str
    format: FormatAdvice
    prepared_on: date
    items: tuple[AgendaItem, ...]


GETTING_TO_KNOW = AGENDA_WORDS["agenda.getting_to_know"]
NEXT_STEPS = AGENDA_WORDS["agenda.next_steps"]


def kickoff_agenda(
    request_title: str,
    our_organization: str,
    their_organization: str,
    kickoff_format: KickoffFormat | str = DEFAULT_FORMAT,
    prepared_on: date | None = None,
    language: str = "en",
) -> KickoffAgenda:
    """The agenda: getting to know each other first, both profiles, next steps last; in
    ``language``."""
    words = kickoff_words(language)
    advice = advice_for(kickoff_format, language)
    we = our_organization or words["agenda.our_organization"]
    they = their_organization or words["agenda.our_partner"]
    items: list[AgendaItem] = [
        AgendaItem(words["agenda.getting_to_know"], (words["agenda.getting_to_know.detail"],)),
        AgendaItem(
            words["agenda.profiles"],
            (
                words["agenda.profiles.shares"].format(name=we),
                words["agenda.profiles.shares"].format(name=they),
                words["agenda.profiles.read"],
            ),
        ),
        AgendaItem(
            words["agenda.hopes_for"].format(title=request_title)
            if request_title
            else words["agenda.hopes"],
            (words["agenda.hopes.detail"],),
        ),
        AgendaItem(words["agenda.working"], (words["agenda.working.detail"],)),
    ]
    if advice.format is KickoffFormat.RETREAT:
        items.insert(2, AgendaItem(words["agenda.break"], (words["agenda.break.detail"],)))
    items.append(AgendaItem(words["agenda.next_steps"], (words["agenda.next_steps.detail"],)))
    return KickoffAgenda(
        title=words["agenda.title"].format(ours=we, theirs=they),
        request_title=request_title,
        our_organization=we,
        their_organization=they,
        format=advice,
        prepared_on=prepared_on or date.today(),
        items=tuple(items),
    )
