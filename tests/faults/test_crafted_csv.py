"""CSV injection: exported cells a spreadsheet would run as formulas are quoted, and a
PartnerDesk CSV reads back exactly (OWASP: prefix such cells with a single quote).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.cli import main
from partnerdesk.core.contact_format import (
    FORMULA_STARTS,
    LabelledValue,
    clean_line,
    clean_multiline,
)
from partnerdesk.exports.contacts import CSV_ENCODING, ContactRecord, write_contacts_csv
from partnerdesk.imports.contact_files import read_contact_file
from partnerdesk.imports.contact_rows import ContactCandidate, clean_label

PAYLOADS = [
    '=HYPERLINK("http://evil.example","click")',
    "+1 555 0100",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=already quoted by the person",
    "''+two quotes",
    "'plain quote",
    "don't",
    "'''",
]


def _record(value: str, number: int = 0) -> ContactRecord:
    return ContactRecord(
        full_name=f"{value} {number}" if value.startswith(("'", "=")) else value,
        given_name=value,
        family_name=value,
        organization=value,
        role_title=value,
        emails=(LabelledValue(f"person{number}@csv.example", value),),
        phones=(LabelledValue(value, value),),
        notes=value,
    )


def _written(records: list[ContactRecord]) -> str:
    stream = io.StringIO(newline="")
    write_contacts_csv(records, stream)
    return stream.getvalue()


def _read(text: str) -> list[ContactCandidate]:
    items = read_contact_file(text.encode(CSV_ENCODING)).items
    assert all(isinstance(item, ContactCandidate) for item in items), items
    return [item for item in items if isinstance(item, ContactCandidate)]


def test_no_exported_cell_starts_like_a_formula() -> None:
    rows = list(csv.reader(io.StringIO(_written([_record(p, i) for i, p in enumerate(PAYLOADS)]))))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
    quoted = {cell for row in rows[1:] for cell in row if cell.startswith("'")}
    assert '\'=HYPERLINK("http://evil.example","click")' in quoted
    assert "''=already quoted by the person" in quoted
    assert "'plain quote" in quoted and "'''" in quoted  # as typed: no formula follows


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_partnerdesk_csv_reads_back_exactly(payload: str) -> None:
    record = _record(payload)
    (read,) = _read(_written([record]))
    assert (read.full_name, read.given_name, read.family_name) == (
        record.full_name,
        payload,
        payload,
    )
    assert (read.organization_name, read.role_title, read.notes) == (payload, payload, payload)
    assert read.emails[0].label == clean_label(payload)
    assert read.phones == [LabelledValue(payload, clean_label(payload))]


def test_another_programs_csv_keeps_its_quotes() -> None:
    # Only PartnerDesk's own CSV was quoted by PartnerDesk; elsewhere a quote is the text.
    (read,) = _read("Name,Email,Role\n'=Ana Ruiz,ana@csv.example,'+chair\n")
    assert (read.full_name, read.role_title) == ("'=Ana Ruiz", "'+chair")


def test_export_contacts_command_writes_quoted_cells(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "incoming.csv"
    source.write_text("Name,Email,Role\n=1+1 Ana,ana@csv.example,@chair\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    exported = tmp_path / "contacts.csv"
    assert main(["--data-dir", str(data_dir), "export", "contacts", str(exported)]) == 0
    capsys.readouterr()
    rows = list(csv.reader(io.StringIO(exported.read_text(encoding=CSV_ENCODING))))
    assert rows[1][0] == "'=1+1 Ana" and rows[1][4] == "'@chair"
    (read,) = _read(exported.read_text(encoding=CSV_ENCODING))
    assert (read.full_name, read.role_title) == ("=1+1 Ana", "@chair")


risky = st.text(alphabet="=+-@'\t\r\n aé1", max_size=12)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(st.tuples(risky, risky, risky, risky), min_size=1, max_size=4))
def test_any_cell_survives_a_partnerdesk_csv_round_trip(
    values: list[tuple[str, str, str, str]],
) -> None:
    records = [
        ContactRecord(
            full_name=clean_line(name) or f"Someone {index}",
            organization=clean_line(organization),
            role_title=clean_line(role),
            emails=(LabelledValue(f"person{index}@csv.example"),),
            notes=clean_multiline(notes),
        )
        for index, (name, organization, role, notes) in enumerate(values)
    ]
    read = _read(_written(records))
    assert [(r.full_name, r.organization_name, r.role_title, r.notes) for r in read] == [
        (r.full_name, r.organization, r.role_title, r.notes) for r in records
    ]
