"""Meeting tables shared by several kiosks: leases of capacity, and conflicts settled at the pool.

Why leases: kiosks must book while the link is down, and two offline kiosks must never give the
same table of the same slot to two visitors. So each table-slot is *leased* to at most one kiosk
in the pool (``matching_leases``, its primary key is the table-slot), and a kiosk books only
the tables it holds (``kiosk.services.matching.own_tables``). While online a kiosk refreshes its
share (:func:`refresh_leases`: the capacity of each slot divided by the kiosks known to the pool,
rounded up; tables it holds beyond its share and has not booked go back) and may take one more
table of a slot it has filled (:func:`take_table`). Every change runs under one advisory lock
per pool, so two kiosks never lease the same free table.

Why conflicts can still happen: staff may move a meeting on one kiosk to a table another kiosk
holds, or a table may be handed back while its meeting is still on its way. The pool keeps
every row it receives; :func:`resolve_conflicts` (run in the transaction that upserts meetings)
keeps one active meeting per table-slot by a fixed rule (confirmed before pending, then the
earliest booked, then the smallest id) and marks the others ``conflict``, listing each in
``matching_conflicts`` so staff see it with the visitor's contact (:func:`conflicts`). Nothing is
dropped: the row stays in the pool with its lead.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Connection, Engine, delete, func, insert, select, text, tuple_, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import ACTIVE_MEETING, MatchingLease, Meeting, Setting
from kiosk.data.transactions import write_locked
from kiosk.data.types import utcnow
from kiosk.domain.matching import BookingRefused, Program
from kiosk.services.matching import (
    POOLED,
    MeetingRequest,
    MeetingView,
    active_program,
    meeting_view,
)
from kiosk.sync.central import (
    dialect_insert,
    leads,
    matching_conflicts,
    matching_leases,
    meetings,
    sync_kiosks,
)
from kiosk.sync.engine import deadline

T = TypeVar("T")
LEASE_LOCK = 0x6B696F736B_0003
DEADLINE_S = 5.0
SlotKey = tuple[str, datetime]  # (exhibitor, start in UTC)


def _lock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LEASE_LOCK})


# --------------------------------------------------------------------------- conflicts


def _rank(row) -> tuple:
    """The fixed rule: confirmed first, then the earliest booked, then the smallest id."""
    return (0 if row.status == "confirmed" else 1, row.created_at, row.id)


def resolve_conflicts(connection: Connection, slots: Iterable[tuple[str, str, datetime]]) -> int:
    """Keep one active meeting per table-slot among ``slots`` ((event, exhibitor, start));
    mark the others ``conflict`` and list them for staff. Returns how many lost their table."""
    wanted = list(dict.fromkeys(slots))
    now = utcnow()
    lost = 0
    for start in range(0, len(wanted), 300):
        chunk = wanted[start : start + 300]
        rows = connection.execute(
            select(
                meetings.c.id,
                meetings.c.event_id,
                meetings.c.exhibitor_ref,
                meetings.c.starts_at,
                meetings.c.table_no,
                meetings.c.status,
                meetings.c.created_at,
                meetings.c.lead_id,
                meetings.c.kiosk_id,
            ).where(
                tuple_(meetings.c.event_id, meetings.c.exhibitor_ref, meetings.c.starts_at).in_(
                    chunk
                ),
                meetings.c.status.in_(ACTIVE_MEETING),
            )
        ).all()
        tables: dict[tuple, list] = defaultdict(list)
        for row in rows:
            tables[(row.event_id, row.exhibitor_ref, row.starts_at, row.table_no)].append(row)
        for found in tables.values():
            if len(found) < 2:
                continue
            kept, *losers = sorted(found, key=_rank)
            for row in losers:
                connection.execute(
                    update(meetings)
                    .where(meetings.c.id == row.id)
                    .values(status="conflict", updated_at=now)
                )
                record = dialect_insert(connection, matching_conflicts).values(
                    meeting_id=row.id,
                    kept_meeting_id=kept.id,
                    event_id=row.event_id,
                    exhibitor_ref=row.exhibitor_ref,
                    starts_at=row.starts_at,
                    table_no=row.table_no,
                    lead_id=row.lead_id,
                    kiosk_id=row.kiosk_id,
                )
                connection.execute(record.on_conflict_do_nothing(index_elements=["meeting_id"]))
                lost += 1
    return lost


@dataclass(frozen=True)
class Conflict:
    """A meeting that lost its table at the pool, with what staff need to call the visitor."""

    meeting_id: str
    kept_meeting_id: str
    exhibitor: str
    starts_at: datetime
    table_no: int
    kiosk_id: str
    visitor: str | None
    company: str | None
    email: str | None
    phone: str | None


def conflicts(connection: Connection, event_id: str | None = None) -> list[Conflict]:
    c = matching_conflicts.c
    query = (
        select(
            c.meeting_id,
            c.kept_meeting_id,
            c.exhibitor_ref,
            c.starts_at,
            c.table_no,
            c.kiosk_id,
            leads.c.name,
            leads.c.company,
            leads.c.email,
            leads.c.phone_e164,
        )
        .select_from(matching_conflicts.outerjoin(leads, leads.c.id == c.lead_id))
        .order_by(c.starts_at, c.exhibitor_ref)
    )
    if event_id is not None:
        query = query.where(c.event_id == event_id)
    return [Conflict(*row) for row in connection.execute(query)]


# --------------------------------------------------------------------------- leases


def _local_booked(session: Session, program: Program, kiosk_id: str) -> dict[SlotKey, set[int]]:
    """Tables this kiosk has booked (active meetings): never handed back."""
    booked: dict[SlotKey, set[int]] = defaultdict(set)
    rows = session.execute(
        select(Meeting.exhibitor_ref, Meeting.starts_at, Meeting.table_no).where(
            Meeting.event_id == program.event_id,
            Meeting.kiosk_id == kiosk_id,
            Meeting.status.in_(ACTIVE_MEETING),
        )
    )
    for exhibitor, starts_at, table in rows:
        booked[(exhibitor, starts_at)].add(table)
    return booked


def _pool_state(connection: Connection, event_id: str) -> tuple[dict, dict]:
    """(slot -> {table: kiosk} leased, slot -> tables with an active meeting) in the pool."""
    leased: dict[SlotKey, dict[int, str]] = defaultdict(dict)
    for exhibitor, starts_at, table, kiosk in connection.execute(
        select(
            matching_leases.c.exhibitor_ref,
            matching_leases.c.starts_at,
            matching_leases.c.table_no,
            matching_leases.c.kiosk_id,
        ).where(matching_leases.c.event_id == event_id)
    ):
        leased[(exhibitor, starts_at)][table] = kiosk
    taken: dict[SlotKey, set[int]] = defaultdict(set)
    for exhibitor, starts_at, table in connection.execute(
        select(meetings.c.exhibitor_ref, meetings.c.starts_at, meetings.c.table_no).where(
            meetings.c.event_id == event_id, meetings.c.status.in_(ACTIVE_MEETING)
        )
    ):
        taken[(exhibitor, starts_at)].add(table)
    return leased, taken


def _kiosks(connection: Connection, event_id: str, kiosk_id: str) -> int:
    known = set(
        connection.execute(
            select(matching_leases.c.kiosk_id).where(matching_leases.c.event_id == event_id)
        ).scalars()
    )
    known |= set(connection.execute(select(sync_kiosks.c.kiosk_id)).scalars())
    return len(known | {kiosk_id})


@dataclass(frozen=True)
class LeaseReport:
    kiosks: int
    held: int  # table-slots this kiosk holds now
    taken: int
    returned: int


def refresh_leases(
    local: sessionmaker[Session],
    central: Engine,
    kiosk_id: str,
    *,
    now: datetime | None = None,
    kiosks: int | None = None,
) -> LeaseReport | None:
    """Bring this kiosk's share of every future slot to ``ceil(capacity / kiosks)`` tables
    (``kiosks``: the kiosks the pool knows, at least this one) and copy its leases locally."""
    now = now or utcnow()
    with local() as session:
        program = active_program(session)
        if program is None:
            return None
        booked = _local_booked(session, program, kiosk_id)
    taken_count = returned = 0
    with central.connect() as connection, deadline(connection, DEADLINE_S), connection.begin():
        _lock(connection)
        count = kiosks or _kiosks(connection, program.event_id, kiosk_id)
        leased, in_pool = _pool_state(connection, program.event_id)
        give_back: list[tuple] = []
        new: list[dict] = []
        for slot in program.slots:
            if slot.starts_at <= now:
                continue
            share = math.ceil(slot.capacity / count)
            holders = leased.get(slot.key, {})
            mine = {t for t, k in holders.items() if k == kiosk_id}
            spare = sorted(mine - booked.get(slot.key, set()), reverse=True)
            for table in spare[: max(len(mine) - share, 0)]:
                give_back.append((program.event_id, slot.exhibitor, slot.starts_at, table))
            need = share - len(mine)
            if need > 0:
                busy = set(holders) | in_pool.get(slot.key, set())
                free = [t for t in range(1, slot.capacity + 1) if t not in busy][:need]
                new += [
                    {
                        "event_id": program.event_id,
                        "exhibitor_ref": slot.exhibitor,
                        "starts_at": slot.starts_at,
                        "table_no": t,
                        "kiosk_id": kiosk_id,
                    }
                    for t in free
                ]
        give_back = _forget_locally(local, program, kiosk_id, give_back)
        key = tuple_(
            matching_leases.c.event_id,
            matching_leases.c.exhibitor_ref,
            matching_leases.c.starts_at,
            matching_leases.c.table_no,
        )
        for start in range(0, len(give_back), 300):
            connection.execute(
                delete(matching_leases).where(
                    key.in_(give_back[start : start + 300]),
                    matching_leases.c.kiosk_id == kiosk_id,
                )
            )
        if new:
            connection.execute(insert(matching_leases), new)
        taken_count, returned = len(new), len(give_back)
        held = connection.execute(
            select(
                matching_leases.c.exhibitor_ref,
                matching_leases.c.starts_at,
                matching_leases.c.table_no,
            ).where(
                matching_leases.c.event_id == program.event_id,
                matching_leases.c.kiosk_id == kiosk_id,
            )
        ).all()
    _copy_locally(local, program.event_id, held)
    return LeaseReport(count, len(held), taken_count, returned)


def _forget_locally(
    local: sessionmaker[Session], program: Program, kiosk_id: str, give_back: list[tuple]
) -> list[tuple]:
    """Stop booking the tables about to go back, before the pool hears of it: under the local
    write lock, drop those booked meanwhile from the list and delete the others' leases."""
    if not give_back:
        return give_back
    with write_locked(local) as connection:
        booked: dict[SlotKey, set[int]] = defaultdict(set)
        for exhibitor, starts_at, table in connection.execute(
            select(Meeting.exhibitor_ref, Meeting.starts_at, Meeting.table_no).where(
                Meeting.event_id == program.event_id,
                Meeting.kiosk_id == kiosk_id,
                Meeting.status.in_(ACTIVE_MEETING),
            )
        ):
            booked[(exhibitor, starts_at)].add(table)
        kept = [g for g in give_back if g[3] not in booked.get((g[1], g[2]), set())]
        lease = tuple_(
            MatchingLease.event_id,
            MatchingLease.exhibitor_ref,
            MatchingLease.starts_at,
            MatchingLease.table_no,
        )
        for start in range(0, len(kept), 300):
            connection.execute(delete(MatchingLease).where(lease.in_(kept[start : start + 300])))
    return kept


