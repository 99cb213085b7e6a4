"""The transactional outbox: every new fact row also queues itself for the central pool.

A session listener (installed on every session factory by ``make_session_factory``) adds one
``sync_outbox`` row per new lead, visit, consent, interest, matching request or meeting, and one
per changed lead or meeting, *inside the same flush*, so a lead and its outbox rows commit or
vanish together. Code that saves leads needs to know nothing about syncing. Rows written behind
the ORM's back (Core inserts) are caught later by :func:`enqueue_missing`, which the pusher runs
at start.

Deleting a fact row queues nothing: a local wipe after a verified export must never empty the
merged pool. Outbox rows whose fact row has gone are skipped by the pusher.

A row the pool refuses for its content is *set aside* (:func:`quarantine`): it keeps its place
here with the pool's reason, no longer holds up the queue, and still counts as not sent, so a
wipe keeps its lead; :func:`release_quarantined` queues it again once the cause is fixed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from weakref import WeakSet

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    and_,
    event,
    exists,
    func,
    insert,
    literal,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from kiosk.data.models import (
    Lead,
    LeadAnswer,
    LeadConsent,
    LeadExhibitor,
    LeadSector,
    LeadVisit,
    MatchingRequest,
    Meeting,
    SyncOutbox,
)
from kiosk.data.types import utcnow

OUTBOX: Table = SyncOutbox.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class FactTable:
    """A fact table copied to the pool; ``row_key`` names the column kept in ``row_id``."""

    table: Table
    lead_key: str
    row_key: str

    @property
    def name(self) -> str:
        return self.table.name

    def key_columns(self) -> tuple[ColumnElement[Any], ...]:
        """The columns that identify one row (the primary key)."""
        return tuple(self.table.primary_key.columns)

    def key_of(self, row: Any) -> tuple[str, str]:
        """``(lead_id, row_id)`` of an ORM object or a row mapping."""
        get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
        return str(get(self.lead_key)), str(get(self.row_key))


def _fact(model: Any, lead_key: str, row_key: str) -> FactTable:
    return FactTable(model.__table__, lead_key, row_key)


# Parents before children, the order rows are queued and sent in.
FACT_TABLES: tuple[FactTable, ...] = (
    _fact(Lead, "id", "id"),
    _fact(LeadVisit, "lead_id", "id"),
    _fact(LeadConsent, "lead_id", "id"),
    _fact(LeadExhibitor, "lead_id", "exhibitor_ref"),
    _fact(LeadSector, "lead_id", "sector_ref"),
    _fact(MatchingRequest, "lead_id", "id"),
    _fact(Meeting, "lead_id", "id"),  # booked meetings change too: confirmed, cancelled, moved
    _fact(LeadAnswer, "lead_id", "id"),
)
FACTS_BY_NAME: dict[str, FactTable] = {fact.name: fact for fact in FACT_TABLES}
_ORDER = {fact.name: position for position, fact in enumerate(FACT_TABLES)}

# session.info key set when a flush queued rows, so a pusher can be woken after the commit
QUEUED_FLAG = "kiosk.outbox.queued"


def _queue_rows(session: Session, _context: UOWTransaction) -> None:
    """``after_flush``: one outbox row per inserted fact row and per changed lead."""
    now = utcnow()
    found: list[tuple[int, str, str, str]] = []
    for obj in session.new:
        fact = FACTS_BY_NAME.get(getattr(getattr(obj, "__table__", None), "name", ""))
        if fact is not None:
            found.append((_ORDER[fact.name], fact.name, *fact.key_of(obj)))
    for obj in session.dirty:
        if isinstance(obj, Lead) and session.is_modified(obj, include_collections=False):
            found.append((0, "leads", obj.id, obj.id))
        elif isinstance(obj, Meeting) and session.is_modified(obj, include_collections=False):
            found.append((_ORDER["meetings"], "meetings", obj.lead_id, obj.id))
    if not found:
        return
    found.sort(key=lambda item: item[0])
    rows = [
        {"table_name": name, "lead_id": lead_id, "row_id": row_id, "queued_at": now}
        for _order, name, lead_id, row_id in found
    ]
    session.connection().execute(insert(OUTBOX), rows)
    session.info[QUEUED_FLAG] = True


# Factories already listening. Not ``event.contains``: SQLAlchemy's registry keys listeners by
# ``id(target)`` and keeps the key after the factory's session class is collected, so a new
# factory at a recycled address looked installed and silently queued nothing.
_INSTALLED: WeakSet[type[Session]] = WeakSet()


def install(sessions: sessionmaker[Session]) -> None:
    """Queue fact rows from every session the factory makes (idempotent)."""
    if sessions.class_ not in _INSTALLED:
        event.listen(sessions, "after_flush", _queue_rows)
        _INSTALLED.add(sessions.class_)


# --------------------------------------------------------------------------- the queue


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    table_name: str
    lead_id: str
    row_id: str


@dataclass(frozen=True)
class Backlog:
    """What waits to be sent: outbox rows and the distinct leads they belong to (rows set
    aside not included: ``quarantined_*`` count them)."""

    rows: int
    leads: int
    last_sent_at: datetime | None
    quarantined_rows: int = 0
    quarantined_leads: int = 0


@dataclass(frozen=True)
class SetAside:
    """Rows the pool refused for one reason: how many, of how many leads, since when."""

    reason: str
    rows: int
    leads: int
    first_at: datetime
    tables: tuple[str, ...] = ()  # the fact tables the rows belong to


_WAITING = OUTBOX.c.sent_at.is_(None) & OUTBOX.c.quarantined_at.is_(None)
_SET_ASIDE = OUTBOX.c.sent_at.is_(None) & OUTBOX.c.quarantined_at.is_not(None)


def pending(session: Session, limit: int) -> list[OutboxEntry]:
    """The oldest ``limit`` rows not yet sent nor set aside, in the order they were queued."""
    result = session.execute(
        select(OUTBOX.c.id, OUTBOX.c.table_name, OUTBOX.c.lead_id, OUTBOX.c.row_id)
        .where(_WAITING)
        .order_by(OUTBOX.c.id)
        .limit(limit)
    )
    return [OutboxEntry(*row) for row in result]


def quarantine(
    session: Session, ids: Sequence[int], reason: str, at: datetime | None = None
) -> None:
    """Set these rows aside: the pool refuses them for ``reason``; they stay, unsent."""
    values = {"quarantined_at": at or utcnow(), "quarantine_reason": reason}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(update(OUTBOX).where(OUTBOX.c.id.in_(chunk)).values(**values))


def release_quarantined(session: Session) -> int:
    """Queue every row set aside again (the cause was fixed); returns how many."""
    result = session.execute(
        update(OUTBOX).where(_SET_ASIDE).values(quarantined_at=None, quarantine_reason=None)
    )
    return max(result.rowcount or 0, 0)


def settle_set_aside(session: Session, sent: Iterable[tuple[str, str, str]]) -> None:
    """Rows set aside earlier whose row has now reached the pool (``(table, lead_id, row_id)``:
    it was sent as it is now, a lead fixed here since, say) are sent: nothing of them waits."""
    keys = list(dict.fromkeys(sent))
    if not keys or session.execute(select(OUTBOX.c.id).where(_SET_ASIDE).limit(1)).first() is None:
        return
    row = tuple_(OUTBOX.c.table_name, OUTBOX.c.lead_id, OUTBOX.c.row_id)
    at = utcnow()
    for start in range(0, len(keys), 300):
        chunk = keys[start : start + 300]
        session.execute(update(OUTBOX).where(_SET_ASIDE, row.in_(chunk)).values(sent_at=at))


def set_aside(session: Session) -> list[SetAside]:
    """Rows set aside, grouped by the pool's reason, the largest group first (they are few: a
    handful of rows the pool refuses, so they are gathered here rather than in SQL)."""
    found = session.execute(
        select(
            OUTBOX.c.quarantine_reason,
            OUTBOX.c.table_name,
            OUTBOX.c.lead_id,
            OUTBOX.c.quarantined_at,
        ).where(_SET_ASIDE)
    )
    groups: dict[str, tuple[list[str], set[str], set[str], list[datetime]]] = {}
    for reason, table, lead_id, at in found:
        rows, tables, leads, times = groups.setdefault(reason or "", ([], set(), set(), []))
        rows.append(table)
        tables.add(table)
        leads.add(lead_id)
        times.append(at)
    result = [
        SetAside(reason, len(rows), len(leads), min(times), tuple(_in_order(tables)))
        for reason, (rows, tables, leads, times) in groups.items()
    ]
    return sorted(result, key=lambda group: (-group.rows, group.reason))


def _in_order(tables: set[str]) -> list[str]:
    return sorted(tables, key=lambda name: _ORDER.get(name, len(_ORDER)))


def mark_sent(session: Session, ids: Sequence[int], at: datetime | None = None) -> None:
    """Record that the central pool has these rows (a replay later would change nothing)."""
    at = at or utcnow()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(update(OUTBOX).where(OUTBOX.c.id.in_(chunk)).values(sent_at=at))


def backlog(session: Session, *, after_id: int | None = None) -> Backlog:
    """Rows and leads waiting, and those set aside; with ``after_id``, only the rows waiting
    behind it (what the pusher reports after each batch: one count, nothing set aside)."""

    def count(condition: ColumnElement[bool]) -> tuple[int, int]:
        if after_id is not None:
            condition = condition & (OUTBOX.c.id > after_id)
        query = select(func.count(), func.count(OUTBOX.c.lead_id.distinct())).where(condition)
        rows, leads = session.execute(query).one()
        return rows, leads

    rows, leads = count(_WAITING)
    quarantined_rows, quarantined_leads = count(_SET_ASIDE) if after_id is None else (0, 0)
    last = session.execute(select(func.max(OUTBOX.c.sent_at))).scalar()
    return Backlog(rows, leads, last, quarantined_rows, quarantined_leads)


def unsent_leads(
    session_or_conn: Session | Connection, among: Sequence[str] | None = None
) -> set[str]:
    """Leads still here with rows the pool does not have yet (only ``among`` when given),
    rows set aside included: they have not reached the pool either.

    Outbox rows of leads deleted since (erased, purged) do not count: they can never be sent.
    """
    query = (
        select(OUTBOX.c.lead_id)
        .where(OUTBOX.c.sent_at.is_(None), OUTBOX.c.lead_id.in_(select(Lead.id)))
        .distinct()
    )
    if among is not None:
        query = query.where(OUTBOX.c.lead_id.in_(list(among)))
    return set(session_or_conn.execute(query).scalars())


def enqueue_missing(session: Session) -> int:
    """Queue every fact row that has no outbox row at all (rows written without the ORM)."""
    now = utcnow()
    queued = 0
    for fact in FACT_TABLES:
        lead_col = fact.table.c[fact.lead_key]
        row_col = fact.table.c[fact.row_key]
        already = exists().where(
            and_(
                OUTBOX.c.table_name == fact.name,
                OUTBOX.c.row_id == row_col,
                OUTBOX.c.lead_id == lead_col,
            )
        )
        source = select(
            literal(fact.name), lead_col, row_col, literal(now, OUTBOX.c.queued_at.type)
        )
        result = session.execute(
            insert(OUTBOX).from_select(
                ["table_name", "lead_id", "row_id", "queued_at"], source.where(~already)
            )
        )
        queued += max(result.rowcount or 0, 0)
    return queued


def fetch_rows(
    session: Session, fact: FactTable, keys: Iterable[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The current content of the named rows of one fact table (rows gone are left out)."""
    wanted = list(dict.fromkeys(keys))
    columns = fact.key_columns()
    rows: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 400):
        chunk = wanted[start : start + 400]
        if len(columns) == 1:
            condition = columns[0].in_([row_id for _lead, row_id in chunk])
        else:
            ordered = [
                (lead_id, row_id) if columns[0].name == fact.lead_key else (row_id, lead_id)
                for lead_id, row_id in chunk
            ]
            condition = tuple_(*columns).in_(ordered)
        result = session.execute(select(fact.table).where(condition))
        rows.extend(dict(row._mapping) for row in result)
    return rows
