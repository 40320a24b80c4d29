"""The main window's menus and toolbar, declared as data and installed by the window.

Each entry names its action (``window.menu_actions[key]``), its text, shortcut and what
it does, as a function of the window: the controller behind it is made only when the
action is first used. A new menu entry is one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar, QToolBar, QToolButton, QWidget

from partnerdesk import APP_NAME
from partnerdesk.core.translation import QT_TRANSLATE_NOOP
from partnerdesk.ui.navigation import NAVIGATION, SHORTCUT_NUMBER

if TYPE_CHECKING:
    from partnerdesk.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    does: Callable[[MainWindow], Any]
    shortcut: Shortcut | None = None
    role: QAction.MenuRole | None = None
    # WidgetWithChildrenShortcut: only while a widget the action is added to has focus.
    context: Qt.ShortcutContext | None = None
    # The texts are marked here (QT_TRANSLATE_NOOP) and translated when the menus are made.
    text_context: str = "main_menus"


# A controller's own action (its text follows what it would undo), placed like the others.
@dataclass(frozen=True)
class ProvidedAction:
    key: str
    action: Callable[[MainWindow], QAction]


def _show_page(key: str) -> Callable[[MainWindow], None]:
    return lambda window: window.show_page(key)


SEPARATOR = None
MenuEntry = ActionSpec | ProvidedAction | None

LOAD_SAMPLE = ActionSpec(
    "load_sample",
    QT_TRANSLATE_NOOP("main_menus", "Load &sample data…"),
    lambda w: w.load_sample_data(),
)

MENUS: list[tuple[str, list[MenuEntry]]] = [
    (
        QT_TRANSLATE_NOOP("main_menus", "&File"),
        [
            ActionSpec(
                "new_organization",
                QT_TRANSLATE_NOOP("main_menus", "&New organization…"),
                lambda w: w.add_organization(),
                QKeySequence.StandardKey.New,
            ),
            ActionSpec(
                "our_profile",
                QT_TRANSLATE_NOOP("main_menus", "Our organization's &profile…"),
                lambda w: w.profiles.edit_our_profile(),
            ),
            ActionSpec(
                "new_mou",
                QT_TRANSLATE_NOOP("main_menus", "New &MOU from scratch…"),
                lambda w: w.mous.new_from_scratch(),
            ),
            ActionSpec(
                "profile_form",
                QT_TRANSLATE_NOOP("main_menus", "Blank pro&file form for an organization…"),
                lambda w: w.forms.export_profile_form(),
            ),
            ActionSpec(
                "read_profile_form",
                QT_TRANSLATE_NOOP("main_menus", "Read a filled-in profile f&orm…"),
                lambda w: w.forms.read_profile_form(),
            ),
            SEPARATOR,
            ActionSpec(
                "import",
                QT_TRANSLATE_NOOP("main_menus", "&Import contacts…"),
                lambda w: w.transfer.import_contacts(),
                "Ctrl+I",
            ),
            ActionSpec(
                "export",
                QT_TRANSLATE_NOOP("main_menus", "&Export contacts…"),
                lambda w: w.transfer.export_contacts(),
            ),
            ActionSpec(
                "export_calendar",
                QT_TRANSLATE_NOOP("main_menus", "Export &calendar (.ics)…"),
                lambda w: w.calendar.export_calendar(),
            ),
            SEPARATOR,
            ActionSpec(
                "back_up",
                QT_TRANSLATE_NOOP("main_menus", "&Back up now"),
                lambda w: w.safety.back_up_now(),
            ),
            ActionSpec(
                "backups",
                QT_TRANSLATE_NOOP("main_menus", "Backups and &restore…"),
                lambda w: w.safety.show_backups(),
            ),
            ActionSpec(
                "export_everything",
                QT_TRANSLATE_NOOP("main_menus", "Export &everything…"),
                lambda w: w.safety.export_everything(),
            ),
            ActionSpec(
                "import_everything",
                QT_TRANSLATE_NOOP("main_menus", "Import e&verything…"),
                lambda w: w.safety.import_everything(),
            ),
            SEPARATOR,
            LOAD_SAMPLE,
            SEPARATOR,
            ActionSpec(
                "quit",
                QT_TRANSLATE_NOOP("main_menus", "&Quit"),
                lambda w: w.close(),
                QKeySequence.StandardKey.Quit,
                role=QAction.MenuRole.QuitRole,
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("main_menus", "&Edit"),
        [
            ProvidedAction("undo", lambda w: w.trash_actions.undo_action),
            ActionSpec(
                "undo_import",
                QT_TRANSLATE_NOOP("main_menus", "Undo an &import…"),
                lambda w: w.transfer.undo_last_import(),
            ),
            SEPARATOR,
            ActionSpec(
                "delete",
                QT_TRANSLATE_NOOP("main_menus", "&Move to trash"),
                lambda w: w.trash_selection(),
                QKeySequence.StandardKey.Delete,
                # Only while a list has focus: Delete in a text box must still delete text.
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            ),
            ActionSpec(
                "find",
                QT_TRANSLATE_NOOP("main_menus", "&Find…"),
                lambda w: w.focus_search(),
                QKeySequence.StandardKey.Find,
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("main_menus", "&View"),
        [
            *(
                ActionSpec(
                    f"show_{key}",
                    title,
                    _show_page(key),
                    f"Ctrl+{SHORTCUT_NUMBER[key]}",
                    text_context="navigation",
                )
                for key, title in NAVIGATION
            ),
            SEPARATOR,
            ActionSpec(
                "refresh",
                QT_TRANSLATE_NOOP("main_menus", "&Refresh"),
                lambda w: w.refresh_everything(),
                "F5",
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("main_menus", "&Settings"),
        [
            ActionSpec(
                "where",
                QT_TRANSLATE_NOOP("main_menus", "&Where is my data?"),
                lambda w: w.safety.show_locations(),
            ),
            ActionSpec(
                "backup_folder",
                QT_TRANSLATE_NOOP("main_menus", "&Backup folder…"),
                lambda w: w.safety.choose_backup_folder(),
            ),
            ActionSpec(
                "letterhead",
                QT_TRANSLATE_NOOP("main_menus", "&Letterhead for Word documents…"),
                lambda w: w.letterhead.choose(),
            ),
            ActionSpec(
                "language",
                QT_TRANSLATE_NOOP("main_menus", "La&nguage…"),
                lambda w: _choose_language(w),
            ),
            SEPARATOR,
            ActionSpec(
                "shared_database",
                QT_TRANSLATE_NOOP("main_menus", "Use a &shared database…"),
                lambda w: w.shared.show_dialog(),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("main_menus", "&Help"),
        [
            ActionSpec(
                "guide",
                QT_TRANSLATE_NOOP("main_menus", "&User guide"),
                lambda w: w.help.show_guide(),
                QKeySequence.StandardKey.HelpContents,
            ),
            ActionSpec(
                "welcome",
                QT_TRANSLATE_NOOP("main_menus", "&Welcome…"),
                lambda w: w.help.show_welcome(),
            ),
            LOAD_SAMPLE,
            SEPARATOR,
            ActionSpec(
                "about",
                QT_TRANSLATE_NOOP("main_menus", "&About {APP_NAME}"),
                lambda w: w.help.show_about(),
                role=QAction.MenuRole.AboutRole,
            ),
        ],
    ),
]


def _choose_language(window: MainWindow) -> None:
    from partnerdesk.core.translation import LANGUAGE_NAMES
    from partnerdesk.ui.language_dialog import choose_language, language_at_next_start

    choice = choose_language(window, window.context.settings)
    coming = language_at_next_start(choice) if choice else None
    if coming:
        window.operations.tell(
            QCoreApplication.translate(
                "LanguageDialog", "PartnerDesk will be in {language} from its next start."
            ).format(language=LANGUAGE_NAMES[coming])
        )


def _make_action(window: MainWindow, spec: ActionSpec) -> QAction:
    text = QCoreApplication.translate(spec.text_context, spec.text).format(APP_NAME=APP_NAME)
    action = QAction(text, window)
    if spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    if spec.role is not None:
        action.setMenuRole(spec.role)
    if spec.context is not None:
        action.setShortcutContext(spec.context)
    action.triggered.connect(lambda _checked=False: spec.does(window))
    return action


def install_menus(window: MainWindow, menu_bar: QMenuBar) -> dict[str, QAction]:
    """Make the menus of ``MENUS``; returns every action by key (one action per key, even
    where it is in two menus)."""
    actions: dict[str, QAction] = {}
    for title, entries in MENUS:
        menu = menu_bar.addMenu(QCoreApplication.translate("main_menus", title))
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            action = actions.get(entry.key)
            if action is None:
                if isinstance(entry, ProvidedAction):
                    action = entry.action(window)
                else:
                    action = _make_action(window, entry)
                actions[entry.key] = action
            menu.addAction(action)
    return actions


def install_toolbar(window: QMainWindow, search_box: QWidget) -> QToolBar:
    """The toolbar: the search box, on the right."""
    toolbar = QToolBar(QCoreApplication.translate("main_menus", "Main toolbar"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    spacer = QWidget()
    spacer.setSizePolicy(
        spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
    )
    toolbar.addWidget(spacer)
    toolbar.addWidget(search_box)
    window.addToolBar(toolbar)
    # The toolbar's overflow button (shown when the window is narrow) has no name of its own.
    overflow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if overflow is not None:
        overflow.setAccessibleName(QCoreApplication.translate("main_menus", "More of the toolbar"))
    return toolbar
