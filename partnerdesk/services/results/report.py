"""The results report for leaders (issue 19): what the user writes for it, and the report.

The user writes three things the store cannot know: a short story or quote (and whose
words it is), the next steps, and for each measure of success (the MOU's SMARTIE goals,
kept as commitments of source "goal") the figure reached so far with its date. The rest
of the report is read: the MOU's purpose and goals, the commitments kept and late, and the
check-up trend.

Two staff writing the same report on a shared database: the save carries the version the
dialog was opened on, and a save over a colleague's newer one is refused, naming what
they changed (as every editor does).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.checkups import CheckupScores
from partnerdesk.core.commitments import CommitmentSource, CommitmentStatus, shown_status
from partnerdesk.core.dates import UnreadableDateError, read_date
from partnerdesk.core.results_report import LateCommitment, MeasureOfSuccess, ResultsReport
from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.core.translation import translate
from partnerdesk.services.changes import Changes
from partnerdesk.services.checkups.checkups import rated_checkup_history
from partnerdesk.services.errors import (
    ChangedElsewhereError,
    Difference,
    InvalidInputError,
    RecordMissingError,
)
from partnerdesk.services.mou.drafts import mou_for_request
from partnerdesk.services.mou.partnerships import PARTNERSHIP_STAGES
from partnerdesk.services.records.requests import get_request
from partnerdesk.services.vetting.capacity_matrix import our_organization
from partnerdesk.store.models import (
    Commitment,
    GoalFigure,
    Mou,
    PartnershipRequest,
    ResultsReportText,
    utc_now,
)

if TYPE_CHECKING:
    from partnerdesk.services.database_access import Database

WHAT = "results report"
# The form's version when no report was saved yet for the partnership.
NOTHING_SAVED = 0
# Saving the report changes nothing another view shows: no view re-reads.
REPORT_SAVED = Changes()


class NotAPartnershipError(InvalidInputError):
    """A request that has not gone ahead yet has no results to report."""


@dataclass(frozen=True)
class GoalFigureForm:
    """One measure of success: the goal as the MOU words it, and the figure reached."""

    commitment_id: int
    goal: str
    figure: str = ""
    as_of: str = ""  # as typed; ISO (YYYY-MM-DD) when read from the store


@dataclass(frozen=True)
class ResultsForm:
    request_title: str
    story: str = ""
    story_by: str = ""
    next_steps: str = ""
    figures: tuple[GoalFigureForm, ...] = ()
    # The report's version when the dialog opened it (NOTHING_SAVED: none yet); None:
    # save over whatever is stored ("keep mine", chosen after a refusal).
    row_version: int | None = NOTHING_SAVED
    day_first: bool = False  # how the as-of dates were typed (1/2/2027)


# Check-ups -------------------------------------------------------------------------------
def checkup_history(database: Database, request_id: int) -> list[CheckupScores]:
    """The partnership's rated check-ups, oldest first, for the report's trend chart."""
    return rated_checkup_history(database, request_id)


# Reading -----------------------------------------------------------------------------------
def partnership_request(session: Session, request_id: int) -> PartnershipRequest:
    """The request, if it is a partnership (it went ahead, or an MOU was started for it)."""
    request = get_request(session, request_id)
    if request.deleted_at is not None:
        raise RecordMissingError(translate("Refusals", "That request is in the Trash."))
    if request.stage not in PARTNERSHIP_STAGES and mou_for_request(session, request_id) is None:
        raise NotAPartnershipError(
            translate(
                "Refusals",
                "“{title}” is not a partnership yet: a results report is for a "
                "partnership that went ahead (from the kickoff meeting on).",
            ).format(title=request.title)
        )
    return request


def _goals(session: Session, request_id: int) -> list[Commitment]:
    return list(
        session.scalars(
            select(Commitment)
            .where(
                Commitment.request_id == request_id,
                Commitment.source == CommitmentSource.GOAL,
                Commitment.status != CommitmentStatus.DROPPED,
            )
            .order_by(Commitment.position, Commitment.id)
        )
    )


def _figures(session: Session, goals: list[Commitment]) -> dict[int, GoalFigure]:
    if not goals:
        return {}
    return {
        figure.commitment_id: figure
        for figure in session.scalars(
            select(GoalFigure).where(GoalFigure.commitment_id.in_([goal.id for goal in goals]))
        )
    }


def _stored(session: Session, request_id: int) -> ResultsReportText | None:
    return session.scalar(
        select(ResultsReportText).where(ResultsReportText.request_id == request_id)
    )


def load_results_form(session: Session, request_id: int) -> ResultsForm:
    request = partnership_request(session, request_id)
    goals = _goals(session, request_id)
    figures = _figures(session, goals)
    stored = _stored(session, request_id)
    return ResultsForm(
        request.title,
        stored.story if stored else "",
        stored.story_by if stored else "",
        stored.next_steps if stored else "",
        tuple(
            GoalFigureForm(
                goal.id,
                goal.what,
                figures[goal.id].figure if goal.id in figures else "",
                _iso(figures[goal.id].as_of) if goal.id in figures else "",
            )
            for goal in goals
        ),
        stored.row_version if stored else NOTHING_SAVED,
    )


def read_results_form(database: Database, request_id: int) -> ResultsForm:
    """What the dialog opens on: the story, next steps and each goal's figure as stored."""
    with database.session() as session:
        return load_results_form(session, request_id)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


