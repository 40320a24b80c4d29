"""Partnership check-ups: statements both sides rate from 1 to 5, by domain.

A check-up is how the partnership is going, asked of each side: our staff rate the
statements in the app, the partner rates the same statements on a Word form we send them.
The statements are data (``resources/checkup_statements.yaml``) so they can be read,
adjusted and, later, kept per language under the same ids.

Everything here is plain arithmetic on ratings: a domain's score is the mean of the
statements rated in it (a statement left blank does not count as a low score), and a gap
"to talk about first" is a statement the two sides rated at least two steps apart.

PyYAML is imported only when the statements are first read, never at start-up.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

# Kept with the domain's other choices: the check-up model names it, and importing this
# module (statements, scores) while declaring the models slowed every start.
from partnerdesk.core.choices import CheckupSide as CheckupSide
from partnerdesk.core.text import clean_multiline
from partnerdesk.shipped_files import SOURCE_LANGUAGE, resource_in

if TYPE_CHECKING:
    import yaml

    from partnerdesk.core.yaml_reading import DataFileReader

SUPPORTED_VERSION = 1
STATEMENTS_FILE_NAME = "checkup_statements.yaml"
LOWEST_SCORE = 1
HIGHEST_SCORE = 5
# The rating scale, in the words both sides see: our staff in the app, the partner on the
# Word form (whose reading accepts these words back as the ratings they name).
SCALE_WORDS = {1: "not at all", 2: "a little", 3: "partly", 4: "mostly", 5: "fully"}


def scale_choice(score: int) -> str:
    """One step of the scale as a choice is labelled: "3 – partly"."""
    return f"{score} – {SCALE_WORDS[score]}"


def scale_in_words(joiner: str = " = ") -> str:
    """The whole scale in one line: "1 = not at all, 2 = a little, …, 5 = fully"."""
    return ", ".join(f"{score}{joiner}{word}" for score, word in SCALE_WORDS.items())


# Two steps apart (one side "4", the other "2") is a different view worth a conversation;
# one step apart is ordinary disagreement about a number.
GAP_TO_DISCUSS = 2

_TOP_FIELDS = ("version", "domains")
_DOMAIN_FIELDS = ("id", "title", "statements")
_STATEMENT_FIELDS = ("id", "text")


class CheckupStatementsError(ValueError):
    """The statements file cannot be used; ``str()`` is "file, line N: what is wrong"."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = path.name if line is None else f"{path.name}, line {line}"
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class CheckupStatement:
    id: str
    domain_id: str
    text: str


@dataclass(frozen=True)
class CheckupDomain:
    id: str
    title: str
    statements: tuple[CheckupStatement, ...]


@dataclass(frozen=True)
class CheckupStatements:
    """Every domain in order, and each statement found by its id."""

    version: int
    domains: tuple[CheckupDomain, ...]
    _statements: dict[str, CheckupStatement] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "_statements",
            {item.id: item for domain in self.domains for item in domain.statements},
        )

    def statement(self, statement_id: str) -> CheckupStatement | None:
        return self._statements.get(statement_id)

    def domain(self, domain_id: str) -> CheckupDomain | None:
        return next((domain for domain in self.domains if domain.id == domain_id), None)

    @property
    def statement_count(self) -> int:
        return len(self._statements)


@dataclass(frozen=True)
class StatementRating:
    """One side's answer to one statement: a score 1–5 (None: not rated) and a comment."""

    statement_id: str
    score: int | None
    comment: str = ""

    def __post_init__(self) -> None:
        if self.score is not None and not LOWEST_SCORE <= self.score <= HIGHEST_SCORE:
            raise ValueError(f"a rating is from {LOWEST_SCORE} to {HIGHEST_SCORE}")
        object.__setattr__(self, "comment", clean_multiline(self.comment))

    @property
    def is_empty(self) -> bool:
        return self.score is None and not self.comment


# A side's scores per domain id: the mean of its rated statements, None when none was rated.
DomainScores = Mapping[str, float | None]


@dataclass(frozen=True)
class CheckupScores:
    """One check-up as the trend chart and the reports see it."""

    checkup_id: int
    held_on: date
    ours: DomainScores
    theirs: DomainScores


@dataclass(frozen=True)
class StatementGap:
    """A statement the two sides see differently enough to talk about first."""

    statement: CheckupStatement
    ours: int
    theirs: int

    @property
    def size(self) -> int:
        return abs(self.ours - self.theirs)


def domain_scores(
    statements: CheckupStatements, ratings: Iterable[StatementRating]
) -> dict[str, float | None]:
    """Each domain's mean score, over the statements rated (None when none was)."""
    scores: dict[str, list[int]] = {domain.id: [] for domain in statements.domains}
    for rating in ratings:
        statement = statements.statement(rating.statement_id)
        if statement is not None and rating.score is not None:
            scores[statement.domain_id].append(rating.score)
    return {
        domain_id: (round(sum(given) / len(given), 2) if given else None)
        for domain_id, given in scores.items()
    }


