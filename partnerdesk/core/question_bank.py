"""The vetting question bank: loading and checking the shipped YAML file.

The bank is data (``resources/question_bank.yaml``), so a person can read and edit it. That
means it can be broken by hand, and the person who broke it needs to know where: every
problem is reported as a :class:`QuestionBankError` naming the file and the line.

To know lines, the file is *composed* into YAML nodes (which carry their position) rather
than loaded straight into dicts, and each value is read from its node. Only plain scalars,
lists and mappings are accepted, so no YAML tag can build a Python object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from partnerdesk.paths import resource

SUPPORTED_VERSION = 1
BANK_FILE_NAME = "question_bank.yaml"

_TOP_FIELDS = ("version", "categories", "questions")
_CATEGORY_FIELDS = ("id", "title", "help")
_QUESTION_FIELDS = ("id", "category", "text", "help", "source")
# Ids become keys in the database (120 characters at most) and answers are kept under them,
# so they stay short and plain: "data.ownership", "trust.01".
_ID_PATTERN = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")
_ID_MAX_LENGTH = 120

# A mapping's fields by name: (key node, value node), so both positions stay known.
_Fields = dict[str, tuple[yaml.Node, yaml.Node]]

_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_TAG_WORDS = {
    "int": "a number",
    "float": "a number",
    "bool": "a yes/no value",
    "timestamp": "a date",
}


# PyYAML's words for the usual hand-editing mistakes, and what to tell the person instead.
_YAML_PROBLEMS = (
    ("mapping values are not allowed", "a colon and a space inside text; put the text in quotes"),
    ("could not find expected ':'", "a line is missing the colon after its field name"),
    ("cannot start any token", "a tab or a character not allowed here; indent with spaces"),
    ("end of stream", "a quote or bracket opened here is never closed"),
    ("expected <block end>", "the indentation does not line up with the lines above"),
)


def _plain_yaml_problem(problem: str) -> str:
    for words, plain in _YAML_PROBLEMS:
        if words in problem:
            return plain
    return f"YAML says {problem or 'it cannot be read'}"


class QuestionBankError(ValueError):
    """The bank file cannot be used; the message says where and why, in plain words."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = path.name if line is None else f"{path.name}, line {line}"
        super().__init__(f"{where}: {problem}")


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


def default_bank_path() -> Path:
    return resource(BANK_FILE_NAME)


def load_question_bank(path: Path | None = None) -> QuestionBank:
    """Read and check a bank file (the shipped one by default)."""
    path = default_bank_path() if path is None else Path(path)
    return _Reader(path).read()


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


