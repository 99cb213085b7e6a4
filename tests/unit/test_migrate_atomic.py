"""A migration is all or nothing, even on SQLite (whose driver runs DDL outside transactions)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from kiosk.config import sqlite_url
from kiosk.data import migrate
from kiosk.data.engine import make_engine


def test_an_upgrade_that_dies_half_way_leaves_no_table_behind(tmp_path: Path, monkeypatch) -> None:
    engine = make_engine(sqlite_url(tmp_path / "kiosk.db"))
    real_upgrade = command.upgrade

    def dies_after_the_ddl(config, revision):
        real_upgrade(config, revision)  # every CREATE TABLE has run on this connection
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(command, "upgrade", dies_after_the_ddl)  # migrate imports it lazily
    with pytest.raises(KeyboardInterrupt):
        migrate.upgrade(engine)
    assert inspect(engine).get_table_names() == []

    monkeypatch.setattr(command, "upgrade", real_upgrade)
    migrate.upgrade(engine)  # and the next start builds everything
    assert "leads" in inspect(engine).get_table_names()
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()
