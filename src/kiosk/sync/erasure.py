"""A visitor's erasure reaches the central pool too, and is never lost on the way.

``kiosk leads erase`` (and the staff screen) delete the visitor's leads here and, when the kiosk
feeds a pool, :func:`queue` a pending central erasure in the same local transaction. It is
applied at once if the pool answers (:func:`apply_now`); otherwise the pusher applies it first
thing on its next successful contact, before sending any lead. The pending row lives in the
kiosk's database, so it survives a cut link, a restart or a crash.

In the pool, one erasure is one transaction holding the erasure lock (pushes wait for it):

- the leads: the ids erased here, plus every pooled lead that was ever given the same email key
  or E.164 phone (on the lead or on any visit), from any kiosk;
- widened to the whole merged person: leads linked to those through another shared email or
  phone are the same visitor by the merge rule (:mod:`kiosk.sync.people`);
- every fact row of those leads is deleted, their ids are kept in ``erased_leads`` so no later
  push, USB merge or replay brings them back, and ``people`` is rewritten without them.

Back here, any local copy of those leads (one linked to the visitor only through the person) is
deleted too, the pending row removed and the outcome audited (without the personal data).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, delete, exists, select, text
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.lead_tables import lead_ids_matching
from kiosk.data.migrate import CENTRAL_VERSION_TABLE, head_revision, upgrade
from kiosk.data.models import Lead, PendingCentralErasure
from kiosk.data.outbox import FACT_TABLES
from kiosk.services import audit, rights
from kiosk.services.lead_deletion import compact
from kiosk.services.rights import ErasureResult
from kiosk.sync.central import ERASURE_LOCK, FACTS, POOL, dialect_insert, erased_leads
from kiosk.sync.engine import deadline, describe_error
from kiosk.sync.people import find_people, lock_merging, write_people

DEADLINE_S = 30.0  # one erasure re-reads the pool's leads to find the whole person
_CHUNK = 500


@dataclass(frozen=True)
class Pending:
    """A pending erasure as read from the kiosk's database."""

    id: int
    actor: str
    email_key: str | None
    phone_e164: str | None
    lead_ids: tuple[str, ...]

    @property
    def by(self) -> str:
        return "email" if self.email_key is not None else "phone"


@dataclass(frozen=True)
class Applied:
    """One erasure done in the pool: leads deleted there and local copies deleted here."""

    in_pool: int
    here: int


@dataclass(frozen=True)
class CentralErasureReport:
    """What :func:`apply_now` did: erasures applied, and how many still wait (with why)."""

    applied: list[Applied]
    pending: int
    error: str | None = None

    @property
    def erased_in_pool(self) -> int:
        return sum(item.in_pool for item in self.applied)

    @property
    def deleted_here(self) -> int:
        return sum(item.here for item in self.applied)


def pending_erasures(session: Session) -> list[Pending]:
    """The erasures the pool has not applied yet, oldest first."""
    rows = session.scalars(select(PendingCentralErasure).order_by(PendingCentralErasure.id))
    return [
        Pending(row.id, row.actor, row.email_key, row.phone_e164, tuple(row.lead_ids or ()))
        for row in rows
    ]


def has_pending(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(PendingCentralErasure.id.isnot(None)))))


