"""Reading contacts from CSV and vCard files: column mapping, duplicate checks. No Qt."""
