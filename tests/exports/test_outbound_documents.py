"""What the partner receives, read back (issue 18): every .docx describes itself as ours and
opens in Word 2013 mode, the MOU holds nothing of our vetting, its signature block stays on
one page, dates follow the user's locale, and question numbers stay clear of the text."""

from __future__ import annotations

import itertools
import re
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Twips

from partnerdesk.core.dates import document_date, use_document_locale
from partnerdesk.core.mou_checks import check_mou
from partnerdesk.core.mou_document import MouDocument, OpenPoints, neutral_open_points
from partnerdesk.core.mou_sections import section_number
from partnerdesk.exports.letterhead import install_letterhead
from partnerdesk.exports.mou_docx import write_mou_docx
from partnerdesk.services.documents.forms import export_profile_form, export_question_form
from partnerdesk.services.documents.kickoff import export_kickoff_agenda
from partnerdesk.services.documents.mou import export_mou
from partnerdesk.services.documents.profile import export_profile
from partnerdesk.services.documents.vetting import export_questions, export_vetting
from partnerdesk.services.mou.drafts import create_mou, mou_for_request, save_section
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database
from tests.core.test_mou_checks import complete_draft
from tests.exports.test_letterheads import _word_letterhead
from tests.exports.word_readers import all_text, libreoffice_text

TODAY = date(2026, 11, 23)
OURS = "Eastside Community Food Collective"
THEIRS = "Riverbend Health System"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Our vetting, in our words: none of it belongs in what the partner reads.
INTERNAL = (
    "needs:",
    "Points still to settle",
    "the final say rests with",
    "the people you serve",
    "The other organization alone",
    "Our organization",
    "Review every (months)",
    "spectrum",
    "public participation",
    "foundation's target",
    "we are checking",
    "python-docx",
)


@pytest.fixture
def sample(database: Database, tmp_path: Path) -> Database:
    with database.session() as session:
        load_sample_data(session, today=TODAY)
    # A letterhead made in Word by someone else: its author and Word 2010 mode must not
    # carry over into the documents built on it.
    install_letterhead(_word_letterhead(tmp_path / "made"), database.location.data_dir)
    return database


def _sample_mou(database: Database) -> int:
    with database.session() as session:
        mou_id = mou_for_request(session, 1)
    assert mou_id is not None
    return mou_id


