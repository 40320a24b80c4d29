"""The results report for leaders (issue 19): how a partnership is doing, on one or two pages.

Seed 003 asks partners to "report meaningful results" so that both organizations' leaders
see how the partnership benefits them. The report says what the partnership set out to do
(the MOU's purpose and goals), which commitments were kept and which are late, each
measure of success with the figure reached so far, how the partnership is going (the
check-up trend), a short story or quote the user writes, and the next steps.

Plain data only: the store fills it (services/results), the Word export writes it. Its
words are the document language's (core/document_language.py, "results.…").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from partnerdesk.core.checkups import CheckupScores


@dataclass(frozen=True)
class LateCommitment:
    what: str
    party: str
    due_on: date | None


@dataclass(frozen=True)
class MeasureOfSuccess:
    """One SMARTIE goal of the MOU and the figure reached so far ("212 families", "78%")."""

    goal: str
    figure: str = ""
    as_of: date | None = None


@dataclass(frozen=True)
class ResultsReport:
    request_title: str
    our_organization: str
    their_organization: str
    prepared_on: date
    purpose: str = ""
    vision: str = ""
    signed_on: date | None = None
    kept: int = 0  # commitments marked done
    still_open: int = 0  # open and not yet due
    late: tuple[LateCommitment, ...] = ()
    measures: tuple[MeasureOfSuccess, ...] = ()
    checkups: tuple[CheckupScores, ...] = field(default=())
    story: str = ""
    story_by: str = ""  # whose words the story or quote is
    next_steps: str = ""

    @property
    def title(self) -> str:
        """ "Results report: …", in the document language."""
        from partnerdesk.core.document_language import say

        return say("results.title", title=self.request_title)


def commitments_sentence(report: ResultsReport) -> str:
    """The commitments in one sentence, counts first, for leaders who read only that."""
    from partnerdesk.core.document_language import say, say_count

    late_count = len(report.late)
    return say(
        "results.commitments_sentence",
        # "0 commitments kept, none late" mixed a figure with a word; "none" reads as one.
        kept=(say_count("results.kept", report.kept) if report.kept else say("results.none_kept")),
        late=say_count("results.late", late_count) if late_count else say("results.none_late"),
        still_to_come=(
            say_count("results.still_to_come", report.still_open) if report.still_open else ""
        ),
    )


def measure_words(measure: MeasureOfSuccess) -> str:
    """The figure reached, with its date: "212 families (as of 30 June 2027)"."""
    from partnerdesk.core.dates import document_date
    from partnerdesk.core.document_language import say

    if not measure.figure:
        return say("results.not_measured")
    if measure.as_of is None:
        return measure.figure
    return say("results.figure_as_of", figure=measure.figure, date=document_date(measure.as_of))
