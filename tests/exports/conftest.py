"""Documents write dates in the user's locale: these tests read them as written in the US,
whatever the machine running them is set to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from partnerdesk.core.dates import use_document_locale


@pytest.fixture(autouse=True)
def _dates_as_in_the_us() -> Iterator[None]:
    use_document_locale("en_US")
    yield
    use_document_locale(None)
