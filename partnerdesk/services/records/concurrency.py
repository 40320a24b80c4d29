"""Two staff, one record: a save made over someone else's newer save is refused, and the
refusal says field by field what their version holds and what this one would write.

Each editor's form carries the ``row_version`` it was loaded at. The stored row's
version moves on with every save (SQLAlchemy's version counter), so a difference means
someone else saved in between.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, fields, replace
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate
from partnerdesk.store.errors import ChangedElsewhereError, Difference, TrashedElsewhereError
from partnerdesk.store.models import Contact, Organization, utc_now

if TYPE_CHECKING:
    from partnerdesk.store.database import Database

Form = TypeVar("Form")
Saved = TypeVar("Saved")
# A form field marked so is shown in the editor but never written from it (a request's
# stage moves on the board): it tells what a colleague changed meanwhile.
SHOWN_ONLY: dict[str, bool] = {"shown_only": True}
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
    if form.row_version is not None and (
        record.row_version != form.row_version or getattr(record, "deleted_at", None)
    ):
        # Also when the version matches: an edit is never saved into the Trash unseen
        # (an editor is modal, so a record trashed meanwhile was trashed by someone else).
        raise refusal(session, what, record, form, load_stored())
    record.updated_at = utc_now()


def refusal(session: Session, what: str, record: Any, mine: Any, theirs: Any) -> Exception:
    """Why a save of ``mine`` over ``record`` (stored as ``theirs``) was refused.

    A record a colleague moved to the Trash is said to be there, not merely "changed",
    so the user is offered to bring it back rather than to save into the Trash.
    """
    if getattr(record, "deleted_at", None) is not None:
        return TrashedElsewhereError(what, theirs)
    return ChangedElsewhereError(what, differences(session, theirs, mine), theirs)


def save_or_explain(
    database: Database,
    what: str,
    mine: Any,
    save: Callable[[Session], Saved],
    load_stored: Callable[[Session], tuple[Any, Any]] | None,
) -> Saved:
    """Run ``save`` in a transaction of its own; when it overlapped a colleague's save
    (both read the same version, theirs was written first), say field by field what
    their version holds, as for any other refused save.

    The store only knows that the row moved on under this save; ``load_stored`` reads
    (record, form) as stored now, in a transaction after the refused one.
    """
    try:
        with database.session() as session:
            return save(session)
    except ChangedElsewhereError as error:
        if error.theirs is not None or load_stored is None:
            raise
        with database.session() as session:
            record, theirs = load_stored(session)
            explained = refusal(session, what, record, mine, theirs)
        raise explained from error


def checked_again_if_overlapped(work: Callable[[], Saved]) -> Saved:
    """Run ``work`` (a use case that checks what the user was shown); if it overlapped a
    colleague's save (the store saw the row move on under it, with nothing to show), run
    it once more: its check then sees their save, and refuses naming what they changed,
    or finds nothing in the way and writes."""
    try:
        return work()
    except ChangedElsewhereError as error:
        if error.theirs is not None or error.differences:
            raise
    return work()


def differences(session: Session, theirs: Any, mine: Any) -> list[Difference]:
    """Each field where their stored version and this save differ, in words.

    A field shown but never written from the form (``SHOWN_ONLY``) holds what this user
    saw, so a difference there is always the colleague's doing, and is named first.
    """
    found = []
    for item in sorted(fields(mine), key=lambda item: not _shown_only(item)):
        if item.name == "row_version":
            continue
        their_value, my_value = getattr(theirs, item.name), getattr(mine, item.name)
        if their_value != my_value:
            found.append(
                Difference(
                    _field_words(item.name),
                    _value_words(session, item.name, their_value),
                    _value_words(session, item.name, my_value),
                    name=item.name,
                )
            )
    return found


def _shown_only(item: Field[Any]) -> bool:
    return bool(item.metadata.get("shown_only"))


def written_fields(form: Any) -> list[str]:
    """The form's fields that a save writes (not its version, not what is only shown)."""
    return [
        item.name for item in fields(form) if item.name != "row_version" and not _shown_only(item)
    ]


