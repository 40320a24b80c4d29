"""Every completeness and fairness rule of the MOU check, one by one."""

from __future__ import annotations

from typing import Any

import pytest

from partnerdesk.core.mou_checks import check_mou
from partnerdesk.core.mou_sections import (
    SECTION_BY_ID,
    SECTIONS,
    FieldKind,
    scope_from_request,
    section_is_blank,
)


def complete_draft() -> dict[str, Any]:
    """A draft with every section filled in and nothing unfair: no findings."""
    draft: dict[str, Any] = {}
    for section in SECTIONS:
        values: dict[str, Any] = {}
        for field in section.fields:
            if field.kind is FieldKind.TEXT or field.kind is FieldKind.LINE:
                values[field.id] = f"{field.label} agreed."
            elif field.kind is FieldKind.DATE:
                values[field.id] = "2027-01-15"
            elif field.kind is FieldKind.NUMBER:
                values[field.id] = 6
            elif field.kind is FieldKind.CHOICE:
                values[field.id] = "together"
            elif field.kind is FieldKind.FLAG:
                values[field.id] = True
        draft[section.id] = values
    draft["parties"]["parties"] = [
        {"name": "Eastside Food Collective", "signatory": "Marisol Ortega", "title": "Director"},
        {"name": "Riverbend Health System", "signatory": "Angela Brooks", "title": "Director"},
    ]
    draft["roles"]["roles"] = [
        {"responsibility": "Refer patients", "party": "Riverbend Health System", "due": "Monthly"},
        {"responsibility": "Serve referred families", "party": "Eastside Food Collective"},
    ]
    return draft


def codes(draft: dict[str, Any]) -> list[str]:
    return [finding.code for finding in check_mou(draft)]


def test_a_complete_fair_draft_has_no_findings() -> None:
    assert check_mou(complete_draft()) == []


def test_an_empty_draft_lists_every_missing_part_in_section_order() -> None:
    findings = check_mou({})
    found = [finding.code for finding in findings]
    assert found[0] == "missing-parties"
    for code in (
        "no-conflict-resolution",
        "data-ownership-unstated",
        "no-review-date",
        "no-funding-end-plan",
        "scope-unstated",
    ):
        assert code in found
    missing = {f.section_id for f in findings if f.code == "missing-section"}
    assert missing == {
        "purpose",
        "problem",
        "goals",
        "objectives",
        "roles",
        "leadership",
        "decisions",
        "resources",
        "communication",
        "monitoring",
    }
    order = [s.id for s in SECTIONS]
    assert [order.index(f.section_id) for f in findings] == sorted(
        order.index(f.section_id) for f in findings
    )


def test_each_finding_explains_itself() -> None:
    for finding in check_mou({}):
        assert finding.title and len(finding.explanation) > 20


@pytest.mark.parametrize(
    ("section", "field", "value", "code"),
    [
        ("conflict", "process", "  ", "no-conflict-resolution"),
        ("term", "when_funding_ends", "", "no-funding-end-plan"),
        ("scope", "will_not_do", "", "scope-unstated"),
        ("data", "ownership", "", "data-ownership-unstated"),
        ("decisions", "final_say", "them", "one-party-decides"),
        ("decisions", "final_say", "us", "one-party-decides"),
    ],
)
def test_single_rules(section: str, field: str, value: Any, code: str) -> None:
    draft = complete_draft()
    draft[section][field] = value
    assert codes(draft) == [code]


def test_no_review_date_needs_both_the_date_and_the_interval_missing() -> None:
    draft = complete_draft()
    draft["review"]["first_review"] = ""
    assert codes(draft) == []
    draft["review"]["every_months"] = None
    assert codes(draft) == ["no-review-date"]


def test_roles_for_only_one_party() -> None:
    draft = complete_draft()
    for row in draft["roles"]["roles"]:
        row["party"] = "Eastside Food Collective"
    [finding] = check_mou(draft)
    assert finding.code == "roles-one-party" and "Eastside Food Collective" in finding.explanation
    draft["roles"]["roles"] = []
    assert codes(draft) == ["missing-section"]


