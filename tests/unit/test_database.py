"""The migrated database: pragmas, schema = models, a linear revision chain, UTC timestamps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from kiosk.data.database import Database
from kiosk.data.migrate import alembic_config, current_revision, head_revision
from kiosk.data.models import AuditEntry, Base


def test_every_connection_has_the_durability_pragmas(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_database_built_by_migrations_matches_the_models(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_database_is_at_head(database: Database) -> None:
    assert current_revision(database.engine) == head_revision()


def test_revision_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, f"several heads: {heads}"
    revisions = list(script.walk_revisions())
    bases = [r for r in revisions if r.down_revision is None]
    assert len(bases) == 1
    for revision in revisions:
        assert not isinstance(revision.down_revision, tuple | list), f"merge in {revision}"
        assert len(script.get_revision(revision.revision).nextrev) <= 1


def test_timestamps_come_back_aware_in_utc(database: Database) -> None:
    shanghai = timezone(timedelta(hours=8))
    written = datetime(2026, 11, 5, 9, 0, tzinfo=shanghai)
    with database.sessions.begin() as session:
        session.add(AuditEntry(at=written, actor="test", action="t"))
    with database.sessions() as session:
        row = session.query(AuditEntry).one()
    assert row.at == written
    assert row.at.tzinfo is not None and row.at.utcoffset() == timedelta(0)
    assert row.at.hour == 1


def test_naive_timestamps_are_refused(database: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), database.sessions.begin() as session:
        session.add(AuditEntry(at=datetime(2026, 1, 1), actor="t", action="t"))
        session.flush()


def test_foreign_keys_are_enforced(database: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from kiosk.data.models import LeadConsent

    with pytest.raises(IntegrityError), database.sessions.begin() as session:
        session.add(
            LeadConsent(
                lead_id="no-such-lead",
                purpose="p",
                granted=True,
                consent_version="1",
                language="en",
                kiosk_id="k",
                at=datetime.now(UTC),
            )
        )