def _compatibility_modes(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        settings = archive.read("word/settings.xml").decode()
    order = re.findall(r"<w:(compat|rsids|themeFontLang|decimalSymbol)[ >/]", settings)
    assert order.index("compat") == 0 or "compat" not in order, "w:compat out of its place"
    return re.findall(r'w:name="compatibilityMode"[^>]*w:val="(\d+)"', settings)


def test_every_document_is_ours_dated_now_and_in_word_2013_mode(
    sample: Database, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
    mou = export_mou(sample, _sample_mou(sample), out / "mou.docx")
    assert mou.cover_note == out / "mou (cover note).docx" and mou.letterhead_warning == ""
    export_profile(sample, 1, out / "profile.docx")
    export_vetting(sample, 1, out / "summary.docx")
    export_questions(sample, 1, out / "questions.docx")
    export_question_form(sample, 1, out / "question form.docx")
    export_profile_form(sample, 2, out / "profile form.docx")
    export_kickoff_agenda(sample, 1, out / "kickoff.docx")
    titles = {
        "mou.docx": "MOU: Community health worker referrals",
        "mou (cover note).docx": "Cover note: MOU: Community health worker referrals",
        "profile.docx": f"Partner profile: {OURS}",
        "summary.docx": "Vetting summary: Community health worker referrals for food insecurity",
        "questions.docx": "Questions to ask: Community health worker referrals for food insecurity",
        "question form.docx": "Questions about “Community health worker referrals for food "
        "insecurity”",
        "profile form.docx": f"Partner profile: {THEIRS}",
        "kickoff.docx": f"Kickoff meeting: {OURS} and {THEIRS}",
    }
    assert sorted(path.name for path in out.iterdir()) == sorted(titles)
    for name, title in titles.items():
        path = out / name
        properties = docx.Document(str(path)).core_properties
        assert (properties.title, properties.author) == (title, OURS), name
        assert properties.last_modified_by == OURS and properties.comments == ""
        assert properties.created is not None and properties.created >= before, name
        assert properties.modified == properties.created
        assert properties.revision == 1
        with zipfile.ZipFile(path) as archive:
            for part in archive.namelist():
                assert b"python-docx" not in archive.read(part), f"{name}: {part}"
            app = archive.read("docProps/app.xml").decode()
            assert "<Application>PartnerDesk</Application>" in app
            assert not [part for part in archive.namelist() if "thumbnail" in part]
        assert _compatibility_modes(path) == ["15"], name


def test_the_mou_holds_nothing_of_our_vetting_and_the_cover_note_does(
    sample: Database, tmp_path: Path
) -> None:
    mou_id = _sample_mou(sample)
    with sample.session() as session:
        save_section(session, mou_id, "parties", {"nonprofit_limits": True})
    target = tmp_path / "mou.docx"
    export_mou(sample, mou_id, target, today=TODAY)
    text = all_text(target)
    for phrase in INTERNAL:
        assert phrase not in text, phrase
    for sentence in (
        f"{OURS} and {THEIRS} work together on a need both organizations share.",
        f"{OURS} provides lived experience",
        f"{THEIRS} has the final say.",
        "This MOU is reviewed every 6 months.",
        f"{OURS} is a 501(c)(3) organization or receives public funds",
        "DRAFT — version 1 — November 23, 2026",
    ):
        assert sentence in text + _header(target), sentence
    note = all_text(tmp_path / "mou (cover note).docx")
    assert "The final say rests with the other organization alone." in note
    assert f"No way to resolve conflicts (section {section_number('conflict')})." in note
    assert f"For {OURS} only — not to be sent" in _header(tmp_path / "mou (cover note).docx")


def test_a_draft_with_nothing_to_settle_gets_no_cover_note(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        mou_id, _ = create_mou(session, None, "MOU: Pantry referrals")
        for section_id, values in complete_draft().items():
            save_section(session, mou_id, section_id, values)
    folder = tmp_path / "out"
    folder.mkdir()
    written = export_mou(database, mou_id, folder / "mou.docx")
    assert written.findings == [] and written.cover_note is None
    assert [path.name for path in folder.iterdir()] == ["mou.docx"]


def _header(path: Path) -> str:
    section = docx.Document(str(path)).sections[0]
    parts = [p.text for p in section.header.paragraphs]
    if section.different_first_page_header_footer:
        parts += [p.text for p in section.first_page_header.paragraphs]
    return "\n".join(parts)


def test_open_points_in_the_mou_speak_to_both_parties() -> None:
    findings = check_mou({"parties": {"nonprofit_limits": True}, "goals": {"goals": "Lobby"}})
    points = neutral_open_points(findings)
    assert points[0] == (
        "Section 1, Parties and signatories",
        "The parties to this MOU are still to be named.",
    )
    assert len(points) >= 10
    for where, sentence in points:
        assert where.startswith("Section ")
        assert not re.search(r"\b(you|your|we|our|us)\b", sentence, re.IGNORECASE), sentence


def test_the_signature_block_has_room_to_sign_and_stays_on_one_page(tmp_path: Path) -> None:
    target = tmp_path / "mou.docx"
    draft = complete_draft()
    draft["parties"]["parties"].append({"name": "Cedar Hill Clinic", "signatory": "", "title": ""})
    write_mou_docx(MouDocument("MOU", draft, 1, TODAY, our_organization="Eastside"), target)
    document = docx.Document(str(target))
    signatures = document.tables[-1]
    # Two parties side by side: their names on a row, their lines on the next; the third
    # party on rows of its own.
    assert len(signatures.rows) == 4
    for row in signatures.rows:
        properties = row._tr.trPr
        assert properties is not None and properties.find(f"{_W}cantSplit") is not None
    name, block = signatures.rows[2].cells[0], signatures.rows[3].cells[0]
    assert name.text == "For Cedar Hill Clinic"
    assert name.paragraphs[0].paragraph_format.keep_with_next
    lines = [p.text for p in block.paragraphs]
    assert [line.split(":")[0] for line in lines] == ["Signature", "Name", "Title", "Date"]
    assert all(line.endswith("____") for line in lines)  # nobody named yet: lines
    assert block.paragraphs[0].paragraph_format.space_before >= Cm(1)  # room for the hand
    assert all(p.paragraph_format.keep_with_next for p in block.paragraphs[:-1])
    heading = next(p for p in document.paragraphs if p.text.endswith(". Signatures"))
    assert heading.paragraph_format.keep_with_next
    borders = signatures._tbl.tblPr.find(f"{_W}tblBorders")
    assert borders is not None and {e.get(f"{_W}val") for e in borders} == {"nil"}


@pytest.mark.parametrize(
    ("locale", "written"),
    [
        ("en_US", "December 4, 2026"),
        ("en_US.UTF-8", "December 4, 2026"),
        ("en-CA", "December 4, 2026"),
        ("C", "December 4, 2026"),
        ("en_GB", "4 December 2026"),
        ("de_DE.UTF-8", "4 December 2026"),
        ("fr_FR@euro", "4 December 2026"),
    ],
)
def test_dates_in_documents_follow_the_users_locale(locale: str, written: str) -> None:
    use_document_locale(locale)
    assert document_date(date(2026, 12, 4)) == written


def test_dates_follow_the_environment_when_no_locale_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_document_locale(None)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_TIME", "en_AU.UTF-8")
    assert document_date(date(2026, 12, 4)) == "4 December 2026"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert document_date(date(2026, 12, 4)) == "December 4, 2026"


def test_questions_from_ten_up_keep_clear_of_their_text_and_headings_do_not_skip(
    sample: Database, tmp_path: Path
) -> None:
    target = tmp_path / "questions.docx"
    export_questions(sample, 1, target)
    document = docx.Document(str(target))
    numbered = [p for p in document.paragraphs if re.match(r"\d+\.\t", p.text)]
    assert len(numbered) >= 10
    for question in numbered:
        layout = question.paragraph_format
        # Word keeps lengths in twentieths of a point: 1 cm is 567 of them.
        assert layout.left_indent == -layout.first_line_indent == Twips(567)
        assert [stop.position for stop in layout.tab_stops] == [Twips(567)]
    levels = {"Title": 0, "Heading 1": 1, "Heading 2": 2, "Heading 3": 3}
    seen = [levels[p.style.name] for p in document.paragraphs if p.style.name in levels]
    assert seen[0] == 0
    for previous, level in itertools.pairwise(seen):
        assert level <= previous + 1, seen
    if not re.search(r"\b1[0-9]\.\t", "\n".join(p.text for p in numbered)):
        pytest.fail("no question numbered from 10 up")


def test_libreoffice_reads_the_mou_and_its_cover_note(sample: Database, tmp_path: Path) -> None:
    target = tmp_path / "mou.docx"
    export_mou(sample, _sample_mou(sample), target, open_points=OpenPoints.COVER_NOTE)
    text = libreoffice_text(target, tmp_path)
    assert f"{THEIRS} has the final say." in text and "Signature:" in text
    assert "needs:" not in text and "Points still to settle" not in text
    note = libreoffice_text(tmp_path / "mou (cover note).docx", tmp_path)
    assert "Points still to settle" in note
