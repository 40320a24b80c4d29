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


def advice_for(kickoff_format: KickoffFormat | str) -> FormatAdvice:
    return ADVICE[KickoffFormat(kickoff_format)]


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


GETTING_TO_KNOW = "Getting to know each other"
NEXT_STEPS = "Next steps: who does what, by when"


def kickoff_agenda(
    request_title: str,
    our_organization: str,
    their_organization: str,
    kickoff_format: KickoffFormat | str = DEFAULT_FORMAT,
    prepared_on: date | None = None,
) -> KickoffAgenda:
    """The agenda: getting to know each other first, both profiles, next steps last."""
    advice = advice_for(kickoff_format)
    we = our_organization or "Our organization"
    they = their_organization or "Our partner"
    items: list[AgendaItem] = [
        AgendaItem(
            GETTING_TO_KNOW,
            (
                "Plenty of time for everyone to introduce themselves: who we are, what "
                "we care about and why we are here.",
            ),
        ),
        AgendaItem(
            "Our partner profiles",
            (
                f"{we} shares its partner profile.",
                f"{they} shares its partner profile.",
                "Both partner profiles come with this agenda: please read them before we "
                "meet, and bring your questions.",
            ),
        ),
        AgendaItem(
            f"What we hope to do together: {request_title}"
            if request_title
            else "What we hope to do together",
            ("What each of us hopes for, and what success would look like for the community.",),
        ),
        AgendaItem(
            "How we will work together",
            (
                "First thoughts for a team charter: our shared goal, how we agree, how we "
                "handle hard moments, and how often we meet.",
            ),
        ),
    ]
    if advice.format is KickoffFormat.RETREAT:
        items.insert(2, AgendaItem("Break, with food", ("Time to rest and talk informally.",)))
    items.append(
        AgendaItem(
            NEXT_STEPS,
            ("Each next step gets a name and a date before we leave.",),
        )
    )
    return KickoffAgenda(
        title=f"Kickoff meeting: {we} and {they}",
        request_title=request_title,
        our_organization=we,
        their_organization=they,
        format=advice,
        prepared_on=prepared_on or date.today(),
        items=tuple(items),
    )
