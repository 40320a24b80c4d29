"""exports/ writes documents from plain data: it never reads the store through services/."""

from __future__ import annotations

import subprocess
import sys

from tests.test_architecture import PACKAGE, _imported_modules


def test_exports_import_no_services_and_no_store() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in _imported_modules(path)
            if name.startswith(("partnerdesk.services", "partnerdesk.store"))
        )
        for path in (PACKAGE / "exports").rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_naming_the_documents_does_not_load_python_docx() -> None:
    """The window names the document functions where it exports; Word loads when used."""
    code = (
        "import sys\n"
        "import partnerdesk.services.documents.mou, partnerdesk.services.documents.profile\n"
        "import partnerdesk.services.documents.vetting\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] == 'docx')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
