"""The window's pages in a scroll area that scrolls only when the page shown does not fit.

At 150% or 200% scaling a laptop's 1280×800 screen is 853×533 or 640×400 points: a page
that needs more room than that scrolls as a whole, and its buttons stay reachable, rather
than being squeezed until they are cut off or pushed out of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class PageStackWidget(QStackedWidget):
    """The pages, as large as the page shown needs (not the largest page made so far)."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else QSize()


class PageScroller(QScrollArea):
    """Gives its page all the room there is, and never less than the page's minimum.

    Not QScrollArea's "widget resizable": for a page with word-wrapped text it takes the
    page's preferred height as the least it needs, and scrolls pages that would fit.
    """

    def __init__(self, pages: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-scroller")
        self.setWidget(pages)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page takes Tab, not the scroller
        pages.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()  # another page shown, or the page's needs changed
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        pages = self.widget()
        if pages is None:
            return
        need = pages.minimumSizeHint()
        # The room with no scroll bars; a scroll bar (where the page does not fit) takes
        # some of the room the other way.
        room = self.maximumViewportSize()
        bar_width = self.verticalScrollBar().sizeHint().width()
        bar_height = self.horizontalScrollBar().sizeHint().height()
        width, height = room.width(), room.height()
        if need.height() > height:
            width -= bar_width
        if need.width() > width:
            height -= bar_height
            if need.height() > height and need.height() <= room.height():
                width -= bar_width
        size = QSize(max(width, need.width()), max(height, need.height()))
        if pages.size() != size:
            pages.resize(size)
