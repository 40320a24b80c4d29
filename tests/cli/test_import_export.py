"""``import`` and ``export`` on the command line: output lines and exit codes are a contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "imports"


def run_cli(*args: str, cwd: Path = SAMPLES) -> subprocess.CompletedProcess[str]:
    """The real command, as a user's script would run it (file names relative to cwd)."""
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )


def contact_names(data_dir: Path) -> list[str]:
    listed = run_cli("--data-dir", str(data_dir), "list", "contacts", "--json")
    assert listed.returncode == 0, listed.stderr
    return sorted(record["name"] for record in json.loads(listed.stdout))


def test_import_prints_one_summary_line_per_file_then_skipped_rows(data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "import", "google_contacts.csv", "bad_rows.csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "google_contacts.csv: 4 new, 0 merged, 0 skipped",
        "bad_rows.csv: 4 new, 0 merged, 4 skipped",
        "  row 3: no name and no email",
        '  row 4: unreadable date in birthday: "31/31/1990"',
        "  row 5: ragged row: 7 cells but the header has 6 (a delimiter or quote is probably "
        "missing)",
        "  row 8: no name and no email",
    ]
    assert "José Ramírez" in contact_names(data_dir)


def test_the_file_is_named_as_given(data_dir: Path) -> None:
    result = run_cli(
        "--data-dir", str(data_dir), "import", "./imports/apple_v30.vcf", cwd=SAMPLES.parent
    )
    assert result.stdout.splitlines() == [
        "./imports/apple_v30.vcf: 2 new, 0 merged, 1 skipped",
        "  card 3: a group (a list of contacts), not a person",
    ]


def test_dry_run_writes_nothing(data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "import", "outlook_com_utf8_bom.csv", "--dry-run")
    assert result.returncode == 0
    # The summary line, then how the file was read (issue 20): format, encoding, columns.
    lines = result.stdout.splitlines()
    assert lines[0] == "outlook_com_utf8_bom.csv: 2 new, 0 merged, 0 skipped"
    assert lines[1:3] == ["  format: Outlook.com CSV", "  encoding: Unicode (UTF-8) (utf-8-sig)"]
    assert "  column 'E-mail Address': email" in lines
    assert lines[-1] == "  columns left out (PartnerDesk has no place for them): 'Title'"
    assert contact_names(data_dir) == []


def test_columns_left_out_are_named_beside_the_summary(data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "firma.csv").write_bytes(
        "Vorname;Nachname;Firma;Straße\r\nJürgen;Weiß;Tafel Süd;Hauptstraße 5\r\n".encode("cp1252")
    )
    result = run_cli("--data-dir", str(data_dir), "import", "firma.csv", cwd=tmp_path)
    assert result.stdout == "firma.csv: 1 new, 0 merged, 0 skipped\n"
    assert result.stderr == (
        "firma.csv: columns left out (PartnerDesk has no place for them): 'Straße'\n"
    )
    assert contact_names(data_dir) == ["Jürgen Weiß"]


def test_a_second_import_merges_by_email(data_dir: Path) -> None:
    first = run_cli("--data-dir", str(data_dir), "import", "google_contacts_old_utf16le.csv")
    assert first.returncode == 0
    again = run_cli("--data-dir", str(data_dir), "import", "android_v21.vcf")
    # Nguyễn Thị Lan and Amara Okafor share e-mails with the first file.
    assert again.stdout.splitlines()[0] == "android_v21.vcf: 1 new, 2 merged, 2 skipped"
    assert contact_names(data_dir) == ["Amara Okafor", "José Ramírez", "Nguyễn Thị Lan"]


def test_exact_name_matches_at_the_same_organization_are_merged(
    data_dir: Path, tmp_path: Path
) -> None:
    first = tmp_path / "first.csv"
    first.write_text("Name,Email,Company\nAna Lima,ana@a.example,Eastside Food Collective\n")
    second = tmp_path / "second.csv"
    second.write_text(
        "Name,Email,Company\n"
        "ANA LIMA,ana.lima@b.example,eastside food collective\n"
        "Ana Limas,limas@b.example,Eastside Food Collective\n"
    )
    result = run_cli("--data-dir", str(data_dir), "import", "first.csv", "second.csv", cwd=tmp_path)
    assert result.stdout.splitlines() == [
        "first.csv: 1 new, 0 merged, 0 skipped",
        "second.csv: 1 new, 1 merged, 0 skipped",  # "Ana Limas" is only similar: added
    ]
    assert contact_names(data_dir) == ["Ana Lima", "Ana Limas"]


