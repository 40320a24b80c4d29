"""`partnerdesk backup` and `partnerdesk restore` as a script would run them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_commands import run_cli


def test_backup_prints_its_path_and_restore_brings_it_back(data_dir: Path) -> None:
    run_cli("--data-dir", str(data_dir), "demo")
    made = run_cli("--data-dir", str(data_dir), "backup")
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.exists() and backup.parent == data_dir / "backups"

    run_cli("--data-dir", str(data_dir), "demo", "--force")
    doubled = json.loads(run_cli("--data-dir", str(data_dir), "list", "contacts", "--json").stdout)
    assert len(doubled) == 20

    restored = run_cli("--data-dir", str(data_dir), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout and "before-restore" in restored.stdout
    after = json.loads(run_cli("--data-dir", str(data_dir), "list", "contacts", "--json").stdout)
    assert len(after) == 10
    assert run_cli("--data-dir", str(data_dir), "check").returncode == 0


def test_backup_to_a_named_file(data_dir: Path, tmp_path: Path) -> None:
    run_cli("--data-dir", str(data_dir), "demo")
    target = tmp_path / "my backup.sqlite3"
    made = run_cli("--data-dir", str(data_dir), "backup", str(target))
    assert made.returncode == 0
    assert made.stdout.strip() == str(target)


def test_restore_refuses_a_file_that_is_not_a_backup(data_dir: Path, tmp_path: Path) -> None:
    run_cli("--data-dir", str(data_dir), "demo")
    fake = tmp_path / "notes.txt"
    fake.write_text("shopping list")
    refused = run_cli("--data-dir", str(data_dir), "restore", str(fake))
    assert refused.returncode == 1
    assert "not a PartnerDesk backup" in refused.stderr
    assert "Traceback" not in refused.stderr
    still = json.loads(run_cli("--data-dir", str(data_dir), "list", "contacts", "--json").stdout)
    assert len(still) == 10


def test_restore_waits_until_the_app_is_closed(data_dir: Path) -> None:
    from partnerdesk.instance_lock import InstanceLock

    run_cli("--data-dir", str(data_dir), "demo")
    backup = Path(run_cli("--data-dir", str(data_dir), "backup").stdout.strip())
    app_is_open = InstanceLock(data_dir)
    assert app_is_open.acquire()
    try:
        refused = run_cli("--data-dir", str(data_dir), "restore", str(backup))
    finally:
        app_is_open.release()
    assert refused.returncode == 1
    assert "Close it first" in refused.stderr
