"""The commands' text output in a Spanish run: headers, values, dates and the shipped
content in Spanish; English output and every --json exactly as before (review of issue 21,
items 1 to 5)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.commands import EXIT_OK
from partnerdesk.core.translation import use_language


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(folder), "demo"]) == EXIT_OK
    use_language("en")
    return folder


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    use_language("en")


def _run(demo: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(demo), *args]) == EXIT_OK
    return capsys.readouterr().out


def _both(demo: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    """The output in Spanish, then in English."""
    spanish = _run(demo, capsys, "--language", "es", *args)
    use_language("en")
    return spanish, _run(demo, capsys, "--language", "en", *args)


def test_list_headers(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spanish, english = _both(demo, capsys, "list", "organizations")
    assert spanish.split()[:5] == ["ID", "Nombre", "Tipo", "Área", "de"]
    assert "Contactos" in spanish.splitlines()[0]
    assert english.splitlines()[0].split() == ["ID", "Name", "Type", "Service", "area", "Contacts"]
    spanish, _ = _both(demo, capsys, "list", "contacts")
    assert "Cargo o función" in spanish.splitlines()[0]
    assert "Correo electrónico" in spanish.splitlines()[0]


def test_commitments(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spanish, english = _both(demo, capsys, "list", "commitments")
    assert spanish.splitlines()[0].split()[:4] == ["ID", "Solicitud", "Qué", "Quién"]
    assert "Ambas organizaciones" in spanish and "pendiente" in spanish
    assert "Both of us" not in spanish
    assert not any(line.endswith((" open", " done", " late")) for line in spanish.splitlines())
    assert english.splitlines()[0].split() == ["ID", "Request", "What", "Party", "Due", "Status"]
    assert "Both of us" in english and re.search(r"  (open|late)$", english, re.M)
    spanish_json, english_json = _both(demo, capsys, "list", "commitments", "--json")
    assert spanish_json == english_json
    assert {line["status"] for line in json.loads(english_json)} <= {"open", "done", "late"}


def test_partnerships(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spanish, english = _both(demo, capsys, "list", "partnerships")
    assert "borrador" in spanish and " draft " not in spanish
    assert re.search(r"firmado el \d{1,2} [a-z]+\.? \d{4}", spanish)
    assert not re.search(r"\d{4}-\d\d-\d\d", spanish)
    assert " draft " in english
    assert re.search(r"signed on \d{4}-\d\d-\d\d", english)
    spanish_json, english_json = _both(demo, capsys, "list", "partnerships", "--json")
    assert spanish_json == english_json


def test_checkups(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spanish, english = _both(demo, capsys, "checkups", "3")
    assert re.match(r"Revisión 1 del \d{1,2} de [a-z]+ de \d{4}$", spanish.splitlines()[0])
    assert "Propósito compartido" in spanish and "Shared purpose" not in spanish
    assert re.match(r"Check-up 1 on \d{4}-\d\d-\d\d$", english.splitlines()[0])
    assert "Shared purpose" in english
    spanish_json, english_json = _both(demo, capsys, "checkups", "3", "--json")
    assert spanish_json == english_json
    assert json.loads(english_json)[0]["domains"][0]["title"] == "Shared purpose"


def test_export_mou_open_points_in_the_runs_language(
    demo: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = str(tmp_path / "memorando.docx")
    spanish = _run(
        demo, capsys, "--language", "es", "export", "mou", "1", target, "--document-language", "es"
    )
    assert "  pendiente: La sección «Seguimiento y evaluación» está vacía" in spanish
    assert "is empty" not in spanish


def test_argparse_words_in_spanish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), "--language", "es", "list", "zzz"])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith("uso: partnerdesk list")
    assert "error: argumento what: opción no válida: 'zzz' (elija entre" in error
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "--language", "es", "list", "--help"])
    shown = capsys.readouterr().out
    assert "argumentos posicionales:" in shown and "opciones:" in shown
    assert "muestra este mensaje de ayuda y termina" in shown


def test_argparse_words_in_english_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse
    from gettext import gettext

    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "--language", "en", "list"])
    error = capsys.readouterr().err
    assert error.startswith("usage: partnerdesk list")
    assert "error: the following arguments are required: what" in error
    assert vars(argparse)["_"] is gettext  # put back after the run


def test_contact_import_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counts and each left-out row in Spanish (review of issue 21, 8); in English the
    line is the documented `FILE: N new, M merged, K skipped`."""
    from tests.cli.test_import_export import SAMPLES

    monkeypatch.chdir(SAMPLES)
    spanish = _run(
        tmp_path / "es", capsys, "--language", "es", "import", "contacts_v40.vcf", "--dry-run"
    )
    assert spanish.splitlines()[0] == "contacts_v40.vcf: nuevos: 2, combinados: 0, omitidos: 1"
    assert "  tarjeta 2: un grupo (una lista de contactos), no una persona" in spanish
    capsys.readouterr()
    missing = main(["--data-dir", str(tmp_path / "es"), "--language", "es", "import", "no.csv"])
    assert missing == 2
    assert (
        f"PartnerDesk no puede abrir {Path('no.csv')}: no se encontró." in capsys.readouterr().err
    )
    use_language("en")
    english = _run(tmp_path / "en", capsys, "import", "contacts_v40.vcf", "--dry-run")
    assert english.splitlines()[0] == "contacts_v40.vcf: 2 new, 0 merged, 1 skipped"


def test_demo_refusal_in_spanish(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(demo), "--language", "es", "demo"]) != EXIT_OK
    said = capsys.readouterr()
    assert (said.out + said.err).startswith("PartnerDesk ya tiene registros, así que no se")


def test_a_usage_mistake_in_an_import_and_a_future_signing_date_in_spanish(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The import commands read their own arguments again, and a refusal's date is said
    in the run's language (second review of issue 21)."""
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["--data-dir", str(demo), "--language", "es", "import", "checkup", "abc", "f.docx"])
    said = capsys.readouterr().err
    assert "uso:" in said and "usage:" not in said
    use_language("en")
    # Request 3 of the sample is the signed partnership; a signing date still to come.
    status = main(
        ["--data-dir", str(demo), "--language", "es", "sign-mou", "3", "--date", "2099-01-05"]
    )
    said = capsys.readouterr()
    assert status != EXIT_OK
    assert "5 de enero de 2099" in said.err + said.out
    assert "January" not in said.err + said.out
