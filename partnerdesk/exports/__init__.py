"""Word documents, CSV and vCard files, email drafts and calendar files. No Qt here."""
