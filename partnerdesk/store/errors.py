"""Problems with the store, each carrying a message a non-technical user can act on.

The refusals of a save made over someone else's are said in the window's language
(``translate``, listed in scripts/translations.py): one whole sentence per kind of record,
since Spanish changes the article and the pronoun with the noun.
"""

from dataclasses import dataclass

from partnerdesk.core.translation import QT_TRANSLATE_NOOP, translate


class StoreError(Exception):
    """Base for store problems; ``str(error)`` is written for the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer PartnerDesk than this one."""


class NotPartnerDeskDatabaseError(StoreError):
    """The file is not a PartnerDesk database (or not a database at all)."""


class DamagedDatabaseError(StoreError):
    """SQLite reports the file as damaged."""


class DatabaseUnavailableError(StoreError):
    """The database could not be reached (a shared server is down, a folder is read-only)."""


@dataclass(frozen=True)
class Difference:
    """One field that differs between someone else's saved version and this save."""

    field: str
    theirs: str
    mine: str
    # True: the colleague changed it; False: their saved value is what this user opened
    # too, so the difference is this user's own edit; None: not known.
    theirs_changed: bool | None = None
    # The form field's own name, to compare with what the editor was opened on.
    name: str = ""


# What was refused, by the ``what`` the services name the record with.
CHANGED_ELSEWHERE = {
    "organization": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this organization since you opened it, so your changes were "
        "not saved.",
    ),
    "contact": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this contact since you opened it, so your changes were not saved.",
    ),
    "note": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this note since you opened it, so your changes were not saved.",
    ),
    "request": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this request since you opened it, so your changes were not saved.",
    ),
    "answer": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this answer since you opened it, so your changes were not saved.",
    ),
    "rating": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this rating since you opened it, so your changes were not saved.",
    ),
    "partner profile": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this partner profile since you opened it, so your changes were "
        "not saved.",
    ),
    "results report": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this results report since you opened it, so your changes were "
        "not saved.",
    ),
    "record": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this record since you opened it, so your changes were not saved.",
    ),
}
# A part of a longer text ("part of the MOU (Purpose)"): the part is named in the sentence.
PART_CHANGED_ELSEWHERE = {
    "part of the MOU": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this part of the MOU ({part}) since you opened it, so your "
        "changes were not saved.",
    ),
    "part of the team charter": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else changed this part of the team charter ({part}) since you opened it, so "
        "your changes were not saved.",
    ),
}
TRASHED_ELSEWHERE = {
    "organization": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else moved this organization to the Trash while you were editing it, so "
        "your changes were not saved. You can restore it from the Trash with your changes, "
        "or leave it there.",
    ),
    "contact": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else moved this contact to the Trash while you were editing it, so your "
        "changes were not saved. You can restore it from the Trash with your changes, or "
        "leave it there.",
    ),
    "note": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else moved this note to the Trash while you were editing it, so your "
        "changes were not saved. You can restore it from the Trash with your changes, or "
        "leave it there.",
    ),
    "request": QT_TRANSLATE_NOOP(
        "ChangedElsewhere",
        "Someone else moved this request to the Trash while you were editing it, so your "
        "changes were not saved. You can restore it from the Trash with your changes, or "
        "leave it there.",
    ),
}


def _changed_sentence(what: str, part: str) -> str:
    for prefix, sentence in PART_CHANGED_ELSEWHERE.items():
        if part and what.startswith(prefix):
            return translate("ChangedElsewhere", sentence).format(part=part)
    if what in CHANGED_ELSEWHERE:
        return translate("ChangedElsewhere", CHANGED_ELSEWHERE[what])
    # A kind without its own sentence yet: said in English rather than half translated.
    return f"Someone else changed this {what} since you opened it, so your changes were not saved."


def _fields(names: list[str]) -> str:
    return ", ".join(names)


class ChangedElsewhereError(StoreError):
    """Someone else saved the record after this user opened it: nothing was saved.

    ``differences`` says, field by field, what their version holds and what this save
    would have written; ``theirs`` is their version as the editor's form, for "Reload".
    ``part``: the name of the part (a page of the MOU) when ``what`` names one, so that
    a question about it can be a whole sentence in another language.
    """

    def __init__(
        self,
        what: str,
        differences: list[Difference] | None = None,
        theirs: object = None,
        *,
        part: str = "",
    ) -> None:
        self.what = what
        self.differences = differences or []
        self.theirs = theirs
        self.part = part
        sentences = [
            _changed_sentence(what, part),
            *self._detail(),
            translate("ChangedElsewhere", "Reload to see their version, or keep yours."),
        ]
        super().__init__(" ".join(sentences))

    def _detail(self) -> list[str]:
        if all(item.theirs_changed is None for item in self.differences):
            # Not known which side changed what: every field that differs.
            changed = self.changed
            if not changed:
                return []
            return [
                translate("ChangedElsewhere", "Their version differs in: {fields}.").format(
                    fields=_fields(changed)
                )
            ]
        theirs = self.changed
        yours = [item.field for item in self.differences if item.theirs_changed is False]
        detail = []
        if theirs:
            detail.append(
                translate("ChangedElsewhere", "They changed: {fields}.").format(
                    fields=_fields(theirs)
                )
            )
        if yours:
            detail.append(
                translate("ChangedElsewhere", "Your own changes: {fields}.").format(
                    fields=_fields(yours)
                )
            )
        return detail

    @property
    def changed(self) -> list[str]:
        """The fields the colleague changed (not those known to be this user's own)."""
        return [item.field for item in self.differences if item.theirs_changed is not False]


class TrashedElsewhereError(ChangedElsewhereError):
    """Someone else moved the record to the Trash while this user was editing it.

    Nothing was saved; the user may bring it back from the Trash with their edit.
    ``theirs`` is the stored version (still in the Trash), with its row_version.
    """

    def __init__(self, what: str, theirs: object = None) -> None:
        self.what = what
        self.differences = []
        self.theirs = theirs
        self.part = ""
        sentence = TRASHED_ELSEWHERE.get(what)
        StoreError.__init__(
            self,
            translate("ChangedElsewhere", sentence)
            if sentence
            else f"Someone else moved this {what} to the Trash while you were editing it, so "
            "your changes were not saved. You can restore it from the Trash with your "
            "changes, or leave it there.",
        )