def _copy_locally(local: sessionmaker[Session], event_id: str, held) -> None:
    """The kiosk's leases as the pool has them, replacing its own copy; the kiosk is pooled."""
    from kiosk.data.settings_repo import set_setting

    with local.begin() as session:
        session.execute(delete(MatchingLease).where(MatchingLease.event_id == event_id))
        if held:
            session.execute(
                insert(MatchingLease),
                [
                    {
                        "event_id": event_id,
                        "exhibitor_ref": exhibitor,
                        "starts_at": starts_at,
                        "table_no": table,
                        "leased_at": utcnow(),
                    }
                    for exhibitor, starts_at, table in held
                ],
            )
        set_setting(session, POOLED, "1")


def take_table(
    local: sessionmaker[Session], central: Engine, kiosk_id: str, exhibitor: str, starts_at
) -> int | None:
    """Online, one more table of a slot this kiosk has filled: leased in the pool, then copied
    locally. None when every table of the slot is leased or booked elsewhere."""
    with local() as session:
        program = active_program(session)
    if program is None:
        return None
    slot = program.slot_at(exhibitor, starts_at)
    if slot is None:
        return None
    with central.connect() as connection, deadline(connection, DEADLINE_S), connection.begin():
        _lock(connection)
        leased = set(
            connection.execute(
                select(matching_leases.c.table_no).where(
                    matching_leases.c.event_id == program.event_id,
                    matching_leases.c.exhibitor_ref == exhibitor,
                    matching_leases.c.starts_at == starts_at,
                )
            ).scalars()
        )
        booked = set(
            connection.execute(
                select(meetings.c.table_no).where(
                    meetings.c.event_id == program.event_id,
                    meetings.c.exhibitor_ref == exhibitor,
                    meetings.c.starts_at == starts_at,
                    meetings.c.status.in_(ACTIVE_MEETING),
                )
            ).scalars()
        )
        free = [t for t in range(1, slot.capacity + 1) if t not in leased | booked]
        if not free:
            return None
        connection.execute(
            insert(matching_leases).values(
                event_id=program.event_id,
                exhibitor_ref=exhibitor,
                starts_at=starts_at,
                table_no=free[0],
                kiosk_id=kiosk_id,
            )
        )
    with local.begin() as session:
        session.add(
            MatchingLease(
                event_id=program.event_id,
                exhibitor_ref=exhibitor,
                starts_at=starts_at,
                table_no=free[0],
            )
        )
    return free[0]


