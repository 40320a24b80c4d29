"""Take screenshots of every page, empty and with the sample data, for review and the guide.

Run under a real X server to see real fonts and styles:
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshots.py shots/
With ``--themes``, also every page in dark mode (dark-*), high contrast (contrast-*) and
at 150% scaling on a 1280×800 screen (scaled-*, the window 853×481 points).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from partnerdesk.app import build_main_window, create_application
from partnerdesk.paths import DataLocation
from partnerdesk.services.sample_data.loading import load_sample_data
from partnerdesk.store.database import Database, open_database
from partnerdesk.ui.language import content_language
from partnerdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from partnerdesk.ui.editors.signing_dialogs import SignMouDialog

PAGES = ["today", "organizations", "contacts", "requests", "partnerships", "notes", "trash"]


# The window being shot: pages are read on its database worker, and shown when read.
_shown: list[MainWindow] = []


def settle(application: QApplication) -> None:
    for _ in range(5):
        application.processEvents()
    while any(window.operations.busy for window in _shown):
        application.processEvents()
        time.sleep(0.005)
    # What the worker sent back (a chart's picture) is laid out on the next turns.
    for _ in range(5):
        application.processEvents()


def shoot(
    out: Path,
    prefix: str,
    with_sample: bool,
    data_dir: Path | None = None,
    palette: QPalette | None = None,
    size: QSize | None = None,
) -> None:
    """``data_dir``: a fresh folder to keep the data in (default: a temporary one);
    ``palette``: the system's colours to show it in; ``size``: the window's, in points."""
    application = create_application()
    default_palette = application.palette()
    if palette is not None:
        application.setPalette(palette)
    with tempfile.TemporaryDirectory() as folder:
        if data_dir is not None:
            shutil.rmtree(data_dir, ignore_errors=True)
        database = open_database(DataLocation(data_dir or Path(folder)))
        if with_sample:
            with database.session() as session:
                load_sample_data(session)
        window = build_main_window(database)
        # The name the vetting screen asks for the first time a question is opened: given
        # here, or the question waits for an answer nobody gives.
        window.vetting.user.remember("Dana Whitfield")
        _shown[:] = [window]
        window.resize(size or QSize(1200, 760))
        window.show()
        settle(application)
        shoot_help(window, out, prefix, application)
        for page in PAGES:
            window.show_page(page)
            settle(application)
            window.grab().save(str(out / f"{prefix}-{page}.png"))
        if with_sample:
            window.search_box.setText("riverbend")
            window.run_search()
            settle(application)
            window.grab().save(str(out / f"{prefix}-search.png"))
            # Cleared quietly, so later shots do not show the search (nor go back to Today).
            window.search_box.blockSignals(True)
            window.search_box.clear()
            window.search_box.blockSignals(False)
            shoot_organization_and_editors(window, database, out, prefix, application)
        window.close()
        database.close()
    application.setPalette(default_palette)


def shoot_organization_and_editors(
    window: MainWindow, database: Database, out: Path, prefix: str, application: QApplication
) -> None:
    from partnerdesk.services.records.contacts import load_contact_form
    from partnerdesk.services.records.notes import contact_choices, load_note_form
    from partnerdesk.services.records.organizations import (
        load_history_form,
        load_organization_form,
        organization_choices,
    )
    from partnerdesk.store.models import Contact, Organization, OutreachNote, PartnerHistoryEntry
    from partnerdesk.ui.editors.contact_dialog import ContactDialog
    from partnerdesk.ui.editors.history_dialog import HistoryDialog
    from partnerdesk.ui.editors.note_dialog import NoteDialog
    from partnerdesk.ui.editors.organization_dialog import OrganizationDialog

    with database.session() as session:
        hospital = session.query(Organization).filter_by(name="Riverbend Health System").one()
        contact = session.query(Contact).filter_by(full_name="Angela Brooks").one()
        note = session.query(OutreachNote).filter(OutreachNote.follow_up_action != "").first()
        history = session.query(PartnerHistoryEntry).first()
        organizations = organization_choices(session)
        dialogs = [
            (
                "organization-editor",
                OrganizationDialog(load_organization_form(session, hospital.id)),
            ),
            (
                "contact-editor",
                ContactDialog(organizations, load_contact_form(session, contact.id)),
            ),
            (
                "note-editor",
                NoteDialog(
                    organizations,
                    contact_choices(session, note.organization_id),
                    load_note_form(session, note.id),
                ),
            ),
            ("history-editor", HistoryDialog(load_history_form(session, history.id))),
        ]
        hospital_id = hospital.id
    from partnerdesk.store.models import PartnershipRequest

    with database.session() as session:
        request_id = session.query(PartnershipRequest).filter_by(stage="vetting").one().id
    window.show_request(request_id)
    settle(application)
    window.request_page.select_question("hard.funding-runs-out")
    settle(application)
    window.grab().save(str(out / f"{prefix}-vetting.png"))
    page = window.request_page
    page.tabs.setCurrentIndex(1)
    page.capacities.grid.setCurrentCell(0, 1)
    settle(application)
    window.grab().save(str(out / f"{prefix}-capacity-matrix.png"))
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.commitments))
    settle(application)
    window.grab().save(str(out / f"{prefix}-commitments.png"))
    page.tabs.setCurrentIndex(0)
    requests_page = window.list_pages[
        next(iter(k for k in window.list_pages if k.value == "request"))
    ]
    window.show_page("requests")
    requests_page.view_switch.setChecked(True)
    settle(application)
    window.grab().save(str(out / f"{prefix}-requests-board.png"))
    requests_page.view_switch.setChecked(False)
    dialogs += vetting_dialogs(window, request_id)
    dialogs.append(("signed-mou", signing_dialog(window, database, request_id)))
    dialogs += results_dialogs(window)
    shoot_mou_wizard(window, request_id, out, prefix, application)
    shoot_charter(window, out, prefix, application)
    dialogs += shoot_checkups(window, database, out, prefix, application)
    window.show_organization(hospital_id)
    settle(application)
    window.grab().save(str(out / f"{prefix}-organization-timeline.png"))
    for tab in (1, 2):
        window.organization_page.tabs.setCurrentIndex(tab)
        settle(application)
        window.grab().save(str(out / f"{prefix}-organization-tab{tab}.png"))
    shoot_profile(window, out, prefix, application)
    dialogs += import_dialogs(database)
    dialogs += safety_dialogs(window)
    dialogs += email_dialogs(database, hospital_id)
    dialogs += shared_database_dialogs(window)
    from partnerdesk.ui.language_dialog import LanguageDialog

    dialogs.append(("language", LanguageDialog(window, window.context.settings)))
    for name, dialog in dialogs:
        dialog.show()
        settle(application)
        dialog.grab().save(str(out / f"{prefix}-{name}.png"))
        dialog.close()


def shoot_mou_wizard(
    window: MainWindow, request_id: int, out: Path, prefix: str, application: QApplication
) -> None:
    from partnerdesk.core.mou_clauses import shipped_clauses
    from partnerdesk.services.mou.drafts import mou_for_request, read_draft
    from partnerdesk.ui.editors.mou_wizard import MouWizard
    from partnerdesk.ui.language import content_language
    from partnerdesk.ui.mou_editing import MouEditing

    with window.database.session() as session:
        mou_id = mou_for_request(session, request_id)
    assert mou_id is not None
    draft = read_draft(window.database, mou_id)
    # In the window's language, as the window opens it (mou_actions.py).
    language = content_language()
    wizard = MouWizard(
        draft,
        MouEditing(window.operations, window.dialogs),
        shipped_clauses(language),
        language=language,
    )
    wizard.show()
    for section in ("parties", "problem", "roles", "decisions", "data", "check"):
        wizard.show_section(section)
        settle(application)
        wizard.grab().save(str(out / f"{prefix}-mou-{section}.png"))
    wizard.close()


def shoot_checkups(
    window: MainWindow, database: Database, out: Path, prefix: str, application: QApplication
) -> list[tuple[str, QWidget]]:
    """The active partnership's Check-ups tab (list and trend), and its newest check-up
    side by side (the dialog, returned to be shot with the others)."""
    from partnerdesk.core.checkups import shipped_statements
    from partnerdesk.services.checkups.checkups import list_checkups, read_checkup
    from partnerdesk.store.models import PartnershipRequest
    from partnerdesk.ui.editors.checkup_dialog import CheckupDialog

    with database.session() as session:
        request_id = session.query(PartnershipRequest).filter_by(stage="active").first().id
    window.show_request(request_id)
    settle(application)
    page = window.request_page
    page.tabs.setCurrentWidget(page.checkups)
    settle(application)
    settle(application)  # the chart arrives last: laid out once it is there
    window.grab().save(str(out / f"{prefix}-checkups.png"))
    page.tabs.setCurrentIndex(0)
    newest = list_checkups(database, request_id)[-1]
    # The areas and statements in the window's language, as the window shows them.
    dialog = CheckupDialog(
        read_checkup(database, newest.id),
        shipped_statements(content_language()),
        lambda *_: None,
        window,
    )
    dialog.tabs.setCurrentIndex(1)
    return [
        ("checkup-side-by-side", dialog),
        ("checkup-form-read", returned_form_dialog(window, database, request_id)),
    ]


# Their filled check-up form, as the partner returns it (the guide's picture of reading it).
_RETURNED_FORM = {
    "en": "Check-up form - Harlow County - returned.docx",
    "es": "Formulario de revisión - Condado de Harlow - devuelto.docx",
}
_TYPED_IN = {
    "en": ("maybe", "Agree", "We meet monthly"),
    "es": ("quizás", "De acuerdo", "Nos reunimos cada mes"),
}


def returned_form_dialog(window: MainWindow, database: Database, request_id: int) -> QWidget:
    """The check-up form written in the window's language, filled in as a partner does
    (one cell no rating, one between two ratings, two left blank), and read back."""
    import docx

    from partnerdesk.services.checkups.partner_form import export_checkup_form, read_partner_form
    from partnerdesk.ui.editors.checkup_form_dialog import CheckupFormDialog

    language = content_language()
    unsure, agree, comment = _TYPED_IN.get(language, _TYPED_IN["en"])
    with tempfile.TemporaryDirectory() as folder:
        form = Path(folder) / _RETURNED_FORM.get(language, _RETURNED_FORM["en"])
        export_checkup_form(database, request_id, form, language=language)
        document = docx.Document(str(form))
        rows = [row for grid in document.tables for row in grid.rows[1:]]
        for number, row in enumerate(rows):
            typed = {7: unsure, 17: "3.5", 14: "", len(rows) - 1: ""}.get(
                number, agree if number % 4 == 1 else str(3 + number % 3)
            )
            row.cells[1].paragraphs[0].add_run(typed)
            if number in (8, 10):
                row.cells[2].paragraphs[0].add_run(comment)
        document.save(str(form))
        reading = read_partner_form(database, request_id, form, language=language)
    return CheckupFormDialog(reading, window)


def signing_dialog(window: MainWindow, database: Database, request_id: int) -> SignMouDialog:
    """Marking the request's MOU as signed, who signed for each party typed in."""
    from partnerdesk.services.mou.signing import signed_state
    from partnerdesk.store.models import Mou
    from partnerdesk.ui.editors.signing_dialogs import SignMouDialog

    with database.session() as session:
        mou_id = session.query(Mou).filter_by(request_id=request_id).one().id
    dialog = SignMouDialog(signed_state(database, mou_id), Path.home(), window)
    for signer, name in zip(dialog.signers.values(), _SIGNERS, strict=False):
        if not signer.text():
            signer.setText(name)
    return dialog


