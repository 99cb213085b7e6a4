"""Wipe (only what a verified export holds, or all after typing the phrase), erasure on request
and purging past retention: what goes, what stays, the audit trail, the file compacted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from factories import EVENT_ID, T0, add_leads, answer_again, make_event, make_lead
from sqlalchemy import func, select, text

from kiosk.data import outbox
from kiosk.data.database import Database
from kiosk.data.models import AuditEntry, Lead, LeadConsent, LeadExhibitor, LeadVisit
from kiosk.data.settings_repo import set_setting
from kiosk.errors import KioskError
from kiosk.services.export import ExportRequest, export_leads
from kiosk.services.rights import PurgeResult, erase, purge
from kiosk.services.wipe import (
    CONFIRMATION,
    PoolBacklog,
    WipeResult,
    preview,
    wipe_all,
    wipe_exported,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(database: Database) -> Database:
    make_event(database.sessions, retention_days=30)
    return database


def export_all(db: Database, drive: Path, **options: object) -> None:
    export_leads(db.sessions, ExportRequest(drive, formats=("csv",), **options))  # type: ignore[arg-type]


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


def test_an_exhibitors_file_does_not_count_as_an_export_for_wiping(db: Database, usb: Path) -> None:
    add_leads(db.sessions, 2)
    export_all(db, usb, exhibitor="macau-tea-co")
    with pytest.raises(KioskError, match="no verified export"):
        wipe_exported(db.sessions, actor="staff")


def test_wipe_after_export_deletes_the_exported_leads_and_compacts(db: Database, usb: Path) -> None:
    add_leads(db.sessions, 30)
    export_all(db, usb)
    result = wipe_exported(db.sessions, actor="staff")
    assert (result.deleted, result.kept) == (30, 0)
    for model in (Lead, LeadVisit, LeadConsent, LeadExhibitor):
        assert count(db, model) == 0
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA freelist_count")).scalar() == 0  # VACUUM ran
    entry = last_audit(db)
    assert entry.action == "leads.wipe" and entry.actor == "staff"
    assert entry.detail == {"mode": "verified-only", "deleted": 30, "kept": 0}


def test_leads_changed_or_captured_after_the_export_are_kept(db: Database, usb: Path) -> None:
    exported, revisited, withdrew = add_leads(db.sessions, 3)
    export_all(db, usb)
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

    export_all(db, usb)  # a new export covers them as they are now
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


def test_erase_by_phone_normalises_like_capture(db: Database, usb: Path) -> None:
    with db.sessions.begin() as session:
        target = make_lead(session, phone="+853 6612 3456", country="MO")
        make_lead(session, name="other", email="o@example.com", phone="+351 912 345 678")
    export_all(db, usb)
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


def test_purge_uses_the_events_retention_period_by_default(db: Database, usb: Path) -> None:
    old = add_leads(db.sessions, 2, at=T0 - timedelta(days=40))
    recent = add_leads(db.sessions, 1, at=T0 - timedelta(days=10))
    with db.sessions.begin() as session:  # captured long ago but updated recently: kept
        session.get(Lead, old[1]).updated_at = T0 - timedelta(days=5)
    export_all(db, usb)

    preview = purge(db.sessions, actor="cli", dry_run=True, clock=lambda: T0)
    assert preview.deleted == 1 and len(lead_ids(db)) == 3
    assert preview.cutoffs == {EVENT_ID: T0 - timedelta(days=30)}

    result = purge(db.sessions, actor="cli", clock=lambda: T0)
    assert result.deleted == 1
    assert lead_ids(db) == {old[1], *recent}
    assert last_audit(db).detail == {"deleted": 1, "kept": 2, "older_than_days": "event"}


def test_purge_older_than_a_given_number_of_days(db: Database, usb: Path) -> None:
    add_leads(db.sessions, 1, at=T0 - timedelta(days=40))
    keep = add_leads(db.sessions, 1, at=T0 - timedelta(days=35))
    export_all(db, usb)
    assert purge(db.sessions, older_than_days=38, actor="cli", clock=lambda: T0).deleted == 1
    assert lead_ids(db) == set(keep)
    with pytest.raises(KioskError, match="negative"):
        purge(db.sessions, older_than_days=-1, actor="cli")


def test_purge_keeps_leads_no_verified_export_holds(db: Database, usb: Path) -> None:
    exported = add_leads(db.sessions, 2, at=T0 - timedelta(days=40))
    export_all(db, usb)
    never = add_leads(db.sessions, 1, at=T0 - timedelta(days=39))
    internal = usb.parent / "kiosk-folder"
    internal.mkdir()
    export_leads(db.sessions, ExportRequest(internal, formats=("csv",), internal=True))

    dry = purge(db.sessions, actor="cli", dry_run=True, clock=lambda: T0)
    assert (dry.deleted, dry.kept) == (2, 1) and len(lead_ids(db)) == 3
    result = purge(db.sessions, actor="cli", clock=lambda: T0)
    assert (result.deleted, result.kept) == (2, 1)
    assert lead_ids(db) == set(never) and not set(exported) & lead_ids(db)

    # Deleting what no export holds is asked for explicitly, and audited as such.
    assert purge(db.sessions, actor="cli", unexported=True, clock=lambda: T0).deleted == 1
    assert last_audit(db).detail["unexported"] is True and lead_ids(db) == set()


@pytest.mark.parametrize("days", [0, 29])
def test_purge_refuses_a_period_shorter_than_the_notices_retention(
    db: Database, usb: Path, days: int
) -> None:
    add_leads(db.sessions, 2, at=T0 - timedelta(days=31))
    export_all(db, usb)
    refused = r"shorter than the retention period .* ciie-2026 \(30 days\)"
    with pytest.raises(KioskError, match=refused):
        purge(db.sessions, older_than_days=days, actor="cli", clock=lambda: T0)
    assert len(lead_ids(db)) == 2
    done = purge(
        db.sessions,
        older_than_days=days,
        shorter_than_retention=True,
        actor="cli",
        clock=lambda: T0,
    )
    assert done.deleted == 2 and lead_ids(db) == set()


def purge_at_once(db: Database) -> PurgeResult:
    """``kiosk leads purge --older-than 0 --shorter-than-retention`` a day after the leads."""
    later = T0 + timedelta(days=1)
    return purge(
        db.sessions,
        older_than_days=0,
        shorter_than_retention=True,
        actor="cli",
        clock=lambda: later,
    )


def test_purge_zero_never_deletes_what_was_not_exported_or_synced(db: Database) -> None:
    """The issue's case: ``purge --older-than 0`` on a kiosk that never exported."""
    add_leads(db.sessions, 3)
    result = purge_at_once(db)
    assert (result.deleted, result.kept) == (0, 3) and len(lead_ids(db)) == 3


