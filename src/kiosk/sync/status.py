"""What the staff dashboard and ``kiosk sync --status`` show: this kiosk's backlog, every kiosk's
last push as the pool saw it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data import outbox
from kiosk.sync.central import leads, people, sync_kiosks
from kiosk.sync.pusher import stored_error


@dataclass(frozen=True)
class LocalStatus:
    """Read from this kiosk's database alone: works with the link down."""

    waiting_rows: int
    waiting_leads: int
    last_sent_at: datetime | None
    last_error: str | None


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


def local_status(sessions: sessionmaker[Session]) -> LocalStatus:
    with sessions() as session:
        found = outbox.backlog(session)
    return LocalStatus(
        waiting_rows=found.rows,
        waiting_leads=found.leads,
        last_sent_at=found.last_sent_at,
        last_error=stored_error(sessions),
    )


def pool_status(central: Engine) -> PoolStatus:
    with central.connect() as connection:
        per_kiosk = dict(
            connection.execute(
                select(leads.c.kiosk_id, func.count()).group_by(leads.c.kiosk_id)
            ).all()
        )
        pushes = connection.execute(select(sync_kiosks).order_by(sync_kiosks.c.kiosk_id)).all()
        total_people = connection.execute(select(func.count()).select_from(people)).scalar_one()
    kiosks = {
        row.kiosk_id: KioskPush(**row._mapping, leads_in_pool=per_kiosk.get(row.kiosk_id, 0))
        for row in pushes
    }
    for kiosk_id, count in per_kiosk.items():
        kiosks.setdefault(kiosk_id, KioskPush(kiosk_id, None, 0, 0, 0, count))
    return PoolStatus(
        kiosks=[kiosks[key] for key in sorted(kiosks)],
        leads=sum(per_kiosk.values()),
        people=total_people,
    )