class _Reader:
    """Walks the YAML nodes of one file, raising on the first problem found."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, line: int | None, problem: str) -> QuestionBankError:
        return QuestionBankError(self.path, line, problem)

    def read(self) -> QuestionBank:
        root = self._compose()
        fields = self._mapping(root, "the question bank", _TOP_FIELDS)
        version = self._version(root, fields)
        categories = self._categories(root, fields)
        questions = self._questions(root, fields, {c.id for c in categories})
        return QuestionBank(version, tuple(categories), tuple(questions))

    def _compose(self) -> yaml.Node:
        try:
            raw = self.path.read_bytes()
        except OSError as error:
            raise self.fail(
                None, f"the question bank cannot be opened ({error.strerror})."
            ) from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise self.fail(line, "this line is not UTF-8 text. Save the file as UTF-8.") from None
        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as error:
            # A scanner error's context is where the broken piece starts (an unclosed quote,
            # a line with no colon), which is the line to fix; the problem comes later.
            scanning = isinstance(error, yaml.scanner.ScannerError) and error.context_mark
            mark = error.context_mark if scanning else error.problem_mark or error.context_mark
            line = mark.line + 1 if mark is not None else 1
            problem = _plain_yaml_problem(error.problem or error.context or "")
            raise self.fail(line, f"this is not valid YAML: {problem}.") from None
        except yaml.reader.ReaderError as error:
            line = text[: error.position].count("\n") + 1
            raise self.fail(line, "this line contains a character YAML cannot hold.") from None
        except yaml.YAMLError as error:  # Any other parser complaint, still with a line.
            raise self.fail(1, f"this is not valid YAML ({error}).") from None
        if root is None:
            raise self.fail(1, "the file is empty; it should list categories and questions.")
        return root

    def _mapping(self, node: yaml.Node, what: str, allowed: tuple[str, ...]) -> _Fields:
        """The named fields of a mapping node; unknown or repeated names are typos."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(
                _line(node), f"{what} should be a set of fields ({', '.join(allowed)})."
            )
        fields: _Fields = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            if key not in allowed:
                raise self.fail(
                    _line(key_node),
                    f"{what} has a field '{key:.40}' that PartnerDesk does not know; the fields "
                    f"are: {', '.join(allowed)}.",
                )
            if key in fields:
                first = _line(fields[key][0])
                raise self.fail(
                    _line(key_node), f"{what} gives '{key}' twice (first on line {first})."
                )
            fields[key] = (key_node, value_node)
        return fields

    def _text(
        self,
        owner: yaml.Node,
        fields: _Fields,
        name: str,
        what: str,
    ) -> str:
        """A required, non-empty text field; missing ones are reported at their owner."""
        if name not in fields:
            raise self.fail(_line(owner), f"{what} has no {name}.")
        key_node, value = fields[name]
        if not isinstance(value, yaml.ScalarNode):
            kind = "a list" if isinstance(value, yaml.SequenceNode) else "a set of fields"
            raise self.fail(_line(value), f"the {name} of {what} should be text, not {kind}.")
        if value.tag == _NULL_TAG:  # "text:" with nothing after it
            raise self.fail(_line(key_node), f"{what} has no {name}.")
        if value.tag != _STR_TAG:
            kind = _TAG_WORDS.get(value.tag.rpartition(":")[2], f"of the kind {value.tag}")
            raise self.fail(
                _line(value),
                f"the {name} of {what} should be text, but it is {kind}. "
                "Put it in quotes if it is meant as text.",
            )
        text = value.value.strip()
        if not text:
            raise self.fail(_line(key_node), f"{what} has no {name}.")
        return text

    def _id(self, node: yaml.Node, fields: _Fields, what: str) -> str:
        identifier = self._text(node, fields, "id", what)
        if len(identifier) > _ID_MAX_LENGTH or not _ID_PATTERN.fullmatch(identifier):
            raise self.fail(
                _line(fields["id"][1]),
                f"the id '{identifier:.60}' should be short and use only lowercase letters, "
                "digits, dots and hyphens (for example 'data.ownership').",
            )
        return identifier

    def _check_unique(
        self, first_line: dict[str, int], identifier: str, node: yaml.Node, kind: str
    ) -> None:
        if identifier in first_line:
            raise self.fail(
                _line(node),
                f"the {kind} id '{identifier}' is used twice (first on line "
                f"{first_line[identifier]}).",
            )
        first_line[identifier] = _line(node)

    def _version(self, root: yaml.Node, fields: _Fields) -> int:
        if "version" not in fields:
            raise self.fail(
                _line(root),
                f"the file has no version (it should say version: {SUPPORTED_VERSION}).",
            )
        value = fields["version"][1]
        shown = value.value if isinstance(value, yaml.ScalarNode) else "a list"
        if not (isinstance(value, yaml.ScalarNode) and value.value == str(SUPPORTED_VERSION)):
            raise self.fail(
                _line(value),
                f"the version is '{shown:.20}', but this PartnerDesk reads version "
                f"{SUPPORTED_VERSION} of the question bank.",
            )
        return SUPPORTED_VERSION

    def _list(self, root: yaml.Node, fields: _Fields, name: str) -> list[yaml.Node]:
        if name not in fields:
            raise self.fail(_line(root), f"the file has no {name}.")
        key_node, value = fields[name]
        if not isinstance(value, yaml.SequenceNode):
            raise self.fail(
                _line(value), f"the {name} should be a list, each item starting with '- '."
            )
        if not value.value:
            raise self.fail(_line(key_node), f"the list of {name} is empty.")
        return list(value.value)

    def _categories(self, root: yaml.Node, fields: _Fields) -> list[BankCategory]:
        categories: list[BankCategory] = []
        first_line: dict[str, int] = {}
        for node in self._list(root, fields, "categories"):
            item = self._mapping(node, "this category", _CATEGORY_FIELDS)
            identifier = self._id(node, item, "this category")
            what = f"the category '{identifier}'"
            self._check_unique(first_line, identifier, node, "category")
            categories.append(
                BankCategory(
                    id=identifier,
                    title=self._text(node, item, "title", what),
                    help=self._text(node, item, "help", what),
                )
            )
        return categories

    def _questions(
        self,
        root: yaml.Node,
        fields: _Fields,
        category_ids: set[str],
    ) -> list[BankQuestion]:
        questions: list[BankQuestion] = []
        first_line: dict[str, int] = {}
        for position, node in enumerate(self._list(root, fields, "questions")):
            item = self._mapping(node, "this question", _QUESTION_FIELDS)
            identifier = self._id(node, item, "this question")
            what = f"the question '{identifier}'"
            self._check_unique(first_line, identifier, node, "question")
            category = self._text(node, item, "category", what)
            if category not in category_ids:
                raise self.fail(
                    _line(item["category"][1]),
                    f"{what} belongs to the category '{category:.60}', which is not in the list "
                    f"of categories ({', '.join(sorted(category_ids))}).",
                )
            questions.append(
                BankQuestion(
                    id=identifier,
                    category=category,
                    text=self._text(node, item, "text", what),
                    help=self._text(node, item, "help", what),
                    source=self._text(node, item, "source", what),
                    position=position,
                )
            )
        return questions
