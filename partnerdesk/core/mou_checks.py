"""Completeness and fairness check of an MOU draft: pure rules over the stored sections.

Each finding names the section that fixes it, so the wizard can take the user there.
Export stays allowed: a draft with findings is marked DRAFT, never refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from partnerdesk.core.mou_sections import (
    FINAL_SAY_THEM,
    FINAL_SAY_US,
    SECTIONS,
    MouSection,
    is_blank,
    section_is_blank,
    sections_in,
)

Draft = dict[str, Any]
# The words of a finding in the language asked for: key, then the values to put in.
Say = Callable[..., str]

CHECKS_FILE = "mou_checks.yaml"

# The findings' words in English, kept in code so the wizard's check needs no YAML;
# resources/mou_checks.yaml holds the same keys and words (a test keeps them equal), and
# every other language its own file (resources/es/mou_checks.yaml).
MESSAGES = {
    "missing-section.title": "“{section}” is empty",
    "missing-section.explanation": "Nothing is written under “{section}” yet. {help}",
    "roles-one-party.title": "Responsibilities for only one party",
    "roles-one-party.explanation": "Every responsibility listed is for {who}. A partnership "
    "shares the work: add what each of the other parties will do.",
    "roles-one-party.no-party": "no party",
    "no-conflict-resolution.title": "No way to resolve conflicts",
    "no-conflict-resolution.explanation": "Agree now how disagreements are raised and "
    "settled, before one happens.",
    "no-funding-end-plan.title": "No plan for when the funding ends",
    "no-funding-end-plan.explanation": "Say who keeps what going when the money stops, so "
    "the people you serve are not left without the help they came to rely on.",
    "data-ownership-unstated.title": "Who owns the data is not stated",
    "data-ownership-unstated.explanation": "The information is about the people you serve. "
    "Write down who owns it and who must agree before it is used or shared.",
    "no-review-date.title": "No review date",
    "no-review-date.explanation": "An MOU is a living document. Set when it is first "
    "reviewed, or how often.",
    "one-party-decides.title": "All decision power with one party",
    "one-party-decides.explanation": "The final say rests with {who} alone. Shared power "
    "means deciding together, or each in its own agreed area.",
    "one-party-decides.us": "your organization",
    "one-party-decides.them": "the other organization",
    "lobbying-501c3.title": "Lobbying listed for a 501(c)(3)",
    "lobbying-501c3.explanation": "“{words}” (under “{section}”) sounds like {activity}, "
    "which is lobbying. A 501(c)(3), or an organization that receives public funds, cannot "
    "take part in it. Education is allowed: educational meetings and materials on public "
    "policy are fine.",
    "lobbying.lobbying": "lobbying",
    "lobbying.campaign": "a letter or phone campaign",
    "lobbying.petition": "a petition drive",
    "lobbying.bill": "taking a position on a specific bill or ordinance",
    "lobbying.candidate": "endorsing or opposing a candidate",
    "lobbying.vote": "urging officials to vote",
    "scope-unwritten.title": "The scope is not written",
    "scope-unwritten.explanation": "Nothing says what this partnership will and will not do. "
    "Write both down, so it does not grow into work nobody agreed to.",
    "scope-unstated.title": "Nothing says what the partnership will not do",
    "scope-unstated.explanation": "Without limits, a partnership grows into work nobody "
    "agreed to. Say what is outside this agreement, and that new work needs both parties' "
    "agreement.",
    "missing-parties.title": "Fewer than two parties",
    "missing-parties.explanation": "Name every organization entering the agreement.",
    "missing-signatory.title": "A party has no signatory",
    "missing-signatory.explanation": "Name who signs for each organization; their names go "
    "on the signature lines.",
}


@cache
def check_words(language: str) -> dict[str, str]:
    """The findings' words in ``language`` (English from the code, others from YAML)."""
    if language == "en":
        return MESSAGES
    import yaml  # only when a check is asked for in another language

    from partnerdesk.shipped_files import resource_in

    path = resource_in(language, CHECKS_FILE)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ValueError(f"{path.name} ({language}) should be lines of the form key: text.")
    return {str(key): " ".join(str(text).split()) for key, text in raw.items()}


