"""Forms the other side fills in — the question form, the profile form — and matching what
comes back to the questions it asked.

A form is a Word document with one table per topic: No. | Question | Your answer. The
number is the question's own, stable one (a vetting question's number in the store, a
profile prompt's place in the prompts), so a row still finds its question when its
wording was edited, rows were added, deleted or moved, or two tables were merged. A row
whose number is gone or wrong is matched by its wording instead (``difflib``), as long as
it is close enough to one question and clearly closer than to any other. A number is
trusted only when its question is also the one the row reads most like: a partner who
renumbers the column 1, 2, 3… must not have answers stored under other questions.

Plain data and plain functions: exports/ writes the form from ``FormContent``, imports/
reads a returned file into ``FormRow``s, and services/ compare them with what is stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from enum import StrEnum

from partnerdesk.core.translation import Messages, translate

# Plural forms (core/translation.py: the variable is named like its context).
forms = Messages("forms")

# The column headings of every form table; a row repeating them is a table's heading row
# (and two tables merged into one keep the second's heading row in the middle).
NUMBER_HEADING = "No."
QUESTION_HEADING = "Question"
ANSWER_HEADING = "Your answer"

# Stands for the date in a line of the form's own words (the "prepared by, on" line): the
# date the form was written, whatever it was.
ANY_DATE = "{date}"
# As the document's language writes it: "4 december 2026", "december 4, 2026" (folded),
# "4 de diciembre de 2026".
_DATE = r"(?:\d{1,2} [a-z]+ \d{4}|[a-z]+ \d{1,2}, \d{4}|\d{1,2} de [a-zñ]+ de \d{4})"

# How close a question's wording must be for a row without a usable number, and how far
# ahead of the next closest, so that two alike questions are not confused.
WORDING_CUTOFF = 0.6
WORDING_LEAD = 0.05


# The topics as the requester reads them: the question bank's own titles are our inner
# voice ("Have they earned our trust?"), not what a form sent to them should say.
FORM_TOPIC_TITLES = {
    "alignment": "Your goals and the need you see",
    "hard": "Timing, funding and values",
    "history": "Working together before",
    "principles": "How the partnership would work",
    "trust": "Trust and respect",
    "participation": "Our community's say",
    "engagement": "Working with our community",
    "power": "Sharing decisions and leadership",
    "data": "Data and results",
    "sustainability": "When the funding ends",
    "readiness": "Getting ready to work together",
}


def form_topic_title(topic_id: str, bank_title: str, language: str = "en") -> str:
    """The topic as the requester reads it, in ``language`` (the bank's title for a topic
    of the user's own)."""
    if language == "en":
        return FORM_TOPIC_TITLES.get(topic_id, bank_title)
    from partnerdesk.core.document_language import document_words

    title = document_words(language).get(f"form.topic.{topic_id}", bank_title)
    return title if isinstance(title, str) else bank_title


def form_headings(language: str) -> tuple[str, str, str]:
    """The column headings of a form written in ``language``: number, question, answer."""
    if language == "en":
        return NUMBER_HEADING, QUESTION_HEADING, ANSWER_HEADING
    from partnerdesk.core.document_language import document_words

    words = document_words(language)
    return str(words["form.number"]), str(words["form.question"]), str(words["form.answer"])


def every_form_languages() -> list[tuple[str, tuple[str, str, str]]]:
    """(language, its headings) for each language documents are written in: a form comes
    back in the language it went out in."""
    from partnerdesk.core.document_language import DOCUMENT_LANGUAGES

    return [(language, form_headings(language)) for language in DOCUMENT_LANGUAGES]


class QuestionChoice(StrEnum):
    """Which questions go on a request's form (``--questions`` on the command line)."""

    HARD = "hard"  # the three hard questions
    SHORTLIST = "shortlist"  # those picked for the next conversation (the hard ones if none)
    OPEN = "open"  # every question with no answer from them yet
    ALL = "all"  # every question of the bank


@dataclass(frozen=True)
class FormQuestion:
    number: int
    key: str
    text: str
    # A hint printed under the question (the profile's own prompt); never our coaching.
    hint: str = ""


@dataclass(frozen=True)
class FormTopic:
    title: str
    questions: tuple[FormQuestion, ...]


@dataclass(frozen=True)
class FormContent:
    """What a form says, in order: everything the Word writer needs."""

    title: str
    introduction: tuple[str, ...]
    topics: tuple[FormTopic, ...]
    our_organization: str
    prepared_on: date
    # Filled in already (a profile form sent back for more): key -> text.
    answers: Mapping[str, str] = field(default_factory=dict)

    @property
    def question_count(self) -> int:
        return sum(len(topic.questions) for topic in self.topics)

    def own_words(self) -> list[str]:
        """The form's own text outside its tables — title, "prepared by" line (any date),
        introduction, topic titles — known as ours when the form comes back."""
        by = f"{self.our_organization}, " if self.our_organization else ""
        return [
            self.title,
            f"{by}{ANY_DATE}",
            *self.introduction,
            *(topic.title for topic in self.topics),
        ]


@dataclass(frozen=True)
class FormRow:
    """One row of a returned form, as read: where it is, its cells' text."""

    where: str  # "table 2, row 4", for the user
    number: str
    question: str
    answer: str
    table: int = 0


class AnswerStatus(StrEnum):
    NEW = "new"  # nothing stored yet
    CHANGED = "changed"  # differs from what is stored
    SAME = "same"  # what is stored already


@dataclass(frozen=True)
class ReadAnswer:
    key: str
    question: str  # the question as we ask it now
    number: int
    theirs: str  # from the form
    ours: str  # stored
    status: AnswerStatus


@dataclass(frozen=True)
class UnmatchedRow:
    where: str
    text: str  # what the row says, shortened for a line
    reason: str


@dataclass(frozen=True)
class FormReading:
    """A returned form compared with what is stored, before anything is changed."""

    answers: tuple[ReadAnswer, ...]
    unmatched: tuple[UnmatchedRow, ...]

    @property
    def new(self) -> tuple[ReadAnswer, ...]:
        return tuple(a for a in self.answers if a.status is AnswerStatus.NEW)

    @property
    def changed(self) -> tuple[ReadAnswer, ...]:
        return tuple(a for a in self.answers if a.status is AnswerStatus.CHANGED)

    @property
    def read(self) -> int:
        return len(self.answers) + len(self.unmatched)

    def summary(self) -> str:
        """``N answers read: A new, C changed, U unmatched`` (a command line contract), in
        the reader's language: the window shows it too (issue 21). Each count has its own
        plural form, as the words agree with it in Spanish ("1 nueva", "2 nuevas")."""
        return translate("forms", "{answers}: {new}, {changed}, {unmatched}").format(
            answers=forms.tr("%n answer(s) read", "", self.read),
            new=forms.tr("%n new", "", len(self.new)),
            changed=forms.tr("%n changed", "", len(self.changed)),
            unmatched=forms.tr("%n unmatched", "", len(self.unmatched)),
        )

    def to_write(self, take_theirs: set[str] | None = None) -> dict[str, str]:
        """The answers to store: every new one, and the changed ones whose key is in
        ``take_theirs`` (all changed ones when it is None)."""
        chosen: dict[str, str] = {}
        for answer in self.answers:
            if answer.status is AnswerStatus.NEW or (
                answer.status is AnswerStatus.CHANGED
                and (take_theirs is None or answer.key in take_theirs)
            ):
                chosen[answer.key] = answer.theirs
        return chosen


def tidy(text: str) -> str:
    """Text as compared: spaces and line ends tidied, blank lines at the ends gone."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def wording_likeness(first: str, second: str) -> float:
    """0 to 1: how alike two questions read, case, punctuation and spacing aside."""
    return SequenceMatcher(None, _words(first), _words(second), autojunk=False).ratio()


_NUMBER = re.compile(r"^\s*(?:no\.?|q|#)?\s*(\d{1,6})\s*[.):]?\s*$", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,6})\s*[.)]\s+")


def row_number(row: FormRow) -> int | None:
    """The row's question number: its number cell, or a number leading its question."""
    found = _NUMBER.match(row.number)
    if found:
        return int(found.group(1))
    if not row.number.strip():
        leading = _LEADING_NUMBER.match(row.question)
        if leading:
            return int(leading.group(1))
    return None


def is_heading_row(row: FormRow, language: str | None = None) -> bool:
    """A table's heading row, in ``language`` (None: in any language forms are written in)."""
    if language is None:
        headings = [words for _language, words in every_form_languages()]
    else:
        headings = [form_headings(language)]
    return any(
        row.question.strip().casefold() == question.casefold()
        and row.answer.strip().casefold() in (answer.casefold(), "")
        for _number, question, answer in headings
    )


def _short(text: str, length: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def _likeness(text: str, question: FormQuestion) -> float:
    """How alike a row's question is to ours, printed with its hint or without."""
    alone = wording_likeness(text, question.text)
    if not question.hint:
        return alone
    return max(alone, wording_likeness(text, f"{question.text} {question.hint}"))


def _best_by_wording(
    text: str, questions: Sequence[FormQuestion], numbered: FormQuestion | None = None
) -> tuple[FormQuestion | None, bool]:
    """The question ``text`` clearly reads like (or None), and whether ``numbered`` (the
    question of the row's number) reads at least as much like it as any other."""
    scored = sorted(
        ((_likeness(text, question), question) for question in questions),
        key=lambda pair: pair[0],
        reverse=True,
    )
    if not scored:
        return None, False
    best_score, best = scored[0]
    numbered_is_best = numbered is not None and any(
        question.key == numbered.key for score, question in scored if score >= best_score
    )
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    # Two questions alike enough to be confused: better unmatched than given to the wrong one.
    if best_score < WORDING_CUTOFF or best_score - runner_up < WORDING_LEAD:
        return None, numbered_is_best
    return best, numbered_is_best


def match_rows(
    rows: Sequence[FormRow],
    questions: Sequence[FormQuestion],
    stored: Mapping[str, str],
    loose: Sequence[tuple[str, str]] = (),
    ours_outside: Sequence[str] = (),
    clean: Callable[[str, str], str] | None = None,
) -> FormReading:
    """Which question each row answers, and how each answer compares with ``stored``.

    ``questions`` are every question a row may answer (a form may come back long after the
    shortlist changed). Rows with an empty answer are skipped: a blank never erases what
    is stored. A row added under an answer, with no number and no question, continues
    that answer. A question answered in two rows takes the first with an answer; the
    other is unmatched. A row whose number and wording point to different questions goes
    to the one it clearly reads like, or stays unmatched when none does.
    ``loose`` is text written outside the tables (where, text): unmatched, unless it is
    one of ``ours_outside`` (the form's own headings and introduction; ``ANY_DATE`` in one
    stands for whatever date it was written with). ``clean`` (key,
    text) gives an answer as it would be stored, to compare like with like.
    """
    by_number = {question.number: question for question in questions}
    found: dict[str, tuple[FormQuestion, list[str]]] = {}
    unmatched: list[UnmatchedRow] = []
    seen: dict[str, str] = {}
    last: tuple[int, str] | None = None  # (table, key) of the row matched last
    for row in rows:
        if is_heading_row(row):
            continue
        theirs = tidy(row.answer)
        question_text = _LEADING_NUMBER.sub("", tidy(row.question))
        number = row_number(row)
        if number is None and not question_text and last is not None and last[0] == row.table:
            if theirs:
                found[last[1]][1].append(theirs)
            continue
        last = None
        match: FormQuestion | None = None
        numbered = by_number.get(number) if number is not None else None
        disagree = False
        if numbered is not None and not question_text:
            match = numbered
        elif question_text:
            by_wording, numbered_is_best = _best_by_wording(question_text, questions, numbered)
            if numbered is not None and numbered_is_best:
                match = numbered
            else:
                match = by_wording
                disagree = numbered is not None and by_wording is None
        if match is not None and (match.key not in seen or (theirs and not found[match.key][1])):
            # A question's first row wins, unless it was left blank and this one is not.
            seen[match.key] = row.where
            found[match.key] = (match, [theirs] if theirs else [])
            last = (row.table, match.key)
            continue
        if not theirs:
            continue  # an empty row of no use: nothing to lose
        shown = _short(question_text or theirs)
        if disagree and numbered is not None:
            reason = translate(
                "ReadingForms",
                "its number is that of question {number}, but its wording reads like "
                "another question",
            ).format(number=numbered.number)
        elif match is None:
            reason = (
                translate("ReadingForms", "no question of ours reads like it")
                if question_text
                else translate("ReadingForms", "it has no question beside it")
            )
        else:
            reason = translate(
                "ReadingForms", "question {number} is answered already in {where}"
            ).format(number=match.number, where=seen[match.key])
        unmatched.append(UnmatchedRow(row.where, shown, reason))
    known = [
        re.compile(re.escape(tidy(text).casefold()).replace(re.escape(ANY_DATE), _DATE))
        for text in ours_outside
    ]
    for where, text in loose:
        if tidy(text) and not any(line.fullmatch(tidy(text).casefold()) for line in known):
            unmatched.append(
                UnmatchedRow(
                    where,
                    _short(text),
                    translate("ReadingForms", "it is written outside the tables"),
                )
            )
    answers: list[ReadAnswer] = []
    for key, (question, texts) in found.items():
        theirs = "\n".join(texts)
        if clean is not None:
            theirs = tidy(clean(key, theirs))
        if not theirs:
            continue
        ours = tidy(stored.get(key, ""))
        if not ours:
            status = AnswerStatus.NEW
        elif ours == theirs:
            status = AnswerStatus.SAME
        else:
            status = AnswerStatus.CHANGED
        answers.append(ReadAnswer(key, question.text, question.number, theirs, ours, status))
    answers.sort(key=lambda answer: answer.number)
    return FormReading(tuple(answers), tuple(unmatched))
