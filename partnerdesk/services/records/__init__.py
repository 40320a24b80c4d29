"""Organizations, contacts, notes and requests: editing them, listing them, the trash,
search, and the pages that read them."""
