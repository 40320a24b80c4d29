"""Starting the app: damaged or foreign data files, backups offered, one window per folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from partnerdesk.app import run_gui
from partnerdesk.paths import DATABASE_FILE_NAME, DataLocation
from partnerdesk.services.data_safety.backups import backup_now
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import open_database
from partnerdesk.store.models import Organization
from partnerdesk.ui.startup import (
    ANOTHER_FOLDER,
    RESTORE,
    OpenInstead,
    lock_data_folder,
    open_with_recovery,
)
from partnerdesk.ui.welcome_dialog import mark_welcome_done
from partnerdesk.ui.window_state import open_settings
from tests.fresh_python import fresh_python_output

from .conftest import RecordingDialogs


def test_a_file_that_is_not_a_database_is_explained_and_left_alone(
    data_dir: Path, dialogs: RecordingDialogs
) -> None:
    junk = b"%PDF-1.7 not a database at all" * 40
    (data_dir / DATABASE_FILE_NAME).write_bytes(junk)
    dialogs.choices = [None]
    assert run_gui(DataLocation(data_dir), dialogs=dialogs) == 1
    kind, title, text = dialogs.shown[0]
    assert (kind, title) == ("choose", "PartnerDesk cannot open your data")
    assert "not a PartnerDesk database" in text
    assert "No backup was found" in text
    assert (data_dir / DATABASE_FILE_NAME).read_bytes() == junk


def _damage(database_file: Path) -> None:
    raw = bytearray(database_file.read_bytes())
    for offset in range(4096, len(raw), 4096):
        raw[offset + 8 : offset + 400] = b"\xff" * 392
    database_file.write_bytes(bytes(raw))


def test_a_damaged_file_can_be_replaced_by_the_newest_backup(
    data_dir: Path, dialogs: RecordingDialogs
) -> None:
    location = DataLocation(data_dir)
    database = open_database(location)
    with database.session() as session:
        load_sample_data(session)
    backup_now(location, "automatic")
    database.close()
    _damage(data_dir / DATABASE_FILE_NAME)

    dialogs.choices = [RESTORE]
    reopened = open_with_recovery(location, dialogs)
    assert reopened is not None
    try:
        with reopened.session() as session:
            assert session.query(Organization).count() == 6
    finally:
        reopened.close()
    assert "The newest good backup is from" in dialogs.shown[0][2]
    assert list(location.backup_dir.glob("*-damaged.sqlite3")), "the damaged file is kept"


def test_another_folder_can_be_chosen(
    data_dir: Path, tmp_path: Path, dialogs: RecordingDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    (data_dir / DATABASE_FILE_NAME).write_bytes(b"garbage" * 100)
    elsewhere = tmp_path / "other"
    dialogs.choices = [ANOTHER_FOLDER]
    dialogs.folders = [elsewhere]
    assert open_with_recovery(DataLocation(data_dir), dialogs) == OpenInstead(
        DataLocation(elsewhere)
    )
    # The app then opens that folder as a fresh start would: its own lock, its window.
    dialogs.choices = [ANOTHER_FOLDER]
    dialogs.folders = [elsewhere]
    assert run_gui(DataLocation(data_dir), dialogs=dialogs, exit_when_ready=True) == 0
    assert (elsewhere / DATABASE_FILE_NAME).exists()
    # A window reopened on other data must not get boxes parented to the deleted one.
    assert dialogs.parent is None
    settle_after_run_gui()


def settle_after_run_gui() -> None:
    """run_gui left its event loop by exit(); until the loop runs once more, Qt's waits in
    later tests return at once without delivering anything."""
    application = QApplication.instance()
    assert application is not None
    QTimer.singleShot(0, application.quit)
    application.exec()


def test_only_one_partnerdesk_per_data_folder(data_dir: Path, dialogs: RecordingDialogs) -> None:
    first = lock_data_folder(DataLocation(data_dir), dialogs)
    assert first is not None
    other = subprocess.run(
        [
            sys.executable,
            "-c",
            "from pathlib import Path\n"
            "from partnerdesk.instance_lock import InstanceLock\n"
            f"print(InstanceLock(Path({str(data_dir)!r})).acquire())\n",
        ],
        capture_output=True,
        text=True,
    )
    assert other.stdout.strip() == "False"
    first.release()
    second = lock_data_folder(DataLocation(data_dir), dialogs)
    assert second is not None
    second.release()


def test_a_crashed_partnerdesk_leaves_no_lock_behind(data_dir: Path) -> None:
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal\n"
            "from pathlib import Path\n"
            "from partnerdesk.instance_lock import InstanceLock\n"
            f"assert InstanceLock(Path({str(data_dir)!r})).acquire()\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n",
        ],
    )
    assert killed.returncode != 0
    from partnerdesk.instance_lock import InstanceLock

    lock = InstanceLock(data_dir)
    assert lock.acquire()
    lock.release()


def test_a_second_window_on_the_same_data_explains_and_closes(
    data_dir: Path, dialogs: RecordingDialogs
) -> None:
    held = lock_data_folder(DataLocation(data_dir), RecordingDialogs())
    assert held is not None
    try:
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from partnerdesk.app import run_gui\n"
            "from partnerdesk.paths import DataLocation\n"
            "from partnerdesk.ui.dialogs import Dialogs\n"
            "class Quiet(Dialogs):\n"
            "    def inform(self, title, text): print(title)\n"
            f"sys.exit(run_gui(DataLocation(Path({str(data_dir)!r})), dialogs=Quiet()))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            timeout=60,
        )
    finally:
        held.release()
    assert result.returncode == 1
    assert "PartnerDesk is already open" in result.stdout


def test_opening_an_up_to_date_store_does_not_load_alembic(data_dir: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from partnerdesk.paths import DataLocation\n"
        "from partnerdesk.store.database import open_database\n"
        f"location = DataLocation(Path({str(data_dir)!r}))\n"
        "open_database(location).close()\n"  # creates: needs alembic
        "for name in [m for m in sys.modules if m.startswith('alembic')]:\n"
        "    del sys.modules[name]\n"
        "open_database(location).close()\n"
        "print(any(m.startswith(('alembic', 'psycopg', 'keyring')) for m in sys.modules))\n"
    )
    assert fresh_python_output(code) == "False"


def test_the_window_opens_before_the_record_models_and_readies_them_once_painted(
    data_dir: Path,
) -> None:
    """What start-up leaves for later is made once the window is painted, or when used.

    The Today page is read through the tables' outlines: the models are declared, and
    their mappers configured, only after the window's first paint; then the request page
    is made ahead of its first opening (MainWindow.get_ready_in_background).
    """
    database = open_database(DataLocation(data_dir))
    with database.session() as session:
        load_sample_data(session)
        session.commit()
    database.close()
    # Not the first start: the welcome (which reads the store through the models) is seen.
    mark_welcome_done(open_settings(data_dir))
    later = (
        "partnerdesk.store.models",
        "partnerdesk.ui.mou_actions",
        "partnerdesk.ui.pages.request_page",
        "docx",
        # What only later pages, dialogs and documents use.
        "partnerdesk.core.checkups",
        "partnerdesk.ui.rich_text_delegate",
        "partnerdesk.ui.pages.partnerships_page",
        "partnerdesk.ui.pages.commitment_list",
        "partnerdesk.exports.charts",
        "yaml",
        "babel",
        "matplotlib",
    )
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import partnerdesk.app as app\n"
        "from partnerdesk.paths import DataLocation\n"
        "seen = []\n"
        "build = app.build_main_window\n"
        "windows = []\n"
        "def ready():\n"
        "    models = sys.modules.get('partnerdesk.store.models')\n"
        "    configured = models is not None and models.Organization.__mapper__.configured\n"
        "    return configured and windows[0].pages.made('request') is not None\n"
        "def spy(*args):\n"
        "    window = build(*args)\n"
        "    windows.append(window)\n"
        f"    seen.append([m for m in {later!r} if m in sys.modules])\n"
        "    def check(waited=0):\n"
        "        if ready() or waited > 10000:\n"
        "            window.close()\n"
        "            QApplication.instance().exit(0)\n"
        "        else:\n"
        "            QTimer.singleShot(20, lambda: check(waited + 20))\n"
        "    QTimer.singleShot(0, check)\n"
        "    return window\n"
        "app.build_main_window = spy\n"
        "import gc\n"
        "from partnerdesk.process_tuning import pause_for_start\n"
        "pause_for_start()\n"  # as the partnerdesk program starts
        f"status = app.run_gui(DataLocation(Path({str(data_dir)!r})))\n"
        "print(status, *seen, ready(), gc.isenabled())\n"
    )
    output = fresh_python_output(code, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert output == "0 [] True True"


def test_exit_when_ready_leaves_before_declaring_the_record_models(data_dir: Path) -> None:
    """Closing at the first paint hands over the posted events while the window still
    stands; readying what comes after the start among them would only slow every
    measured start (bench_start.py) down."""
    open_database(DataLocation(data_dir)).close()
    mark_welcome_done(open_settings(data_dir))
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import partnerdesk.app as app\n"
        "from partnerdesk.paths import DataLocation\n"
        f"status = app.run_gui(DataLocation(Path({str(data_dir)!r})), exit_when_ready=True)\n"
        "print(status, 'partnerdesk.store.models' in sys.modules)\n"
    )
    output = fresh_python_output(code, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert output == "0 False"


def test_sqlalchemy_is_imported_before_pyside6() -> None:
    """Modules imported after PySide6 go through its import hook, which reads their source."""
    code = "import sys, partnerdesk.app\nprint(*sys.modules, sep='\\n')\n"
    order = fresh_python_output(code).split()
    for early in ("sqlalchemy.orm", "sqlalchemy.dialects.sqlite", "partnerdesk.store.database"):
        assert order.index(early) < order.index("PySide6"), early
