"""What the vetting screen asks of the window: decide, export, the matrix, the lists.

Changes run through the window's change runner (off the GUI thread, then a refresh);
the Word exports run as background tasks with a progress dialog after half a second.
"""

from __future__ import annotations

import re
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from partnerdesk.core.choices import RequestStage, stage_after_decision
from partnerdesk.services.changes import Changes, RecordKind
from partnerdesk.services.records.organizations import organization_choices
from partnerdesk.services.records.requests import change_stage, get_request
from partnerdesk.services.vetting.capacity_matrix import (
    CapacityMatrix,
    CapacityRow,
    CellValue,
    active_capacities,
    add_capacity,
    add_party,
    capacity_matrix,
    mark_as_ours,
    remove_party,
    rename_capacity,
    retire_capacity,
    retired_capacities,
    set_cell,
)
from partnerdesk.services.vetting.decisions import DecisionForm, record_decision
from partnerdesk.services.vetting.overview import shipped_bank
from partnerdesk.services.vetting.question_editing import (
    EditableQuestion,
    add_question,
    bank_questions,
    edit_question,
    reset_to_shipped,
    retire_question,
)
from partnerdesk.services.vetting.questions import AnswerForm, save_answer
from partnerdesk.store.database import Database
from partnerdesk.store.errors import ChangedElsewhereError
from partnerdesk.ui.change_runner import ChangeRunner
from partnerdesk.ui.editors.decision_dialog import DecisionDialog
from partnerdesk.ui.editors.list_editing import CapacitiesDialog, QuestionBankDialog
from partnerdesk.ui.pages.request_page import RequestPage
from partnerdesk.ui.record_editing import KEEP_MINE, RELOAD, conflict_text
from partnerdesk.ui.user_name import UserName

WORD_FILES = "Word document (*.docx)"
REQUEST_CHANGED = Changes(frozenset({RecordKind.REQUEST}))


def file_name_from(title: str) -> str:
    """A file name from a request title that every system accepts."""
    cleaned = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip()
    return re.sub(r"\s+", " ", cleaned)[:60] or "request"


class _BankEditing:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.bank = shipped_bank()
        self.categories = [(category.id, category.title) for category in self.bank.categories]

    def questions(self) -> list[EditableQuestion]:
        with self.database.session() as session:
            return bank_questions(session, self.bank)

    def add(self, category: str, text: str, help_text: str) -> None:
        with self.database.session() as session:
            add_question(session, self.bank, category, text, help_text)

    def edit(self, key: str, text: str, help_text: str) -> None:
        with self.database.session() as session:
            edit_question(session, key, text, help_text)

    def retire(self, key: str, retired: bool) -> None:
        with self.database.session() as session:
            retire_question(session, key, retired)

    def reset(self) -> None:
        with self.database.session() as session:
            reset_to_shipped(session, self.bank)


class _CapacityEditing:
    def __init__(self, database: Database) -> None:
        self.database = database

    def capacities(self) -> tuple[list[CapacityRow], list[CapacityRow]]:
        with self.database.session() as session:
            return active_capacities(session), retired_capacities(session)

    def add(self, name: str) -> None:
        with self.database.session() as session:
            add_capacity(session, name)

    def rename(self, capacity_id: int, name: str) -> None:
        with self.database.session() as session:
            rename_capacity(session, capacity_id, name)

    def retire(self, capacity_id: int, retired: bool) -> None:
        with self.database.session() as session:
            retire_capacity(session, capacity_id, retired)


