"""Plain-Python domain: no Qt, no SQLAlchemy. Languages, localised text, countries, validation."""
