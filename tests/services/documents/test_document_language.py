"""The document's language, chosen per export (issue 21): a Spanish MOU, cover note and
e-mail; the questions sheet from the Spanish bank; an English MOU whatever else is Spanish."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace
from datetime import date
from email.message import Message
from pathlib import Path

import docx
import pytest

from partnerdesk.core.document_language import writing_in
from partnerdesk.core.question_bank import QuestionBank, load_question_bank
from partnerdesk.services.documents import vetting as vetting_documents
from partnerdesk.services.documents.mou import export_mou, export_mou_email, request_mou
from partnerdesk.services.documents.vetting import export_questions
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.shipped_files import resource_in
from partnerdesk.store.database import Database
from partnerdesk.store.models import VettingQuestion

TODAY = date(2026, 12, 4)


@pytest.fixture
def sample(database: Database) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    return database


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    section = document.sections[0]
    parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def _body(message: Message) -> str:
    part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode(part.get_content_charset() or "utf-8")


def test_a_spanish_mou_reads_in_spanish_with_its_cover_note_and_email(
    sample: Database, tmp_path: Path
) -> None:
    mou_id = request_mou(sample, 1)
    assert mou_id is not None
    result = export_mou(sample, mou_id, tmp_path / "memorando.docx", today=TODAY, language="es")
    text = _text(tmp_path / "memorando.docx")
    header = docx.Document(str(tmp_path / "memorando.docx")).sections[0].header
    assert header.paragraphs[0].text == "BORRADOR — versión 1 — 4 de diciembre de 2026"
    for words in (
        "Memorando de entendimiento entre ",
        "1. Partes y firmantes",
        "2. Propósito y visión compartida",
        "Toma de decisiones y consenso",
        "Firmado en nombre de cada una de las partes",
        "Firma: ",
        "Página ",
        "Cargo",
    ):
        assert words in text, words
    for english in ("Signature", "Parties and signatories", "To be agreed", "Page ", "DRAFT"):
        assert english not in text, english

    assert result.cover_note is not None
    assert result.cover_note.name == "memorando (nota de presentación).docx"
    note = _text(result.cover_note)
    assert "Puntos por resolver" in note
    assert "No hay forma de resolver conflictos" in note
    assert "4 de diciembre de 2026" in note
    assert {f.title for f in result.findings} >= {"No hay forma de resolver conflictos"}

    eml = export_mou_email(
        sample, mou_id, tmp_path / "memorando.docx", result.version, tmp_path / "m.eml", "es"
    )
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert "borrador, versión 1" in str(message["Subject"])
    body = _body(message)
    assert "Le enviamos adjunta la versión 1 de nuestro borrador" in body
    assert "Buenos días" in body and "Atentamente," in body


def test_an_english_mou_stays_english_whatever_else_is_in_spanish(
    sample: Database, tmp_path: Path
) -> None:
    """The coordinator works in Spanish (the screen, the last export) and sends the hospital
    an English MOU: its words and dates are English."""
    mou_id = request_mou(sample, 1)
    assert mou_id is not None
    export_mou(sample, mou_id, tmp_path / "es.docx", today=TODAY, language="es")
    with writing_in("es"):
        export_mou(sample, mou_id, tmp_path / "en.docx", today=TODAY, language="en")
    text = _text(tmp_path / "en.docx")
    assert "Memorandum of understanding between " in text
    assert "1. Parties and signatories" in text
    assert "Signature: " in text
    assert "de diciembre" not in text and "Partes y firmantes" not in text
    assert (tmp_path / "en (cover note).docx").is_file()


def _spanish_bank() -> QuestionBank:
    """The translator's bank once it is in resources/es/; until then a stand-in with the
    same ids, every text marked as Spanish."""
    if resource_in("es", "question_bank.yaml").is_file():
        return load_question_bank(language="es")
    english = load_question_bank()
    return replace(
        english,
        categories=tuple(replace(c, title=f"ES {c.title}") for c in english.categories),
        questions=tuple(replace(q, text=f"ES {q.text}") for q in english.questions),
    )


def test_the_questions_sheet_in_spanish_asks_from_the_spanish_bank(
    sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spanish = _spanish_bank()
    monkeypatch.setattr(vetting_documents, "bank_in", lambda language: spanish)
    written = export_questions(sample, 1, tmp_path / "preguntas.docx", TODAY, language="es")
    document = docx.Document(str(written.path))
    text = _text(written.path)
    assert document.paragraphs[0].text.startswith("Preguntas para hacer: ")
    assert "Reunión con " in text and "Preparado por " in text
    assert "4 de diciembre de 2026" in text
    assert "Notas:" in text and "Página " in text
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings and set(headings) <= {c.title for c in spanish.categories}
    asked = [q for q in spanish.questions if q.text in text]
    assert asked, "no question of the Spanish bank is on the sheet"
    for english in ("Questions to ask", "Notes:", "Prepared by", "Page "):
        assert english not in text, english

    # A question the organization reworded keeps its own words.
    with sample.session() as session:
        reworded = session.query(VettingQuestion).filter_by(key=asked[0].id).one()
        reworded.text = "Who will own what we learn about our neighbors?"
        reworded.is_custom = True  # as rewording it on the vetting screen marks it
    again = export_questions(sample, 1, tmp_path / "otra vez.docx", TODAY, language="es")
    text = _text(again.path)
    assert "Who will own what we learn about our neighbors?" in text
    assert asked[0].text not in text


def test_the_calendar_in_spanish(sample: Database, tmp_path: Path) -> None:
    import icalendar

    from partnerdesk.services.calendar_export import export_calendar

    assert export_calendar(sample, tmp_path / "fechas.ics", language="es")
    calendar = icalendar.Calendar.from_ical((tmp_path / "fechas.ics").read_bytes())
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    descriptions = " ".join(str(event["description"]) for event in calendar.walk("VEVENT"))
    assert any(summary.startswith("Fecha límite: ") for summary in summaries)
    assert "Quién lo hace: " in descriptions and "Alianza: " in descriptions
    assert not any(summary.startswith(("Due: ", "Review the MOU")) for summary in summaries)


def test_the_vetting_summary_in_spanish(sample: Database, tmp_path: Path) -> None:
    from partnerdesk.services.documents.vetting import export_vetting

    written = export_vetting(sample, 1, tmp_path / "resumen.docx", TODAY, language="es")
    text = _text(written.path)
    for words in (
        "Resumen de la evaluación: ",
        "La solicitud",
        "Señales de alerta",
        "Preparación por tema",
        "Solicitada por",
        "Tabla de capacidades",
        "Lo que respondieron: ",  # internal: not "Su respuesta" (your answer)
        "Calificación: ",
    ):
        assert words in text, words
    for english in ("Vetting summary", "Red flags", "Asked by", "Their answer: ", "Not stated"):
        assert english not in text, english
    assert "No plan for when the funding ends" not in text  # the flags are Spanish too
    # A date in the flags' running text spelled out like the rest of the document.
    assert "termina el 31 de agosto de 2027, en menos de un año" in text
    # The shipped capacities of the matrix too.
    assert "Experiencia vivida" in text and "Lived experience" not in text


def test_a_partner_profile_in_spanish(sample: Database, tmp_path: Path) -> None:
    from partnerdesk.services.documents.profile import export_profile
    from partnerdesk.services.profiles.answers import our_organization_id

    with sample.session() as session:
        ours = our_organization_id(session)
    assert ours is not None
    written = export_profile(sample, ours, tmp_path / "perfil.docx", TODAY, language="es")
    text = _text(written.path)
    first = docx.Document(str(written.path)).paragraphs[0].text
    assert first == "Perfil de la organización: Eastside Community Food Collective"
    assert "Preparado por " in text and "4 de diciembre de 2026" in text
    assert "Prepared" not in text and "Not filled in yet." not in text


def test_the_kickoff_agenda_in_spanish(sample: Database, tmp_path: Path) -> None:
    from partnerdesk.services.documents.kickoff import export_kickoff_agenda

    written = export_kickoff_agenda(
        sample, 1, tmp_path / "agenda.docx", "retreat", TODAY, language="es"
    )
    text = _text(written.path)
    for words in (
        "Reunión de inicio: ",
        "¡Bienvenidos!",
        "Conocernos",
        "Descanso, con comida",
        "Próximos pasos: quién hace qué y para cuándo",
        "Para cuándo",
        "4 de diciembre de 2026",
        "reunión de sinergia",
    ):
        assert words in text, words
    for english in ("Kickoff meeting", "Welcome!", "Thank you for coming.", "By when"):
        assert english not in text, english


def test_a_spanish_question_form_goes_out_and_comes_back_in_spanish(
    sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form to a Spanish-speaking partner: Spanish headings, topics and questions (the
    Spanish bank's); filled in and sent back, its answers are found under their questions."""
    from partnerdesk.core.forms import QuestionChoice
    from partnerdesk.services.documents.forms import export_question_form
    from partnerdesk.services.vetting.form_answers import read_returned_form
    from tests.services.forms import form_editing

    spanish = _spanish_bank()
    monkeypatch.setattr(vetting_documents, "bank_in", lambda language: spanish)
    target = tmp_path / "formulario.docx"
    written = export_question_form(sample, 1, target, QuestionChoice.HARD, TODAY, language="es")
    document = docx.Document(str(target))
    tables = form_editing.form_tables(document)
    assert [cell.text for cell in tables[0].rows[0].cells] == ["N.º", "Pregunta", "Su respuesta"]
    text = _text(target)
    assert "Preguntas sobre «" in text and "Muchas gracias por tomarse el tiempo" in text
    assert "Los tiempos, el financiamiento y los valores" in text
    assert "4 de diciembre de 2026" in text
    assert "Your answer" not in text and "Thank you" not in text
    numbers = [int(row.cells[0].text) for row in tables[0].rows[1:]]
    assert len(numbers) == written.questions == 3
    form_editing.answer(target, {numbers[1]: "La junta aprobó dos años más."})

    reading = read_returned_form(sample, 1, target)
    assert not reading.unmatched, reading.unmatched
    [answer] = [a for a in reading.answers if a.theirs == "La junta aprobó dos años más."]
    assert answer.key == "hard.funding-runs-out"
    assert answer.question == spanish.get("hard.funding-runs-out").text  # type: ignore[union-attr]