def double_booked(connection: Connection) -> int:
    """Table-slots of the pool holding more than one active meeting (must be 0)."""
    per_table = (
        select(func.count().label("n"))
        .where(meetings.c.status.in_(ACTIVE_MEETING))
        .group_by(
            meetings.c.event_id, meetings.c.exhibitor_ref, meetings.c.starts_at, meetings.c.table_no
        )
        .subquery()
    )
    return connection.execute(select(func.count()).where(per_table.c.n > 1)).scalar() or 0


class LeaseKeeper:
    """Refreshes this kiosk's leases at most every ``interval_s`` while the pool answers (the
    pusher calls it after each drain that reached the pool)."""

    def __init__(
        self,
        local: sessionmaker[Session],
        central: Engine,
        kiosk_id: str,
        *,
        interval_s: float = 60.0,
        kiosks: int | None = None,
    ) -> None:
        self.local, self.central, self.kiosk_id = local, central, kiosk_id
        self.interval_s, self.kiosks = interval_s, kiosks
        self._last = -math.inf

    def __call__(self) -> None:
        if time.monotonic() - self._last < self.interval_s:
            return
        refresh_leases(self.local, self.central, self.kiosk_id, kiosks=self.kiosks)
        self._last = time.monotonic()


# --------------------------------------------------------------------------- staff, on the pool

