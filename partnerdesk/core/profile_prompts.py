"""The partner-profile prompts: the parts of a profile and the questions on each.

They are data (``resources/profile_prompts.yaml``), quoted from the seed documents, so a
person can read and adjust them. A hand-broken file is reported as a
:class:`ProfilePromptsError` naming the file and the line.

PyYAML is imported only inside :func:`load_profile_prompts`: the wizard, the export and the
services can use these classes without making start-up load YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from partnerdesk.core.text import clean_multiline, clean_single_line
from partnerdesk.shipped_files import SOURCE_LANGUAGE, resource_in

if TYPE_CHECKING:
    import yaml

    from partnerdesk.core.yaml_reading import DataFileReader

SUPPORTED_VERSION = 1
PROMPTS_FILE_NAME = "profile_prompts.yaml"
# A part's id is remembered as the profile's last page, a column of 80 characters.
PART_ID_MAX_LENGTH = 80

_TOP_FIELDS = ("version", "parts")
_PART_FIELDS = ("id", "title", "intro", "source", "fields")
_FIELD_FIELDS = ("id", "label", "help", "multiline", "source")


class ProfilePromptsError(ValueError):
    """The prompts file cannot be used; ``str()`` is "file, line N: what is wrong".

    The same shape as ``yaml_reading.DataFileError``, but defined here so that catching it
    does not import PyYAML.
    """

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = path.name if line is None else f"{path.name}, line {line}"
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class ProfileField:
    """One question of the profile; the answer is kept under ``id``."""

    id: str
    label: str
    help: str  # the seed's own prompt, shown beside the box
    multiline: bool
    source: str

    def clean(self, text: str) -> str:
        """The answer as it is stored: one tidy line, or tidy lines."""
        return clean_multiline(text) if self.multiline else clean_single_line(text)


@dataclass(frozen=True)
class ProfilePart:
    """One page of the wizard and one heading of the Word document."""

    id: str
    title: str
    intro: str
    source: str
    fields: tuple[ProfileField, ...]


@dataclass(frozen=True)
class ProfilePrompts:
    version: int
    parts: tuple[ProfilePart, ...]
    _fields: dict[str, ProfileField] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_fields", {item.id: item for part in self.parts for item in part.fields}
        )

    def part(self, part_id: str) -> ProfilePart | None:
        return next((part for part in self.parts if part.id == part_id), None)

    def field(self, field_id: str) -> ProfileField | None:
        return self._fields.get(field_id)

    @property
    def field_count(self) -> int:
        return len(self._fields)


def default_prompts_path(language: str = SOURCE_LANGUAGE) -> Path:
    """The shipped prompts in ``language`` (resources/[LANG/]profile_prompts.yaml)."""
    return resource_in(language, PROMPTS_FILE_NAME)


def load_profile_prompts(
    path: Path | None = None, language: str = SOURCE_LANGUAGE
) -> ProfilePrompts:
    """Read and check a prompts file (the shipped one by default)."""
    from partnerdesk.core.yaml_reading import DataFileReader

    path = default_prompts_path(language) if path is None else Path(path)
    return _read(DataFileReader(path, ProfilePromptsError, "the profile prompts"))


def _read(reader: DataFileReader) -> ProfilePrompts:
    root = reader.compose("the parts of the profile and their questions")
    top = reader.mapping(root, "the profile prompts", _TOP_FIELDS)
    version = reader.version(root, top, SUPPORTED_VERSION)
    parts: list[ProfilePart] = []
    part_lines: dict[str, int] = {}
    field_lines: dict[str, int] = {}
    for node in reader.sequence(root, top, "parts", "the file"):
        parts.append(_part(reader, node, part_lines, field_lines))
    return ProfilePrompts(version, tuple(parts))


def _part(
    reader: DataFileReader,
    node: yaml.Node,
    part_lines: dict[str, int],
    field_lines: dict[str, int],
) -> ProfilePart:
    from partnerdesk.core.yaml_reading import line_of

    item = reader.mapping(node, "this part", _PART_FIELDS)
    identifier = reader.identifier(node, item, "this part")
    if len(identifier) > PART_ID_MAX_LENGTH:
        raise reader.fail(
            line_of(item["id"][1]),
            f"the part id '{identifier:.40}…' is longer than {PART_ID_MAX_LENGTH} characters.",
        )
    reader.check_unique(part_lines, identifier, node, "part")
    what = f"the part '{identifier}'"
    source = reader.text(node, item, "source", what)
    fields = tuple(
        _field(reader, field_node, field_lines, source)
        for field_node in reader.sequence(node, item, "fields", what)
    )
    return ProfilePart(
        id=identifier,
        title=reader.text(node, item, "title", what),
        intro=reader.text(node, item, "intro", what),
        source=source,
        fields=fields,
    )


def _field(
    reader: DataFileReader,
    node: yaml.Node,
    field_lines: dict[str, int],
    part_source: str,
) -> ProfileField:
    item = reader.mapping(node, "this question", _FIELD_FIELDS)
    identifier = reader.identifier(node, item, "this question")
    reader.check_unique(field_lines, identifier, node, "question")
    what = f"the question '{identifier}'"
    return ProfileField(
        id=identifier,
        label=reader.text(node, item, "label", what),
        help=reader.text(node, item, "help", what),
        multiline=reader.flag(item, "multiline", what, default=True),
        # A question quoting another seed than its part's says so; most do not.
        source=reader.text(node, item, "source", what) if "source" in item else part_source,
    )