# Saving ------------------------------------------------------------------------------------
def _as_of(text: str, goal: str, day_first: bool) -> date | None:
    try:
        return read_date(text, day_first=day_first)
    except UnreadableDateError as error:
        raise InvalidInputError(
            translate(
                "Refusals",
                "PartnerDesk cannot read “{text}” as the date of the figure for "
                "“{goal}”. Write it as, for example, 2027-03-15 or 15 March 2027.",
            ).format(text=error.text, goal=goal)
        ) from error


def _cleaned(form: ResultsForm) -> ResultsForm:
    """The form as it will be stored: text trimmed, dates read (refused if unreadable)."""
    return replace(
        form,
        story=clean_multiline(form.story),
        story_by=clean_single_line(form.story_by)[:300],
        next_steps=clean_multiline(form.next_steps),
        figures=tuple(
            replace(
                item,
                figure=clean_single_line(item.figure)[:300],
                as_of=_iso(_as_of(item.as_of, item.goal, form.day_first)),
            )
            for item in form.figures
        ),
        day_first=False,
    )


def save_results_form(
    database: Database, request_id: int, form: ResultsForm
) -> tuple[int, Changes]:
    """Store what the user wrote; refused (ChangedElsewhereError) over a colleague's save.

    Returns the report's version now (the next save from the same dialog is based on it)
    and what changed.
    """
    mine = _cleaned(form)
    try:
        with database.session() as session:
            row_version = _save(session, request_id, mine)
    except ChangedElsewhereError as error:
        if error.theirs is not None:
            raise
        # Both saved at the same instant; theirs was written first: say what it holds.
        with database.session() as session:
            theirs = load_results_form(session, request_id)
        raise _refusal(theirs, mine) from error
    return row_version, REPORT_SAVED


def _save(session: Session, request_id: int, mine: ResultsForm) -> int:
    # Two staff saving at once (a shared database) are taken one after the other: the
    # request's row is locked first (FOR UPDATE on PostgreSQL; SQLite writes one at a time
    # anyway), so the second waits, then reads the first's committed report and figures
    # and is refused with them, instead of both inserting a first report (or a goal's first
    # figure) and the second failing on the unique key.
    session.get(PartnershipRequest, request_id, with_for_update=True)
    partnership_request(session, request_id)
    stored = _stored(session, request_id)
    stored_version = stored.row_version if stored else NOTHING_SAVED
    if mine.row_version is not None and mine.row_version != stored_version:
        raise _refusal(load_results_form(session, request_id), mine)
    if stored is None:
        stored = ResultsReportText(request_id=request_id)
        session.add(stored)
    stored.story = mine.story
    stored.story_by = mine.story_by
    stored.next_steps = mine.next_steps
    # Always written, so the version moves on when only a figure changed.
    stored.updated_at = utc_now()
    goals = {goal.id: goal for goal in _goals(session, request_id)}
    figures = _figures(session, list(goals.values()))
    for item in mine.figures:
        if item.commitment_id not in goals:
            continue  # the goal left the MOU meanwhile: its figure goes with it
        figure = figures.get(item.commitment_id)
        if figure is None:
            if not item.figure and not item.as_of:
                continue
            figure = GoalFigure(commitment_id=item.commitment_id)
            session.add(figure)
        figure.figure = item.figure
        figure.as_of = date.fromisoformat(item.as_of) if item.as_of else None
    session.flush()
    return stored.row_version