def test_a_party_without_signatory() -> None:
    draft = complete_draft()
    draft["parties"]["parties"][1]["signatory"] = " "
    assert codes(draft) == ["missing-signatory"]


@pytest.mark.parametrize(
    "text",
    [
        "We will lobby the county council for more bus routes.",
        "A petition drive at the pantry",
        "Run a phone campaign to legislators",
        "Both parties will support the bill on food access",
        "Endorse a candidate who backs transit",
        # Seed 001's list, in the words people write it.
        "Organize a letter-writing campaign to our state senators",
        "Volunteers call their representatives every Friday",
        "Collect signatures at the Saturday pantry for the new bus route",
        "Take a position on the proposed ordinance on street vendors",
        "Both parties publicly oppose HB 1234",
        "Oppose the mayoral candidates who would cut the pantry's grant",
        "Urge council members to vote for the food access budget",
        "Ask the city council to vote yes on the shelter plan",
    ],
)
def test_lobbying_listed_for_a_501c3(text: str) -> None:
    draft = complete_draft()
    draft["objectives"]["objectives"] = text
    [finding] = check_mou(draft)
    assert finding.code == "lobbying-501c3" and finding.section_id == "objectives"
    draft["parties"]["nonprofit_limits"] = False
    assert codes(draft) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hold educational meetings about public policy on food access; share fact sheets.",
        "Brief council members on what neighbors tell us, at an educational forum.",
        "Educational materials explaining the new ordinance to families",
        "Help neighbors understand the bill and what it would change for them",
        "Hand out flyers in the hospital lobby for visitors",
        "Support the families we serve, and the candidates for our youth program",
    ],
)
def test_education_on_policy_is_not_lobbying(text: str) -> None:
    draft = complete_draft()
    draft["objectives"]["objectives"] = text
    assert codes(draft) == []


def test_the_lobbying_finding_names_the_activity_and_allows_education() -> None:
    draft = complete_draft()
    draft["goals"]["goals"] = "Urge county commissioners to vote for the pantry's lease."
    [finding] = check_mou(draft)
    assert "urging officials to vote" in finding.explanation
    assert "Education is allowed" in finding.explanation


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # An MOU written in Spanish (issue 21): seed 001's list as people write it there.
        ("Haremos cabildeo ante el concejo municipal por más rutas de autobús.", "cabildeo"),
        ("Las dos organizaciones van a cabildear por el presupuesto de salud.", "cabildeo"),
        ("Organizar una campaña de cartas o llamadas a los legisladores", "campaña de cartas"),
        ("Las voluntarias llamarán a los concejales cada viernes", "campaña de cartas"),
        ("Recogida de firmas en la despensa del sábado", "recolección de firmas"),
        ("Recolectar firmas para la nueva ruta de autobús", "recolección de firmas"),
        ("Circular una petición en el vecindario", "recolección de firmas"),
        (
            "Tomar posición sobre el proyecto de ley de acceso a alimentos",
            "proyecto de ley u ordenanza",
        ),
        ("Ambas partes apoyarán la ordenanza sobre vendedores ambulantes", "proyecto de ley"),
        ("Oponerse públicamente a la propuesta de ley 1234", "proyecto de ley"),
        ("Apoyar u oponerse a un candidato a la alcaldía", "apoyar o rechazar a un candidato"),
        ("Hacer campaña por la candidata que apoya el transporte", "a un candidato"),
        ("Pedir a los funcionarios que voten a favor del presupuesto", "que voten"),
        ("Instar a las comisionadas del condado a votar por el contrato", "que voten"),
        ("Pedir al concejo municipal que vote sí al plan del albergue", "que voten"),
    ],
)
def test_lobbying_written_in_spanish_is_found_and_told_in_the_checks_language(
    text: str, activity: str
) -> None:
    draft = complete_draft()
    draft["objectives"]["objectives"] = text
    [finding] = check_mou(draft, "es")
    assert finding.code == "lobbying-501c3" and finding.section_id == "objectives"
    assert finding.title == "Cabildeo en el memorando de una organización 501(c)(3)"
    assert activity in finding.explanation, finding.explanation
    assert "Educar sí está permitido" in finding.explanation
    # An MOU in Spanish checked in English: found all the same, told in English.
    [english] = check_mou(draft)
    assert english.title == "Lobbying listed for a 501(c)(3)"
    assert "Education is allowed" in english.explanation
    draft["parties"]["nonprofit_limits"] = False
    assert check_mou(draft, "es") == []