_SIGNERS = ("Marisol Ortega", "Robert Castellano")


def shoot_charter(window: MainWindow, out: Path, prefix: str, application: QApplication) -> None:
    """The sample active partnership's team charter, on its meetings page."""
    from partnerdesk.services.charter.charters import read_charter
    from partnerdesk.store.models import PartnershipRequest
    from partnerdesk.ui.charter_actions import CharterEditing
    from partnerdesk.ui.editors.charter_dialog import CharterDialog

    with window.database.session() as session:
        request_id = session.query(PartnershipRequest).filter_by(stage="active").one().id
    draft = read_charter(window.database, request_id)
    dialog = CharterDialog(draft, CharterEditing(window.operations, window.dialogs))
    dialog.show()
    for part in ("goal", "meetings"):
        dialog.show_part(part)
        settle(application)
        dialog.grab().save(str(out / f"{prefix}-charter-{part}.png"))
    dialog.close()


def vetting_dialogs(window: MainWindow, request_id: int) -> list[tuple[str, QWidget]]:
    from partnerdesk.core.choices import Decision
    from partnerdesk.services.vetting.capacity_matrix import capacity_lists
    from partnerdesk.services.vetting.decisions import DecisionForm
    from partnerdesk.services.vetting.question_editing import bank_questions
    from partnerdesk.ui.editors.decision_dialog import DecisionDialog
    from partnerdesk.ui.editors.list_editing import CapacitiesDialog, QuestionBankDialog

    decision = DecisionForm(
        Decision.PROCEED_WITH_CONDITIONS,
        "The need is real and neighbors asked for it.",
        "Our staff time is paid\nWe co-own the data",
    )
    return [
        ("decision", DecisionDialog("Community health worker referrals", decision)),
        (
            "question-bank",
            QuestionBankDialog(window.operations, bank_questions(window.database), lambda: False),
        ),
        ("capacities", CapacitiesDialog(window.operations, capacity_lists(window.database))),
    ]


