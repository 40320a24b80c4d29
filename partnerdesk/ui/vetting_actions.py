"""What the vetting screen asks of the window: decide, export, the matrix, the lists.

Every read and write runs through ``Operations`` on the database worker, in the order
asked: an answer saved on leaving a question is stored before the export or decision that
follows it reads. The page is kept current here too: after a change, only the part of the
page the change names is read again (see ``_page_changed``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from partnerdesk.core.choices import RequestStage, stage_after_decision
from partnerdesk.services.changes import Changes, Detail, RecordKind
from partnerdesk.services.errors import ChangedElsewhereError, RecordMissingError
from partnerdesk.services.records.requests import StageShown, change_stage
from partnerdesk.services.vetting.capacity_matrix import (
    CellValue,
    add_party,
    capacity_lists,
    choose_our_organization,
    partner_choices,
    remove_party,
    request_capacity_matrix,
    set_cell,
)
from partnerdesk.services.vetting.decisions import (
    DecisionForm,
    DecisionToMake,
    decision_to_make,
    record_decision,
)
from partnerdesk.services.vetting.overview import (
    request_answers,
    request_heading,
    request_page_data,
)
from partnerdesk.services.vetting.question_editing import bank_questions
from partnerdesk.services.vetting.questions import AnswerForm, save_answer
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.document_language import choose_word_document
from partnerdesk.ui.editors.decision_dialog import DecisionDialog
from partnerdesk.ui.editors.list_editing import CapacitiesDialog, QuestionBankDialog
from partnerdesk.ui.language import content_language
from partnerdesk.ui.operations import Operations, server_unreachable
from partnerdesk.ui.pages.request_page import RequestPage
from partnerdesk.ui.record_saving import KEEP_MINE, RELOAD, conflict_text
from partnerdesk.ui.user_name import UserName

if TYPE_CHECKING:
    pass

# Changes to these records, not narrowed down by a detail, may touch anything the vetting
# screen shows (an edited request's funding date, the organization's years): read it whole.
WHOLE_PAGE = frozenset({RecordKind.REQUEST, RecordKind.ORGANIZATION})
# Whether the vetting screen shows its red flags or keeps them folded away.
FLAGS_SHOWN_KEY = "vetting/red_flags_shown"


def file_name_from(title: str) -> str:
    """A file name from a request title that every system accepts."""
    cleaned = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip()
    return re.sub(r"\s+", " ", cleaned)[:60] or "request"


class VettingActions:
    def __init__(
        self, parent: QWidget, operations: Operations, dialogs: Dialogs, settings: QSettings
    ) -> None:
        self.parent = parent
        self.operations = operations
        self.dialogs = dialogs
        self.settings = settings
        self.user = UserName(settings, dialogs)
        self.page: RequestPage | None = None

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
        # The red flags folded away stay so, on every request and at the next start.
        page.show_flags_pane(self.settings.value(FLAGS_SHOWN_KEY, "true") != "false")
        page.flags_pane_shown.connect(
            lambda shown: self.settings.setValue(FLAGS_SHOWN_KEY, "true" if shown else "false")
        )
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
        self.operations.changes_applied.connect(self._page_changed)

    # Keeping the page current -------------------------------------------------
    def _page_changed(self, changes: Changes) -> None:
        """Read again only what the change names, and show it where it stands.

        A change that names details (an answer, the matrix, the decision) changed only
        those parts of the request; one that names the request or its organization without
        details may have changed anything on the page. A page not on screen is read whole
        the next time a request is opened on it.
        """
        page = self.page
        if page is None or not page.request_id or not page.isVisible():
            return
        answers = changes.names(Detail.ANSWERS) or changes.names(Detail.QUESTION_BANK)
        matrix = changes.names(Detail.CAPACITY)
        heading = changes.names(Detail.DECISION)
        whole = (answers and matrix and heading) or (
            not changes.details and bool(changes.kinds & WHOLE_PAGE)
        )
        request_id = page.request_id
        # The shipped questions, flags and capacities in the window's language.
        language = content_language()
        if whole:
            self.operations.query(
                lambda database: request_page_data(database, request_id, language),
                lambda data: self._on_page(
                    request_id, lambda: page.show_overview(data.overview, data.matrix)
                ),
                if_refused=self._request_gone,
            )
            return
        if heading:
            self.operations.query(
                lambda database: request_heading(database, request_id),
                page.show_heading,
                if_refused=self._request_gone,
            )
        if answers:
            self.operations.query(
                lambda database: request_answers(database, request_id, language=language),
                page.show_answers,
                if_refused=self._request_gone,
            )
        if matrix:
            self.operations.query(
                lambda database: request_capacity_matrix(database, request_id, language),
                lambda read: self._on_page(request_id, lambda: page.capacities.show_matrix(read)),
                if_refused=self._request_gone,
            )

    def _on_page(self, request_id: int, show: Callable[[], None]) -> None:
        """Show what was read, unless the page moved on to another request meanwhile."""
        if self.page is not None and self.page.request_id == request_id:
            show()

    def _request_gone(self, error: Exception) -> bool:
        if isinstance(error, RecordMissingError):
            self.dialogs.inform(
                QCoreApplication.translate("VettingActions", "Not found"), str(error)
            )
            return True
        return False

    # Stage and answers ---------------------------------------------------------
    def change_stage(
        self, request_id: int, stage: RequestStage, shown: StageShown | None = None
    ) -> None:
        """From the stage list or the board; each move is recorded with who made it.

        ``shown``: the request as the board or the request page showed it. A colleague's
        move or decision made since is not overridden unseen: the user is asked, as for
        any other save.
        """
        who = self.user_name()

        def settle(error: Exception) -> None:
            assert isinstance(error, ChangedElsewhereError)
            # The board and page re-read the store (every refusal does): theirs shows. The
            # stage box shows their stage at once, not the move that was refused.
            page = self.page
            if isinstance(error.theirs, StageShown) and page and page.request_id == request_id:
                page.show_stage(error.theirs.stage)
            choice = self.dialogs.choose(
                QCoreApplication.translate("VettingActions", "Someone else changed this request"),
                conflict_text(error),
                [KEEP_MINE, RELOAD],
            )
            if choice == KEEP_MINE:
                theirs = error.theirs if isinstance(error.theirs, StageShown) else None
                self.change_stage(request_id, stage, theirs)
            else:
                self.operations.tell(
                    QCoreApplication.translate(
                        "VettingActions", "Not moved: it stays where your colleague put it."
                    )
                )

        self.operations.change(
            lambda database: change_stage(database, request_id, stage, who, shown=shown),
            QCoreApplication.translate("VettingActions", "Moved to “{label}”.").format(
                label=stage.label
            ),
            if_changed_elsewhere=settle,
        )

    def save_answer(
        self,
        request_id: int,
        key: str,
        form: AnswerForm,
        base: AnswerForm | None = None,
        overlaps_left: int = 1,
    ) -> None:
        def settle(error: Exception) -> None:
            assert isinstance(error, ChangedElsewhereError)
            if error.theirs is None and overlaps_left > 0:
                # Overlapped a colleague's save exactly, so the store could not say what
                # they wrote: sent again, the save is checked against it and names it.
                self.save_answer(request_id, key, form, base, overlaps_left - 1)
                return
            # The answer sent was refused: the page shows the stored one (theirs) again,
            # read with everything else once a change is refused.
            if self.page is not None and self.page.request_id == request_id:
                self.page.forget_sent(key)
            theirs = error.theirs if isinstance(error.theirs, AnswerForm) else AnswerForm()
            choice = self.dialogs.choose(
                QCoreApplication.translate("VettingActions", "Someone else changed this answer"),
                conflict_text(error),
                [KEEP_MINE, RELOAD],
            )
            if choice == KEEP_MINE:
                self.save_answer(request_id, key, form, theirs)
            elif choice != RELOAD:
                self._show_typed_again(request_id, key, form, theirs)

        def refused(error: Exception) -> bool:
            if not server_unreachable(error):
                return False
            # The shared server is away: what was typed stays in the editor, unsaved, to
            # be saved on leaving the question or on Save once the server is back.
            page = self.page
            if page is not None and page.request_id == request_id:
                page.keep_unsaved(key, form, base or AnswerForm())
                return False  # and the user is told plainly that it was not saved
            # Another request is open by now: the typed answer is told, not dropped.
            self.dialogs.inform(
                QCoreApplication.translate("VettingActions", "Your answer was not saved"),
                QCoreApplication.translate(
                    "VettingActions", "{error}\n\nWhat you typed was:\n\n{their_answer}"
                ).format(error=error, their_answer=form.their_answer)
                + (
                    QCoreApplication.translate(
                        "VettingActions", "\n\nEvidence: {our_evidence}"
                    ).format(our_evidence=form.our_evidence)
                    if form.our_evidence
                    else ""
                ),
            )
            return True

        self.operations.change(
            lambda database: save_answer(database, request_id, key, form, base),
            QCoreApplication.translate("VettingActions", "Answer saved."),
            if_changed_elsewhere=settle,
            if_refused=refused,
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
        if page is not None and page.request_id == request_id:
            page.select_question(key)
            if page.editor.key == key:
                page.editor.show_typed(form, theirs)
                return
        self.dialogs.inform(
            QCoreApplication.translate("VettingActions", "Your answer was not saved"),
            QCoreApplication.translate(
                "VettingActions", "Someone else saved this answer first. What you typed was:\n\n"
            )
            + form.their_answer
            + (
                QCoreApplication.translate("VettingActions", "\n\nEvidence: {our_evidence}").format(
                    our_evidence=form.our_evidence
                )
                if form.our_evidence
                else ""
            ),
        )

    # Decision -----------------------------------------------------------------
    def decide(self, request_id: int) -> None:
        """Read the decision so far, then open the dialog on it."""
        self.operations.open_once(
            "decision", lambda database: decision_to_make(database, request_id), self._decide_on
        )

    def _decide_on(self, to_make: DecisionToMake, typed: DecisionForm | None = None) -> None:
        """Open the dialog on the decision so far (or on what was typed, kept after a
        conflict) and record what is chosen, checked against what the dialog showed."""
        dialog = DecisionDialog(to_make.title, typed or to_make.current, self.parent)
        if not dialog.exec():
            return
        self._record(to_make, dialog.result_form())

    def _record(self, to_make: DecisionToMake, form: DecisionForm) -> None:
        who = self.user_name()
        request_id, stage = to_make.request_id, to_make.stage
        following = stage_after_decision(form.decision, stage)

        def settle(error: Exception) -> None:
            assert isinstance(error, ChangedElsewhereError)
            theirs = error.theirs if isinstance(error.theirs, DecisionToMake) else to_make
            choice = self.dialogs.choose(
                QCoreApplication.translate(
                    "VettingActions", "Someone else decided on this request"
                ),
                conflict_text(error),
                [KEEP_MINE, RELOAD],
            )
            if choice == KEEP_MINE:
                # Over their decision, on purpose; a third person's later one still shows.
                self._record(theirs, form)
            elif choice == RELOAD:
                self._decide_on(theirs)
            else:
                self._decide_on(theirs, form)  # closed: nothing typed is lost

        self.operations.change(
            lambda database: record_decision(database, request_id, form, who, shown=to_make),
            QCoreApplication.translate("VettingActions", "Decision recorded: {label}.").format(
                label=form.decision.label
            ),
            after=(lambda: self._move_on(request_id, stage, following)) if following else None,
            if_changed_elsewhere=settle,
        )

    def _move_on(self, request_id: int, stage: RequestStage, following: RequestStage) -> None:
        """After a decision to go ahead, the stage should not stay behind unnoticed."""
        if self.dialogs.confirm(
            QCoreApplication.translate("VettingActions", "Move the request to “{label}”?").format(
                label=following.label
            ),
            QCoreApplication.translate(
                "VettingActions",
                "You decided to go ahead, and the request is still at "
                "“{label}”. Move it on to “{label2}”, the next step?",
            ).format(label=stage.label, label2=following.label),
            action=QCoreApplication.translate("VettingActions", "Move to {label}").format(
                label=following.label
            ),
        ):
            self.change_stage(request_id, following)
        else:
            self.operations.tell(
                QCoreApplication.translate(
                    "VettingActions",
                    "Decision recorded. The request stays at “{label}”: change "
                    "its stage when you are ready.",
                ).format(label=stage.label)
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

        operations = self.operations
        what = (
            QCoreApplication.translate("VettingActions", "Vetting summary")
            if summary
            else QCoreApplication.translate("VettingActions", "Questions to ask")
        )

        def save_as(title: str) -> None:
            dialog_title = (
                QCoreApplication.translate(
                    "VettingActions", "Save the vetting summary as a Word document"
                )
                if summary
                else QCoreApplication.translate(
                    "VettingActions", "Save the questions to ask as a Word document"
                )
            )
            suggested = Path(user_documents_dir()) / QCoreApplication.translate(
                "VettingActions", "{what} - {file_name_from}.docx"
            ).format(what=what, file_name_from=file_name_from(title))
            chosen = choose_word_document(
                self.dialogs,
                self.settings,
                dialog_title,
                suggested,
            )
            if chosen is None:
                return
            path, language = chosen
            operations.query(
                lambda database: (
                    export_vetting(database, request_id, path, language=language)
                    if summary
                    else export_questions(database, request_id, path, language=language)
                ),
                lambda saved: operations.tell(
                    QCoreApplication.translate(
                        "VettingActions", "Saved “{name}” in {parent}."
                    ).format(name=saved.path.name, parent=saved.path.parent)
                ),
                label=(
                    QCoreApplication.translate("VettingActions", "Writing the vetting summary…")
                    if summary
                    else QCoreApplication.translate(
                        "VettingActions", "Writing the questions to ask…"
                    )
                ),
                if_refused=lambda error: self._export_failed(path, error),
            )

        self.operations.open_once(
            f"export {what}", lambda database: request_title(database, request_id), save_as
        )

    def _export_failed(self, path: Path, error: Exception) -> bool:
        """A file that could not be written, said so; False for what else went wrong."""
        if not isinstance(error, OSError):
            return False
        reason = error.strerror or QCoreApplication.translate(
            "VettingActions", "the file could not be written"
        )
        self.dialogs.inform(
            QCoreApplication.translate("VettingActions", "The document was not saved"),
            QCoreApplication.translate(
                "VettingActions",
                "PartnerDesk could not write {name} in {parent}: {reason}. "
                "Choose another folder, or close the file if Word has it "
                "open.",
            ).format(name=path.name, parent=path.parent, reason=reason),
        )
        return True

    # Capacity matrix ----------------------------------------------------------
    def save_cell(
        self, request_id: int, capacity_id: int, organization_id: int, value: CellValue
    ) -> None:
        self.operations.change(
            lambda database: set_cell(database, request_id, capacity_id, organization_id, value),
            QCoreApplication.translate("VettingActions", "Capacity matrix saved."),
        )

    def _pick_organization(
        self, title: str, text: str, choices: list[tuple[int, str]]
    ) -> int | None:
        if not choices:
            self.dialogs.inform(
                title,
                QCoreApplication.translate(
                    "VettingActions",
                    "There is no organization to choose. Add it under Organizations first.",
                ),
            )
            return None
        labels = [name for _, name in choices]
        picked = self.dialogs.pick(title, text, labels)
        if picked is None:
            return None
        return choices[labels.index(picked)][0]

    def add_partner(self, request_id: int) -> None:
        def pick(choices: list[tuple[int, str]]) -> None:
            chosen = self._pick_organization(
                QCoreApplication.translate("VettingActions", "Add a partner"),
                QCoreApplication.translate(
                    "VettingActions", "Which other organization takes part?"
                ),
                choices,
            )
            if chosen is not None:
                self.operations.change(
                    lambda database: add_party(database, request_id, chosen),
                    QCoreApplication.translate("VettingActions", "Partner added."),
                )

        self.operations.open_once(
            "add a partner", lambda database: partner_choices(database, request_id), pick
        )

    def remove_partner(self, request_id: int, organization_id: int, name: str) -> None:
        if not self.dialogs.confirm(
            QCoreApplication.translate("VettingActions", "Remove this partner?"),
            QCoreApplication.translate(
                "VettingActions",
                "Remove {name} from this request's capacity matrix, with "
                "what was recorded for them?",
            ).format(name=name),
            action=QCoreApplication.translate("VettingActions", "Remove"),
            destructive=True,
        ):
            return
        self.operations.change(
            lambda database: remove_party(database, request_id, organization_id),
            QCoreApplication.translate("VettingActions", "Removed {name} from the matrix.").format(
                name=name
            ),
        )

    def choose_ours(self) -> None:
        def pick(choices: list[tuple[int, str]]) -> None:
            chosen = self._pick_organization(
                QCoreApplication.translate("VettingActions", "Our organization"),
                QCoreApplication.translate(
                    "VettingActions", "Which of these organizations is yours?"
                ),
                choices,
            )
            if chosen is not None:
                self.operations.change(
                    lambda database: choose_our_organization(database, chosen),
                    QCoreApplication.translate("VettingActions", "Saved."),
                )

        self.operations.open_once("our organization", partner_choices, pick)

    # The user's lists ---------------------------------------------------------
    def edit_question_bank(self) -> None:
        """Read the questions, then open the bank on them (each change runs on the worker,
        and the vetting screen behind follows it)."""
        language = content_language()
        self.operations.open_once(
            "question bank",
            lambda database: bank_questions(database, language=language),
            lambda questions: QuestionBankDialog(
                self.operations, questions, self._confirm_reset, self.parent
            ).exec(),
        )

    def edit_capacities(self) -> None:
        language = content_language()
        self.operations.open_once(
            "capacities",
            lambda database: capacity_lists(database, language),
            lambda lists: CapacitiesDialog(self.operations, lists, self.parent).exec(),
        )

    def _confirm_reset(self) -> bool:
        return self.dialogs.confirm(
            QCoreApplication.translate("VettingActions", "Reset the question bank?"),
            QCoreApplication.translate(
                "VettingActions",
                "Every shipped question comes back with its original wording, and your own "
                "questions are retired (answers to them are kept, and you can bring them back).",
            ),
            action=QCoreApplication.translate("VettingActions", "Reset"),
        )