@pytest.mark.parametrize(
    "text",
    [
        "Reuniones educativas sobre políticas públicas de alimentación; hojas informativas.",
        "Materiales educativos que explican la nueva ordenanza a las familias",
        "Ayudar a los vecinos a entender el proyecto de ley y lo que cambiaría para ellos",
        # "petición" is any request; "cabildo", a town council; "apoyo", support.
        "Cualquiera de las partes puede revisar el memorando a petición de la otra.",
        "Presentaremos el programa al cabildo abierto del barrio.",
        "El programa cuenta con apoyo de la ley de salud comunitaria del estado.",
        "Repartir folletos en el lobby del hospital para las visitas",
        # The parties' own people and choices, not officials and elections.
        "Los representantes de cada organización se reunirán cada mes.",
        "Escribir a los representantes de cada parte antes de la revisión",
        "Elegir a los candidatos para el programa de promotoras de salud",
        "Recoger las firmas de ambas partes antes del 31 de enero",
    ],
)
def test_education_and_everyday_spanish_are_not_lobbying(text: str) -> None:
    draft = complete_draft()
    draft["objectives"]["objectives"] = text
    assert codes(draft) == []


def test_a_scope_without_limits_invites_scope_creep() -> None:
    draft = complete_draft()
    draft["scope"] = {"will_do": "Take referrals for twelve months.", "will_not_do": " "}
    [finding] = check_mou(draft)
    assert finding.code == "scope-unstated" and "will not do" in finding.title
    draft["scope"] = {}
    [finding] = check_mou(draft)
    assert finding.code == "scope-unstated" and "not written" in finding.title


def test_blank_tables_and_flags_do_not_count_as_filled() -> None:
    assert section_is_blank({"roles": {"roles": [{"responsibility": " ", "party": ""}]}}, "roles")
    assert section_is_blank({"signatures": {"place": ""}}, "signatures")
    assert not section_is_blank({"purpose": {"vision": "x"}}, "purpose")


def test_goals_show_the_seven_smartie_prompts() -> None:
    goals = SECTION_BY_ID["goals"].field("goals").help
    for prompt in (
        "what do you want to do?",
        "how will you track progress?",
        "how will you do it?",
        "how is it relevant to each partner's mission?",
        "when do you want to do it?",
        "what new perspectives could you bring into the project?",
        "can you change the goal to build in equity and inclusion?",
    ):
        assert prompt in goals
    assert [line[0] for line in goals.splitlines()[1:]] == list("SMARTIE")


def test_measures_of_success_at_the_three_levels_of_seed_003() -> None:
    labels = [field.label for field in SECTION_BY_ID["monitoring"].fields]
    assert "Success for the people served" in labels
    assert "Success for the partnership itself" in labels
    assert "Success for each organization" in labels


def test_the_problem_statement_samples_are_a_community_organizations_own() -> None:
    samples = " ".join(field.help for field in SECTION_BY_ID["problem"].fields)
    assert samples.count("Sample:") == 5
    assert "hospital" not in samples.casefold() and "North Country" not in samples
    assert "our Saturday pantry" in samples


def test_the_scope_is_prefilled_from_what_they_asked_and_for_how_long() -> None:
    assert scope_from_request("Take referrals.", " Twelve months. ") == {
        "will_do": "Take referrals.\nTwelve months."
    }
    assert scope_from_request("", " ") == {}
