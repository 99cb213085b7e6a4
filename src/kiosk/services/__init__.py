"""Use cases, free of Qt. Each call opens and closes its own session (one per user action)."""