def results_dialogs(window: MainWindow) -> list[tuple[str, QWidget]]:
    """The results report for leaders of the sample's active partnership."""
    from partnerdesk.services.mou.partnerships import list_partnerships
    from partnerdesk.services.results.report import read_results_form
    from partnerdesk.ui.editors.results_dialog import ResultsReportDialog

    active = next(row.id for row in list_partnerships(window.database) if row.signed_on)
    form = read_results_form(window.database, active)
    dialog = ResultsReportDialog(form, lambda _typed: None, lambda _typed: None)
    dialog.resize(640, 720)
    return [("results-report", dialog)]


def shoot_help(window: MainWindow, out: Path, prefix: str, application: QApplication) -> None:
    """The Help menu's windows: the welcome, the user guide and the About box."""
    from partnerdesk.ui.dialogs import about_box
    from partnerdesk.ui.help_actions import about_text

    welcome = window.help.show_welcome()
    settle(application)
    welcome.grab().save(str(out / f"{prefix}-welcome.png"))
    welcome.reject()
    settle(application)
    guide = window.help.show_guide()
    assert guide is not None
    settle(application)
    guide.grab().save(str(out / f"{prefix}-guide.png"))
    guide.browser.scrollToAnchor("vetting")
    settle(application)
    guide.grab().save(str(out / f"{prefix}-guide-vetting.png"))
    guide.close()
    box = about_box(window, "About PartnerDesk", about_text())
    box.show()
    settle(application)
    box.grab().save(str(out / f"{prefix}-about.png"))
    box.close()


