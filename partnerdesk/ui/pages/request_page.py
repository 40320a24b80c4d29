"""The vetting screen: one request, its red flags, readiness, and every question to ask."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.choices import Rating, RequestStage, rating_shown
from partnerdesk.core.dates import friendly_date
from partnerdesk.core.translation import english_plural
from partnerdesk.services.vetting.capacity_matrix import CapacityMatrix
from partnerdesk.services.vetting.overview import (
    QuestionLine,
    RequestHeading,
    VettingAnswers,
    VettingOverview,
    answers_of,
    heading_of,
)
from partnerdesk.services.vetting.questions import AnswerForm, same_answer
from partnerdesk.ui.colours import Tone
from partnerdesk.ui.flow_layout import FlowLayout
from partnerdesk.ui.forms import choice_box, select_data
from partnerdesk.ui.pages.answer_editor import AnswerEditor
from partnerdesk.ui.pages.capacity_grid import CapacityGrid
from partnerdesk.ui.pages.checkup_list import CheckupList
from partnerdesk.ui.pages.commitment_list import CommitmentList
from partnerdesk.ui.pages.flag_list import FlagList
from partnerdesk.ui.rich_text_delegate import TONE_ROLE, USUAL_TEXT, RichTextDelegate
from partnerdesk.ui.widgets import enlarge, heading

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
RATING_TONES = {
    Rating.STRONG: Tone.SUCCESS,
    Rating.ADEQUATE: Tone.INFO,
    Rating.WEAK: Tone.ATTENTION,
    Rating.CONCERN: Tone.FLAG,
}


class RequestPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal(int)
    # request id, RequestStage, StageShown | None: the request as the page showed it, so a
    # move chosen on a page shown before a colleague moved or declined it is checked.
    stage_chosen = Signal(int, object, object)
    answer_saved = Signal(int, str, object, object)  # request id, key, AnswerForm, its base
    decide_requested = Signal(int)
    flags_pane_shown = Signal(bool)  # the red flags unfolded (True) or folded away
    export_summary_requested = Signal(int)
    export_questions_requested = Signal(int)
    edit_bank_requested = Signal()
    mou_requested = Signal(int)
    # The signed MOU (ui/signing_actions.py): mark it signed, open its copy, review it.
    sign_requested = Signal(int)
    signed_copy_requested = Signal(int)
    review_requested = Signal(int)
    kickoff_requested = Signal(int)
    results_requested = Signal(int)  # the results report for leaders
    charter_requested = Signal(int)  # the team charter's editor (ui/charter_actions.py)
    # The form sent to the requester: pick its questions, save it, read it back.
    form_questions_requested = Signal(int)
    form_export_requested = Signal(int)
    form_read_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("request-page")
        self.request_id = 0
        self.lines: dict[str, QuestionLine] = {}
        # Answers this page sent to be saved that the store has not shown back yet: a
        # question visited again meanwhile shows them, and they are the base of the next
        # save, so one person's quick saves never look like someone else's change.
        self._sent: dict[str, AnswerForm] = {}
        # Answers typed whose save did not reach the store (the shared server away), by
        # question: shown again, unsaved, when the question is chosen again.
        self._unsaved: dict[str, tuple[AnswerForm, AnswerForm]] = {}
        # The user's own name for "Asked by": set by the vetting actions, which ask for it
        # the first time a question is opened (never the computer's login name).
        self.user_name: Callable[[], str] = lambda: ""
        # What is shown, as last read: the parts are re-read one by one after a change.
        self._heading: RequestHeading | None = None
        self._answers: VettingAnswers | None = None
        self._flags_shown: list[tuple[str, str, str]] | None = None
        back = QPushButton(self.tr("← All requests"))
        back.setFlat(True)
        back.clicked.connect(self.back_requested.emit)
        self.title = heading("")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.stage = choice_box([(stage.label, stage) for stage in RequestStage])
        self.stage.activated.connect(
            lambda _index: self.stage_chosen.emit(
                self.request_id,
                RequestStage(self.stage.currentData()),
                self._heading.shown if self._heading is not None else None,
            )
        )
        stage_label = QLabel(self.tr("Sta&ge:"))
        stage_label.setBuddy(self.stage)
        self.stage.setAccessibleName(self.tr("Stage"))
        edit = QPushButton(self.tr("Ed&it details…"))
        edit.clicked.connect(lambda: self._move_on_to(self.edit_requested))
        self.decide = QPushButton(self.tr("&Decide…"))
        self.decide.setToolTip(
            self.tr("Record your decision: proceed, with conditions, pause or decline")
        )
        self.decide.clicked.connect(lambda: self._move_on_to(self.decide_requested))
        self.export = QPushButton(self.tr("E&xport"))
        self.export.setToolTip(
            self.tr(
                "Save a Word document: the vetting summary, the questions to ask, a kickoff "
                "agenda, the team charter, the results report for leaders"
            )
        )
        export_menu = QMenu(self.export)
        export_menu.addAction(self.tr("Vetting summary…")).triggered.connect(
            lambda: self._move_on_to(self.export_summary_requested)
        )
        export_menu.addAction(self.tr("Questions to ask at the next meeting…")).triggered.connect(
            lambda: self._move_on_to(self.export_questions_requested)
        )
        export_menu.addAction(self.tr("Kickoff meeting…")).triggered.connect(
            lambda: self._move_on_to(self.kickoff_requested)
        )
        # Offered at every stage, not only from the kickoff on: partners often start the
        # charter at their first meeting, before anyone moves the request's stage, and an
        # entry that comes and goes with the stage would look lost. Its own editor saves as
        # the user types and exports it to Word. Every letter on this page is taken by a
        # button, tab or field, so its Alt+letter lives in this menu: Alt+X, then T.
        self.charter_action = export_menu.addAction(self.tr("&Team charter…"))
        self.charter_action.triggered.connect(lambda: self._move_on_to(self.charter_requested))
        export_menu.addAction(self.tr("Results report for leaders…")).triggered.connect(
            lambda: self._move_on_to(self.results_requested)
        )
        self.export.setMenu(export_menu)
        self.form = QPushButton(self.tr("Q&uestion form for them"))
        self.form.setToolTip(
            self.tr("A form of your questions for them to fill in, and reading their answers back")
        )
        form_menu = QMenu(self.form)
        for text, signal in (
            (self.tr("Questions for the form…"), self.form_questions_requested),
            (self.tr("Save the form to send…"), self.form_export_requested),
            (self.tr("Read their filled-in form…"), self.form_read_requested),
        ):
            form_menu.addAction(text).triggered.connect(
                lambda _checked=False, signal=signal: self._move_on_to(signal)
            )
        self.form.setMenu(form_menu)
        self.mou = QPushButton(self.tr("&MOU…"))
        self.mou.setToolTip(self.tr("Write the memorandum of understanding for this request"))
        self.mou.clicked.connect(lambda: self._move_on_to(self.mou_requested))
        self.signed = QPushButton(self.tr("Signed MOU and revie&ws"))
        self.signed.setToolTip(
            self.tr("Mark the MOU as signed, open the signed copy, record a review")
        )
        signed_menu = QMenu(self.signed)
        for text, signal in (
            (self.tr("Mark as signed…"), self.sign_requested),
            (self.tr("Open the signed copy"), self.signed_copy_requested),
            (self.tr("Record a review…"), self.review_requested),
        ):
            signed_menu.addAction(text).triggered.connect(
                lambda _checked=False, signal=signal: self._move_on_to(signal)
            )
        self.signed.setMenu(signed_menu)
        bank = QPushButton(self.tr("Question ban&k…"))
        bank.setToolTip(self.tr("Add your own questions, change wording, retire questions"))
        bank.clicked.connect(self.edit_bank_requested.emit)
        # The actions wrap onto a second line rather than squeeze their words, on a narrow
        # window or with large text (150% on a laptop's screen).
        stage_row = QWidget()
        stage_layout = QHBoxLayout(stage_row)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        stage_layout.addWidget(stage_label)
        stage_layout.addWidget(self.stage)
        actions = QWidget()
        top = FlowLayout(actions)
        top.addWidget(stage_row)
        top.addWidget(edit)
        top.addWidget(self.decide)
        top.addWidget(self.export)
        top.addWidget(self.form)
        top.addWidget(self.mou)
        top.addWidget(self.signed)
        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.setTextFormat(Qt.TextFormat.RichText)

        self.flags = FlagList()
        self.flags.question_chosen.connect(self.go_to_question)
        # The heading folds the red flags away (Space or a click; remembered), leaving room
        # for the readiness and the questions on a small screen.
        self.flags_title = QToolButton()
        self.flags_title.setText(self.tr("Red flags"))
        enlarge(self.flags_title, 2)
        self.flags_title.setAutoRaise(True)
        self.flags_title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.flags_title.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.flags_title.setAccessibleDescription(self.tr("Shows or hides the red flags"))
        self.flags_shown: bool = True
        self.flags_title.clicked.connect(lambda: self.show_flags_pane(not self.flags_shown))
        self.readiness = QListWidget()
        self.readiness.setAccessibleName(self.tr("Readiness by topic"))
        self.readiness.setWordWrap(True)  # long topic names wrap instead of scrolling sideways
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.flags_title, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.flags, 3)
        # Folded away, the readiness takes the room.
        left_layout.addWidget(heading(self.tr("Readiness"), size_delta=2))
        left_layout.addWidget(self.readiness, 2)

        # One level: headings and questions side by side. Assistive technology selects a
        # nested item by its row within its heading, which picked the wrong question.
        self.questions = QTreeWidget()
        self.questions.setHeaderHidden(True)
        self.questions.setRootIsDecorated(False)
        self.questions.setAccessibleName(self.tr("Questions to ask"))
        self.questions.setItemDelegate(RichTextDelegate(self.questions))  # ratings in tones
        self.questions.currentItemChanged.connect(self._question_chosen)
        # Assistive technology selects an item rather than making it current; Enter (or a
        # double click) also takes the user on to typing the answer.
        self.questions.itemSelectionChanged.connect(self._selection_changed)
        self.questions.itemActivated.connect(self._question_activated)
        self.editor = AnswerEditor()
        self.editor.save_requested.connect(self._send_answer)
        # In a scroll area, so a small screen still fits the whole window.
        editor_scroller = QScrollArea()
        # Tab stops on it (to scroll by keys): named, or a screen reader says only "scroll".
        editor_scroller.setAccessibleName(self.tr("Answer"))
        editor_scroller.setWidget(self.editor)
        editor_scroller.setWidgetResizable(True)
        editor_scroller.setFrameShape(QFrame.Shape.NoFrame)
        # Save stays in sight below the answer, however little room the answer has.
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(editor_scroller, 1)
        editor_layout.addWidget(self.editor.footer)
        questions_box = QWidget()
        questions_layout = QVBoxLayout(questions_box)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.addWidget(self.questions, 1)
        questions_layout.addWidget(bank, 0, Qt.AlignmentFlag.AlignRight)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(questions_box)
        right.addWidget(editor_box)
        self.capacities = CapacityGrid()
        self.tabs = QTabWidget()
        self.tabs.addTab(right, self.tr("&Questions and answers"))
        self.tabs.addTab(self.capacities, self.tr("&Capacity matrix"))
        self.commitments = CommitmentList()  # read by its own controller (CommitmentActions)
        self.tabs.addTab(self.commitments, self.tr("Commitments: who does what, b&y when"))
        self.checkups = CheckupList()  # read by its own controller (CheckupActions)
        # Every letter of "Check-ups" already leads somewhere on this page: no underlined
        # letter, and Alt+J (free, told in the guide and the tab's tooltip) opens it instead.
        checkups_tab = self.tabs.addTab(self.checkups, self.tr("Check-ups"))
        self.tabs.setTabToolTip(checkups_tab, self.tr("Check-ups (Alt+J)"))
        to_checkups = QShortcut(QKeySequence("Alt+J"), self)
        to_checkups.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        to_checkups.activated.connect(lambda: self.tabs.setCurrentWidget(self.checkups))
        self.tabs.currentChanged.connect(lambda _index: self.keep_typing())
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        # The tabs' side gets enough for all four tab titles at the default window size.
        self.splitter.setSizes([320, 680])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(actions)
        layout.addWidget(self.decision)
        layout.addWidget(self.splitter, 1)
        # Once in its place: shown before, the flags would open as a window of their own.
        self.show_flags_pane(True)

    def show_flags_pane(self, shown: bool) -> None:
        """Unfold or fold away the red flags (the heading stays, with their number)."""
        changed = shown != self.flags_shown
        self.flags_shown = shown
        self.flags.setVisible(shown)
        self.flags_title.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.flags_title.setToolTip(
            self.tr("Hide the red flags") if shown else self.tr("Show the red flags")
        )
        if changed:
            self.flags_pane_shown.emit(shown)

    def show_overview(
        self,
        overview: VettingOverview,
        matrix: CapacityMatrix | None = None,
    ) -> None:
        """Show a request whole: when it is opened, or after a change to the request itself."""
        same_request = overview.request_id == self.request_id
        if not same_request:
            self.keep_typing()  # another request opens: what was typed on this one is saved
            self._sent = {}
            self._unsaved = {}
            self.capacities.forget_sent()
        self.request_id = overview.request_id
        self.commitments.show_request(overview.request_id)
        self.checkups.show_request(overview.request_id)
        self.show_heading(heading_of(overview))
        if matrix is not None:
            self.capacities.show_matrix(matrix)
        self._show_answers(answers_of(overview), rebuild=not same_request)

    def show_heading(self, heading: RequestHeading) -> None:
        """Title, stage and decision (re-read on its own after a decision)."""
        if heading.request_id != self.request_id:
            return
        self._heading = heading
        self.title.setText(heading.title)
        self._show_subtitle()
        select_data(self.stage, heading.stage)
        self.checkups.set_declined(heading.stage is RequestStage.DECLINED)
        self._show_decision(heading)

    def show_stage(self, stage: RequestStage) -> None:
        """The stage a colleague put the request at, shown at once after a refused move
        (the rest of their version follows when the page is read again)."""
        select_data(self.stage, stage)
        self.checkups.set_declined(stage is RequestStage.DECLINED)

    def show_answers(self, answers: VettingAnswers) -> None:
        """The questions, red flags and readiness, re-read after an answer or the question
        bank changed. Updated in place: the question chosen, the answer being typed and its
        cursor stay as they are, and the rest of the page is not touched."""
        if answers.request_id == self.request_id:
            self._show_answers(answers, rebuild=False)

    def _show_answers(self, answers: VettingAnswers, *, rebuild: bool) -> None:
        self._answers = answers
        self._show_subtitle()
        self._show_flags(answers)
        self._show_readiness(answers)
        self._show_questions(answers, "" if rebuild else self.editor.key, rebuild=rebuild)

    def _show_subtitle(self) -> None:
        heading, answers = self._heading, self._answers
        if heading is None or answers is None:
            return
        parts = [
            self.tr("From {organization}").format(organization=heading.organization)
            if heading.organization
            else ""
        ]
        if heading.received_on:
            parts.append(
                self.tr("received {friendly_date}").format(
                    friendly_date=friendly_date(heading.received_on)
                )
            )
        if heading.funding_ends_on:
            parts.append(
                self.tr("funding ends {friendly_date}").format(
                    friendly_date=friendly_date(heading.funding_ends_on)
                )
            )
        parts.append(
            english_plural(
                self.tr("{answered} of %n question(s) answered", "", answers.total), answers.total
            ).format(answered=answers.answered)
        )
        self.subtitle.setText(" · ".join(part for part in parts if part))

    def _show_decision(self, heading: RequestHeading) -> None:
        if heading.decision is None:
            self.decision.setText(
                self.tr("<i>No decision yet.</i> Press Decide… when you are ready.")
            )
            self.decide.setText(self.tr("&Decide…"))
            return
        when = (
            self.tr(" on {friendly_date}").format(friendly_date=friendly_date(heading.decided_on))
            if heading.decided_on
            else ""
        )
        text = self.tr("<b>Decision: {label}</b>{when}. {decision_reasons}").format(
            label=html.escape(heading.decision.label),
            when=when,
            decision_reasons=html.escape(heading.decision_reasons),
        )
        if heading.decision_conditions:
            conditions = html.escape(heading.decision_conditions).replace("\n", "; ")
            text += self.tr("<br><b>Conditions:</b> {conditions}").format(conditions=conditions)
        self.decision.setText(text)
        self.decide.setText(self.tr("Change &decision…"))

    def _show_flags(self, answers: VettingAnswers) -> None:
        flags = [(flag.title, flag.explanation, flag.question_id or "") for flag in answers.flags]
        if flags == self._flags_shown:
            return  # unchanged: the buttons stay, and so does the keyboard focus on one
        self._flags_shown = flags
        self.flags_title.setText(
            self.tr("Red flags ({count})").format(count=len(flags))
            if flags
            else self.tr("Red flags")
        )
        self.flags.show_flags(flags)

    def _show_readiness(self, answers: VettingAnswers) -> None:
        texts = [
            (
                self.tr("{title} — {value} ({answered} of {total})").format(
                    title=item.title,
                    value=item.state_words or item.state.value,
                    answered=item.answered,
                    total=item.total,
                ),
                item,
            )
            for item in answers.readiness
        ]
        if self.readiness.count() != len(texts):
            self.readiness.clear()
            for _ in texts:
                self.readiness.addItem(QListWidgetItem())
        for row, (text, item) in enumerate(texts):
            entry = self.readiness.item(row)
            entry.setText(text)
            entry.setToolTip(item.explanation)

    def _show_questions(self, answers: VettingAnswers, keep: str, *, rebuild: bool) -> None:
        sent = self._sent
        readiness = {item.category_id: item for item in answers.readiness}
        # Each row of the tree: a topic heading (key "") or a question (its key).
        rows: list[tuple[str, str, str, QuestionLine | None]] = []
        for category in answers.categories:
            state = readiness.get(category.id)
            counts = (
                self.tr(" — {answered} of {total} answered").format(
                    answered=state.answered, total=state.total
                )
                if state
                else ""
            )
            rows.append(("", f"{category.title}{counts}", category.help, None))
            for stored in answers.questions.get(category.id, []):
                if stored.key in sent:
                    if stored.answer is not None and same_answer(stored.answer, sent[stored.key]):
                        del sent[stored.key]  # saved: the store has it now
                    else:
                        stored = replace(stored, answer=sent[stored.key])  # still on its way
                rows.append((stored.key, "", "", stored))
        self.lines = {line.key: line for _, _, _, line in rows if line is not None}
        items = self._items()
        if rebuild or [item.data(0, KEY_ROLE) or "" for item in items] != [row[0] for row in rows]:
            self._build_questions(rows, keep)
        else:
            # The same questions: each row is rewritten where it stands, so the question
            # chosen (and the tree's scroll position) stays as the user left it.
            for item, (_key, text, help_text, row_line) in zip(items, rows, strict=True):
                _write_row(item, text, help_text, row_line)
        line = self.lines.get(keep) if keep else None
        if line is None:
            if self.editor.key:
                self.editor.show_question(None)
        elif not self.editor.changed and not self.editor.shows(line):
            # The refreshed answer (someone else's) replaces the one on screen.
            self.editor.show_question(line, self.user_name())
        # Otherwise the user is typing in it, or it already shows what the store holds:
        # the refresh leaves the editor, its text and its cursor alone.

    def _build_questions(
        self, rows: list[tuple[str, str, str, QuestionLine | None]], keep: str
    ) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        current = None
        for key, text, help_text, line in rows:
            item = QTreeWidgetItem()
            if line is None:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                # A heading, not a choice: the arrow keys pass over it to the next question.
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                # In the text's colour, not the grey of a disabled item: it is a heading.
                item.setData(0, TONE_ROLE, USUAL_TEXT)
            else:
                item.setData(0, KEY_ROLE, key)
            _write_row(item, text, help_text, line)
            self.questions.addTopLevelItem(item)
            if key and key == keep:
                current = item
        if current is not None:
            self.questions.setCurrentItem(current)
        self.questions.blockSignals(False)

    def _question_chosen(self, item: QTreeWidgetItem | None, previous: object) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key and key == self.editor.key:
            return
        if self.editor.key and self.editor.asked_on.problem():
            # "Asked on" cannot be read: stay on this question and say so, rather than
            # save the answer without the date the user typed.
            self.editor.save_if_valid()
            self.questions.blockSignals(True)
            self.select_question(self.editor.key)
            self.questions.blockSignals(False)
            return
        # Moving to another question keeps what was typed: nothing is lost.
        self.keep_typing()
        line = self.lines.get(key) if key else None
        self.editor.show_question(line, self.user_name() if line is not None else "")
        if line is not None and key in self._unsaved:
            self.editor.show_typed(*self._unsaved.pop(key))

    def _selection_changed(self) -> None:
        selected = self.questions.selectedItems()
        if selected and selected[0] is not self.questions.currentItem():
            self.questions.setCurrentItem(selected[0])

    def _question_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.questions.currentItem() is not item:
            self.questions.setCurrentItem(item)
        if item.data(0, KEY_ROLE):
            self.editor.their_answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _send_answer(self, key: str, form: AnswerForm, base: AnswerForm) -> None:
        self._sent[key] = form
        if key in self.lines:
            self.lines[key] = line = replace(self.lines[key], answer=form)
            if (item := self._item_of(key)) is not None:
                _write_row(item, "", "", line)  # its rating shows at once, before the re-read
        self.answer_saved.emit(self.request_id, key, form, base)

    def forget_sent(self, key: str) -> None:
        """A save that was refused: the store's answer is the one to show again."""
        self._sent.pop(key, None)

    def keep_unsaved(self, key: str, form: AnswerForm, base: AnswerForm) -> None:
        """A save that did not reach the store (the shared server away): what was typed
        stays in the editor, unsaved — a re-read does not replace it with the stored
        answer — and is saved again on leaving the question or on Save."""
        self._sent.pop(key, None)
        if self.editor.key == key:
            self.editor.keep_unsaved(base)  # on screen: what was typed (or typed since)
        else:
            self._unsaved[key] = (form, base)  # shown again when the question is chosen

    def keep_typing(self) -> None:
        """Save what was typed and not saved yet: the answer, the capacity cell's note.

        Called when the user moves on — another question, tab, request or page, or the
        window closes — so nothing typed depends on how quickly they leave."""
        if self.editor.changed:
            self.editor.save()
        self.capacities.keep_note()

    def _move_on_to(self, signal: SignalInstance) -> None:
        """Decide, export, MOU, edit: what was typed is saved first (an export includes it;
        the save runs before the export, one background task after the other)."""
        self.keep_typing()
        signal.emit(self.request_id)

    def leave(self) -> None:
        """The main window shows another page (or closes)."""
        self.keep_typing()

    def go_to_question(self, key: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_question(key)
        if self.editor.key == key:
            self.editor.their_answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_questions(self) -> None:
        """Keyboard focus on the questions, none of them chosen yet: Down chooses the first.

        A list given focus makes its first row current by itself, which here would open
        the first question (and ask for the user's name) before the user chose anything:
        an explicit "no row" is set first, which the list then keeps."""
        if self.questions.currentItem() is None:
            self.questions.setCurrentIndex(QModelIndex())
        self.questions.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_question(self, key: str | None) -> None:
        item = self._item_of(key) if key else None
        if item is not None:
            self.questions.setCurrentItem(item)

    def _items(self) -> list[QTreeWidgetItem]:
        """The tree's rows, topic headings and questions, top to bottom."""
        tree = self.questions
        return [
            item
            for index in range(tree.topLevelItemCount())
            if (item := tree.topLevelItem(index)) is not None
        ]

    def _item_of(self, key: str) -> QTreeWidgetItem | None:
        return next((item for item in self._items() if item.data(0, KEY_ROLE) == key), None)


def _write_row(item: QTreeWidgetItem, text: str, help_text: str, line: QuestionLine | None) -> None:
    """A topic heading (``line`` None) or a question with its rating, coloured by it."""
    if line is None:
        item.setText(0, text)
        item.setToolTip(0, help_text)
        return
    rating = line.answer.rating if line.answer else Rating.NOT_ASKED
    shown = rating_shown(rating, answered=line.answer is not None and line.answer.given)
    item.setText(0, f"{line.text}  [{shown}]")
    item.setToolTip(0, line.text)
    # No tone: the usual text colour.
    item.setData(0, TONE_ROLE, RATING_TONES.get(rating))
