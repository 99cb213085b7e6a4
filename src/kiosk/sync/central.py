"""The central pool's schema (its own MetaData) and the one upsert path into it.

Fact tables mirror the kiosk's fact tables column for column (built from them, so they cannot
drift apart unnoticed: the central migration test compares them) plus ``synced_at``, the time
the pool first received the row. They have no foreign keys between them: each row arrives on its
own, from any kiosk, pusher or USB stick, in any order, and is keyed by its UUID (or its lead and
ref for interests). Leads are the one fact that changes (a returning visitor's latest details):
the row with the newer ``updated_at`` wins. Everything else is insert-or-ignore.

``people`` and ``person_leads`` are derived, rebuilt by :mod:`kiosk.sync.people`; ``sync_kiosks``
is each kiosk's last push, for the staff dashboard. ``erased_leads`` holds the ids (nothing
else) of leads erased at a visitor's request (:mod:`kiosk.sync.erasure`): the upsert path drops
any row of theirs, so a batch read before the erasure, a USB stick or a replay cannot bring a
visitor back. Writers take a shared advisory lock that an erasure takes exclusively, so an
erasure and a push never interleave.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.data.lead_tables import LeadTables
from kiosk.data.models import NAMING_CONVENTION
from kiosk.data.outbox import FACT_TABLES
from kiosk.data.types import UTCDateTime

CENTRAL = MetaData(naming_convention=NAMING_CONVENTION)

# The local columns that get an index in the pool (besides every ``lead_id``).
_INDEXED = {("leads", "event_id"), ("leads", "kiosk_id"), ("leads", "created_at")}


def _mirror(local: Table) -> Table:
    columns = [
        Column(
            column.name,
            column.type,
            primary_key=column.primary_key,
            nullable=column.nullable,
            index=(column.name == "lead_id" and not column.primary_key)
            or (local.name, column.name) in _INDEXED,
        )
        for column in local.columns
    ]
    synced_at = Column("synced_at", UTCDateTime(), nullable=False, server_default=func.now())
    return Table(local.name, CENTRAL, *columns, synced_at)


FACTS: dict[str, Table] = {fact.name: _mirror(fact.table) for fact in FACT_TABLES}
POOL = LeadTables.named(FACTS)
leads = FACTS["leads"]
lead_consents = FACTS["lead_consents"]
meetings = FACTS["meetings"]
Index("ix_leads_event_email", leads.c.event_id, leads.c.email_key)
Index("ix_leads_event_phone", leads.c.event_id, leads.c.phone_e164)
# No unique index over a table-slot here: two kiosks' rows may meet in the pool (a staff move,
# a lease handed back too early); kiosk.sync.matching_pool resolves them by a fixed rule.
Index("ix_meetings_slot", meetings.c.event_id, meetings.c.exhibitor_ref, meetings.c.starts_at)
# Rows that change after they are pooled: the one with the newer ``updated_at`` wins.
_NEWER_WINS = ("leads", "meetings")

people = Table(
    "people",
    CENTRAL,
    Column("id", String(36), primary_key=True),  # the id of the person's earliest lead
    Column("event_id", String(64), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("company", String(200)),
    Column("job_title", String(200)),
    Column("email", String(320)),
    Column("email_key", String(320)),
    Column("phone_e164", String(32)),
    Column("country", String(2)),
    Column("language", String(16), nullable=False),
    Column("first_seen", UTCDateTime(), nullable=False),
    Column("last_seen", UTCDateTime(), nullable=False),
    Column("lead_count", Integer, nullable=False),
    Column("visit_count", Integer, nullable=False),
    Column("kiosk_ids", String(1000), nullable=False),
    Column("merged_at", UTCDateTime(), nullable=False),
    Column("family_name", String(200)),  # central migration 0002_crmleads
    Column("given_name", String(200)),
)

person_leads = Table(
    "person_leads",
    CENTRAL,
    Column("lead_id", String(36), primary_key=True),
    Column("person_id", String(36), nullable=False, index=True),
    Column("event_id", String(64), nullable=False),
)

sync_kiosks = Table(
    "sync_kiosks",
    CENTRAL,
    Column("kiosk_id", String(64), primary_key=True),
    Column("last_push_at", UTCDateTime(), nullable=False),
    Column("rows_pushed", Integer, nullable=False),
    Column("waiting_rows", Integer, nullable=False),
    Column("waiting_leads", Integer, nullable=False),
)

matching_leases = Table(
    "matching_leases",
    CENTRAL,
    Column("event_id", String(64), primary_key=True),
    Column("exhibitor_ref", String(64), primary_key=True),
    Column("starts_at", UTCDateTime(), primary_key=True),
    Column("table_no", Integer, primary_key=True),
    Column("kiosk_id", String(64), nullable=False, index=True),
    Column("leased_at", UTCDateTime(), nullable=False, server_default=func.now()),
)

matching_conflicts = Table(
    "matching_conflicts",
    CENTRAL,
    Column("meeting_id", String(36), primary_key=True),  # the meeting that lost its table
    Column("kept_meeting_id", String(36), nullable=False),
    Column("event_id", String(64), nullable=False, index=True),
    Column("exhibitor_ref", String(64), nullable=False),
    Column("starts_at", UTCDateTime(), nullable=False),
    Column("table_no", Integer, nullable=False),
    Column("lead_id", String(36), nullable=False),
    Column("kiosk_id", String(64), nullable=False),
    Column("found_at", UTCDateTime(), nullable=False, server_default=func.now()),
)

erased_leads = Table(
    "erased_leads",
    CENTRAL,
    Column("lead_id", String(36), primary_key=True),
    Column("erased_at", UTCDateTime(), nullable=False, server_default=func.now()),
)

# ---- the fleet (kiosk.sync.fleet, kiosk.sync.content_pool): heartbeats and published content

fleet_kiosks = Table(  # each kiosk's latest heartbeat; ``last_seen_at`` is the pool's clock
    "fleet_kiosks",
    CENTRAL,
    Column("kiosk_id", String(64), primary_key=True),
    Column("last_seen_at", UTCDateTime(), nullable=False),
    Column("beat_at", UTCDateTime(), nullable=False),  # the kiosk's clock
    Column("version", String(32), nullable=False),
    Column("event_id", String(64)),
    Column("content_revision", String(80)),
    Column("content_status", Text),
    Column("held_revision", String(80)),
    Column("uptime_s", BigInteger, nullable=False),
    Column("last_touch_at", UTCDateTime()),
    Column("leads_today", Integer, nullable=False),
    Column("outbox_rows", Integer, nullable=False),
    Column("free_disk_bytes", BigInteger),
    Column("last_error", Text),
)

fleet_heartbeats = Table(  # every beat, for the history of a kiosk's day
    "fleet_heartbeats",
    CENTRAL,
    Column("id", String(36), primary_key=True),
    Column("kiosk_id", String(64), nullable=False, index=True),
    Column("beat_at", UTCDateTime(), nullable=False),
    Column("received_at", UTCDateTime(), nullable=False, server_default=func.now()),
    Column("payload", JSON(), nullable=False),
)

content_packs = Table(  # published packs; the one published last is the fleet's current content
    "content_packs",
    CENTRAL,
    Column("revision", String(64), primary_key=True),  # sha256 of the archive
    Column("event_id", String(64), nullable=False),
    Column("content_sha256", String(64), nullable=False),  # of its content.json
    Column("summary", Text, nullable=False),
    Column("published_at", UTCDateTime(), nullable=False, server_default=func.now()),
    Column("published_by", String(200), nullable=False),
    Column("size_bytes", BigInteger, nullable=False),
    Column("archive", LargeBinary, nullable=False),
)

# PostgreSQL advisory lock: writers of fact rows share it, an erasure holds it alone.
ERASURE_LOCK = 0x6B696F736B_0002


def dialect_insert(connection: Connection, table: Table) -> Any:
    dialect = connection.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise ValueError(f"the central pool needs PostgreSQL or SQLite, not {dialect}")


def upsert_facts(connection: Connection, table_name: str, rows: Sequence[dict[str, Any]]) -> int:
    """Insert fact rows keyed by UUID, ignoring ones already there; a newer lead replaces an older.
    Rows of erased leads are dropped.

    Returns how many rows were new or newer (a replay of rows already pooled returns 0).
    """
    table = FACTS[table_name]
    rows = _without_erased(connection, table, rows)
    if not rows:
        return 0
    stmt = dialect_insert(connection, table)
    keys = [column.name for column in table.primary_key.columns]
    if table.name in _NEWER_WINS:
        changing = [c.name for c in table.columns if c.name not in keys and c.name != "synced_at"]
        stmt = stmt.on_conflict_do_update(
            index_elements=keys,
            set_={name: stmt.excluded[name] for name in changing},
            where=stmt.excluded.updated_at > table.c.updated_at,
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    columns = [c.name for c in table.columns if c.name != "synced_at"]
    values = [{name: row[name] for name in columns} for row in rows]
    # executemany (psycopg pipelines it); preserve_rowcount sums the rows inserted or updated
    result = connection.execute(stmt.execution_options(preserve_rowcount=True), values)
    if table is meetings:
        from kiosk.sync.matching_pool import resolve_conflicts

        resolve_conflicts(
            connection, {(r["event_id"], r["exhibitor_ref"], r["starts_at"]) for r in rows}
        )
    return max(result.rowcount, 0)


def _without_erased(
    connection: Connection, table: Table, rows: Sequence[dict[str, Any]]
) -> Sequence[dict[str, Any]]:
    """``rows`` less those of erased leads; waits for an erasure in progress (PostgreSQL)."""
    if not rows:
        return rows
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock_shared(:key)"), {"key": ERASURE_LOCK})
    key = "id" if table is leads else "lead_id"
    wanted = list({row[key] for row in rows})
    erased: set[str] = set()
    for start in range(0, len(wanted), 1000):
        chunk = wanted[start : start + 1000]
        found = connection.execute(
            select(erased_leads.c.lead_id).where(erased_leads.c.lead_id.in_(chunk))
        )
        erased.update(found.scalars())
    return [row for row in rows if row[key] not in erased] if erased else rows


def record_push(
    connection: Connection, kiosk_id: str, rows: int, waiting_rows: int, waiting_leads: int
) -> None:
    """Note a kiosk's push (in the push's own transaction) for the staff dashboard."""
    stmt = dialect_insert(connection, sync_kiosks).values(
        kiosk_id=kiosk_id,
        last_push_at=func.now(),
        rows_pushed=rows,
        waiting_rows=waiting_rows,
        waiting_leads=waiting_leads,
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["kiosk_id"],
        set_={
            "last_push_at": stmt.excluded.last_push_at,
            "rows_pushed": sync_kiosks.c.rows_pushed + stmt.excluded.rows_pushed,
            "waiting_rows": stmt.excluded.waiting_rows,
            "waiting_leads": stmt.excluded.waiting_leads,
        },
    )
    connection.execute(stmt)