def _sayer(language: str) -> Say:
    words = check_words(language)

    def say(key: str, **values: str) -> str:
        return words[key].format(**values)

    return say


@dataclass(frozen=True)
class Finding:
    code: str
    section_id: str
    title: str
    explanation: str


# Sections whose emptiness has a rule of its own, with a sharper message.
_OWN_RULE = {"parties", "scope", "conflict", "data", "review", "term", "signatures"}

# Seed 001: a 501(c)(3), or an organization receiving public funds, cannot lobby: letter or
# phone campaigns, petition drives, promoting a position on specific legislation, endorsing
# or opposing a candidate. Education on public policy is not lobbying. Each pattern is one of
# those activities as people write it in an MOU, with the words the finding names it by.
_OFFICIALS = (
    r"(?:elected officials?|officials|legislators?|lawmakers?|representatives?|senators?|"
    r"council ?members?|(?:city |county |town )?council|commissioners?|supervisors?|"
    r"aldermen|congress(?:wo)?m[ae]n|congress|the mayor|the governor)"
)
_A_LAW = (
    r"(?:(?:the|a|an|this|that|any|specific|proposed|new|pending|our|city|county|state|"
    r"local)\s+)*(?:bills?|legislation|ordinances?|ballot (?:measures?|questions?|"
    r"initiatives?)|referend(?:um|a)|propositions?|(?:house|senate|assembly) bill|"
    r"[hs]\.?b\.? ?\d+)"
)
_WHOSE = r"(?:(?:the|our|your|their|city|county|state|local)\s+)*"
_THE = r"(?:(?:a|the|any|our|their|one|mayoral|council|school board|county|state)\s+)*"
_LOBBYING: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (activity, re.compile(pattern, re.IGNORECASE))
    for activity, pattern in (
        (
            "lobbying.lobbying",
            # "lobby" is also a hospital's entrance hall: "lobby for" counts only as a verb,
            # at the start of a line or after a word that makes it one ("we will lobby for").
            r"\blobby(?:ing|ists?)\b|\blobby\s+" + _WHOSE + _OFFICIALS + r"|"
            r"(?:^|(?<=[\n.;:•])|\b(?:to|will|we|they|and|or|shall|must|may|can|would|should|"
            r"both|parties|partners)\s+)\s*lobby\s+(?:for|against)\b",
        ),
        (
            "lobbying.campaign",
            r"\b(?:letter|letter-writing|postcard|phone|call|calling|call-in|e-?mail)"
            r"(?:[- ]writing)?[- ]campaigns?\b|\bphone[- ]bank(?:s|ing)?\b|"
            r"\b(?:write|writing|call|calling|phone|phoning|e-?mail|e-?mailing)\s+(?:to\s+)?"
            + _WHOSE
            + _OFFICIALS
            + r"\b",
        ),
        (
            "lobbying.petition",
            r"\bpetition(?:s|ing)?\b|\b(?:collect|collecting|gather|gathering)\s+signatures\b|"
            r"\bsignature drives?\b",
        ),
        (
            "lobbying.bill",
            r"\b(?:support(?:s|ing)?|oppos(?:e|es|ing)|promot(?:e|es|ing)|back(?:s|ing)?|"
            r"endors(?:e|es|ing)|push(?:es|ing)? for|advocat(?:e|es|ing) (?:for|against)|"
            r"fight(?:s|ing)? (?:for|against)|campaign(?:s|ing)? (?:for|against)|"
            r"pass(?:es|ing)?|defeat(?:s|ing)?|block(?:s|ing)?|a position on|"
            r"vote (?:for|against|yes on|no on))\s+" + _A_LAW + r"\b",
        ),
        (
            "lobbying.candidate",
            r"\b(?:endors\w*|oppos\w*|support\w*|campaign\w* (?:for|against)|"
            r"vote (?:for|against)|(?:re-?)?elect\w*|defeat\w*)\s+" + _THE + r"candidates?\b|"
            r"\bcandidate endorsements?\b",
        ),
        (
            "lobbying.vote",
            r"\b(?:urg\w*|ask\w*|press\w*|push\w*|call\w* on|tell\w*|get(?:ting)?|"
            r"persuad\w*|convinc\w*|lean\w* on)\s+" + _WHOSE + _OFFICIALS + r"\s+to vote\b",
        ),
    )
)