def erase_in_pool(connection: Connection, item: Pending) -> tuple[set[str], int]:
    """Erase the visitor in the pool, inside the caller's transaction.

    Returns every lead id erased (for the local follow-up) and how many pooled leads went.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ERASURE_LOCK})
    lock_merging(connection)
    matched = set(item.lead_ids)
    matching = lead_ids_matching(POOL, email_key=item.email_key, phone_e164=item.phone_e164)
    matched.update(connection.execute(matching).scalars())
    _count, found = find_people(connection)
    gone = {person.id for person in found if matched.intersection(person.lead_ids)}
    doomed = matched.union(*(p.lead_ids for p in found if p.id in gone))
    ordered = sorted(doomed)
    pooled = 0
    for fact in FACT_TABLES:
        table = FACTS[fact.name]
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            result = connection.execute(delete(table).where(table.c[fact.lead_key].in_(chunk)))
            if table.name == "leads":
                pooled += max(result.rowcount, 0)
    stmt = dialect_insert(connection, erased_leads).on_conflict_do_nothing(
        index_elements=["lead_id"]
    )
    for start in range(0, len(ordered), _CHUNK):
        connection.execute(
            stmt, [{"lead_id": lead_id} for lead_id in ordered[start : start + _CHUNK]]
        )
    write_people(connection, [person for person in found if person.id not in gone])
    return doomed, pooled


def apply_pending(
    sessions: sessionmaker[Session], connection: Connection, deadline_s: float = DEADLINE_S
) -> Iterator[Applied]:
    """Apply every pending erasure through ``connection``, oldest first, yielding each once
    done; raises (leaving the rest pending) when the pool fails or does not answer within
    ``deadline_s`` for one erasure."""
    with sessions() as session:
        waiting = pending_erasures(session)
    for item in waiting:
        with deadline(connection, deadline_s), connection.begin():
            doomed, pooled = erase_in_pool(connection, item)
        yield _settle(sessions, item, doomed, pooled)


def _settle(
    sessions: sessionmaker[Session], item: Pending, doomed: set[str], pooled: int
) -> Applied:
    """Here: drop the pending row, delete local copies of the erased leads, audit; once only
    (the pusher and a staff erasure may both apply the same row: the pool side is idempotent)."""
    ordered: Sequence[str] = sorted(doomed)
    with sessions.begin() as session:
        claim = session.execute(
            delete(PendingCentralErasure).where(PendingCentralErasure.id == item.id)
        )
        if not claim.rowcount:
            return Applied(pooled, 0)
        here = 0
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            here += max(session.execute(delete(Lead).where(Lead.id.in_(chunk))).rowcount, 0)
        audit.record(
            session,
            "leads.erase.central",
            actor=item.actor,
            detail={"by": item.by, "deleted_in_pool": pooled, "deleted_here": here},
        )
    return Applied(pooled, here)


@dataclass(frozen=True)
class PooledErasureResult(ErasureResult):
    """An erasure here and in the pool: ``central`` says what the pool did or why not yet."""

    central: CentralErasureReport | None = None


def erase_everywhere(
    sessions: sessionmaker[Session], central: Engine, **visitor: Any
) -> PooledErasureResult:
    """Erase a visitor here (``kiosk.services.rights.erase``: ``email`` or ``phone``,
    ``region``, ``actor``) and in the pool: now if it answers, else by the pusher later."""
    here = rights.erase(sessions, queue_central=True, **visitor)
    pooled = apply_now(sessions, central)
    if pooled.deleted_here:
        compact(sessions)
    return PooledErasureResult(here.deleted, here.exports, pooled)


def apply_now(
    sessions: sessionmaker[Session], central: Engine, deadline_s: float = DEADLINE_S
) -> CentralErasureReport:
    """Try the pending erasures now; never raises: a pool away leaves them pending, said why."""
    applied: list[Applied] = []
    error = None
    try:
        with central.connect() as connection:
            if not _pool_is_current(connection, deadline_s):
                upgrade(central, central=True)  # a pool no kiosk reached yet: its tables first
            applied.extend(apply_pending(sessions, connection, deadline_s))
    except Exception as exc:
        error = describe_error(exc)
    with sessions() as session:
        left = len(pending_erasures(session))
    return CentralErasureReport(applied, left, error)


def _pool_is_current(connection: Connection, deadline_s: float) -> bool:
    """The pool's schema is at head (asked under the deadline: the link may be frozen)."""
    with deadline(connection, deadline_s):
        context = MigrationContext.configure(
            connection, opts={"version_table": CENTRAL_VERSION_TABLE}
        )
        current = context.get_current_revision()
        connection.rollback()
    return current == head_revision(central=True)
