"""One save of an editor that saves as the user types, a page at a time.

The MOU wizard (services/mou/drafts.py) and the team charter (services/charter/) send
these; ui/editors/page_saving.py queues them and settles a colleague's save meanwhile.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any


@dataclass(frozen=True)
class PageEdit:
    """What the editor writes at once: a page, the title, the page to resume on.

    ``bases``: the page as the store may hold it (as last read, then after each of the
    user's saves still on their way); a field holding none of them was saved by someone
    else meanwhile. Empty: save over whatever is stored (the user chose to keep theirs).
    """

    section_id: str = ""  # "" when no page changed
    values: Mapping[str, Any] = dataclass_field(default_factory=dict)
    bases: tuple[Mapping[str, Any], ...] = ()
    title: str = ""  # "" when the title is as it was
    last_page: str | None = None
