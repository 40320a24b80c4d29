"""The command line is a contract: scripts rely on its output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from partnerdesk import __version__
from partnerdesk.cli import main
from partnerdesk.paths import DATABASE_FILE_NAME


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, as a user's script would run it."""
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"PartnerDesk {__version__}"


def test_help_lists_every_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("demo", "check", "list", "self-test", "--data-dir", "--database-url"):
        assert command in result.stdout


def test_demo_then_list_as_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    assert "Loaded the sample data" in capsys.readouterr().out

    for what, name_key in (
        ("organizations", "name"),
        ("contacts", "name"),
        ("requests", "title"),
    ):
        assert main(["--data-dir", str(data_dir), "list", what, "--json"]) == 0
        records = json.loads(capsys.readouterr().out)
        assert records, f"the sample data has {what}"
        assert all(isinstance(record["id"], int) and record[name_key] for record in records)

    assert main(["--data-dir", str(data_dir), "list", "requests", "--json"]) == 0
    requests = json.loads(capsys.readouterr().out)
    assert {"vetting", "declined"} <= {request["stage"] for request in requests}


def test_list_as_a_table(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--data-dir", str(data_dir), "demo"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "list", "organizations"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["ID", "Name"]
    assert any("Hospital or health system" in line for line in lines[1:])


def test_demo_refuses_to_mix_with_existing_data_unless_forced(data_dir: Path) -> None:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    refused = run_cli("--data-dir", str(data_dir), "demo")
    assert refused.returncode == 1
    assert "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    forced = run_cli("--data-dir", str(data_dir), "demo", "--force")
    assert forced.returncode == 0


def test_environment_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = run_cli("demo", env={"PARTNERDESK_DATA_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    assert (folder / DATABASE_FILE_NAME).exists()


def test_database_url_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database_file = tmp_path / "elsewhere.sqlite3"
    url = f"sqlite:///{database_file}"
    assert main(["--database-url", url, "demo"]) == 0
    capsys.readouterr()
    assert main(["--database-url", url, "list", "contacts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert database_file.exists()


def test_check_passes_on_a_healthy_store(data_dir: Path) -> None:
    run_cli("--data-dir", str(data_dir), "demo")
    result = run_cli("--data-dir", str(data_dir), "check")
    assert result.returncode == 0
    assert "healthy" in result.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00\x01binary junk that is not sqlite" * 50, "not a PartnerDesk database"),
        (None, "damaged"),
    ],
    ids=["not-a-database", "damaged-pages"],
)
def test_check_fails_plainly_on_a_bad_file(
    data_dir: Path, content: bytes | None, expected: str
) -> None:
    database_file = data_dir / DATABASE_FILE_NAME
    if content is None:
        run_cli("--data-dir", str(data_dir), "demo")
        # Overwrite the middle of the file, where table pages live, keeping the header.
        raw = bytearray(database_file.read_bytes())
        for offset in range(4096, len(raw), 4096):
            raw[offset + 8 : offset + 400] = b"\xff" * 392
        database_file.write_bytes(bytes(raw))
        for leftover in data_dir.glob(f"{DATABASE_FILE_NAME}-*"):
            leftover.unlink()
    else:
        database_file.write_bytes(content)
    result = run_cli("--data-dir", str(data_dir), "check")
    assert result.returncode == 1
    assert expected in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_check_on_a_newer_store_says_so(data_dir: Path) -> None:
    import sqlite3

    run_cli("--data-dir", str(data_dir), "demo")
    with sqlite3.connect(data_dir / DATABASE_FILE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run_cli("--data-dir", str(data_dir), "check")
    assert result.returncode == 1
    assert "newer version of PartnerDesk" in result.stderr


def test_self_test_passes() -> None:
    result = run_cli("self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Self-test passed." in result.stdout
    assert "FAILED" not in result.stdout
    for step in (
        "migrate",
        "MOU, a vetting summary and a profile in Word",
        "e-mail draft",
        "main window",
    ):
        assert step in result.stdout


def test_self_test_passes_in_spanish() -> None:
    # The window and the guide are checked in the run's language (review of issue 21, 6).
    result = run_cli("--language", "es", "self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "La prueba de funcionamiento salió bien." in result.stdout
    assert "FAILED" not in result.stdout
    assert "abre la ventana principal y la guía del usuario" in result.stdout
    assert "crea el MOU, un resumen de la evaluación y un perfil en Word" in result.stdout


def test_exit_when_ready_opens_the_window_and_quits(data_dir: Path) -> None:
    run_cli("--data-dir", str(data_dir), "demo")
    result = run_cli(
        "--data-dir", str(data_dir), "--exit-when-ready", env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    # The program leaves without tearing down: what it saves on closing is still saved.
    assert "geometry" in (data_dir / "settings.ini").read_text(encoding="utf-8")


def test_list_requests_json_carries_stage_and_red_flags(data_dir: Path) -> None:
    run_cli("--data-dir", str(data_dir), "demo")
    result = run_cli("--data-dir", str(data_dir), "list", "requests", "--json")
    requests = {request["stage"]: request for request in json.loads(result.stdout)}
    flags = requests["vetting"]["red_flags"]
    assert len(flags) >= 2
    assert all(set(flag) >= {"code", "message"} and flag["message"] for flag in flags)
    assert "funding-ends-soon" in {flag["code"] for flag in flags}


def test_output_piped_into_a_closed_reader_is_not_an_error(data_dir: Path) -> None:
    run_cli("--data-dir", str(data_dir), "demo")
    command = [sys.executable, "-m", "partnerdesk", "--data-dir", str(data_dir), "list"]
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    writer = subprocess.run(
        [*command, "requests", "--json"], stdout=reader.stdin, stderr=subprocess.PIPE, text=True
    )
    reader.communicate()
    assert "unexpected problem" not in writer.stderr
