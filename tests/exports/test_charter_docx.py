"""The team charter as the partner opens it (issue 19): on its own and as the MOU's annex,
read back by LibreOffice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partnerdesk.core.mou_document import MouDocument
from partnerdesk.core.team_charter import PARTS, TeamCharter
from partnerdesk.exports.charter_docx import ANNEX_TITLE, write_charter
from partnerdesk.exports.mou_docx import write_mou_docx
from tests.exports.word_readers import libreoffice_text

OURS = "Harbor Street Neighbors"
THEIRS = "Lakeview Regional Hospital"
CHARTER = TeamCharter(
    "Walking group for new mothers",
    OURS,
    THEIRS,
    {
        "goal": "Sixty mothers walk together each week by June.",
        "agreeing": "One voice each; mothers on our group speak first.",
        "challenges": "Raise it early with the other coordinator.\nThen the two directors.",
        "meetings": "",
    },
)


def test_libreoffice_reads_the_charter_and_the_mous_annex(tmp_path: Path) -> None:
    charter = tmp_path / "charter.docx"
    assert write_charter(CHARTER, charter, None) == ""
    text = libreoffice_text(charter, tmp_path)
    assert f"Team charter: {OURS} and {THEIRS}" in text
    written = [part.title for part in PARTS[:3]]
    assert [text.index(title) for title in written] == sorted(text.index(t) for t in written)
    assert "Then the two directors." in text
    assert PARTS[3].title not in text  # an empty part is left out, not an empty heading

    sections = {"parties": {"parties": [{"name": OURS}, {"name": THEIRS}]}}
    mou = tmp_path / "mou.docx"
    write_mou_docx(MouDocument("MOU: Walking group", sections, 1, date(2027, 3, 1)), mou)
    assert ANNEX_TITLE not in libreoffice_text(mou, tmp_path)
    annexed = MouDocument("MOU: Walking group", sections, 1, date(2027, 3, 1), charter=CHARTER)
    write_mou_docx(annexed, mou)
    text = libreoffice_text(mou, tmp_path)
    assert text.index("Signatures") < text.index(ANNEX_TITLE) < text.index(CHARTER.texts["goal"])
