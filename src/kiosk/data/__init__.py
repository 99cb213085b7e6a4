"""Persistence: SQLAlchemy models, engine factory with SQLite pragmas, migrations, repositories."""