def as_loaded(edited: Form, loaded: object | None) -> Form:
    """The editor's result, carrying what it was loaded with: the version, and the fields
    it shows without editing them (so a colleague's change to them can be named)."""
    carried: dict[str, Any] = {"row_version": getattr(loaded, "row_version", None)}
    if loaded is not None:
        for item in fields(edited):  # type: ignore[arg-type]
            if _shown_only(item):
                carried[item.name] = getattr(loaded, item.name)
    return replace(edited, **carried)  # type: ignore[type-var]


def mark_own_changes(error: ChangedElsewhereError, loaded: object | None) -> ChangedElsewhereError:
    """The refusal again, telling the colleague's changes from this user's own.

    ``loaded`` is the form as the editor opened on it: a field where their stored value
    is still the loaded one was changed by this user only.
    """
    theirs = error.theirs
    if loaded is None or theirs is None or type(error) is not ChangedElsewhereError:
        return error
    marked = [
        replace(
            difference,
            theirs_changed=getattr(theirs, difference.name, None)
            != getattr(loaded, difference.name, None)
            if difference.name
            else None,
        )
        for difference in error.differences
    ]
    return ChangedElsewhereError(error.what, marked, theirs, part=error.part)


# Each form field by the name its editor shows ("They changed: mission"): English keeps the
# field's own name, other languages say the editor's label (tests/services/records/
# test_changed_elsewhere_words.py checks every form's fields are here).
FIELD_WORDS = {
    # Organizations
    "name": QT_TRANSLATE_NOOP("ChangedFields", "name"),
    "kind": QT_TRANSLATE_NOOP("ChangedFields", "kind"),
    "mission": QT_TRANSLATE_NOOP("ChangedFields", "mission"),
    "values_statement": QT_TRANSLATE_NOOP("ChangedFields", "values statement"),
    "values_demonstrated": QT_TRANSLATE_NOOP("ChangedFields", "values demonstrated"),
    "website": QT_TRANSLATE_NOOP("ChangedFields", "website"),
    "service_area": QT_TRANSLATE_NOOP("ChangedFields", "service area"),
    "years_active_in_community": QT_TRANSLATE_NOOP("ChangedFields", "years active in community"),
    "first_contact_on": QT_TRANSLATE_NOOP("ChangedFields", "first contact on"),
    "notes": QT_TRANSLATE_NOOP("ChangedFields", "notes"),
    "tags": QT_TRANSLATE_NOOP("ChangedFields", "tags"),
    "is_ours": QT_TRANSLATE_NOOP("ChangedFields", "is ours"),
    "nonprofit_limits": QT_TRANSLATE_NOOP("ChangedFields", "nonprofit limits"),
    # Contacts
    "full_name": QT_TRANSLATE_NOOP("ChangedFields", "full name"),
    "given_name": QT_TRANSLATE_NOOP("ChangedFields", "given name"),
    "family_name": QT_TRANSLATE_NOOP("ChangedFields", "family name"),
    "organization_id": QT_TRANSLATE_NOOP("ChangedFields", "organization"),
    "role_title": QT_TRANSLATE_NOOP("ChangedFields", "role title"),
    "emails": QT_TRANSLATE_NOOP("ChangedFields", "emails"),
    "phones": QT_TRANSLATE_NOOP("ChangedFields", "phones"),
    "is_key_leader": QT_TRANSLATE_NOOP("ChangedFields", "is key leader"),
    "is_decision_maker": QT_TRANSLATE_NOOP("ChangedFields", "is decision maker"),
    "background": QT_TRANSLATE_NOOP("ChangedFields", "background"),
    "preferred_contact_method": QT_TRANSLATE_NOOP("ChangedFields", "preferred contact method"),
    # Outreach notes
    "happened_on": QT_TRANSLATE_NOOP("ChangedFields", "happened on"),
    "subject": QT_TRANSLATE_NOOP("ChangedFields", "subject"),
    "summary": QT_TRANSLATE_NOOP("ChangedFields", "summary"),
    "participant_ids": QT_TRANSLATE_NOOP("ChangedFields", "participants"),
    "follow_up_action": QT_TRANSLATE_NOOP("ChangedFields", "follow up action"),
    "follow_up_due": QT_TRANSLATE_NOOP("ChangedFields", "follow up due"),
    "follow_up_done": QT_TRANSLATE_NOOP("ChangedFields", "follow up done"),
    # Requests, and the decision on one
    "title": QT_TRANSLATE_NOOP("ChangedFields", "title"),
    "contact_id": QT_TRANSLATE_NOOP("ChangedFields", "contact"),
    "received_on": QT_TRANSLATE_NOOP("ChangedFields", "received on"),
    "ask": QT_TRANSLATE_NOOP("ChangedFields", "ask"),
    "stated_purpose": QT_TRANSLATE_NOOP("ChangedFields", "stated purpose"),
    "community_need": QT_TRANSLATE_NOOP("ChangedFields", "community need"),
    "funding_source": QT_TRANSLATE_NOOP("ChangedFields", "funding source"),
    "funding_ends_on": QT_TRANSLATE_NOOP("ChangedFields", "funding ends on"),
    "plan_when_funding_ends": QT_TRANSLATE_NOOP("ChangedFields", "plan when funding ends"),
    "proposed_timeframe": QT_TRANSLATE_NOOP("ChangedFields", "proposed timeframe"),
    "participation_offered": QT_TRANSLATE_NOOP("ChangedFields", "participation offered"),
    "participation_wanted": QT_TRANSLATE_NOOP("ChangedFields", "participation wanted"),
    "stage": QT_TRANSLATE_NOOP("ChangedFields", "stage"),
    "decision": QT_TRANSLATE_NOOP("ChangedFields", "decision"),
    "reasons": QT_TRANSLATE_NOOP("ChangedFields", "reasons"),
    "conditions": QT_TRANSLATE_NOOP("ChangedFields", "conditions"),
    # Vetting answers
    "their_answer": QT_TRANSLATE_NOOP("ChangedFields", "their answer"),
    "our_evidence": QT_TRANSLATE_NOOP("ChangedFields", "our evidence"),
    "rating": QT_TRANSLATE_NOOP("ChangedFields", "rating"),
    "asked_by": QT_TRANSLATE_NOOP("ChangedFields", "asked by"),
    "asked_on": QT_TRANSLATE_NOOP("ChangedFields", "asked on"),
    "values_shown": QT_TRANSLATE_NOOP("ChangedFields", "values shown"),
    # Check-up ratings
    "statement_id": QT_TRANSLATE_NOOP("ChangedFields", "statement"),
    "score": QT_TRANSLATE_NOOP("ChangedFields", "score"),
    "comment": QT_TRANSLATE_NOOP("ChangedFields", "comment"),
}


def _field_words(name: str) -> str:
    if name in FIELD_WORDS:
        return translate("ChangedFields", FIELD_WORDS[name])
    for suffix in ("_ids", "_id"):
        if name.endswith(suffix):
            name = name[: -len(suffix)] + ("s" if suffix == "_ids" else "")
    return name.replace("_", " ")


def _value_words(session: Session, name: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return translate("ChangedFields", "(empty)")
    if name == "organization_id":
        found = session.scalar(select(Organization.name).where(Organization.id == value))
        return found or translate("ChangedFields", "(removed)")
    if name in ("contact_id", "participant_ids"):
        ids = value if isinstance(value, list) else [value]
        names = session.scalars(select(Contact.full_name).where(Contact.id.in_(ids))).all()
        return ", ".join(sorted(names)) or translate("ChangedFields", "(removed)")
    if isinstance(value, bool):
        return translate("ChangedFields", "yes") if value else translate("ChangedFields", "no")
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(str(part) for part in value)
    text = " ".join(str(value).split())
    return text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 1] + "…"
