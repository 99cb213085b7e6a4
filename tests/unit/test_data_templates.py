"""A test's copy of a template data folder is the database the real migrations make, its own."""

from __future__ import annotations

import stat
from pathlib import Path

from data_templates import copy_template, load_template, make_template
from sqlalchemy import text

from kiosk.config import DATABASE_FILENAME, Settings
from kiosk.data.database import Database, open_database
from kiosk.data.settings_repo import KIOSK_ID, get_setting, set_setting


def schema(database: Database) -> list[tuple[str, str, str]]:
    with database.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        )
        return sorted((row[0], row[1], row[2] or "") for row in rows)


def test_a_copy_has_the_schema_and_revision_of_a_fresh_migration(
    tmp_path: Path, migrated_template: Path
) -> None:
    fresh = open_database(Settings(data_dir=tmp_path / "fresh"))
    settings = Settings(data_dir=tmp_path / "copy")
    copy_template(migrated_template, settings)
    copied = open_database(settings)
    try:
        assert schema(copied) == schema(fresh)
        with copied.engine.connect() as a, fresh.engine.connect() as b:
            version = "SELECT version_num FROM alembic_version"
            assert a.execute(text(version)).all() == b.execute(text(version)).all()
    finally:
        copied.dispose()
        fresh.dispose()
    assert stat.S_IMODE(settings.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((settings.data_dir / DATABASE_FILENAME).stat().st_mode) == 0o600


def test_what_a_test_writes_stays_in_its_copy(
    tmp_path: Path, settings: Settings, database: Database
) -> None:
    template = make_template(
        tmp_path / "template",
        lambda db, _settings: _set_kiosk_id(db, "from-the-template"),
    )
    _set_kiosk_id(database, "before")
    load_template(template, database, settings)
    with database.sessions() as session:
        assert get_setting(session, KIOSK_ID) == "from-the-template"
    _set_kiosk_id(database, "changed-by-the-test")
    again = open_database(Settings(data_dir=template))
    try:
        with again.sessions() as session:
            assert get_setting(session, KIOSK_ID) == "from-the-template"
    finally:
        again.dispose()


def _set_kiosk_id(database: Database, value: str) -> None:
    with database.sessions.begin() as session:
        set_setting(session, KIOSK_ID, value)
