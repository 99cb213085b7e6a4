"""This kiosk's side of the fleet: its heartbeat, and which content revision it shows or holds.

A heartbeat is what a technician wants to see for each kiosk from one screen: the version, the
content (event and revision), how long it has run, when a visitor last touched it, its leads
today, what waits in its outbox, free disk and its last error. :func:`record_heartbeat` queues
one in ``fleet_heartbeats`` (a small outbox of its own, drained by ``kiosk.sync.fleet``), so the
beats of a kiosk that lost its link reach the pool when it comes back.

The content state lives in the settings table: the pool revision this kiosk last loaded (with
the ``content.json`` hash it had, so a pack imported by hand since shows as ``local:...``), the
outcome of its last attempt, and the revision staff hold it at. Qt-free; every function opens
its own session, so the fleet agent's thread can call them.
"""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk import __version__
from kiosk.data import outbox
from kiosk.data.models import Event, FleetHeartbeat, Lead
from kiosk.data.settings_repo import ACTIVE_EVENT, delete_setting, get_setting, set_setting
from kiosk.data.types import utcnow
from kiosk.services import audit

APPLIED = "fleet.content.applied"  # "<revision> <content.json sha256>"
OUTCOME = "fleet.content.outcome"  # "ok <revision>" or "failed <revision>: <reason>"
HOLD = "fleet.content.hold"  # the revision staff hold this kiosk at
HOLD_ACTION = "content.hold"  # audited; detail "revision" is empty for a release
SYNC_ERROR = "sync.last_error"  # written by the lead pusher

MAX_QUEUED = 24 * 60  # a day of beats; older ones are dropped while the pool is away
LOCAL_PREFIX = "local:"