def _refusal(theirs: ResultsForm, mine: ResultsForm) -> ChangedElsewhereError:
    differences = [
        Difference(words, _shown(getattr(theirs, name)), _shown(getattr(mine, name)), name=name)
        for name, words in (
            ("story", "story or quote"),
            ("story_by", "whose words"),
            ("next_steps", "next steps"),
        )
        if getattr(theirs, name) != getattr(mine, name)
    ]
    their_figures = {item.commitment_id: item for item in theirs.figures}
    for item in mine.figures:
        other = their_figures.get(item.commitment_id)
        if other is None:
            continue
        if (other.figure, other.as_of) != (item.figure, item.as_of):
            differences.append(
                Difference(
                    f"figure for “{_short(item.goal)}”",
                    _shown(_figure_words(other)),
                    _shown(_figure_words(item)),
                )
            )
    return ChangedElsewhereError(WHAT, differences, theirs)


def _figure_words(item: GoalFigureForm) -> str:
    return f"{item.figure} (as of {item.as_of})" if item.as_of else item.figure


def _short(text: str, most: int = 40) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _shown(value: str) -> str:
    text = " ".join(value.split())
    return _short(text, 80) if text else "(empty)"


# The report ---------------------------------------------------------------------------------
def load_results_report(
    session: Session,
    request_id: int,
    history: list[CheckupScores],
    today: date | None = None,
) -> ResultsReport:
    today = today or date.today()
    request = partnership_request(session, request_id)
    form = load_results_form(session, request_id)
    ours = our_organization(session)
    mou_id = mou_for_request(session, request_id)
    mou = session.get(Mou, mou_id) if mou_id is not None else None
    purpose = dict((mou.sections or {}).get("purpose") or {}) if mou else {}
    kept = still_open = 0
    late: list[LateCommitment] = []
    for commitment in session.scalars(
        select(Commitment)
        .where(Commitment.request_id == request_id)
        .order_by(Commitment.due_on, Commitment.position, Commitment.id)
    ):
        status = shown_status(commitment.status, commitment.due_on, today)
        if status is CommitmentStatus.DONE:
            kept += 1
        elif status is CommitmentStatus.LATE:
            late.append(LateCommitment(commitment.what, commitment.party, commitment.due_on))
        elif status is CommitmentStatus.OPEN:
            still_open += 1
    return ResultsReport(
        request_title=request.title,
        our_organization=ours.name if ours is not None else "",
        their_organization=request.organization.name if request.organization else "",
        prepared_on=today,
        purpose=str(purpose.get("purpose") or ""),
        vision=str(purpose.get("vision") or ""),
        signed_on=mou.signed_on if mou else None,
        kept=kept,
        still_open=still_open,
        late=tuple(late),
        measures=tuple(
            MeasureOfSuccess(
                item.goal,
                item.figure,
                date.fromisoformat(item.as_of) if item.as_of else None,
            )
            for item in form.figures
        ),
        checkups=tuple(history),
        story=form.story,
        story_by=form.story_by,
        next_steps=form.next_steps,
    )


def read_results_report(
    database: Database, request_id: int, today: date | None = None
) -> ResultsReport:
    """The whole report, as the Word export writes it."""
    history = checkup_history(database, request_id)
    with database.session() as session:
        return load_results_report(session, request_id, history, today)


# Sample data -----------------------------------------------------------------------------
def add_sample_results(
    session: Session,
    request_id: int,
    story: str,
    story_by: str,
    next_steps: str,
    figures: list[tuple[str, date]],
) -> None:
    """The sample partnership's report: ``figures`` in the order of its goals."""
    form = load_results_form(session, request_id)
    filled = tuple(
        replace(item, figure=figure, as_of=as_of.isoformat())
        for item, (figure, as_of) in zip(form.figures, figures, strict=False)
    )
    _save(
        session,
        request_id,
        replace(form, story=story, story_by=story_by, next_steps=next_steps, figures=filled),
    )
