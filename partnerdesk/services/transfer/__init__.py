"""Contacts in and out: importing files (preview, write, undo) and exporting them."""
