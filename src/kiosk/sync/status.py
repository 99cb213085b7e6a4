"""What the staff dashboard's sync panel and ``kiosk sync --status`` show: per kiosk, the leads
waiting to reach the pool and the last successful push.

This kiosk's figures are read from its own database and are always there, link or no link.
Every kiosk's last push, as the pool saw it, needs the pool: that part is read under a deadline
(connect timeout, then a socket deadline on the queries), so a frozen link costs the caller a
few seconds and an error line, never a hang. Everything here is Qt-free and thread-safe (each
call opens its own session and connection): the staff screen calls :func:`sync_overview` on a
worker thread.
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data import outbox
from kiosk.data.types import utcnow
from kiosk.services.identity import kiosk_id as own_kiosk_id
from kiosk.sync.central import leads, people, sync_kiosks
from kiosk.sync.engine import deadline, describe, describe_error, make_central_engine
from kiosk.sync.erasure import pending_erasures
from kiosk.sync.fleet import FleetKiosk, FleetReport, read_fleet_on
from kiosk.sync.pusher import SyncStatus, stored_error

STATUS_DEADLINE_S = 5.0


@dataclass(frozen=True)
class LocalStatus:
    """Read from this kiosk's database alone: works with the link down."""

    waiting_rows: int
    waiting_leads: int
    last_sent_at: datetime | None
    last_error: str | None
    pending_erasures: int = 0
    set_aside_rows: int = 0  # rows the pool refused for their content: kept, not sent
    set_aside_leads: int = 0
    set_aside: tuple[outbox.SetAside, ...] = ()  # grouped by the pool's reason


@dataclass(frozen=True)
class KioskPush:
    """One kiosk's last push, and the backlog it reported then."""

    kiosk_id: str
    last_push_at: datetime | None  # None: its leads came on a USB stick only
    rows_pushed: int
    waiting_rows: int
    waiting_leads: int
    leads_in_pool: int


@dataclass(frozen=True)
class PoolStatus:
    kiosks: list[KioskPush]
    leads: int
    people: int
    fleet: FleetReport | None = None  # None: a pool without the fleet tables yet


@dataclass(frozen=True)
class KioskSyncRow:
    """One kiosk in the sync panel.

    For this kiosk ``waiting_*`` are live and ``last_push_at`` is when its database last marked
    rows as sent; for the others both are what they reported to the pool at their last push
    (a kiosk that never pushed, whose leads came on a USB stick, has ``last_push_at`` None).
    ``pool_last_push_at`` is the pool's record (None when the pool was not reached).
    """

    kiosk_id: str
    this_kiosk: bool
    waiting_leads: int
    waiting_rows: int
    last_push_at: datetime | None
    pool_last_push_at: datetime | None = None
    leads_in_pool: int | None = None
    fleet: FleetKiosk | None = None  # its last heartbeat, state and flags


@dataclass(frozen=True)
class SyncOverview:
    """The sync panel's data. ``configured`` False: the kiosk works alone (nothing to show but
    that). ``pool_error`` says why the pool part is missing (unreachable, timeout)."""

    configured: bool
    pool: str | None  # the pool's URL without its password
    kiosks: list[KioskSyncRow] = field(default_factory=list)  # this kiosk first
    local: LocalStatus | None = None
    pool_leads: int | None = None
    pool_people: int | None = None
    pool_error: str | None = None
    pusher: SyncStatus | None = None  # the running pusher's state, when one was given
    fleet: FleetReport | None = None  # every kiosk's heartbeat, when the pool was read
    checked_at: datetime = field(default_factory=utcnow)

    @property
    def pool_reachable(self) -> bool:
        return self.configured and self.pool_error is None


def local_status(sessions: sessionmaker[Session]) -> LocalStatus:
    with sessions() as session:
        found = outbox.backlog(session)
        erasures = len(pending_erasures(session))
        refused = tuple(outbox.set_aside(session)) if found.quarantined_rows else ()
    return LocalStatus(
        waiting_rows=found.rows,
        waiting_leads=found.leads,
        last_sent_at=found.last_sent_at,
        last_error=stored_error(sessions),
        pending_erasures=erasures,
        set_aside_rows=found.quarantined_rows,
        set_aside_leads=found.quarantined_leads,
        set_aside=refused,
    )


