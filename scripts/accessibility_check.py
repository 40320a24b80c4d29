#!/usr/bin/python3
"""Look at the running app the way a screen reader does, through the AT-SPI tree.

Run by ``scripts/accessibility-check.sh`` (which starts a private D-Bus session, Xvfb, the
accessibility bus and PartnerDesk on the sample data) with Debian's system Python, which
has ``pyatspi``. It opens each page from the "Sections" list by its Selection interface
(what assistive technology does, no mouse), then opens a request and an organization
from their lists and waits for their pages to fill in (they are read in the background),
each of their tabs too, and lists every button, field, list, table and tab that has no
name a screen reader could say. Exit 0 when there are none.
"""

from __future__ import annotations

import sys
import time

import pyatspi

CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "password text",
    "combo box",
    "spin button",
    "list",
    "table",
    "tree",
    "tree table",
    "page tab",
    "link",
    "slider",
}
NODES_AT_MOST = 4000


def find_app(name: str, seconds: float = 40) -> pyatspi.Accessible:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and name in (app.name or "").lower():
                return app
        time.sleep(0.5)
    raise SystemExit(f"No application called {name!r} appeared on the accessibility bus.")


def walk(node: pyatspi.Accessible, found: list[pyatspi.Accessible]) -> None:
    if len(found) >= NODES_AT_MOST:
        return
    found.append(node)
    try:
        count = node.childCount
    except Exception:
        return
    # Big lists and tables: their rows are data, not controls; the first few are enough.
    for index in range(min(count, 60)):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            walk(child, found)


def showing(node: pyatspi.Accessible) -> bool:
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def path_of(node: pyatspi.Accessible) -> str:
    parts = []
    while node is not None and len(parts) < 5:
        try:
            parts.append(f"{node.getRoleName()} {node.name!r}")
            node = node.parent
        except Exception:
            break
    return " in ".join(parts)


def unnamed_controls(app: pyatspi.Accessible) -> list[str]:
    found: list[pyatspi.Accessible] = []
    walk(app, found)
    return [
        path_of(node)
        for node in found
        if showing(node) and node.getRoleName() in CONTROLS and not (node.name or "").strip()
    ]


def sections_list(app: pyatspi.Accessible) -> pyatspi.Accessible:
    found: list[pyatspi.Accessible] = []
    walk(app, found)
    for node in found:
        if node.getRoleName() == "list" and node.name == "Sections":
            return node
    raise SystemExit("The main window has no list named 'Sections'.")


def shown_nodes(app: pyatspi.Accessible) -> list[pyatspi.Accessible]:
    found: list[pyatspi.Accessible] = []
    walk(app, found)
    return [node for node in found if showing(node)]


def find_shown(
    app: pyatspi.Accessible, role: str, name: str, seconds: float = 0
) -> pyatspi.Accessible | None:
    """The control shown with this role and name; waits up to ``seconds`` for it to appear
    (as a screen reader user waits for a page read in the background to fill in)."""
    until = time.monotonic() + seconds
    while True:
        for node in shown_nodes(app):
            if node.getRoleName() == role and node.name == name:
                return node
        if time.monotonic() >= until:
            return None
        time.sleep(0.25)


def close_welcome(app: pyatspi.Accessible) -> None:
    """The first start greets the user; they press its button before anything else."""
    button = find_shown(app, "push button", "Start using PartnerDesk", seconds=5)
    if button is not None:
        button.queryAction().doAction(0)
        time.sleep(0.5)


def open_first_row(app: pyatspi.Accessible, table_name: str) -> bool:
    """Open the first record of a list by a double-click on its first cell (the cells'
    only action is Toggle, which selects), as assistive technology's mouse routing does."""
    table = find_shown(app, "table", table_name, seconds=5)
    if table is None:
        return False
    cell = table.queryTable().getAccessibleAt(0, 0)
    if cell is None:
        return False
    x, y, width, height = cell.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(x + width // 2, y + height // 2, "b1d")
    return True


def choose_tab(app: pyatspi.Accessible, name: str) -> bool:
    """Choose the tab whose name starts so ("People" is "People (3)")."""
    tab = next(
        (
            node
            for node in shown_nodes(app)
            if node.getRoleName() == "page tab" and (node.name or "").startswith(name)
        ),
        None,
    )
    if tab is None:
        return False
    parent = tab.parent
    parent.querySelection().selectChild(tab.getIndexInParent())
    time.sleep(0.5)
    return True


# The record pages, read in the background after Enter or a double-click: the section
# (list) they open from, its table, a control that shows once the page has filled in,
# and the page's tabs.
RECORD_PAGES = [
    ("Requests", "Requests", ("tree", "Questions to ask"), ["Capacity matrix"]),
    ("Organizations", "Organizations", ("list", "Timeline"), ["About", "People"]),
]


def check_record_pages(
    app: pyatspi.Accessible, pages: pyatspi.Accessible, names: list[str]
) -> dict[str, str]:
    problems: dict[str, str] = {}
    for section, table, (role, filled), tabs in RECORD_PAGES:
        where = f"a record opened from {section}"
        pages.querySelection().selectChild(names.index(section))
        time.sleep(1.0)
        if not open_first_row(app, table):
            problems[f"{section}: no record to open in the list {table!r}"] = where
            continue
        if find_shown(app, role, filled, seconds=15) is None:
            problems[f"{section}: the record's page did not fill in ({role} {filled!r})"] = where
            continue
        if "-v" in sys.argv:
            shown = [n.name for n in shown_nodes(app) if n.getRoleName() == "push button"]
            print(where, shown)
        for problem in unnamed_controls(app):
            problems.setdefault(problem, where)
        for tab in tabs:
            if not choose_tab(app, tab):
                problems[f"{section}: the record's page has no tab {tab!r}"] = where
                continue
            for problem in unnamed_controls(app):
                problems.setdefault(problem, f"{where}, tab {tab}")
    return problems


def main() -> int:
    app = find_app("partnerdesk")
    time.sleep(2)  # the window fills in after its first paint
    # The welcome, shown at the first start, is looked at too before it is closed.
    problems: dict[str, str] = dict.fromkeys(unnamed_controls(app), "the welcome")
    close_welcome(app)
    pages = sections_list(app)
    names = [pages.getChildAtIndex(i).name for i in range(pages.childCount)]
    for index, page in enumerate(names):
        pages.querySelection().selectChild(index)
        time.sleep(1.0)
        found: list[pyatspi.Accessible] = []
        walk(app, found)
        buttons = [n.name for n in found if showing(n) and n.getRoleName() == "push button"]
        if "-v" in sys.argv:
            print(page, buttons)
        # Each list page offers its "New …" button: proof the page really opened.
        singular = {"Organizations": "organization", "Contacts": "contact", "Notes": "note"}
        if page in singular and f"New {singular[page]}…" not in buttons:
            problems[f"{page}: the page did not open when chosen in the Sections list"] = page
        for problem in unnamed_controls(app):
            problems.setdefault(problem, page)
    problems.update(check_record_pages(app, pages, names))
    print(f"Pages opened through the Sections list: {', '.join(names)}")
    print(f"Record pages opened from their lists: {', '.join(p[0] for p in RECORD_PAGES)}")
    if not problems:
        print("Every button, field, list, table and tab shown has a name a screen reader says.")
        return 0
    print(f"{len(problems)} problems for people using a screen reader or the keyboard:")
    for problem, page in problems.items():
        print(f"  on {page}: {problem}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