def shoot_profile(window: MainWindow, out: Path, prefix: str, application: QApplication) -> None:
    """Each page of our own (partly filled) profile, and the question asked without one."""
    from partnerdesk.services.profiles.answers import our_organization_id
    from partnerdesk.services.records.organizations import organization_choices
    from partnerdesk.ui.editors.our_organization_dialog import OurOrganizationDialog
    from partnerdesk.ui.editors.profile_wizard import ProfileWizard

    with window.database.session() as session:
        ours = our_organization_id(session)
        choices = organization_choices(session)
    assert ours is not None
    # The profile is read on the database worker; the wizard opens once it is read.
    opened: list[ProfileWizard] = []
    window.profiles.edit_profile(ours, opened.append)
    settle(application)
    wizard = opened[0]
    for index, part in enumerate(wizard.prompts.parts):
        wizard.go_to(index)
        settle(application)
        wizard.grab().save(str(out / f"{prefix}-profile-{index + 1}-{part.id}.png"))
    wizard.go_to(0)
    wizard.close()
    for name, asking in (("our-organization", choices), ("our-organization-first", [])):
        dialog = OurOrganizationDialog(asking)
        dialog.show()
        settle(application)
        dialog.grab().save(str(out / f"{prefix}-{name}.png"))
        dialog.close()


def import_dialogs(database: Database) -> list[tuple[str, QWidget]]:
    from partnerdesk.services.transfer.contact_import import detect_file, preview_import
    from partnerdesk.ui.import_dialogs import ColumnMappingDialog, ImportPreviewDialog

    samples = Path(__file__).resolve().parent.parent / "tests" / "data" / "imports"
    generic = samples / "generic_semicolon_cp1252.csv"
    plan = preview_import(database, samples / "duplicates_in_file.csv")
    bad = preview_import(database, samples / "bad_rows.csv")
    plan.rows.extend(bad.rows)
    return [
        ("import-columns", ColumnMappingDialog(generic.name, detect_file(generic))),
        ("import-preview", ImportPreviewDialog("contacts.csv", plan)),
    ]


