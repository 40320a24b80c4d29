"""Two staff, one record: a save made over someone else's newer save is refused, and the
refusal says field by field what their version holds and what this one would write.

Each editor's form carries the ``row_version`` it was loaded at. The stored row's
version moves on with every save (SQLAlchemy's version counter), so a difference means
someone else saved in between.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.store.errors import ChangedElsewhereError, Difference
from partnerdesk.store.models import Contact, Organization, utc_now

Form = TypeVar("Form")
# Long texts are cut in the message; the user reloads to read their version whole.
SHOWN_CHARACTERS = 80


def refuse_if_changed_elsewhere(
    session: Session,
    what: str,
    record: Any,
    form: Any,
    load_stored: Callable[[], Any],
) -> None:
    """Raise ChangedElsewhereError when ``record`` was saved since ``form`` was loaded.

    ``form.row_version`` None means a new record, or "keep mine" chosen on purpose.
    Saving also marks the record changed, so its version moves on even when only its
    e-mails, phones or participants changed (those live in other tables).
    """
    if form.row_version is not None and record.row_version != form.row_version:
        theirs = load_stored()
        raise ChangedElsewhereError(what, differences(session, theirs, form), theirs)
    record.updated_at = utc_now()


def differences(session: Session, theirs: Any, mine: Any) -> list[Difference]:
    found = []
    for item in fields(mine):
        if item.name == "row_version":
            continue
        their_value, my_value = getattr(theirs, item.name), getattr(mine, item.name)
        if their_value != my_value:
            found.append(
                Difference(
                    _field_words(item.name),
                    _value_words(session, item.name, their_value),
                    _value_words(session, item.name, my_value),
                )
            )
    return found


def _field_words(name: str) -> str:
    for suffix in ("_ids", "_id"):
        if name.endswith(suffix):
            name = name[: -len(suffix)] + ("s" if suffix == "_ids" else "")
    return name.replace("_", " ")


def _value_words(session: Session, name: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(empty)"
    if name == "organization_id":
        found = session.scalar(select(Organization.name).where(Organization.id == value))
        return found or "(removed)"
    if name in ("contact_id", "participant_ids"):
        ids = value if isinstance(value, list) else [value]
        names = session.scalars(select(Contact.full_name).where(Contact.id.in_(ids))).all()
        return ", ".join(sorted(names)) or "(removed)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(str(part) for part in value)
    text = " ".join(str(value).split())
    return text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 1] + "…"
