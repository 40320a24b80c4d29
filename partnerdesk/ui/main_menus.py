"""The main window's menus and toolbar, built in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from partnerdesk import APP_NAME
from partnerdesk.services.changes import Changes
from partnerdesk.ui.navigation import NAVIGATION

if TYPE_CHECKING:
    from partnerdesk.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], Any],
    shortcut: QKeySequence | str | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus_and_toolbar(window: MainWindow) -> None:
    """Menus with standard shortcuts, and the toolbar with the search box."""
    menus = window.menuBar()
    file_menu = menus.addMenu("&File")
    window.new_organization_action = _action(
        window, "&New organization…", window.add_organization, QKeySequence.StandardKey.New
    )
    window.load_sample_action = _action(window, "Load &sample data…", window.load_sample_data)
    file_menu.addAction(window.new_organization_action)
    window.our_profile_action = _action(
        window, "Our organization's &profile…", lambda: window.profiles.edit_our_profile()
    )
    file_menu.addAction(window.our_profile_action)
    file_menu.addAction(
        _action(window, "New &MOU from scratch…", lambda: window.mous.new_from_scratch())
    )
    file_menu.addSeparator()
    window.import_action = _action(
        window, "&Import contacts…", lambda: window.transfer.import_contacts(), "Ctrl+I"
    )
    window.export_action = _action(
        window, "&Export contacts…", lambda: window.transfer.export_contacts()
    )
    file_menu.addAction(window.import_action)
    file_menu.addAction(window.export_action)
    file_menu.addAction(
        _action(window, "Export MOU &review dates…", lambda: window.mous.export_review_calendar())
    )
    file_menu.addSeparator()
    window.back_up_action = _action(window, "&Back up now", window.safety.back_up_now)
    window.backups_action = _action(window, "Backups and &restore…", window.safety.show_backups)
    file_menu.addAction(window.back_up_action)
    file_menu.addAction(window.backups_action)
    file_menu.addAction(_action(window, "Export &everything…", window.safety.export_everything))
    file_menu.addAction(_action(window, "Import e&verything…", window.safety.import_everything))
    file_menu.addSeparator()
    file_menu.addAction(window.load_sample_action)
    file_menu.addSeparator()
    quit_action = _action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_action)

    edit_menu = menus.addMenu("&Edit")
    window.undo_action = window.trash_actions.undo_action
    window.delete_action = _action(
        window, "&Move to trash", window.trash_selection, QKeySequence.StandardKey.Delete
    )
    # Only while a list has focus: Delete in a text box must still delete text.
    window.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    find_action = _action(window, "&Find…", window.focus_search, QKeySequence.StandardKey.Find)
    edit_menu.addAction(window.undo_action)
    window.undo_import_action = _action(
        window, "Undo an &import…", lambda: window.transfer.undo_last_import()
    )
    edit_menu.addAction(window.undo_import_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.delete_action)
    edit_menu.addAction(find_action)

    view_menu = menus.addMenu("&View")
    for number, (key, title) in enumerate(NAVIGATION, start=1):
        view_menu.addAction(
            _action(window, title, lambda key=key: window.show_page(key), f"Ctrl+{number}")
        )
    view_menu.addSeparator()
    view_menu.addAction(
        _action(window, "&Refresh", lambda: window.refresh_views(Changes.everything()), "F5")
    )

    settings_menu = menus.addMenu("&Settings")
    window.where_action = _action(window, "&Where is my data?", window.safety.show_locations)
    settings_menu.addAction(window.where_action)
    window.backup_folder_action = _action(
        window, "&Backup folder…", window.safety.choose_backup_folder
    )
    settings_menu.addAction(window.backup_folder_action)
    window.letterhead_action = _action(
        window, "&Letterhead for Word documents…", lambda: window.letterhead.choose()
    )
    settings_menu.addAction(window.letterhead_action)
    settings_menu.addSeparator()
    window.shared_database_action = _action(
        window, "Use a &shared database…", lambda: window.shared.show_dialog()
    )
    settings_menu.addAction(window.shared_database_action)

    help_menu = menus.addMenu("&Help")
    window.guide_action = _action(
        window, "&User guide", window.help.show_guide, QKeySequence.StandardKey.HelpContents
    )
    help_menu.addAction(window.guide_action)
    window.welcome_action = _action(window, "&Welcome…", window.help.show_welcome)
    help_menu.addAction(window.welcome_action)
    help_menu.addAction(_action(window, "Load &sample data…", window.load_sample_data))
    help_menu.addSeparator()
    window.about_action = _action(window, f"&About {APP_NAME}", window.help.show_about)
    about = window.about_action
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)

    toolbar = QToolBar("Main toolbar")
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    spacer = QWidget()
    spacer.setSizePolicy(
        spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
    )
    toolbar.addWidget(spacer)
    toolbar.addWidget(window.search_box)
    window.addToolBar(toolbar)
    # The toolbar's overflow button (shown when the window is narrow) has no name of its own.
    overflow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if overflow is not None:
        overflow.setAccessibleName("More of the toolbar")