@dataclass(frozen=True)
class Heartbeat:
    """One kiosk's state at one moment (all times UTC, ISO strings in the payload)."""

    kiosk_id: str
    version: str
    event_id: str | None
    content_revision: str | None
    content_status: str | None
    held_revision: str | None
    uptime_s: int
    last_touch_at: datetime | None
    leads_today: int
    outbox_rows: int
    free_disk_bytes: int | None
    last_error: str | None
    beat_at: datetime

    def payload(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("last_touch_at", "beat_at"):
            data[key] = data[key].isoformat() if data[key] else None
        return data

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Heartbeat:
        values = dict(data)
        for key in ("last_touch_at", "beat_at"):
            values[key] = datetime.fromisoformat(values[key]) if values.get(key) else None
        known = set(cls.__dataclass_fields__)
        return cls(**{key: value for key, value in values.items() if key in known})


@dataclass(frozen=True)
class ContentState:
    """What this kiosk shows and what it was asked to show."""

    event_id: str | None
    content_sha256: str | None  # of the active event's content.json
    revision: str | None  # the pool revision shown, or ``local:<hash>`` for a pack loaded by hand
    outcome: str | None  # the last fleet import: "ok <rev>" / "failed <rev>: why"
    held: str | None

    @property
    def failed_revision(self) -> str | None:
        if self.outcome and self.outcome.startswith("failed "):
            return self.outcome.removeprefix("failed ").split(":", 1)[0]
        return None


def content_state(session: Session) -> ContentState:
    event_id = get_setting(session, ACTIVE_EVENT)
    sha = None
    if event_id:
        sha = session.execute(select(Event.content_sha256).where(Event.id == event_id)).scalar()
    applied = (get_setting(session, APPLIED) or "").split()
    if sha is None:
        revision = None
    elif len(applied) == 2 and applied[1] == sha:
        revision = applied[0]
    else:
        revision = f"{LOCAL_PREFIX}{sha[:12]}"
    return ContentState(
        event_id, sha, revision, get_setting(session, OUTCOME), get_setting(session, HOLD)
    )


def read_content_state(sessions: sessionmaker[Session]) -> ContentState:
    with sessions() as session:
        return content_state(session)


def record_applied(sessions: sessionmaker[Session], revision: str) -> None:
    """The pool revision ``revision`` is now shown (called after its import committed)."""
    with sessions.begin() as session:
        state = content_state(session)
        set_setting(session, APPLIED, f"{revision} {state.content_sha256}")
        set_setting(session, OUTCOME, f"ok {revision}")


def record_failed(sessions: sessionmaker[Session], revision: str, reason: str) -> None:
    """The import of ``revision`` failed; the previous content stays and the beat says why."""
    line = " ".join(reason.split())[:500]
    with sessions.begin() as session:
        set_setting(session, OUTCOME, f"failed {revision}: {line}")


def set_hold(
    sessions: sessionmaker[Session], revision: str | None, *, actor: str = audit.ACTOR_CLI
) -> str | None:
    """Hold this kiosk at ``revision`` (None: follow the pool again), audited; returns it."""
    with sessions.begin() as session:
        if revision:
            set_setting(session, HOLD, revision)
        else:
            delete_setting(session, HOLD)
        audit.record(session, HOLD_ACTION, actor=actor, detail={"revision": revision or ""})
    return revision


def hold_current(sessions: sessionmaker[Session], *, actor: str = audit.ACTOR_CLI) -> str | None:
    """Hold at what is shown now (None when nothing from the pool is shown: nothing to hold)."""
    state = read_content_state(sessions)
    if state.revision is None or state.revision.startswith(LOCAL_PREFIX):
        return None
    return set_hold(sessions, state.revision, actor=actor)


# --------------------------------------------------------------------------- heartbeats


def _local_midnight(now: datetime) -> datetime:
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def collect(
    sessions: sessionmaker[Session],
    kiosk_id: str,
    data_dir: Path,
    *,
    uptime_s: float,
    last_touch_at: datetime | None,
    now: datetime | None = None,
) -> Heartbeat:
    """This kiosk's heartbeat now (reads its own database and disk; never the network)."""
    now = now or utcnow()
    with sessions() as session:
        state = content_state(session)
        today = session.execute(
            select(func.count()).select_from(Lead).where(Lead.created_at >= _local_midnight(now))
        ).scalar_one()
        waiting = outbox.backlog(session)
        sync_error = get_setting(session, SYNC_ERROR)
    try:
        free: int | None = shutil.disk_usage(data_dir).free
    except OSError:
        free = None
    errors = []
    if state.outcome and state.outcome.startswith("failed "):
        errors.append(f"content {state.outcome}")
    if sync_error:
        errors.append(f"sync {sync_error}")
    return Heartbeat(
        kiosk_id=kiosk_id,
        version=__version__,
        event_id=state.event_id,
        content_revision=state.revision,
        content_status=state.outcome,
        held_revision=state.held,
        uptime_s=int(uptime_s),
        last_touch_at=last_touch_at,
        leads_today=today,
        outbox_rows=waiting.rows + waiting.quarantined_rows,
        free_disk_bytes=free,
        last_error="; ".join(errors) or None,
        beat_at=now,
    )


def record_heartbeat(sessions: sessionmaker[Session], beat: Heartbeat) -> None:
    """Queue ``beat`` for the pool; beyond a day's worth, the oldest queued ones go."""
    with sessions.begin() as session:
        session.add(FleetHeartbeat(beat_at=beat.beat_at, payload=beat.payload()))
        session.flush()
        count = session.execute(select(func.count()).select_from(FleetHeartbeat)).scalar_one()
        if count > MAX_QUEUED:
            oldest = (
                select(FleetHeartbeat.id)
                .order_by(FleetHeartbeat.beat_at)
                .limit(count - MAX_QUEUED)
                .scalar_subquery()
            )
            session.execute(delete(FleetHeartbeat).where(FleetHeartbeat.id.in_(oldest)))


def queued_heartbeats(sessions: sessionmaker[Session], limit: int = 500) -> list[FleetHeartbeat]:
    """The oldest beats waiting for the pool."""
    with sessions() as session:
        rows = session.scalars(
            select(FleetHeartbeat).order_by(FleetHeartbeat.beat_at).limit(limit)
        ).all()
        session.expunge_all()
        return list(rows)


def forget_heartbeats(sessions: sessionmaker[Session], ids: list[str]) -> None:
    """The pool has these beats: drop them here."""
    with sessions.begin() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(delete(FleetHeartbeat).where(FleetHeartbeat.id.in_(chunk)))