def test_the_vetting_screen_can_read_the_questions_in_spanish(
    sample: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the vetting screen reads, for a screen in Spanish: the shipped questions and
    topics in the Spanish bank's words, the flags and readiness in Spanish."""
    from partnerdesk.services.vetting import overview

    spanish = _spanish_bank()
    monkeypatch.setattr(overview, "bank_in", lambda language: spanish)
    answers = overview.request_answers(sample, 1, TODAY, language="es")
    assert {c.title for c in answers.categories} == {c.title for c in spanish.categories}
    texts = [line.text for lines in answers.questions.values() for line in lines]
    assert any(text in {q.text for q in spanish.questions} for text in texts)
    assert answers.flags and all(flag.title in FLAG_TITLES_ES for flag in answers.flags)
    english = overview.request_answers(sample, 1, TODAY)
    assert english.flags and not any(flag.title in FLAG_TITLES_ES for flag in english.flags)


FLAG_TITLES_ES = {
    "No hay plan para cuando termine el financiamiento",
    "El financiamiento termina en menos de un año",
    "Ofrecen mucha menos participación de la que usted quiere",
    "No han respondido a quién pertenecen los datos",
    "No hay declaración de valores",
    "No hay señales de que vivan sus valores",
    "No han explicado por qué ahora",
    "Daño del pasado sin reconocer",
}


MEALS = 3  # the sample's active partnership: its charter written, its MOU signed


def test_the_team_charter_in_spanish_and_as_the_annex_of_a_spanish_mou(
    sample: Database, tmp_path: Path
) -> None:
    from partnerdesk.services.documents.charter import export_charter
    from partnerdesk.services.mou.drafts import mou_for_request
    from partnerdesk.services.sample_data.charter import SAMPLE_CHARTER

    written = export_charter(sample, MEALS, tmp_path / "acuerdo.docx", language="es")
    assert written is not None
    document = docx.Document(str(written.path))
    assert document.paragraphs[0].text.startswith("Acuerdo de trabajo del equipo: ")
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "La meta de nuestra alianza",
        "Cómo acordamos metas, expectativas y valores",
        "Cómo manejamos las situaciones difíciles",
        "Reuniones, actas y comunicación entre reuniones",
    ]
    text = _text(written.path)
    assert "Cómo colaborarán " in text and "Alianza: " in text
    assert SAMPLE_CHARTER["goal"].splitlines()[0] in text  # the partners' words as typed
    for english in ("Team charter", "will work together", "Partnership: ", "The goal of"):
        assert english not in text, english

    with sample.session() as session:
        mou_id = mou_for_request(session, MEALS)
    assert mou_id is not None
    export_mou(sample, mou_id, tmp_path / "memorando.docx", today=TODAY, language="es")
    mou = docx.Document(str(tmp_path / "memorando.docx"))
    headings = [p.text for p in mou.paragraphs if p.style.name.startswith("Heading")]
    annex = headings.index("Anexo: Acuerdo de trabajo del equipo")
    assert headings[annex + 1] == "La meta de nuestra alianza"
    mou_text = _text(tmp_path / "memorando.docx")
    assert "Annex: Team charter" not in mou_text
    assert re.search(r"Firmado el \d{1,2} de [a-z]+ de 20\d\d", mou_text)  # a Spanish date


