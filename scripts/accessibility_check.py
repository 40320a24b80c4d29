#!/usr/bin/python3
"""Look at the running app the way a screen reader does, through the AT-SPI tree.

Run by ``scripts/accessibility-check.sh`` (which starts a private D-Bus session, Xvfb, the
accessibility bus and PartnerDesk on the sample data) with Debian's system Python, which
has ``pyatspi``. It opens each page from the "Sections" list by its Selection interface
(what assistive technology does, no mouse), then lists every button, field, list, table
and tab that has no name a screen reader could say. Exit 0 when there are none.
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


def main() -> int:
    app = find_app("partnerdesk")
    time.sleep(2)  # the window fills in after its first paint
    problems: dict[str, str] = {}
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
    print(f"Pages opened through the Sections list: {', '.join(names)}")
    if not problems:
        print("Every button, field, list, table and tab shown has a name a screen reader says.")
        return 0
    print(f"{len(problems)} problems for people using a screen reader or the keyboard:")
    for problem, page in problems.items():
        print(f"  on {page}: {problem}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
