"""The choices beside a list's filter box: type and tag, key leaders, open follow-ups."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from partnerdesk.core.choices import OrganizationType
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.services.changes import RecordKind
from partnerdesk.services.records.listing import ListOptions

ALL_TYPES = QT_TRANSLATE_NOOP("list_narrowing", "All types")
ALL_TAGS = QT_TRANSLATE_NOOP("list_narrowing", "All tags")


class ListNarrowing(QWidget):
    changed = Signal()

    def __init__(
        self,
        kind: RecordKind,
        options: ListOptions,
        tags: Callable[[Callable[[list[str]], None]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = options
        self.tags_source = tags
        self.type_box: QComboBox | None = None
        self.tag_box: QComboBox | None = None
        self.check: QCheckBox | None = None
        self.tag_label = QLabel(self.tr("T&ag:"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if kind is RecordKind.ORGANIZATION:
            self.type_box = QComboBox()
            # A visible label, the box's buddy: Alt+Y reaches it and screen readers say it.
            type_label = QLabel(self.tr("T&ype:"))
            type_label.setBuddy(self.type_box)
            layout.addWidget(type_label)
            self.type_box.setAccessibleName(self.tr("Type"))
            self.type_box.addItem(QCoreApplication.translate("list_narrowing", ALL_TYPES), None)
            for choice in OrganizationType:
                self.type_box.addItem(choice.label, choice)
            self.type_box.currentIndexChanged.connect(self._type_chosen)
            layout.addWidget(self.type_box)
        # Tags are given to organizations (contacts have none to choose from yet).
        if kind is RecordKind.ORGANIZATION and tags is not None:
            self.tag_box = QComboBox()
            self.tag_label.setBuddy(self.tag_box)
            layout.addWidget(self.tag_label)
            self.tag_box.setAccessibleName(self.tr("Tag"))
            self.tag_box.addItem(QCoreApplication.translate("list_narrowing", ALL_TAGS), None)
            self.tag_box.currentIndexChanged.connect(self._tag_chosen)
            layout.addWidget(self.tag_box)
        if kind is RecordKind.CONTACT:
            self.check = QCheckBox(self.tr("Key leaders only"))
            self.check.toggled.connect(self._key_leaders)
            layout.addWidget(self.check)
        if kind is RecordKind.NOTE:
            self.check = QCheckBox(self.tr("Open follow-ups only"))
            self.check.toggled.connect(self._open_follow_ups)
            layout.addWidget(self.check)

    @property
    def is_narrowing(self) -> bool:
        o = self.options
        return bool(o.organization_type or o.tag or o.key_leaders_only or o.open_follow_ups_only)

    def refresh_choices(self) -> None:
        """Keep the tag list current without disturbing the user's choice.

        The tags are read off the GUI thread: ``tags_source`` hands them to ``show_tags``.
        """
        if self.tag_box is None or self.tags_source is None:
            return
        self.tags_source(self.show_tags)

    def show_tags(self, names: list[str]) -> None:
        if self.tag_box is None:
            return
        chosen = self.options.tag
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(QCoreApplication.translate("list_narrowing", ALL_TAGS), None)
        for name in names:
            self.tag_box.addItem(name, name)
        index = self.tag_box.findData(current) if current in names else 0
        self.tag_box.setCurrentIndex(index)
        self.options.tag = self.tag_box.currentData()
        self.tag_box.setVisible(bool(names))
        self.tag_label.setVisible(bool(names))
        self.tag_box.blockSignals(False)
        if self.options.tag != chosen:
            self.changed.emit()  # the chosen tag is gone: the list shows everything again

    def reset(self) -> None:
        for box in (self.type_box, self.tag_box):
            if box is not None:
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
        if self.check is not None:
            self.check.blockSignals(True)
            self.check.setChecked(False)
            self.check.blockSignals(False)
        self.options.organization_type = None
        self.options.tag = None
        self.options.key_leaders_only = False
        self.options.open_follow_ups_only = False

    def _type_chosen(self) -> None:
        assert self.type_box is not None
        self.options.organization_type = self.type_box.currentData()
        self.changed.emit()

    def _tag_chosen(self) -> None:
        assert self.tag_box is not None
        self.options.tag = self.tag_box.currentData()
        self.changed.emit()

    def _key_leaders(self, on: bool) -> None:
        self.options.key_leaders_only = on
        self.changed.emit()

    def _open_follow_ups(self, on: bool) -> None:
        self.options.open_follow_ups_only = on
        self.changed.emit()
