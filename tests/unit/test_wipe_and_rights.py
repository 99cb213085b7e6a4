"""Wipe (only what a verified export holds, or all after typing the phrase), erasure on request
and purging past retention: what goes, what stays, the audit trail, the file compacted."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from lead_factory import EVENT_ID, T0, add_leads, answer_again, make_event, make_lead
from sqlalchemy import func, select, text

from kiosk.data.database import Database
from kiosk.data.models import AuditEntry, Lead, LeadConsent, LeadExhibitor, LeadVisit
from kiosk.errors import KioskError
from kiosk.services.export import ExportRequest, export_leads
from kiosk.services.rights import erase, purge
from kiosk.services.wipe import CONFIRMATION, WipeResult, preview, wipe_all, wipe_exported


@pytest.fixture
def db(database: Database) -> Database:
    make_event(database.sessions, retention_days=30)
    return database


def export_all(db: Database, tmp_path: Path, **options: object) -> None:
    dest = tmp_path / "usb"
    dest.mkdir(exist_ok=True)
    export_leads(db.sessions, ExportRequest(dest, formats=("csv",), **options))  # type: ignore[arg-type]


def lead_ids(db: Database) -> set[str]:
    with db.sessions() as session:
        return set(session.scalars(select(Lead.id)))


def count(db: Database, model: type) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def last_audit(db: Database) -> AuditEntry:
    with db.sessions() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()


# --------------------------------------------------------------------------- wipe


def test_wipe_is_refused_without_a_verified_export(db: Database) -> None:
    add_leads(db.sessions, 2)
    with pytest.raises(KioskError, match="no verified export"):
        wipe_exported(db.sessions, actor="staff")
    assert len(lead_ids(db)) == 2


def test_an_exhibitors_file_does_not_count_as_an_export_for_wiping(
    db: Database, tmp_path: Path
) -> None:
    add_leads(db.sessions, 2)
    export_all(db, tmp_path, exhibitor="macau-tea-co")
    with pytest.raises(KioskError, match="no verified export"):
        wipe_exported(db.sessions, actor="staff")


def test_wipe_after_export_deletes_the_exported_leads_and_compacts(
    db: Database, tmp_path: Path
) -> None:
    add_leads(db.sessions, 30)
    export_all(db, tmp_path)
    result = wipe_exported(db.sessions, actor="staff")
    assert (result.deleted, result.kept) == (30, 0)
    for model in (Lead, LeadVisit, LeadConsent, LeadExhibitor):
        assert count(db, model) == 0
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA freelist_count")).scalar() == 0  # VACUUM ran
    entry = last_audit(db)
    assert entry.action == "leads.wipe" and entry.actor == "staff"
    assert entry.detail == {"mode": "verified-only", "deleted": 30, "kept": 0}


def test_leads_changed_or_captured_after_the_export_are_kept(db: Database, tmp_path: Path) -> None:
    exported, revisited, withdrew = add_leads(db.sessions, 3)
    export_all(db, tmp_path)
    later = T0 + timedelta(days=1)
    with db.sessions.begin() as session:
        fresh = make_lead(session, name="after the export", email="new@example.com", at=later)
        session.add(LeadExhibitor(lead_id=revisited, exhibitor_ref="porto-wines", added_at=later))
    answer_again(db.sessions, withdrew, "organiser-news", False, later)

    assert preview(db.sessions) == WipeResult(deleted=1, kept=3)
    assert len(lead_ids(db)) == 4  # a preview deletes nothing
    result = wipe_exported(db.sessions, actor="staff")
    assert (result.deleted, result.kept) == (1, 3)
    assert lead_ids(db) == {revisited, withdrew, fresh.id}
    assert "export again" in result.summary

    export_all(db, tmp_path)  # a new export covers them as they are now
    assert wipe_exported(db.sessions, actor="staff").deleted == 3
    assert exported not in lead_ids(db) and lead_ids(db) == set()


def test_wipe_all_needs_the_exact_phrase(db: Database) -> None:
    add_leads(db.sessions, 3)
    with pytest.raises(KioskError, match=CONFIRMATION):
        wipe_all(db.sessions, confirmation="delete all leads", actor="cli")
    assert len(lead_ids(db)) == 3
    result = wipe_all(db.sessions, confirmation=CONFIRMATION, actor="cli")
    assert result.deleted == 3 and lead_ids(db) == set()
    assert last_audit(db).detail == {"mode": "confirmed", "deleted": 3, "kept": 0}


# --------------------------------------------------------------------------- erasure


def test_erase_by_email_finds_every_address_the_visitor_gave(db: Database) -> None:
    with db.sessions.begin() as session:
        ana = make_lead(session, email="Ana.Silva@Example.COM")
        moved = make_lead(session, name="Ana", email="ana@new-job.example")
        keep = make_lead(session, name="Bo", email="bo@example.com")
        session.flush()
        # An earlier visit of the second lead used the old address.
        session.add(
            LeadVisit(
                lead_id=moved.id,
                event_id=moved.event_id,
                at=T0 - timedelta(days=1),
                kiosk_id="k",
                language="pt",
                name="Ana",
                email="ana.silva@example.com",
            )
        )
    result = erase(db.sessions, email=" ANA.SILVA@example.com ", actor="cli")
    assert result.deleted == 2
    assert lead_ids(db) == {keep.id}
    assert ana.id not in lead_ids(db)
    entry = last_audit(db)
    assert entry.action == "leads.erase"
    assert "ana" not in str(entry.detail).lower()  # the audit keeps no personal data
    assert entry.detail == {"by": "email", "deleted": 2, "exports_holding": 0}


def test_erase_by_phone_normalises_like_capture(db: Database, tmp_path: Path) -> None:
    with db.sessions.begin() as session:
        target = make_lead(session, phone="+853 6612 3456", country="MO")
        make_lead(session, name="other", email="o@example.com", phone="+351 912 345 678")
    export_all(db, tmp_path)
    result = erase(db.sessions, phone="6612-3456", region="MO", actor="cli")
    assert result.deleted == 1 and target.id not in lead_ids(db)
    assert len(result.exports) == 1  # who received the data before the request


def test_erase_explains_bad_input(db: Database) -> None:
    with pytest.raises(KioskError, match="not an email address"):
        erase(db.sessions, email="not-an-address", actor="cli")
    with pytest.raises(KioskError, match="add the country code"):
        erase(db.sessions, phone="6612 3456", actor="cli")
    with pytest.raises(KioskError, match="either an email address or a phone number"):
        erase(db.sessions, actor="cli")


# --------------------------------------------------------------------------- purge


def test_purge_uses_the_events_retention_period_by_default(db: Database) -> None:
    old = add_leads(db.sessions, 2, at=T0 - timedelta(days=40))
    recent = add_leads(db.sessions, 1, at=T0 - timedelta(days=10))
    with db.sessions.begin() as session:  # captured long ago but updated recently: kept
        session.get(Lead, old[1]).updated_at = T0 - timedelta(days=5)

    preview = purge(db.sessions, actor="cli", dry_run=True, clock=lambda: T0)
    assert preview.deleted == 1 and len(lead_ids(db)) == 3
    assert preview.cutoffs == {EVENT_ID: T0 - timedelta(days=30)}

    result = purge(db.sessions, actor="cli", clock=lambda: T0)
    assert result.deleted == 1
    assert lead_ids(db) == {old[1], *recent}
    assert last_audit(db).detail == {"deleted": 1, "older_than_days": "event"}


def test_purge_older_than_a_given_number_of_days(db: Database) -> None:
    add_leads(db.sessions, 1, at=T0 - timedelta(days=10))
    keep = add_leads(db.sessions, 1, at=T0 - timedelta(days=2))
    assert purge(db.sessions, older_than_days=7, actor="cli", clock=lambda: T0).deleted == 1
    assert lead_ids(db) == set(keep)
    with pytest.raises(KioskError, match="negative"):
        purge(db.sessions, older_than_days=-1, actor="cli")
