"""The vetting question bank: loading and checking the shipped YAML file.

The bank is data (``resources/question_bank.yaml``), so a person can read and edit it. That
means it can be broken by hand, and the person who broke it needs to know where: every
problem is reported as a :class:`QuestionBankError` naming the file and the line (the
reading itself is ``core/yaml_reading.py``'s, shared with the other data files).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from partnerdesk.core.yaml_reading import DataFileError, DataFileReader, Fields, line_of
from partnerdesk.shipped_files import SOURCE_LANGUAGE, resource_in

SUPPORTED_VERSION = 1
BANK_FILE_NAME = "question_bank.yaml"

_TOP_FIELDS = ("version", "categories", "questions")
_CATEGORY_FIELDS = ("id", "title", "help")
_QUESTION_FIELDS = ("id", "category", "text", "help", "source")


class QuestionBankError(DataFileError):
    """The bank file cannot be used; the message says where and why, in plain words."""


@dataclass(frozen=True)
class BankCategory:
    """A group of questions, in the order the vetting screens show them."""

    id: str
    title: str
    help: str


@dataclass(frozen=True)
class BankQuestion:
    """One question to ask the requester; ``position`` is its place in the whole bank."""

    id: str
    category: str
    text: str
    help: str
    source: str
    position: int


@dataclass(frozen=True)
class QuestionBank:
    """The checked bank: categories and questions in the order they appear in the file."""

    version: int
    categories: tuple[BankCategory, ...]
    questions: tuple[BankQuestion, ...]
    _by_id: dict[str, BankQuestion] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {question.id: question for question in self.questions})

    def by_category(self) -> dict[str, list[BankQuestion]]:
        """Questions grouped by category id, categories in bank order (empty ones included)."""
        grouped: dict[str, list[BankQuestion]] = {category.id: [] for category in self.categories}
        for question in self.questions:
            grouped.setdefault(question.category, []).append(question)
        return grouped

    def get(self, question_id: str) -> BankQuestion | None:
        return self._by_id.get(question_id)

    def category(self, category_id: str) -> BankCategory | None:
        return next((c for c in self.categories if c.id == category_id), None)


def default_bank_path(language: str = SOURCE_LANGUAGE) -> Path:
    """The shipped bank in ``language`` (resources/question_bank.yaml for English,
    resources/LANG/question_bank.yaml for the others, with the same ids)."""
    return resource_in(language, BANK_FILE_NAME)


def load_question_bank(path: Path | None = None, language: str = SOURCE_LANGUAGE) -> QuestionBank:
    """Read and check a bank file (the shipped one in ``language`` by default)."""
    path = default_bank_path(language) if path is None else Path(path)
    return _Reader(path).read()


class _Reader(DataFileReader):
    """Walks the YAML nodes of one bank file, raising on the first problem found."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, QuestionBankError, "the question bank")

    def read(self) -> QuestionBank:
        root = self.compose("categories and questions")
        fields = self.mapping(root, "the question bank", _TOP_FIELDS)
        version = self.version(root, fields, SUPPORTED_VERSION)
        categories = self._categories(root, fields)
        questions = self._questions(root, fields, {c.id for c in categories})
        return QuestionBank(version, tuple(categories), tuple(questions))

    def _categories(self, root: yaml.Node, fields: Fields) -> list[BankCategory]:
        categories: list[BankCategory] = []
        first_line: dict[str, int] = {}
        for node in self.sequence(root, fields, "categories", "the file"):
            item = self.mapping(node, "this category", _CATEGORY_FIELDS)
            identifier = self.identifier(node, item, "this category")
            what = f"the category '{identifier}'"
            self.check_unique(first_line, identifier, node, "category")
            categories.append(
                BankCategory(
                    id=identifier,
                    title=self.text(node, item, "title", what),
                    help=self.text(node, item, "help", what),
                )
            )
        return categories

    def _questions(
        self,
        root: yaml.Node,
        fields: Fields,
        category_ids: set[str],
    ) -> list[BankQuestion]:
        questions: list[BankQuestion] = []
        first_line: dict[str, int] = {}
        for position, node in enumerate(self.sequence(root, fields, "questions", "the file")):
            item = self.mapping(node, "this question", _QUESTION_FIELDS)
            identifier = self.identifier(node, item, "this question")
            what = f"the question '{identifier}'"
            self.check_unique(first_line, identifier, node, "question")
            category = self.text(node, item, "category", what)
            if category not in category_ids:
                raise self.fail(
                    line_of(item["category"][1]),
                    f"{what} belongs to the category '{category:.60}', which is not in the list "
                    f"of categories ({', '.join(sorted(category_ids))}).",
                )
            questions.append(
                BankQuestion(
                    id=identifier,
                    category=category,
                    text=self.text(node, item, "text", what),
                    help=self.text(node, item, "help", what),
                    source=self.text(node, item, "source", what),
                    position=position,
                )
            )
        return questions