def _read_pool(connection: Connection) -> PoolStatus:
    per_kiosk = dict(
        connection.execute(select(leads.c.kiosk_id, func.count()).group_by(leads.c.kiosk_id)).all()
    )
    pushes = connection.execute(select(sync_kiosks).order_by(sync_kiosks.c.kiosk_id)).all()
    total_people = connection.execute(select(func.count()).select_from(people)).scalar_one()
    kiosks = {
        row.kiosk_id: KioskPush(**row._mapping, leads_in_pool=per_kiosk.get(row.kiosk_id, 0))
        for row in pushes
    }
    for kiosk_id, count in per_kiosk.items():
        kiosks.setdefault(kiosk_id, KioskPush(kiosk_id, None, 0, 0, 0, count))
    postgres = connection.dialect.name == "postgresql"
    try:  # a pool that no kiosk of this version has reached yet has no fleet tables
        with connection.begin_nested() if postgres else nullcontext():
            fleet: FleetReport | None = read_fleet_on(connection)
    except (ProgrammingError, OperationalError):
        fleet = None
    return PoolStatus(
        kiosks=[kiosks[key] for key in sorted(kiosks)],
        leads=sum(per_kiosk.values()),
        people=total_people,
        fleet=fleet,
    )


def read_pool(url: str, deadline_s: float = STATUS_DEADLINE_S) -> PoolStatus:
    """Every kiosk's last push as the pool saw it, on a fresh engine whose connect and queries
    share ``deadline_s``: returns or raises (:class:`~kiosk.sync.engine.CentralTimeout` on a
    frozen link) within about ``deadline_s`` + 1 s."""
    started = time.monotonic()
    engine = make_central_engine(url, connect_timeout_s=max(2.0, deadline_s / 2))
    try:
        with engine.connect() as connection:
            left = max(1.0, deadline_s - (time.monotonic() - started))
            with deadline(connection, left):
                return _read_pool(connection)
    finally:
        engine.dispose()


def sync_overview(
    sessions: sessionmaker[Session],
    central_url: str | None,
    *,
    deadline_s: float = STATUS_DEADLINE_S,
    pusher: SyncStatus | None = None,
) -> SyncOverview:
    """Per kiosk, leads waiting and the last successful push (this kiosk's from its database,
    every kiosk's from the pool). Never raises for the pool: a pool that cannot be read within
    ``deadline_s`` gives ``pool_error`` and this kiosk's row alone. Call it off the UI thread.
    """
    local = local_status(sessions)
    me = own_kiosk_id(sessions)
    mine = KioskSyncRow(me, True, local.waiting_leads, local.waiting_rows, local.last_sent_at)
    if not central_url:
        return SyncOverview(False, None, [mine], local, pusher=pusher)
    shown = describe(central_url)
    try:
        pool = read_pool(central_url, deadline_s)
    except Exception as exc:  # unreachable, refused, timed out, not a pool: all said the same way
        return SyncOverview(
            True, shown, [mine], local, pool_error=describe_error(exc), pusher=pusher
        )
    rows = [mine]
    for push in pool.kiosks:
        if push.kiosk_id == me:
            rows[0] = KioskSyncRow(
                me,
                True,
                local.waiting_leads,
                local.waiting_rows,
                local.last_sent_at,
                push.last_push_at,
                push.leads_in_pool,
            )
            continue
        rows.append(
            KioskSyncRow(
                push.kiosk_id,
                False,
                push.waiting_leads,
                push.waiting_rows,
                push.last_push_at,
                push.last_push_at,
                push.leads_in_pool,
            )
        )
    rows = _with_fleet(rows, pool.fleet)
    return SyncOverview(
        True,
        shown,
        rows,
        local,
        pool_leads=pool.leads,
        pool_people=pool.people,
        pusher=pusher,
        fleet=pool.fleet,
    )


def _with_fleet(rows: list[KioskSyncRow], fleet: FleetReport | None) -> list[KioskSyncRow]:
    """Each row with its kiosk's heartbeat; kiosks that beat but never pushed a lead added."""
    if fleet is None:
        return rows
    beats = {kiosk.kiosk_id: kiosk for kiosk in fleet.kiosks}
    result = [replace(row, fleet=beats.pop(row.kiosk_id, None)) for row in rows]
    result += [
        KioskSyncRow(kiosk_id, False, 0, 0, None, fleet=beat) for kiosk_id, beat in beats.items()
    ]
    return result
