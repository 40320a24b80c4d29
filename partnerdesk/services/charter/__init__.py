"""The team charter of a request (issue 19): read it, save it as the user types."""
