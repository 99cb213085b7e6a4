"""The fleet through the pool: heartbeats in, the fleet's state out.

:func:`send_heartbeats` drains this kiosk's heartbeat queue (``kiosk.services.fleet``) into the
pool in one transaction under a deadline: every beat into ``fleet_heartbeats`` (keyed by its
UUID, so a beat sent twice is stored once) and the newest into ``fleet_kiosks``, stamped with
the pool's own clock so a kiosk with a wrong clock is still judged fairly.

:func:`read_fleet` is what ``kiosk fleet`` and the staff Sync screen show: each kiosk online
(a beat within 3 minutes), late (within 10) or offline, and flagged when its version or its
content revision differs from the rest of the fleet (from the pack published last, for
content, when there is one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.types import utcnow
from kiosk.services import fleet as local
from kiosk.sync.central import content_packs, dialect_insert, fleet_heartbeats, fleet_kiosks
from kiosk.sync.engine import deadline

LATE_AFTER = timedelta(minutes=3)
OFFLINE_AFTER = timedelta(minutes=10)
ONLINE, LATE, OFFLINE = "online", "late", "offline"
SEND_DEADLINE_S = 15.0


def send_heartbeats(
    sessions: sessionmaker[Session], connection: Connection, deadline_s: float = SEND_DEADLINE_S
) -> int:
    """Send every queued beat; returns how many went. Raises when the pool does not take them
    (they stay queued and go with the next attempt)."""
    queued = local.queued_heartbeats(sessions)
    if not queued:
        return 0
    beats = [local.Heartbeat.from_payload(row.payload) for row in queued]
    with deadline(connection, deadline_s), connection.begin():
        history = dialect_insert(connection, fleet_heartbeats).on_conflict_do_nothing(
            index_elements=["id"]
        )
        connection.execute(
            history,
            [
                {
                    "id": row.id,
                    "kiosk_id": beat.kiosk_id,
                    "beat_at": row.beat_at,
                    "payload": row.payload,
                }
                for row, beat in zip(queued, beats, strict=True)
            ],
        )
        latest: dict[str, local.Heartbeat] = {}
        for beat in beats:  # oldest first: the last of each kiosk wins (a kiosk renamed sends two)
            latest[beat.kiosk_id] = beat
        for beat in latest.values():
            _upsert_kiosk(connection, beat)
    local.forget_heartbeats(sessions, [row.id for row in queued])
    return len(queued)


def _upsert_kiosk(connection: Connection, beat: local.Heartbeat) -> None:
    values = {
        "kiosk_id": beat.kiosk_id,
        "last_seen_at": func.now() if connection.dialect.name == "postgresql" else utcnow(),
        "beat_at": beat.beat_at,
        "version": beat.version,
        "event_id": beat.event_id,
        "content_revision": beat.content_revision,
        "content_status": beat.content_status,
        "held_revision": beat.held_revision,
        "uptime_s": beat.uptime_s,
        "last_touch_at": beat.last_touch_at,
        "leads_today": beat.leads_today,
        "outbox_rows": beat.outbox_rows,
        "free_disk_bytes": beat.free_disk_bytes,
        "last_error": beat.last_error,
    }
    stmt = dialect_insert(connection, fleet_kiosks).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["kiosk_id"],
        set_={name: stmt.excluded[name] for name in values if name != "kiosk_id"},
        where=stmt.excluded.beat_at >= fleet_kiosks.c.beat_at,
    )
    connection.execute(stmt)


# --------------------------------------------------------------------------- the fleet's state


@dataclass(frozen=True)
class FleetKiosk:
    """One kiosk as ``kiosk fleet`` shows it."""

    kiosk_id: str
    state: str  # online / late / offline
    last_seen_at: datetime
    seen_ago_s: int
    version: str
    event_id: str | None = None
    content_revision: str | None = None
    content_status: str | None = None
    held_revision: str | None = None
    uptime_s: int = 0
    last_touch_at: datetime | None = None
    leads_today: int = 0
    outbox_rows: int = 0
    free_disk_bytes: int | None = None
    last_error: str | None = None
    flags: tuple[str, ...] = ()  # "version differs", "content differs"

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        for key in ("last_seen_at", "last_touch_at"):
            data[key] = data[key].isoformat() if data[key] else None
        data["flags"] = list(self.flags)
        return data


@dataclass(frozen=True)
class FleetReport:
    kiosks: list[FleetKiosk]
    published_revision: str | None  # the pack published last
    checked_at: datetime
    version_expected: str | None = None
    content_expected: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "checked_at": self.checked_at.isoformat(),
            "published_revision": self.published_revision,
            "version_expected": self.version_expected,
            "content_expected": self.content_expected,
            "counts": self.counts,
            "kiosks": [kiosk.to_json() for kiosk in self.kiosks],
        }


def state_of(age: timedelta) -> str:
    if age <= LATE_AFTER:
        return ONLINE
    return LATE if age <= OFFLINE_AFTER else OFFLINE


def _expected(values: Sequence[str | None]) -> str | None:
    """The value most kiosks have (ties: the first seen); None when they all agree or none."""
    counted = Counter(value for value in values if value)
    if len(counted) < 2:
        return None
    return counted.most_common(1)[0][0]


def classify(
    rows: Sequence[dict[str, Any]], now: datetime, published: str | None = None
) -> FleetReport:
    """Each kiosk's state and flags from the pool's ``fleet_kiosks`` rows at ``now``."""
    version_expected = _expected([row["version"] for row in rows])
    revisions = [row["content_revision"] for row in rows]
    content_expected = published if published and any(revisions) else None
    if content_expected is None:
        content_expected = _expected(revisions)
    kiosks = []
    for row in rows:
        flags = []
        if version_expected and row["version"] != version_expected:
            flags.append("version differs")
        if content_expected and row["content_revision"] != content_expected:
            # A kiosk held at a revision by staff is expected to differ; still say so.
            flags.append("content held" if row["held_revision"] else "content differs")
        age = now - row["last_seen_at"]
        kiosks.append(
            FleetKiosk(
                state=state_of(age),
                seen_ago_s=max(0, int(age.total_seconds())),
                flags=tuple(flags),
                **{k: row[k] for k in FleetKiosk.__dataclass_fields__ if k in row},
            )
        )
    counts = Counter(kiosk.state for kiosk in kiosks)
    return FleetReport(
        kiosks=sorted(kiosks, key=lambda kiosk: kiosk.kiosk_id),
        published_revision=published,
        checked_at=now,
        version_expected=version_expected,
        content_expected=content_expected,
        counts={state: counts.get(state, 0) for state in (ONLINE, LATE, OFFLINE)},
    )


def forget_kiosk(connection: Connection, kiosk_id: str) -> bool:
    """Drop a retired or renamed kiosk from the fleet's list; False if there was none."""
    with connection.begin():
        result = connection.execute(delete(fleet_kiosks).where(fleet_kiosks.c.kiosk_id == kiosk_id))
    return bool(result.rowcount)


def published_revision(connection: Connection) -> str | None:
    """The pack published last, if any."""
    return connection.execute(
        select(content_packs.c.revision).order_by(content_packs.c.published_at.desc()).limit(1)
    ).scalar()


def read_fleet_on(connection: Connection) -> FleetReport:
    if connection.dialect.name == "postgresql":
        now = connection.execute(select(func.now())).scalar_one()
    else:  # a SQLite pool is a file on this machine: its clock is ours
        now = utcnow()
    rows = [dict(row._mapping) for row in connection.execute(select(fleet_kiosks))]
    return classify(rows, now, published_revision(connection))
