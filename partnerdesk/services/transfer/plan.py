"""The plan of an import (what each row of the file would become) and its results.

Kept apart from the service so the writer, the undo and the UI can share these types.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from partnerdesk.core.translation import translate
from partnerdesk.imports.contact_files import FileDetection
from partnerdesk.imports.contact_rows import ContactCandidate
from partnerdesk.imports.csv_mapping import ContactField
from partnerdesk.services.changes import Changes


class RowStatus(StrEnum):
    NEW = "new"
    MERGE = "merge"  # an e-mail matches: "will merge"
    POSSIBLE_DUPLICATE = "possible duplicate"  # a (very) similar name at the same organization
    SKIPPED = "skipped"


class Decision(StrEnum):
    """What the caller wants done with a row (mainly a possible duplicate)."""

    MERGE = "merge"
    ADD_NEW = "new"
    SKIP = "skip"


@dataclass(frozen=True)
class PlanRow:
    number: int
    where: str  # "row 7" or "card 3", as the user counts them in the file
    status: RowStatus
    candidate: ContactCandidate | None = None
    reason: str = ""  # why it is skipped, or why it may be a duplicate
    target_contact_id: int | None = None  # the stored contact it would merge into
    target_row: int | None = None  # or the earlier row of this file it repeats
    target_name: str = ""
    default_decision: Decision = Decision.ADD_NEW


@dataclass(frozen=True)
class ImportCounts:
    new: int = 0
    merged: int = 0
    skipped: int = 0

    def line(self) -> str:
        """The counts in the reader's language; in English exactly ``english_line`` (a
        contract: docs/command-line.md, scripts read it)."""
        return translate("ImportCounts", "{new} new, {merged} merged, {skipped} skipped").format(
            new=self.new, merged=self.merged, skipped=self.skipped
        )

    def english_line(self) -> str:
        """As the import's history stores it, whatever the language of the day."""
        return f"{self.new} new, {self.merged} merged, {self.skipped} skipped"


def where_in_file(unit: str, number: int) -> str:
    """Where a contact is in its file, as the user counts: "row 7" (CSV), "card 3" (vCard)."""
    if unit == "card":
        return translate("ContactImport", "card {number}").format(number=number)
    return translate("ContactImport", "row {number}").format(number=number)


@dataclass
class ImportPlan:
    """What importing one file would do; pass it (with any decisions) to apply_import."""

    path: Path
    detection: FileDetection
    rows: list[PlanRow]
    mapping: dict[str, ContactField] = field(default_factory=dict)
    unit: str = "row"  # what the file holds one contact per: "row" or "card"
    # {header: what it became} for the CSV columns read, and the columns holding data
    # that PartnerDesk left out (told to the user, never lost in silence).
    columns: dict[str, str] = field(default_factory=dict)
    unmapped_columns: list[str] = field(default_factory=list)

    @property
    def file_format(self) -> str:
        return self.detection.file_format

    def decision_for(self, row: PlanRow, decisions: Mapping[int, Decision] | None) -> Decision:
        if row.status is RowStatus.SKIPPED:
            return Decision.SKIP
        chosen = (decisions or {}).get(row.number)
        return Decision(chosen) if chosen is not None else row.default_decision

    def counts(self, decisions: Mapping[int, Decision] | None = None) -> ImportCounts:
        """The summary apply_import would give with these decisions (rows that repeat an
        earlier row which is itself skipped are still counted as merged here)."""
        chosen = [self.decision_for(row, decisions) for row in self.rows]
        return ImportCounts(
            new=chosen.count(Decision.ADD_NEW),
            merged=chosen.count(Decision.MERGE),
            skipped=chosen.count(Decision.SKIP),
        )

    @property
    def skipped_rows(self) -> list[PlanRow]:
        return [row for row in self.rows if row.status is RowStatus.SKIPPED]

    @property
    def warnings(self) -> list[str]:
        """What was left out of rows that are imported, each with its row or card."""
        return [
            f"{row.where}: {warning}"
            for row in self.rows
            if row.candidate is not None and row.status is not RowStatus.SKIPPED
            for warning in row.candidate.warnings
        ]


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    counts: ImportCounts
    organizations_created: int
    changes: Changes


@dataclass(frozen=True)
class ImportSummary:
    id: int
    file_name: str
    file_format: str
    imported_at: datetime
    undone_at: datetime | None
    counts: ImportCounts
