"""Each import is remembered, so it can be undone as a whole afterwards."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerdesk.store.column_types import UtcDateTime
from partnerdesk.store.models.base import Base, utc_now


class ImportBatch(Base):
    """One file imported at one time."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    file_format: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    merged_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")

    records: Mapped[list[ImportedRecord]] = relationship(
        back_populates="batch", cascade="all, delete-orphan"
    )


class ImportedRecord(Base):
    """A record an import created or merged into; merges keep what was there before."""

    __tablename__ = "imported_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    # "organization" or "contact"; "created" or "merged".
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    previous: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    batch: Mapped[ImportBatch] = relationship(back_populates="records")