# The same activities as an MOU written in Spanish says them (issue 21): found whatever the
# check's language, as an MOU may be written in one language and checked in the other. A
# Spanish MOU says "petición" for any request ("a petición de cualquiera de las partes"),
# so only a petition someone signs or circulates counts; "cabildo" (a town council) is not
# "cabildeo"; "elegir" is any choosing, "apoyo" also the noun (support, funding), and
# "representantes" and "supervisores" are as often the parties' own people.
_FUNCIONARIOS = (
    r"(?:(?:a\s+)?(?:los|las|el|la|al|nuestr[oa]s?|sus?|cada)\s+)?"
    r"(?:funcionari[oa]s?(?:\s+(?:electos?|electas?|públic[oa]s?|publicos?))?|"
    r"legislador(?:es|as?)?|congresistas?|diputad[oa]s?|senador(?:es|as?)?|"
    r"representantes?\s+(?:electos|electas|estatales|del\s+estado|en\s+el\s+congreso)|"
    r"concejal(?:es|as?)?|miembros\s+del\s+concejo|"
    r"concejo(?:\s+municipal)?|comisionad[oa]s?|supervisor(?:es|as?)?\s+del\s+condado|"
    r"alcaldes?(?:as?)?|"
    r"gobernador(?:es|as?)?|autoridades\s+electas)"
    r"(?:\s+(?:del\s+condado|de\s+la\s+ciudad|del\s+estado|municipales|estatales|locales))?"
)
_UNA_LEY = (
    r"(?:(?:a|al|del|de|el|la|los|las|un|una|este|esta|ese|esa|cualquier|nuev[oa]|"
    r"propuest[oa]|nuestr[oa]|pendiente|específic[oa]|especific[oa])\s+)*"
    r"(?:proyectos?\s+de\s+ley|iniciativas?\s+de\s+ley|propuestas?\s+de\s+ley|"
    r"ordenanzas?|leyes|ley\b|legislaci[oó]n|medidas?\s+electorales?|refer[eé]ndum|"
    r"plebiscito|proposici[oó]n(?:es)?)"
)
_CANDIDATO = (
    r"(?:(?:a|al|el|la|los|las|un|una|cualquier|alg[uú]n|alguna|ning[uú]n|ninguna|"
    r"nuestr[oa]s?|sus?)\s+)*candidat[oa]s?\b"
)
_CABILDEO: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (activity, re.compile(pattern, re.IGNORECASE))
    for activity, pattern in (
        ("lobbying.lobbying", r"\bcabilde\w*|\bhac\w*\s+lobby\b"),
        (
            "lobbying.campaign",
            r"\bcampa[ñn]as?\s+(?:de\s+)?(?:cartas|llamadas|telef[oó]nicas?|postales|"
            r"correos?(?:\s+electr[oó]nicos)?|env[ií]o\s+de\s+cartas)\b|"
            r"\b(?:escrib\w*|llam\w*|telefone\w*|(?:envi|mand)\w*\s+(?:cartas|correos)"
            r")\s+(?:a\s+)?" + _FUNCIONARIOS + r"\b",
        ),
        (
            "lobbying.petition",
            r"\b(?:recog|recolect|junt|reun|recaud)\w*\s+(?:de\s+)?firmas\b|"
            r"\bcampa[ñn]as?\s+de\s+firmas\b|"
            r"\b(?:firm|circul|promov|promuev|organiz|lanz|difund|inici)\w*\s+"
            r"(?:(?:una|la|las|nuestra|esta)\s+)?petici(?:ón|on|ones)\b|"
            r"\bpetici(?:ón|on|ones)\s+(?:públicas?|publicas?|ciudadanas?|en\s+l[ií]nea|"
            r"firmadas?|comunitarias?)\b",
        ),
        (
            "lobbying.bill",
            r"\b(?:apoy(?!o\b)\w*|respald(?!o\b)\w*|promov\w*|promuev\w*|impuls(?!o\b)\w*|"
            r"op[oó]n\w*|oponer\w*|aprobar|bloque\w*|derrot\w*|"
            r"(?:posici[oó]n|postura)(?:\s+(?:p[uú]blica|oficial))?\s+(?:sobre|acerca\s+de|"
            r"respecto\s+a|ante|a\s+favor|en\s+contra)|"
            r"(?:hac\w*\s+)?campa[ñn]a\s+(?:a\s+favor|en\s+contra|por)|"
            r"vot\w*\s+(?:a\s+favor|en\s+contra|por|s[ií]|no))\s+(?:\w+mente\s+)?"
            r"(?:(?:de|a|por|en)\s+)?" + _UNA_LEY,
        ),
        (
            "lobbying.candidate",
            r"\b(?:apoy(?!o\b)\w*|respald(?!o\b)\w*|op[oó]n\w*|oponer\w*|"
            r"hac\w*\s+campa[ñn]a\s+(?:a\s+favor\s+de|en\s+contra\s+de|por|para)|"
            r"vot\w*\s+(?:por|a\s+favor\s+de|en\s+contra\s+de)|reelegir|derrot\w*)\s+"
            r"(?:\w+mente\s+)?" + _CANDIDATO + r"|\brespaldo\s+(?:a|de)\s+candidat[oa]s?\b",
        ),
        (
            "lobbying.vote",
            r"\b(?:pid\w*|ped\w*|inst\w*|presion\w*|exhort\w*|convenc\w*|persuad\w*|"
            r"anim\w*|urg\w*|llam\w*|solicit\w*)\s+(?:a\s+|al\s+)?"
            + _FUNCIONARIOS
            + r"\s+(?:(?:que|a|para\s+que)\s+)?vot\w*",
        ),
    )
)


