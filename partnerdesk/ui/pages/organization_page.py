"""One organization: what they stand for, their people, and our story with them."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.core.dates import friendly_date
from partnerdesk.core.translation import QT_TRANSLATE_NOOP, Messages
from partnerdesk.services.records.organization_overview import OrganizationOverview, PersonLine
from partnerdesk.services.records.timeline import TimelineEntry, TimelineKind
from partnerdesk.ui.colours import Tone, tone_span
from partnerdesk.ui.entry_list_model import EntryListModel, More
from partnerdesk.ui.rich_text_delegate import HTML_ROLE, TONE_ROLE, RichTextDelegate
from partnerdesk.ui.widgets import heading

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_WORDS = {
    TimelineKind.NOTE: QT_TRANSLATE_NOOP("organization_page", "Note"),
    TimelineKind.REQUEST: QT_TRANSLATE_NOOP("organization_page", "Request"),
    TimelineKind.DECISION: QT_TRANSLATE_NOOP("organization_page", "Decision"),
    TimelineKind.MOU: QT_TRANSLATE_NOOP("organization_page", "MOU"),
    TimelineKind.HISTORY: QT_TRANSLATE_NOOP("organization_page", "History"),
}


NO_TIMELINE = QT_TRANSLATE_NOOP(
    "organization_page", "Nothing here yet. Add a note after your next call or meeting."
)


def describe_timeline_entry(entry: TimelineEntry, _column: int, role: int) -> Any:
    """What the timeline shows for one entry, worked out only when the entry is drawn."""
    kind_word = entry.kind_label or QCoreApplication.translate(
        "organization_page", KIND_WORDS[entry.kind]
    )
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        first = f"{entry.when} · {kind_word} · {entry.title}"
        text = f"{first}\n{entry.details}" if entry.details else first
        if role == Qt.ItemDataRole.ToolTipRole:
            harm = (
                QCoreApplication.translate(
                    "organization_page", "\nThey have not acknowledged this harm."
                )
                if entry.needs_attention
                else ""
            )
            return text + harm
        return ("⚠ " if entry.needs_attention else "") + text
    if role == HTML_ROLE:
        # The title in the usual text colour, or a harm not acknowledged in its tone
        # (tokens the delegate turns into colours chosen against the palette).
        colour = "%%attention%%" if entry.needs_attention else "%%text%%"
        marker = "⚠ " if entry.needs_attention else ""
        # Always two lines, so the list can give every entry the height of the first
        # instead of measuring thousands of them.
        details = html.escape(entry.details) or "&nbsp;"
        return (
            f"<span style='color:{colour}'>{marker}<b>{html.escape(entry.title)}</b>"
            f" — {html.escape(entry.when)} · {html.escape(kind_word)}</span>"
            f"<br>{tone_span(Tone.MUTED, details)}"
        )
    if role == ENTRY_ROLE:
        return (entry.kind, entry.record_id)
    if role == TONE_ROLE and entry.needs_attention:
        return Tone.ATTENTION
    return None


def describe_person(person: PersonLine, _column: int, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        flags = [
            flag
            for flag, on in (
                (
                    QCoreApplication.translate("organization_page", "key leader"),
                    person.is_key_leader,
                ),
                (
                    QCoreApplication.translate(
                        "organization_page", "decides", "a person who makes the decisions"
                    ),
                    person.is_decision_maker,
                ),
            )
            if on
        ]
        role_title = person.role + (
            QCoreApplication.translate("organization_page", " (former)") if person.is_former else ""
        )
        details = " · ".join(part for part in (role_title, *flags, person.email) if part)
        return f"{person.name}\n{details}"  # two lines for everyone, as in the timeline
    if role == ENTRY_ROLE:
        return person.contact_id
    return None


def _about_html(overview: OrganizationOverview) -> str:
    form = overview.form
    rows = [
        (QCoreApplication.translate("organization_page", "Mission"), form.mission),
        (
            QCoreApplication.translate("organization_page", "Values statement"),
            form.values_statement,
        ),
        (
            QCoreApplication.translate("organization_page", "How they have shown their values"),
            form.values_demonstrated,
        ),
        (QCoreApplication.translate("organization_page", "Service area"), form.service_area),
        (
            QCoreApplication.translate("organization_page", "Years active in our community"),
            "" if form.years_active_in_community is None else str(form.years_active_in_community),
        ),
        (
            QCoreApplication.translate("organization_page", "First contact with us"),
            friendly_date(form.first_contact_on) if form.first_contact_on else "",
        ),
        (QCoreApplication.translate("organization_page", "Website"), form.website),
        (
            QCoreApplication.translate("organization_page", "Tags"),
            ", ".join(form.tags) or QCoreApplication.translate("organization_page", "None"),
        ),
        (QCoreApplication.translate("organization_page", "Notes"), form.notes),
    ]
    parts = []
    for title, value in rows:
        shown = (
            html.escape(value).replace("\n", "<br>")
            if value
            else QCoreApplication.translate("organization_page", "<i>Not written yet</i>")
        )
        parts.append(
            f"<h4 style='margin-bottom:2px'>{title}</h4><p style='margin-top:0'>{shown}</p>"
        )
    return "".join(parts)


# Plural forms (core/translation.py: the name is the context; English resolved there).
organization_page = Messages("organization_page")


class OrganizationPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal(int)
    new_note_requested = Signal(int)
    new_contact_requested = Signal(int)
    add_history_requested = Signal(int)
    profile_requested = Signal(int)
    open_contact = Signal(int)
    open_timeline_entry = Signal(object, int)  # TimelineKind, record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organization-page")
        self.organization_id = 0
        self.back_button = QPushButton(self.tr("← All organizations"))
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = heading("")
        self.subtitle = QLabel()
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Ed&it details…"))
        self.note_button = QPushButton(self.tr("New &note…"))
        self.contact_button = QPushButton(self.tr("New &contact…"))
        self.history_button = QPushButton(self.tr("Add past e&xperience…"))
        self.profile_button = QPushButton(self.tr("Partner p&rofile…"))
        self.profile_button.setToolTip(
            self.tr(
                "Whom they serve, what they do and why, what they bring, how they measure success"
            )
        )
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.organization_id))
        self.note_button.clicked.connect(lambda: self.new_note_requested.emit(self.organization_id))
        self.contact_button.clicked.connect(
            lambda: self.new_contact_requested.emit(self.organization_id)
        )
        self.history_button.clicked.connect(
            lambda: self.add_history_requested.emit(self.organization_id)
        )
        self.profile_button.clicked.connect(
            lambda: self.profile_requested.emit(self.organization_id)
        )

        self.timeline_model: EntryListModel[TimelineEntry] = EntryListModel(
            describe_timeline_entry, QCoreApplication.translate("organization_page", NO_TIMELINE)
        )
        self.timeline = QListView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline.setItemDelegate(RichTextDelegate(self.timeline))
        self.timeline.setUniformItemSizes(True)
        self.timeline.setSpacing(3)
        self.timeline.activated.connect(self._timeline_activated)
        self.people_model: EntryListModel[PersonLine] = EntryListModel(describe_person)
        self.people = QListView()
        self.people.setModel(self.people_model)
        self.people.setAccessibleName(self.tr("People"))
        self.people.setUniformItemSizes(True)
        self.people.activated.connect(lambda index: self.open_contact.emit(index.data(ENTRY_ROLE)))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_scroller = QScrollArea()
        about_scroller.setWidget(self.about)
        about_scroller.setWidgetResizable(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(about_scroller, self.tr("&About"))
        self.tabs.addTab(self.people, self.tr("&People"))

        buttons = QHBoxLayout()
        for button in (self.edit_button, self.note_button, self.contact_button):
            buttons.addWidget(button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.profile_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

    def show_overview(self, overview: OrganizationOverview, more: More | None = None) -> None:
        """Show an organization; ``more`` reads the older part of a long timeline."""
        # Read again (F5, a note saved): the entry chosen in each list stays chosen.
        again = overview.id == self.organization_id
        self.organization_id = overview.id
        form = overview.form
        self.title.setText(form.name + (self.tr("  (in the trash)") if overview.in_trash else ""))
        self.title.setAccessibleName(form.name)
        ours = self.tr(" · our organization") if form.is_ours else ""
        key_leaders = sum(1 for person in overview.people if person.is_key_leader)
        people = organization_page.tr("%Ln person(s)", "", len(overview.people))
        if key_leaders:
            people = organization_page.tr("{people}, %n key leader(s)", "", key_leaders).format(
                people=people
            )
        self.subtitle.setText(f"{form.kind.label}{ours} · {people}")
        _refill(
            self.timeline, lambda: self.timeline_model.set_entries(overview.timeline, more), again
        )
        _refill(self.people, lambda: self.people_model.set_entries(overview.people), again)
        self.tabs.setTabText(2, self.tr("&People ({count})").format(count=len(overview.people)))
        self.about.setText(_about_html(overview))

    def _timeline_activated(self, index: QModelIndex) -> None:
        data = index.data(ENTRY_ROLE)
        if data:
            kind, record_id = data
            self.open_timeline_entry.emit(kind, record_id)


def _refill(view: QListView, fill: Callable[[], None], keep: bool) -> None:
    """Refill a list; when it is read again (``keep``), choose again the entry that was
    chosen, so a keyboard user goes on from where they were, not from the top."""
    chosen = view.currentIndex().data(ENTRY_ROLE) if keep else None
    fill()
    if chosen is None:
        return
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ENTRY_ROLE) == chosen:
            view.setCurrentIndex(index)
            return