def test_an_unreadable_file_exits_2_and_the_others_still_import(data_dir: Path) -> None:
    result = run_cli(
        "--data-dir", str(data_dir), "import", "binary_junk.csv", "contacts_v40.vcf", "empty.csv"
    )
    assert result.returncode == 2
    assert result.stdout.splitlines() == [
        "contacts_v40.vcf: 2 new, 0 merged, 1 skipped",
        "  card 2: a group (a list of contacts), not a person",
    ]
    errors = result.stderr.splitlines()
    assert errors[0].startswith("binary_junk.csv: The file is not a text file")
    assert errors[1].startswith("empty.csv: The file is empty")
    assert "Traceback" not in result.stderr
    assert contact_names(data_dir) == ["Grace Liu", "فاطمة السيد"]


def test_a_missing_file_exits_2(data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "import", "no-such-file.csv")
    assert result.returncode == 2
    assert result.stderr.startswith("no-such-file.csv: PartnerDesk cannot open")


def test_export_by_extension(data_dir: Path, tmp_path: Path) -> None:
    run_cli("--data-dir", str(data_dir), "import", "google_contacts.csv")
    for name in ("out.csv", "out.VCF"):
        result = run_cli("--data-dir", str(data_dir), "export", "contacts", name, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout == f"Exported 4 contacts to {name}\n"
        assert (tmp_path / name).stat().st_size > 100
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "out.VCF").read_text(encoding="utf-8").count("BEGIN:VCARD") == 4


def test_export_refuses_other_extensions(data_dir: Path, tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "export", "contacts", "out.xlsx", cwd=tmp_path)
    assert result.returncode == 2
    assert "can export contacts to .csv or .vcf files, not to out.xlsx" in result.stderr
    assert not (tmp_path / "out.xlsx").exists()


def test_help_lists_the_commands() -> None:
    result = run_cli("--help")
    assert "import" in result.stdout and "export" in result.stdout
    result = run_cli("import", "--help")
    assert "--dry-run" in result.stdout


def test_export_for_google_outlook_and_one_card_per_contact(data_dir: Path, tmp_path: Path) -> None:
    run_cli("--data-dir", str(data_dir), "import", "google_contacts.csv")
    for name, file_format, start in (
        ("g.csv", "google", "First Name,Middle Name,Last Name,"),
        ("o.csv", "outlook", '"Title","First Name","Middle Name","Last Name",'),
    ):
        result = run_cli(
            "--data-dir", str(data_dir), "export", "contacts", name, "--format", file_format,
            cwd=tmp_path,
        )  # fmt: skip
        assert result.stdout == f"Exported 4 contacts to {name}\n", result.stderr
        assert (tmp_path / name).read_text(encoding="utf-8-sig").startswith(start)
    result = run_cli("--data-dir", str(data_dir), "export", "contacts", "cards.zip", cwd=tmp_path)
    assert result.stdout == "Exported 4 contacts to cards.zip\n", result.stderr
    refused = run_cli(
        "--data-dir", str(data_dir), "export", "contacts", "g.vcf", "--format", "google",
        cwd=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "is a .csv file" in refused.stderr


def test_an_encoding_guessed_among_close_ones_is_said_on_stderr(
    data_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "familles.csv").write_bytes("Prénom;Nom\r\nInès;Lefèvre\r\n".encode("cp1252"))
    result = run_cli("--data-dir", str(data_dir), "import", "familles.csv", cwd=tmp_path)
    assert result.stdout == "familles.csv: 1 new, 0 merged, 0 skipped\n"
    assert result.stderr == (
        "familles.csv: read as Western European (Windows) (cp1252), a guess among close "
        "candidates. If names look wrong, import the file in the window and choose another "
        "encoding.\n"
    )
    assert contact_names(data_dir) == ["Inès Lefèvre"]