# --------------------------------------------------------------------------- the pool


def fed_a_pool(db: Database, how: str) -> None:
    """Leave what a kiosk that fed a central pool leaves in its database."""
    with db.sessions.begin() as session:
        first = session.scalars(select(outbox.OUTBOX.c.id).order_by(outbox.OUTBOX.c.id)).first()
        if how == "pushed":
            outbox.mark_sent(session, [first])
        elif how == "set aside":
            outbox.quarantine(session, [first], "value too long for type character varying(64)")
        elif how == "push failed":
            set_setting(session, "sync.last_error", "connection refused")


@pytest.mark.parametrize("how", ["pushed", "set aside", "push failed"])
def test_a_kiosk_that_fed_a_pool_keeps_unsent_leads_without_the_option(
    db: Database, usb: Path, how: str
) -> None:
    add_leads(db.sessions, 3)
    export_all(db, usb)
    fed_a_pool(db, how)
    for attempt in (
        lambda: wipe_exported(db.sessions, actor="cli"),
        lambda: wipe_all(db.sessions, confirmation=CONFIRMATION, actor="cli"),
        lambda: preview(db.sessions),
    ):
        with pytest.raises(PoolBacklog, match="not reached the central pool"):
            attempt()
    assert len(lead_ids(db)) == 3
    result = purge_at_once(db)
    assert (result.deleted, result.kept) == (0, 3)


def test_a_kiosk_that_never_fed_a_pool_wipes(db: Database, usb: Path) -> None:
    add_leads(db.sessions, 3)  # its outbox fills all the same
    export_all(db, usb)
    assert wipe_exported(db.sessions, actor="cli").deleted == 3


def test_once_everything_reached_the_pool_the_wipe_goes_ahead(db: Database, usb: Path) -> None:
    add_leads(db.sessions, 3)
    export_all(db, usb)
    with db.sessions.begin() as session:
        outbox.mark_sent(session, list(session.scalars(select(outbox.OUTBOX.c.id))))
    assert wipe_exported(db.sessions, actor="cli").deleted == 3


# --------------------------------------------------------------------------- dry run, audit


@pytest.mark.parametrize("mode", ["verified-only", "confirmed"])
def test_a_dry_run_counts_and_deletes_nothing(db: Database, usb: Path, mode: str) -> None:
    add_leads(db.sessions, 3)
    export_all(db, usb)
    add_leads(db.sessions, 1, at=T0 + timedelta(days=1))
    entries = count(db, AuditEntry)
    if mode == "confirmed":
        result = wipe_all(db.sessions, confirmation=CONFIRMATION, actor="cli", dry_run=True)
    else:
        result = wipe_exported(db.sessions, actor="cli", dry_run=True)
    assert (result.deleted, result.kept) == ((4, 0) if mode == "confirmed" else (3, 1))
    assert len(lead_ids(db)) == 4 and count(db, AuditEntry) == entries


def test_the_wipe_is_audited_before_its_first_lead_goes(db: Database, usb: Path) -> None:
    add_leads(db.sessions, 3)
    export_all(db, usb)
    seen: list[list[str]] = []

    def progress(done: int, total: int) -> None:
        with db.sessions() as session:
            rows = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id))
            seen.append([a for a in rows if a.startswith("leads.")])

    wipe_exported(db.sessions, actor="cli", progress=progress)
    assert seen[0] == ["leads.wipe.started"]  # before any batch
    with db.sessions() as session:
        started = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "leads.wipe.started")
        ).one()
    assert started.detail == {"mode": "verified-only", "leads": 3}


WIPE_IN_A_CHILD = """
import sys
from pathlib import Path
from kiosk.config import Settings
from kiosk.data.database import open_database
from kiosk.services import lead_deletion, wipe

lead_deletion.BATCH_SIZE = 10
database = open_database(Settings(data_dir=Path(sys.argv[1])))

def progress(done, total):
    if done:
        print("deleted a batch", flush=True)
        sys.stdin.readline()  # never answered: the parent kills this process here

wipe.wipe_all(database.sessions, confirmation=wipe.CONFIRMATION, actor="cli", progress=progress)
"""


def test_a_wipe_killed_half_way_has_its_audit_entry(db: Database, settings) -> None:
    add_leads(db.sessions, 35)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    child = subprocess.Popen(
        [sys.executable, "-c", WIPE_IN_A_CHILD, str(settings.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "deleted a batch\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    left = len(lead_ids(db))
    assert 0 < left < 35, "killed half-way: some leads went, some stayed"
    with db.sessions() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry))]
    assert "leads.wipe.started" in actions and "leads.wipe" not in actions