def safety_dialogs(window: MainWindow) -> list[tuple[str, QWidget]]:
    from partnerdesk.services.data_safety.backups import backup_now
    from partnerdesk.ui.backups_dialog import BackupsDialog, DataLocationDialog

    safety = window.safety
    for reason in ("automatic", "manual"):
        backup_now(safety.location, reason, folder=safety.backup_folder())
    backups = BackupsDialog(safety)
    backups.resize(backups.width(), 300)  # two backups: no need for an empty table
    return [
        ("backups", backups),
        ("where-is-my-data", DataLocationDialog(safety.paths(), safety.open_folder)),
    ]


def email_dialogs(database: Database, organization_id: int) -> list[tuple[str, QWidget]]:
    """The Email draft dialog for a small MOU, as on Linux or Windows and as on a Mac."""
    import docx

    from partnerdesk.services.records.email_recipients import email_recipients
    from partnerdesk.store.models import Contact
    from partnerdesk.ui.dialogs import Dialogs
    from partnerdesk.ui.email_draft_dialog import EmailDraftDialog

    folder = database.location.data_dir / "Documents"
    folder.mkdir(exist_ok=True)
    mou = folder / "MOU draft - Riverbend Health System.docx"
    document = docx.Document()
    document.add_heading("Memorandum of understanding", 0)
    document.save(str(mou))
    with database.session() as session:
        recipients = email_recipients(session, organization_id)
        angela = session.query(Contact).filter_by(full_name="Angela Brooks").one().id
    body = (
        "Dear Angela,\n\nAttached is our draft of the memorandum of understanding, for you "
        "and your team to review before we meet.\n\nWith thanks,\nMarisol Ortega"
    )
    shots: list[tuple[str, QWidget]] = []
    for name, platform in (("email-draft", "linux"), ("email-draft-mac", "darwin")):
        dialog = EmailDraftDialog(
            recipients,
            mou,
            "Draft MOU: Eastside Community Food Collective and Riverbend Health System",
            body,
            drafts_folder=database.location.data_dir / "email-drafts",
            dialogs=Dialogs(),
            open_url=lambda _url: False,
            platform=platform,
            chosen_contact_ids=[angela],
        )
        shots.append((name, dialog))
    return shots


def shared_database_dialogs(window: MainWindow) -> list[tuple[str, QWidget]]:
    """Settings → Shared database (after a test), the start-up password question, and
    the question shown when a colleague saved the same record first."""
    from PySide6.QtWidgets import QMessageBox

    from partnerdesk.store.errors import ChangedElsewhereError, Difference
    from partnerdesk.ui.password_dialog import PasswordDialog
    from partnerdesk.ui.record_editing import KEEP_MINE, RELOAD, conflict_text

    dialog = window.shared.show_dialog()
    dialog.address.setText("postgresql://marisol@db.eastside-food.example/partnerdesk")
    dialog.address.textEdited.emit(dialog.address.text())
    dialog.password_box.setText("correct horse")
    dialog.show_status("Connected. The database is empty: PartnerDesk will set it up.", good=True)
    password = PasswordDialog(
        "Password for the shared database",
        "Type the password of marisol for the shared database "
        "postgresql://marisol@db.eastside-food.example/partnerdesk.",
        can_remember=True,
    )
    error = ChangedElsewhereError(
        "organization",
        [
            Difference("mission", "Feeding the east side, every week", "(empty)"),
            Difference("notes", "Met their new director", "Call back in May"),
        ],
    )
    conflict = QMessageBox(
        QMessageBox.Icon.Warning,
        "Someone else changed this organization",
        conflict_text(error),
    )
    for option in (KEEP_MINE, RELOAD):
        conflict.addButton(option, QMessageBox.ButtonRole.AcceptRole)
    return [
        ("shared-database", dialog),
        ("shared-database-password", password),
        ("changed-elsewhere", conflict),
    ]


def main() -> int:
    folders = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    out = Path(folders[0] if folders else "shots")
    out.mkdir(parents=True, exist_ok=True)
    shoot(out, "empty", with_sample=False)
    shoot(out, "sample", with_sample=True)
    if "--themes" in sys.argv:
        # The palettes the contrast tests read every page with (as Qt gives them on
        # Windows in dark mode and with the black, white and yellow high contrast).
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.ui.readability import PALETTES

        shoot(out, "dark", with_sample=True, palette=PALETTES["dark"])
        shoot(out, "contrast", with_sample=True, palette=PALETTES["high contrast"])
        shoot(out, "scaled", with_sample=True, size=QSize(853, 481))
    print(f"Screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