def test_the_results_report_in_spanish_with_its_trend_in_spanish(
    sample: Database, tmp_path: Path
) -> None:
    from partnerdesk.services.documents.results import export_results_report

    written = export_results_report(sample, MEALS, tmp_path / "informe.docx", TODAY, language="es")
    document = docx.Document(str(written.path))
    assert document.paragraphs[0].text.startswith("Informe de resultados: ")
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Lo que nos propusimos hacer",
        "Compromisos cumplidos y atrasados",
        "Medidas de éxito",
        "Cómo va la alianza",
        "En sus propias palabras",
        "Próximos pasos",
    ]
    text = _text(written.path)
    for words in (
        "Para la dirección de ",
        "preparado el 4 de diciembre de 2026",
        "El memorando se firmó el ",
        "compromiso cumplido",
        "Medida de éxito",
        "Logrado hasta ahora",
        "(al ",
        "Cómo calificó cada parte la alianza en cada revisión. ",
    ):
        assert words in text, words
    for english in ("Next steps", "commitments kept", "as of", "check-up", "prepared"):
        assert english not in text, english
    # The chart's text alternative: the Spanish domains, in Spanish sentences.
    described = document.element.body.xpath(".//wp:docPr")
    assert described[0].get("title") == "Cómo calificó cada parte la alianza en cada revisión"
    alt_text = described[0].get("descr")
    assert " revisiones, del " in alt_text
    assert "Propósito compartido: nuestra organización, " in alt_text
    assert "ours" not in alt_text and "Shared purpose" not in alt_text


def test_an_english_charter_and_report_while_writing_in_spanish_elsewhere(
    sample: Database, tmp_path: Path
) -> None:
    from partnerdesk.services.documents.charter import export_charter
    from partnerdesk.services.documents.results import export_results_report

    with writing_in("es"):
        charter = export_charter(sample, MEALS, tmp_path / "charter.docx", language="en")
        report = export_results_report(sample, MEALS, tmp_path / "report.docx", TODAY)
    assert charter is not None
    assert "The goal of our partnership" in _text(charter.path)
    text = _text(report.path)
    assert "Next steps" in text and "prepared December 4, 2026" in text
    assert "de diciembre" not in text
