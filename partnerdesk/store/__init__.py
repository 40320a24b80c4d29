"""The local store: SQLAlchemy models, the engine, migrations and backups. No Qt here."""