def _value(draft: Draft, section_id: str, field_id: str) -> Any:
    return (draft.get(section_id) or {}).get(field_id)


def _text_of(draft: Draft) -> list[tuple[str, str]]:
    """Every piece of text in the draft, with the section it is in."""
    found: list[tuple[str, str]] = []
    for section in SECTIONS:
        values = draft.get(section.id) or {}
        for field in section.fields:
            value = values.get(field.id)
            if isinstance(value, str):
                found.append((section.id, value))
            elif isinstance(value, list):
                for row in value:
                    if isinstance(row, dict):
                        found.extend((section.id, str(cell)) for cell in row.values())
    return found


def _finding(say: Say, code: str, section_id: str, key: str = "", **values: str) -> Finding:
    key = key or code
    return Finding(
        code, section_id, say(f"{key}.title", **values), say(f"{key}.explanation", **values)
    )


def _missing_sections(draft: Draft, say: Say, sections: tuple[MouSection, ...]) -> list[Finding]:
    return [
        _finding(say, "missing-section", section.id, section=section.title, help=section.help)
        for section in sections
        if section.id not in _OWN_RULE and section_is_blank(draft, section.id)
    ]


def _party_names(draft: Draft) -> list[str]:
    rows = _value(draft, "parties", "parties") or []
    return [str(row.get("name", "")).strip() for row in rows if str(row.get("name", "")).strip()]


def _roles_one_sided(draft: Draft, say: Say, sections: tuple[MouSection, ...]) -> list[Finding]:
    rows = [
        row
        for row in _value(draft, "roles", "roles") or []
        if str(row.get("responsibility", "")).strip()
    ]
    if not rows:
        return []
    parties = {str(row.get("party", "")).strip() for row in rows} - {""}
    if len(parties) >= 2 or len(_party_names(draft)) < 2:
        return []
    who = next(iter(parties)) if parties else say("roles-one-party.no-party")
    return [_finding(say, "roles-one-party", "roles", who=who)]