class VettingActions:
    def __init__(self, parent: QWidget, changes: ChangeRunner, settings: QSettings) -> None:
        self.parent = parent
        self.changes = changes
        self.database = changes.database
        self.dialogs = changes.dialogs
        self.user = UserName(settings, self.dialogs)

    def user_name(self) -> str:
        """The user's own name for "Asked by" and for who moved or decided (asked once)."""
        return self.user.name()

    def connect_page(self, page: RequestPage) -> None:
        self.page = page
        page.user_name = self.user_name
        page.stage_chosen.connect(self.change_stage)
        page.answer_saved.connect(self.save_answer)
        page.decide_requested.connect(self.decide)
        page.export_summary_requested.connect(self.export_summary)
        page.export_questions_requested.connect(self.export_questions)
        page.edit_bank_requested.connect(self.edit_question_bank)
        grid = page.capacities
        grid.cell_saved.connect(
            lambda capacity, party, value: self.save_cell(page.request_id, capacity, party, value)
        )
        grid.add_partner_requested.connect(lambda: self.add_partner(page.request_id))
        grid.remove_partner_requested.connect(
            lambda party, name: self.remove_partner(page.request_id, party, name)
        )
        grid.edit_capacities_requested.connect(self.edit_capacities)
        grid.choose_ours_requested.connect(self.choose_ours)

    # Stage and answers ---------------------------------------------------------
    def change_stage(self, request_id: int, stage: RequestStage) -> None:
        """From the stage list or the board; each move is recorded with who made it."""
        who = self.user_name()
        self.changes.run(
            lambda session: change_stage(session, request_id, stage, who),
            f"Moved to “{stage.label}”.",
        )

    def save_answer(
        self, request_id: int, key: str, form: AnswerForm, base: AnswerForm | None = None
    ) -> None:
        def settle(error: ChangedElsewhereError) -> None:
            # The answer sent was refused: the page shows the stored one (theirs) again.
            if self.page.request_id == request_id:
                self.page.forget_sent(key)
                self.changes.refresh(REQUEST_CHANGED)
            theirs = error.theirs if isinstance(error.theirs, AnswerForm) else AnswerForm()
            choice = self.dialogs.choose(
                "Someone else changed this answer", conflict_text(error), [KEEP_MINE, RELOAD]
            )
            if choice == KEEP_MINE:
                self.save_answer(request_id, key, form, theirs)
            elif choice != RELOAD:
                self._show_typed_again(request_id, key, form, theirs)

        self.changes.run(
            lambda session: save_answer(session, request_id, key, form, base),
            "Answer saved.",
            if_changed_elsewhere=settle,
        )

    def _show_typed_again(
        self, request_id: int, key: str, form: AnswerForm, theirs: AnswerForm
    ) -> None:
        """Closed without choosing: what was typed goes back in the editor, unsaved.

        Saves are sent when the user moves to another question, so the page is usually
        still on this request; if it has moved to another, the typed answer goes in the
        question box anyway — nothing typed is dropped silently.
        """
        page = self.page
        if page.request_id == request_id:
            page.select_question(key)
        if page.request_id == request_id and page.editor.key == key:
            page.editor.show_typed(form, theirs)
            return
        self.dialogs.inform(
            "Your answer was not saved",
            "Someone else saved this answer first. What you typed was:\n\n"
            + form.their_answer
            + (f"\n\nEvidence: {form.our_evidence}" if form.our_evidence else ""),
        )

    # Reading ------------------------------------------------------------------
    def matrix(self, request_id: int) -> CapacityMatrix:
        with self.database.session() as session:
            return capacity_matrix(session, request_id)

    # Decision -----------------------------------------------------------------
    def decide(self, request_id: int) -> None:
        with self.database.session() as session:
            request = get_request(session, request_id)
            title = request.title
            stage = request.stage
            current = (
                DecisionForm(
                    request.decision, request.decision_reasons, request.decision_conditions
                )
                if request.decision is not None
                else None
            )
        dialog = DecisionDialog(title, current, self.parent)
        if not dialog.exec():
            return
        form = dialog.result_form()
        who = self.user_name()
        following = stage_after_decision(form.decision, stage)
        self.changes.run(
            lambda session: record_decision(session, request_id, form, who),
            f"Decision recorded: {form.decision.label}.",
            after=(lambda: self._move_on(request_id, stage, following)) if following else None,
        )

    def _move_on(self, request_id: int, stage: RequestStage, following: RequestStage) -> None:
        """After a decision to go ahead, the stage should not stay behind unnoticed."""
        if self.dialogs.confirm(
            f"Move the request to “{following.label}”?",
            f"You decided to go ahead, and the request is still at “{stage.label}”. "
            f"Move it on to “{following.label}”, the next step?",
            action=f"Move to {following.label}",
        ):
            self.change_stage(request_id, following)
        else:
            self.changes.tell(
                f"Decision recorded. The request stays at “{stage.label}”: "
                "change its stage when you are ready."
            )

    # Word exports -------------------------------------------------------------
    def export_summary(self, request_id: int) -> None:
        self._export(request_id, summary=True)

    def export_questions(self, request_id: int) -> None:
        self._export(request_id, summary=False)

    def _export(self, request_id: int, *, summary: bool) -> None:
        from partnerdesk.services.documents.vetting import (
            export_questions,
            export_vetting,
            request_title,
        )

        operations = self.changes.operations
        what = "Vetting summary" if summary else "Questions to ask"
        export = export_vetting if summary else export_questions

        def save_as(title: str) -> None:
            path = self.dialogs.save_file(
                f"Save the {what.lower()} as a Word document",
                Path(user_documents_dir()) / f"{what} - {file_name_from(title)}.docx",
                WORD_FILES,
            )
            if path is None:
                return
            if path.suffix.lower() != ".docx":
                path = path.with_name(path.name + ".docx")
            operations.query(
                lambda database: export(database, request_id, path),
                lambda saved: operations.tell(f"Saved “{saved.path.name}” in {saved.path.parent}."),
                label=f"Writing the {what.lower()}…",
                if_refused=lambda error: self._export_failed(path, error),
            )

        operations.query(lambda database: request_title(database, request_id), save_as)

    def _export_failed(self, path: Path, error: Exception) -> bool:
        """A file that could not be written, said so; False for what else went wrong."""
        if not isinstance(error, OSError):
            return False
        reason = error.strerror or "the file could not be written"
        self.dialogs.inform(
            "The document was not saved",
            f"PartnerDesk could not write {path.name} in {path.parent}: {reason}. "
            "Choose another folder, or close the file if Word has it open.",
        )
        return True

    # Capacity matrix ----------------------------------------------------------
    def save_cell(
        self, request_id: int, capacity_id: int, organization_id: int, value: CellValue
    ) -> None:
        self.changes.run(
            lambda session: set_cell(session, request_id, capacity_id, organization_id, value),
            "Capacity matrix saved.",
        )

    def _pick_organization(self, title: str, text: str, leave_out: set[int]) -> int | None:
        with self.database.session() as session:
            choices = [
                (id_, name) for id_, name in organization_choices(session) if id_ not in leave_out
            ]
        if not choices:
            self.dialogs.inform(
                title, "There is no organization to choose. Add it under Organizations first."
            )
            return None
        labels = [name for _, name in choices]
        picked = self.dialogs.pick(title, text, labels)
        if picked is None:
            return None
        return choices[labels.index(picked)][0]

    def add_partner(self, request_id: int) -> None:
        listed = {party.organization_id for party in self.matrix(request_id).parties}
        chosen = self._pick_organization(
            "Add a partner", "Which other organization takes part?", listed
        )
        if chosen is not None:
            self.changes.run(
                lambda session: add_party(session, request_id, chosen), "Partner added."
            )

    def remove_partner(self, request_id: int, organization_id: int, name: str) -> None:
        if not self.dialogs.confirm(
            "Remove this partner?",
            f"Remove {name} from this request's capacity matrix, with what was recorded for them?",
            action="Remove",
            destructive=True,
        ):
            return
        self.changes.run(
            lambda session: remove_party(session, request_id, organization_id),
            f"Removed {name} from the matrix.",
        )

    def choose_ours(self) -> None:
        chosen = self._pick_organization(
            "Our organization", "Which of these organizations is yours?", set()
        )
        if chosen is not None:
            self.changes.run(lambda session: mark_as_ours(session, chosen), "Saved.")

    # The user's lists ---------------------------------------------------------
    def edit_question_bank(self) -> None:
        dialog = QuestionBankDialog(_BankEditing(self.database), self._confirm_reset, self.parent)
        dialog.exec()
        self.changes.refresh(REQUEST_CHANGED)

    def edit_capacities(self) -> None:
        CapacitiesDialog(_CapacityEditing(self.database), self.parent).exec()
        self.changes.refresh(REQUEST_CHANGED)

    def _confirm_reset(self) -> bool:
        return self.dialogs.confirm(
            "Reset the question bank?",
            "Every shipped question comes back with its original wording, and your own "
            "questions are retired (answers to them are kept, and you can bring them back).",
            action="Reset",
        )