_POOL_CHANGES = {"confirm": (("pending",), "confirmed"), "cancel": (ACTIVE_MEETING, "cancelled")}


def pool_meetings(connection: Connection, event_id: str) -> list:
    """Every meeting the pool holds for the event, with the visitor's contact, in time order."""
    m = meetings.c
    return connection.execute(
        select(
            m.id,
            m.exhibitor_ref,
            m.starts_at,
            m.ends_at,
            m.table_no,
            m.status,
            m.lead_id,
            m.kiosk_id,
            leads.c.name,
            leads.c.company,
            leads.c.email,
            leads.c.phone_e164,
        )
        .select_from(meetings.outerjoin(leads, leads.c.id == m.lead_id))
        .where(m.event_id == event_id)
        .order_by(m.starts_at, m.exhibitor_ref, m.table_no)
    ).all()


def change_pool_status(connection: Connection, meeting_id: str, action: str) -> str:
    """Confirm or cancel a meeting in the pool (newer than the kiosk's copy, so it wins)."""
    from kiosk.errors import KioskError

    allowed, status = _POOL_CHANGES[action]
    found = connection.execute(
        select(meetings.c.id, meetings.c.status).where(meetings.c.id.startswith(meeting_id))
    ).all()
    if len(found) != 1:
        raise KioskError(f"no meeting with id {meeting_id!r} in the pool", exit_code=2)
    ident, before = found[0]
    if before not in allowed:
        raise KioskError(
            f"meeting {ident} is {before} in the pool; it cannot be {status}", exit_code=2
        )
    connection.execute(
        update(meetings).where(meetings.c.id == ident).values(status=status, updated_at=utcnow())
    )
    return ident


def submit_taking_more(
    submit: Callable[[], T],
    local: sessionmaker[Session],
    central_url: str | None,
    kiosk_id: str,
    requests: Sequence[MeetingRequest],
) -> T:
    """``submit()``; if a slot is full *for this kiosk* and the pool answers, lease one more
    table of it (:func:`take_table`) and submit once more. Offline, the refusal stands."""
    try:
        return submit()
    except BookingRefused as exc:
        if exc.code != "slot_full" or not central_url:
            raise
        wanted = next((r for r in requests if r.exhibitor == exc.params.get("exhibitor")), None)
        with local() as session:
            program = active_program(session)
            pooled = session.get(Setting, POOLED)
        if wanted is None or program is None or pooled is None or pooled.value != "1":
            raise
        from kiosk.sync.engine import make_central_engine

        central = make_central_engine(central_url, connect_timeout_s=3)
        try:
            table = take_table(
                local, central, kiosk_id, wanted.exhibitor, program.to_utc(wanted.starts_at)
            )
        except Exception:
            raise exc from None
        finally:
            central.dispose()
        if table is None:
            raise
        return submit()


def pool_views(
    connection: Connection, program: Program, names: dict[str, dict[str, str]]
) -> list[MeetingView]:
    """The pool's meetings of the event as the staff's lists and agendas show them."""
    views = []
    for r in pool_meetings(connection, program.event_id):
        views.append(
            meeting_view(
                program,
                names,
                id=r.id,
                lead_id=r.lead_id,
                exhibitor=r.exhibitor_ref,
                starts_at=r.starts_at,
                ends_at=r.ends_at,
                table_no=r.table_no,
                status=r.status,
                visitor=r.name or "",
                company=r.company,
                email=r.email,
                phone=r.phone_e164,
                kiosk_id=r.kiosk_id,
                created_at=r.starts_at,
            )
        )
    return views
