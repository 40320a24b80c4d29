"""The one place that wires PartnerDesk together: Qt application, store, main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from partnerdesk import process_tuning

# First, before anything imports PySide6: process_tuning.py says why and what it saves.
process_tuning.load_database_libraries_before_qt()

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from partnerdesk import APP_NAME, __version__
from partnerdesk.core.dates import use_document_locale
from partnerdesk.core.translation import current_language, translate
from partnerdesk.paths import DataLocation, resource
from partnerdesk.store.database import Database, open_database
from partnerdesk.ui.context import make_context
from partnerdesk.ui.dialogs import Dialogs
from partnerdesk.ui.language import chosen_language, use_language
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.startup import OpenInstead, lock_data_folder, open_with_recovery
from partnerdesk.ui.window_state import WindowState, open_settings

log = logging.getLogger(__name__)

READY_POLL_MS = 10
READY_TIMEOUT_MS = 20000


_QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message_to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # Qt's chatter belongs in the log file, not in front of the user.
    logging.getLogger("qt").log(_QT_LOG_LEVELS.get(kind, logging.WARNING), "%s", message)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(_qt_message_to_log)
    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName("partnerdesk")
    application = QApplication(argv if argv is not None else sys.argv[:1])
    # Dates in the Word documents follow the locale the system has (on Windows and macOS
    # the environment the command line reads it from holds none).
    use_document_locale(QLocale.system().name())
    icon_file = resource("icons", "partnerdesk.svg")
    if icon_file.exists():
        application.setWindowIcon(QIcon(str(icon_file)))
    return application


def build_main_window(database: Database, dialogs: Dialogs | None = None) -> MainWindow:
    """Everything the window needs, made here and passed in (ui/context.py)."""
    assert database.location.data_dir is not None
    window_state = WindowState(open_settings(database.location.data_dir))
    context = make_context(database, dialogs or Dialogs(), window_state)
    window = MainWindow(context)
    context.dialogs.parent = window
    context.tasks.parent_widget = window
    window.restore_window_state()
    return window


def _show_unexpected_errors(dialogs: Dialogs) -> None:
    """An error nobody caught is logged and explained; the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        dialogs.problem(
            QCoreApplication.translate("app", "Something went wrong"),
            QCoreApplication.translate(
                "app",
                "{APP_NAME} ran into an unexpected problem. Everything you "
                "had saved is safe. If it happens again, copy the details "
                "and send them to whoever helps you with PartnerDesk.",
            ).format(APP_NAME=APP_NAME),
            "".join(traceback.format_exception(kind, error, trace)),
        )

    sys.excepthook = hook


def run_gui(
    location: DataLocation,
    *,
    exit_when_ready: bool = False,
    dialogs: Dialogs | None = None,
    language: str | None = None,
) -> int:
    application = create_application()
    # Before the first dialog (a locked or damaged data file is explained at once).
    use_language(application, chosen_language(location.data_dir, language))
    dialogs = dialogs or Dialogs()
    _show_unexpected_errors(dialogs)
    next_location: DataLocation | None = location
    status = 1
    # The window may close to reopen on other data (a shared database, or this computer's
    # again): each round takes that data's lock and opens it as a fresh start would.
    try:
        while next_location is not None:
            status, next_location = _run_window(
                application, next_location, dialogs, exit_when_ready=exit_when_ready
            )
    finally:
        # If no window was ever painted (the program may go on).
        process_tuning.resume_after_start()
    return status


def _run_window(
    application: QApplication,
    location: DataLocation,
    dialogs: Dialogs,
    *,
    exit_when_ready: bool,
) -> tuple[int, DataLocation | None]:
    """Open ``location`` and run the window; returns the exit status and what to open next."""
    lock = lock_data_folder(location, dialogs)
    if lock is None:
        return 1, None
    try:
        opened = open_with_recovery(location, dialogs)
        if isinstance(opened, OpenInstead):
            return 0, opened.location
        if opened is None:
            return 1, None
        try:
            window = build_main_window(opened, dialogs)
            window.show()
            window.safety.check_in_background()
            # Only a real start greets: windows built by tests and the self-test never do.
            # It does not block, so --exit-when-ready quits as soon as the window is shown.
            window.help.welcome.show_if_first_start()
            # The Today page is read without the record models: they are declared and
            # configured once the window is painted (process_tuning.py, measure 3).
            after_first_paint(window, lambda: _after_the_start(window))
            if exit_when_ready:
                _quit_when_shown(window, application)
            status = application.exec()
            next_location = window.next_location
            _dispose(window)
            dialogs.parent = None  # the next window, if any, becomes their parent
            return status, next_location
        finally:
            opened.close()
    finally:
        lock.release()


class _FirstPaint(QObject):
    """Runs ``then`` once the widget has been painted for the first time."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After the paint has finished, not in the middle of it.
            QTimer.singleShot(0, self.then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Run ``then`` once ``widget`` has been painted; filters added later run first."""
    _FirstPaint(widget, then)


def _after_the_start(window: MainWindow) -> None:
    """Once the window is painted: collect garbage again, ready the record models, then
    the request page's first opening (``MainWindow.get_ready_in_background``).

    Each step one event-loop turn after the last, so that what the user does in between
    is answered. A window already closed (``--exit-when-ready`` quits at its first paint)
    needs none of them.
    """
    process_tuning.resume_after_start()
    # Closing: --exit-when-ready closes at the first paint, and closeEvent hands over the
    # posted events (this among them) while the window is still visible. Declaring the
    # models then cost every such start ~0.1 s for nothing (issue 17's measure 3).
    if not window.isVisible() or window.closing:
        return
    process_tuning.declare_record_models()

    def configure() -> None:
        if window.isVisible():
            process_tuning.configure_record_models()
            QTimer.singleShot(0, window.get_ready_in_background)

    QTimer.singleShot(0, configure)


def _dispose(window: MainWindow) -> None:
    """Close what the window left open (the welcome, an editor) and delete it, so a window
    reopened on other data starts alone."""
    for dialog in window.findChildren(QDialog):
        dialog.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _quit_when_shown(window: MainWindow, application: QApplication) -> None:
    """Quit once the window is on screen and has painted its first page."""

    def quit_if_exposed() -> None:
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            window.close()
            application.exit(0)
        else:
            QTimer.singleShot(READY_POLL_MS, window, quit_if_exposed)

    def give_up() -> None:
        print("The window did not appear in time.", file=sys.stderr)
        application.exit(1)

    after_first_paint(window, quit_if_exposed)
    # Tied to the window: gone with it once it has closed.
    QTimer.singleShot(READY_TIMEOUT_MS, window, give_up)


def build_window_offscreen_check(location: DataLocation) -> None:
    """Used by ``partnerdesk self-test``: build and show the window without a screen.

    In the run's language (``--language es self-test`` checks the Spanish window and guide).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = create_application()
    use_language(application, current_language())
    database = open_database(location)
    try:
        window = build_main_window(database)
        window.show()
        application.processEvents()
        if not window.isVisible():
            raise RuntimeError(translate("SelfTest", "the main window did not show"))
        guide = window.help.show_guide()
        # The guide's first heading in the language it is shown in ("Primeros pasos").
        if guide is None or translate("SelfTest", "Getting started") not in guide.text():
            raise RuntimeError(translate("SelfTest", "the user guide did not open"))
        guide.close()
        window.close()
        window.deleteLater()
        application.processEvents()
    finally:
        database.close()
