"""Reading hand-editable YAML data files with errors that name the line to fix.

Shipped data (the partner-profile prompts, and any later file like them) is YAML so a person
can read and change it, which also means a person can break it. A :class:`DataFileReader`
*composes* the file into YAML nodes, which carry their position, and reads each value from
its node, so every problem is a :class:`DataFileError` saying "file, line N: what is wrong"
in plain words. Only plain text, lists and mappings are accepted: no YAML tag can build a
Python object.

This module imports PyYAML, so import it only when a file is actually read (start-up must
not pay for YAML).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

# Ids become keys in the database and answers are kept under them, so they stay short and
# plain: "serve.mission", "trust.01".
ID_PATTERN = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")
ID_MAX_LENGTH = 120

# libyaml's composer, where PyYAML was built with it, reads the shipped question bank in
# about 2.5 ms instead of 30 ms (PyYAML's pure-Python one). The nodes are the same; only its
# words for a broken file differ, so a file it refuses is read again by the pure-Python one,
# whose words _YAML_PROBLEMS translates.
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A mapping's fields by name: (key node, value node), so both positions stay known.
Fields = dict[str, tuple[yaml.Node, yaml.Node]]

_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_BOOL_TAG = "tag:yaml.org,2002:bool"
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


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


class DataFileError(ValueError):
    """A data file cannot be used; the message says where and why, in plain words."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = path.name if line is None else f"{path.name}, line {line}"
        super().__init__(f"{where}: {problem}")


class DataFileReader:
    """Walks the YAML nodes of one file, raising on the first problem found.

    ``error`` builds the exception raised from (path, line, problem), usually a
    :class:`DataFileError` subclass; ``document`` names the file's content in messages
    ("the profile prompts").
    """

    def __init__(
        self, path: Path, error: Callable[[Path, int | None, str], Exception], document: str
    ) -> None:
        self.path = path
        self.error = error
        self.document = document

    def fail(self, line: int | None, problem: str) -> Exception:
        return self.error(self.path, line, problem)

    def compose(self, should_hold: str) -> yaml.Node:
        """The file's root node; ``should_hold`` says what an empty file is missing."""
        try:
            raw = self.path.read_bytes()
        except OSError as error:
            raise self.fail(None, f"{self.document} cannot be opened ({error.strerror}).") from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise self.fail(line, "this line is not UTF-8 text. Save the file as UTF-8.") from None
        try:
            root = yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            root = self._compose_slowly(text)  # it raises, saying where and why
        if root is None:
            raise self.fail(1, f"the file is empty; it should list {should_hold}.")
        return root

    def _compose_slowly(self, text: str) -> yaml.Node | None:
        """Compose with PyYAML's pure-Python loader, whose complaints say where and why."""
        try:
            return yaml.compose(text, Loader=yaml.SafeLoader)
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

    def mapping(self, node: yaml.Node, what: str, allowed: tuple[str, ...]) -> Fields:
        """The named fields of a mapping node; unknown or repeated names are typos."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(
                line_of(node), f"{what} should be a set of fields ({', '.join(allowed)})."
            )
        fields: Fields = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            if key not in allowed:
                raise self.fail(
                    line_of(key_node),
                    f"{what} has a field '{key:.40}' that PartnerDesk does not know; the fields "
                    f"are: {', '.join(allowed)}.",
                )
            if key in fields:
                first = line_of(fields[key][0])
                raise self.fail(
                    line_of(key_node), f"{what} gives '{key}' twice (first on line {first})."
                )
            fields[key] = (key_node, value_node)
        return fields

    def text(self, owner: yaml.Node, fields: Fields, name: str, what: str) -> str:
        """A required, non-empty text field; missing ones are reported at their owner."""
        if name not in fields:
            raise self.fail(line_of(owner), f"{what} has no {name}.")
        key_node, value = fields[name]
        if not isinstance(value, yaml.ScalarNode):
            kind = "a list" if isinstance(value, yaml.SequenceNode) else "a set of fields"
            raise self.fail(line_of(value), f"the {name} of {what} should be text, not {kind}.")
        if value.tag == _NULL_TAG:  # "text:" with nothing after it
            raise self.fail(line_of(key_node), f"{what} has no {name}.")
        if value.tag != _STR_TAG:
            kind = _TAG_WORDS.get(value.tag.rpartition(":")[2], f"of the kind {value.tag}")
            raise self.fail(
                line_of(value),
                f"the {name} of {what} should be text, but it is {kind}. "
                "Put it in quotes if it is meant as text.",
            )
        text: str = value.value.strip()  # a str-tagged scalar holds text
        if not text:
            raise self.fail(line_of(key_node), f"{what} has no {name}.")
        return text

    def flag(self, fields: Fields, name: str, what: str, default: bool) -> bool:
        """An optional yes/no field (``true`` or ``false``)."""
        if name not in fields:
            return default
        value = fields[name][1]
        if not (isinstance(value, yaml.ScalarNode) and value.tag == _BOOL_TAG):
            raise self.fail(
                line_of(value), f"the {name} of {what} should be true or false (no quotes)."
            )
        return value.value.lower() in ("true", "yes", "on")

    def identifier(self, node: yaml.Node, fields: Fields, what: str) -> str:
        identifier = self.text(node, fields, "id", what)
        if len(identifier) > ID_MAX_LENGTH or not ID_PATTERN.fullmatch(identifier):
            raise self.fail(
                line_of(fields["id"][1]),
                f"the id '{identifier:.60}' should be short and use only lowercase letters, "
                "digits, dots and hyphens (for example 'data.ownership').",
            )
        return identifier

    def check_unique(
        self, first_line: dict[str, int], identifier: str, node: yaml.Node, kind: str
    ) -> None:
        if identifier in first_line:
            raise self.fail(
                line_of(node),
                f"the {kind} id '{identifier}' is used twice (first on line "
                f"{first_line[identifier]}).",
            )
        first_line[identifier] = line_of(node)

    def version(self, root: yaml.Node, fields: Fields, supported: int) -> int:
        if "version" not in fields:
            raise self.fail(
                line_of(root), f"the file has no version (it should say version: {supported})."
            )
        value = fields["version"][1]
        shown = value.value if isinstance(value, yaml.ScalarNode) else "a list"
        if not (isinstance(value, yaml.ScalarNode) and value.value == str(supported)):
            raise self.fail(
                line_of(value),
                f"the version is '{shown:.20}', but this PartnerDesk reads version "
                f"{supported} of {self.document}.",
            )
        return supported

    def sequence(self, owner: yaml.Node, fields: Fields, name: str, what: str) -> list[yaml.Node]:
        """A required, non-empty list field."""
        if name not in fields:
            raise self.fail(line_of(owner), f"{what} has no {name}.")
        key_node, value = fields[name]
        if not isinstance(value, yaml.SequenceNode):
            raise self.fail(
                line_of(value), f"the {name} should be a list, each item starting with '- '."
            )
        if not value.value:
            raise self.fail(line_of(key_node), f"the list of {name} is empty.")
        return list(value.value)