def _no_conflict_process(draft: Draft, say: Say, sections: tuple[MouSection, ...]) -> list[Finding]:
    if not is_blank(_value(draft, "conflict", "process")):
        return []
    return [_finding(say, "no-conflict-resolution", "conflict")]


def _no_funding_end_plan(draft: Draft, say: Say, sections: tuple[MouSection, ...]) -> list[Finding]:
    if not is_blank(_value(draft, "term", "when_funding_ends")):
        return []
    return [_finding(say, "no-funding-end-plan", "term")]


def _data_ownership_unstated(
    draft: Draft, say: Say, sections: tuple[MouSection, ...]
) -> list[Finding]:
    if not is_blank(_value(draft, "data", "ownership")):
        return []
    return [_finding(say, "data-ownership-unstated", "data")]


def _no_review_date(draft: Draft, say: Say, sections: tuple[MouSection, ...]) -> list[Finding]:
    if not is_blank(_value(draft, "review", "first_review")) or _value(
        draft, "review", "every_months"
    ):
        return []
    return [_finding(say, "no-review-date", "review")]


def _one_party_decides(draft: Draft, say: Say, sections: tuple[MouSection, ...]) -> list[Finding]:
    final_say = _value(draft, "decisions", "final_say")
    if final_say not in (FINAL_SAY_US, FINAL_SAY_THEM):
        return []
    who = say("one-party-decides.us" if final_say == FINAL_SAY_US else "one-party-decides.them")
    return [_finding(say, "one-party-decides", "decisions", who=who)]


def _lobbying_in(text: str) -> tuple[str, str] | None:
    """The first lobbying activity the text speaks of: (its words, the activity)."""
    found = [
        (match.start(), match.group(0), activity)
        for activity, pattern in _LOBBYING + _CABILDEO
        if (match := pattern.search(text))
    ]
    if not found:
        return None
    _start, words, activity = min(found)
    return words, activity


def _lobbying(draft: Draft, say: Say, sections: tuple[MouSection, ...]) -> list[Finding]:
    if not _value(draft, "parties", "nonprofit_limits"):
        return []
    titles = {section.id: section.title for section in sections}
    for section_id, text in _text_of(draft):
        found = _lobbying_in(text)
        if found:
            words, activity = found
            return [
                _finding(
                    say,
                    "lobbying-501c3",
                    section_id,
                    words=words,
                    section=titles[section_id],
                    activity=say(activity),
                )
            ]
    return []


def _scope_unstated(draft: Draft, say: Say, sections: tuple[MouSection, ...]) -> list[Finding]:
    if not is_blank(_value(draft, "scope", "will_not_do")):
        return []
    unwritten = is_blank(_value(draft, "scope", "will_do"))
    key = "scope-unwritten" if unwritten else "scope-unstated"
    return [_finding(say, "scope-unstated", "scope", key)]


def _no_signatories(draft: Draft, say: Say, sections: tuple[MouSection, ...]) -> list[Finding]:
    rows = _value(draft, "parties", "parties") or []
    if len(_party_names(draft)) < 2:
        return [_finding(say, "missing-parties", "parties")]
    if all(str(row.get("signatory", "")).strip() for row in rows if row.get("name")):
        return []
    return [_finding(say, "missing-signatory", "parties")]


RULES = (
    _no_signatories,
    _missing_sections,
    _scope_unstated,
    _roles_one_sided,
    _one_party_decides,
    _no_conflict_process,
    _data_ownership_unstated,
    _no_review_date,
    _no_funding_end_plan,
    _lobbying,
)


def check_mou(draft: Draft, language: str = "en") -> list[Finding]:
    """Every finding, in the order of the sections they send the user to, worded in
    ``language`` (lobbying is recognised in English and in Spanish wording alike)."""
    say = _sayer(language)
    sections = sections_in(language)
    findings = [finding for rule in RULES for finding in rule(draft, say, sections)]
    order = {section.id: index for index, section in enumerate(SECTIONS)}
    return sorted(findings, key=lambda finding: order[finding.section_id])