def gaps_to_discuss(
    statements: CheckupStatements,
    ours: Iterable[StatementRating],
    theirs: Iterable[StatementRating],
) -> list[StatementGap]:
    """Statements rated by both sides at least ``GAP_TO_DISCUSS`` apart, widest first.

    Ties keep the statements' own order, so the list reads like the form.
    """
    their_scores = {rating.statement_id: rating.score for rating in theirs}
    order = {
        item.id: position
        for position, item in enumerate(
            item for domain in statements.domains for item in domain.statements
        )
    }
    gaps: list[StatementGap] = []
    for rating in ours:
        statement = statements.statement(rating.statement_id)
        their_score = their_scores.get(rating.statement_id)
        if statement is None or rating.score is None or their_score is None:
            continue
        if abs(rating.score - their_score) >= GAP_TO_DISCUSS:
            gaps.append(StatementGap(statement, rating.score, their_score))
    return sorted(gaps, key=lambda gap: (-gap.size, order[gap.statement.id]))


def describe_trend(
    statements: CheckupStatements,
    history: Sequence[CheckupScores],
    language: str = SOURCE_LANGUAGE,
    spelled_out: bool = False,
) -> str:
    """The trend in words: the chart's text alternative (screen readers, the Word picture).

    ``language``: the words' (document words "trend.…"); pass ``statements`` of the same
    language, so that the domains are named in it too. The dates are written as the
    chart's axis writes them (``chart_date``), so the words and the picture match;
    ``spelled_out``: as a document's running text writes them ("4 de diciembre de 2026"),
    for a caption under the picture.
    """
    from partnerdesk.core.dates import document_date
    from partnerdesk.core.document_language import chart_date, say, say_count, writing_in

    def written(day: date) -> str:
        return document_date(day) if spelled_out else chart_date(day, language)

    with writing_in(language):
        if not history:
            return say("trend.none")
        first, last = history[0], history[-1]
        lines = [
            say_count(
                "trend.span",
                len(history),
                first=written(first.held_on),
                last=written(last.held_on),
            )
        ]
        for domain in statements.domains:
            ours = _score_words(first.ours.get(domain.id), last.ours.get(domain.id))
            theirs = _score_words(first.theirs.get(domain.id), last.theirs.get(domain.id))
            lines.append(say("trend.domain", domain=domain.title, ours=ours, theirs=theirs))
        return "\n".join(lines)


def _score_words(first: float | None, last: float | None) -> str:
    from partnerdesk.core.document_language import say

    if last is None:
        return say("trend.not_rated")
    if first is None or first == last:
        return f"{last:g}"
    return say("trend.from_to", first=f"{first:g}", last=f"{last:g}")


def default_statements_path(language: str = SOURCE_LANGUAGE) -> Path:
    """The shipped statements in ``language`` (resources/[LANG/]checkup_statements.yaml)."""
    return resource_in(language, STATEMENTS_FILE_NAME)


@functools.cache
def shipped_statements(language: str = SOURCE_LANGUAGE) -> CheckupStatements:
    """The shipped statements in ``language``, read once per process."""
    return load_checkup_statements(language=language)


def load_checkup_statements(
    path: Path | None = None, language: str = SOURCE_LANGUAGE
) -> CheckupStatements:
    """Read and check a statements file (the shipped one in ``language`` by default)."""
    from partnerdesk.core.yaml_reading import DataFileReader

    path = default_statements_path(language) if path is None else Path(path)
    return _read(DataFileReader(path, CheckupStatementsError, "the check-up statements"))


def _read(reader: DataFileReader) -> CheckupStatements:
    root = reader.compose("the domains of the check-up and their statements")
    top = reader.mapping(root, "the check-up statements", _TOP_FIELDS)
    version = reader.version(root, top, SUPPORTED_VERSION)
    domain_lines: dict[str, int] = {}
    statement_lines: dict[str, int] = {}
    domains = tuple(
        _domain(reader, node, domain_lines, statement_lines)
        for node in reader.sequence(root, top, "domains", "the file")
    )
    return CheckupStatements(version, domains)


def _domain(
    reader: DataFileReader,
    node: yaml.Node,
    domain_lines: dict[str, int],
    statement_lines: dict[str, int],
) -> CheckupDomain:
    item = reader.mapping(node, "this domain", _DOMAIN_FIELDS)
    identifier = reader.identifier(node, item, "this domain")
    reader.check_unique(domain_lines, identifier, node, "domain")
    what = f"the domain '{identifier}'"
    statements: list[CheckupStatement] = []
    for statement_node in reader.sequence(node, item, "statements", what):
        fields = reader.mapping(statement_node, "this statement", _STATEMENT_FIELDS)
        statement_id = reader.identifier(statement_node, fields, "this statement")
        reader.check_unique(statement_lines, statement_id, statement_node, "statement")
        text = reader.text(statement_node, fields, "text", f"the statement '{statement_id}'")
        statements.append(CheckupStatement(statement_id, identifier, text))
    return CheckupDomain(identifier, reader.text(node, item, "title", what), tuple(statements))
