"""The pusher: sends outbox batches to the central pool, off the UI thread, and never loses one.

One batch is three short steps, never overlapping: read the oldest waiting outbox rows and their
fact rows from SQLite (a read, so a lead save is never blocked behind the network); upsert them
into the pool in one PostgreSQL transaction; mark them sent in SQLite. A crash or a cut between
the second and third step only sends the batch again, which the upserts ignore.

Every batch runs under a deadline: if the pool does not answer in time (a frozen link holds TCP
open and keepalives cannot tell), the socket is shut down from a timer thread, so the push fails
instead of hanging, on Windows too. Failures back off exponentially with jitter; successes reset.

A batch the pool refuses because of what one of its rows holds (a value too long for the
pool's column, a check; :func:`kiosk.sync.engine.rejects_row`) would fail the same way forever
and hold up every row behind it. Instead the batch is split until the refused rows are found
(:mod:`kiosk.sync.isolate`); those are set aside in the outbox with the pool's reason (kept,
never deleted, and still unsent for a wipe), the others are sent, and the queue moves on.

``push_pending()`` drains synchronously (``kiosk sync``); ``start()``/``stop()`` run the same loop
on a daemon thread (``kiosk run``), woken right after any commit that queued rows, polling
otherwise. ``status()`` is a snapshot safe to read from any thread.
"""

from __future__ import annotations

import logging
import random
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data import outbox
from kiosk.data.migrate import upgrade
from kiosk.data.settings_repo import delete_setting, get_setting, set_setting
from kiosk.data.types import utcnow
from kiosk.sync.central import record_push, upsert_facts
from kiosk.sync.engine import deadline, describe_error, rejects_row
from kiosk.sync.erasure import DEADLINE_S as ERASURE_DEADLINE_S
from kiosk.sync.erasure import apply_pending, has_pending
from kiosk.sync.isolate import send_isolating

log = logging.getLogger("kiosk.sync")

LAST_ERROR = "sync.last_error"
DEFAULT_BATCH = 500

T = TypeVar("T")


class Backoff:
    """Exponential delays with jitter: ``first``, then doubling up to ``cap``; ``reset()`` on
    success. Jitter keeps ten kiosks from reconnecting in lockstep after an outage."""

    def __init__(
        self,
        first: float = 0.5,
        cap: float = 30.0,
        *,
        jitter: float = 0.2,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.first, self.cap, self.jitter, self._rng = first, cap, jitter, rng
        self.failures = 0

    def next(self) -> float:
        delay = min(self.cap, self.first * 2 ** min(self.failures, 32))
        self.failures += 1
        return delay * (1 - self.jitter + 2 * self.jitter * self._rng())

    def reset(self) -> None:
        self.failures = 0


@dataclass(frozen=True)
class PushReport:
    """What one drain sent and what still waits."""

    rows: dict[str, int]
    new_rows: int
    leads: int
    gone: int
    batches: int
    waiting_rows: int
    waiting_leads: int
    error: str | None = None
    erasures: int = 0  # visitors' erasures applied in the pool before sending
    set_aside: int = 0  # rows the pool refused for their content during this drain

    @property
    def sent_rows(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot for the dashboard and ``kiosk sync --status``."""

    state: str  # "stopped", "idle", "pushing" or "offline"
    waiting_rows: int = 0
    waiting_leads: int = 0
    last_push_at: datetime | None = None
    last_error: str | None = None
    retry_at: datetime | None = None
    sent_rows_total: int = 0


@dataclass(frozen=True)
class _Row:
    """One fact row to send, and the outbox rows it answers (a lead changed twice has two)."""

    table: str
    values: dict[str, Any]
    ids: tuple[int, ...]
    lead_id: str
    row_id: str

    @property
    def key(self) -> tuple[str, str, str]:
        return self.table, self.lead_id, self.row_id


@dataclass
class _Batch:
    rows: list[_Row]
    gone_ids: list[int]  # outbox rows whose fact row was deleted here: nothing to send
    waiting_rows: int
    waiting_leads: int

    @property
    def ids(self) -> list[int]:
        return [*self.gone_ids, *(i for row in self.rows for i in row.ids)]

    @property
    def leads(self) -> set[str]:
        return {row.lead_id for row in self.rows}


@dataclass
class _Outcome:
    """What one batch did: rows the pool took (and how many were new there), rows set aside."""

    sent: list[_Row] = field(default_factory=list)
    new_rows: int = 0
    set_aside: int = 0

    @property
    def sent_ids(self) -> int:
        return sum(len(row.ids) for row in self.sent)


@dataclass
class Pusher:
    """Pushes this kiosk's outbox to the pool; see the module docstring."""

    sessions: sessionmaker[Session]
    central: Engine
    kiosk_id: str  # may change while it runs: staff renamed the kiosk (read once per batch)
    batch_size: int = DEFAULT_BATCH
    poll_interval_s: float = 5.0
    batch_deadline_s: float = 15.0
    backoff: Backoff = field(default_factory=Backoff)
    # Called on the pusher's thread after each drain that reached the pool (the matching
    # table leases are refreshed then, see kiosk.sync.matching_pool.LeaseKeeper).
    after_drain: Callable[[], None] | None = None

    def __post_init__(self) -> None:
        self._conn: Connection | None = None
        self._cycle = threading.Lock()
        self._state_lock = threading.Lock()
        self._status = SyncStatus(state="stopped")
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._swept = False
        self._listening = False  # our after_commit listener is registered
        self._schema_ready = False
        self._recorded_error: str | None = None  # as last written to the kiosk database

    # ------------------------------------------------------------------ thread API

    def start(self) -> None:
        """Push in a background thread until ``stop()``; returns at once."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        if not self._listening:
            event.listen(self.sessions, "after_commit", self._after_commit)
            self._listening = True
        self._thread = threading.Thread(target=self._run, name="kiosk-sync-pusher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> bool:
        """Ask the thread to finish its batch and end; True if it ended within ``timeout``."""
        self._stopping.set()
        self._wake.set()
        if self._listening:  # our own flag: event.contains can be fooled by a recycled id
            event.remove(self.sessions, "after_commit", self._after_commit)
            self._listening = False
        thread, self._thread = self._thread, None
        ended = True
        if thread is not None:
            thread.join(self.batch_deadline_s + 2 if timeout is None else timeout)
            ended = not thread.is_alive()
        if ended:
            self._close()
            self._set(state="stopped", retry_at=None)
        return ended

    def wake(self) -> None:
        """Push now rather than at the next poll (called after a lead is saved)."""
        self._wake.set()

    def status(self) -> SyncStatus:
        with self._state_lock:
            return self._status

    def _after_commit(self, session: Session) -> None:
        if session.info.pop(outbox.QUEUED_FLAG, False):
            self._wake.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            with self._cycle:
                report = self._drain(None, self._stopping)
            if self._stopping.is_set():
                break
            if report.error:
                delay = self.backoff.next()
                self._set(retry_at=utcnow() + timedelta(seconds=delay))
                self._stopping.wait(delay)  # lead saves do not cut a backoff short
            else:
                self.backoff.reset()
                self._while_online()
                self._wake.wait(self.poll_interval_s)
            self._wake.clear()

    def _while_online(self) -> None:
        if self.after_drain is None:
            return
        try:
            self.after_drain()
        except Exception as exc:  # the pool went away meanwhile: next time
            log.info("after the push: %s", describe_error(exc))

    # ------------------------------------------------------------------ one drain

    def push_pending(self, *, max_batches: int | None = None) -> PushReport:
        """Send waiting batches until none is left (or ``max_batches``); never raises."""
        with self._cycle:
            return self._drain(max_batches, None)

    def _drain(self, max_batches: int | None, stop: threading.Event | None) -> PushReport:
        rows: dict[str, int] = defaultdict(int)
        leads: set[str] = set()
        new_rows = gone = batches = set_aside = 0
        waiting = (0, 0)
        error: str | None = None
        erasures = 0
        fresh = [True]  # only the first use of a kept connection in a drain may be retried
        try:
            self._sweep()
            erasures = self._apply_erasures(fresh)
            while max_batches is None or batches < max_batches:
                if stop is not None and stop.is_set():
                    break
                batch = self._read_batch()
                if batch is None:
                    waiting = (0, 0)
                    break
                self._set(state="pushing")
                outcome = _Outcome()
                try:
                    self._push_batch(batch, fresh, outcome)
                finally:  # what went through before a lost link counts, and is marked sent
                    new_rows += outcome.new_rows
                    set_aside += outcome.set_aside
                    for row in outcome.sent:
                        rows[row.table] += 1
                        leads.add(row.lead_id)
                batches += 1
                gone += len(batch.gone_ids)
                waiting = (batch.waiting_rows, batch.waiting_leads)
                self._set(
                    last_push_at=utcnow(),
                    waiting_rows=waiting[0],
                    waiting_leads=waiting[1],
                    sent_rows_total=self.status().sent_rows_total + outcome.sent_ids,
                )
        except Exception as exc:
            self._close()
            error = describe_error(exc)
            waiting = self._count_waiting(waiting)
        self._after_drain(error, waiting)
        return PushReport(
            rows=dict(rows),
            new_rows=new_rows,
            leads=len(leads),
            gone=gone,
            batches=batches,
            waiting_rows=waiting[0],
            waiting_leads=waiting[1],
            error=error,
            erasures=erasures,
            set_aside=set_aside,
        )

    def _sweep(self) -> None:
        """Once per pusher: queue fact rows that were written without the ORM listener."""
        if self._swept:
            return
        with self.sessions.begin() as session:
            self._recorded_error = get_setting(session, LAST_ERROR)
            queued = outbox.enqueue_missing(session)
        if queued:
            log.info("queued %d fact rows that had no outbox entry", queued)
        self._swept = True

    def _count_waiting(self, fallback: tuple[int, int]) -> tuple[int, int]:
        try:
            with self.sessions() as session:
                found = outbox.backlog(session)
        except Exception:
            return fallback
        return found.rows, found.leads

    def _read_batch(self) -> _Batch | None:
        with self.sessions() as session:
            entries = outbox.pending(session, self.batch_size)
            if not entries:
                return None
            ids: dict[str, dict[tuple[str, str], list[int]]] = defaultdict(dict)
            for entry in entries:
                key = (entry.lead_id, entry.row_id)
                ids[entry.table_name].setdefault(key, []).append(entry.id)
            rows: list[_Row] = []
            for fact in outbox.FACT_TABLES:  # parents first, as queued
                wanted = ids.get(fact.name, {})
                for values in outbox.fetch_rows(session, fact, wanted) if wanted else ():
                    key = fact.key_of(values)
                    rows.append(_Row(fact.name, values, tuple(wanted.pop(key)), *key))
            after = outbox.backlog(session, after_id=entries[-1].id)
        gone = [i for table_ids in ids.values() for found in table_ids.values() for i in found]
        return _Batch(rows, gone, after.rows, after.leads)

    def _on_pool(self, work: Callable[[Connection], T], fresh: list[bool]) -> T:
        """``work(connection)``; a connection kept from an earlier drain may have died while
        idle (a server restart), so its first use in a drain is tried once more on a fresh one
        before the pool is called away. A row the pool refuses leaves the connection sound."""
        retry, fresh[0] = fresh[0] and self._conn is not None, False
        try:
            return work(self._connection())
        except Exception as exc:
            if rejects_row(exc):
                raise
            self._close()
            if not retry:
                raise
            return work(self._connection())

    def _apply_erasures(self, fresh: list[bool]) -> int:
        """Visitors' erasures recorded while the pool was away go first, before any lead."""
        with self.sessions() as session:
            if not has_pending(session):
                return 0

        def apply(connection: Connection) -> int:
            return len(list(apply_pending(self.sessions, connection, ERASURE_DEADLINE_S)))

        applied = self._on_pool(apply, fresh)
        log.info("applied %d pending erasure(s) in the central pool", applied)
        return applied

    def _push_batch(self, batch: _Batch, fresh: list[bool], outcome: _Outcome) -> None:
        """Send the batch in one transaction; if the pool refuses a row in it, find that row,
        set it aside, and send the rest (see the module docstring)."""

        def send(rows: Sequence[_Row]) -> None:
            outcome.new_rows += self._on_pool(partial(self._send, rows=rows, batch=batch), fresh)
            with self.sessions.begin() as session:
                outbox.mark_sent(session, [i for row in rows for i in row.ids])
                outbox.settle_set_aside(session, (row.key for row in rows))
            outcome.sent.extend(rows)

        if batch.gone_ids:
            with self.sessions.begin() as session:
                outbox.mark_sent(session, batch.gone_ids)
        for row, error in send_isolating(batch.rows, send):
            self._set_aside(row, describe_error(error))
            outcome.set_aside += len(row.ids)

    def _set_aside(self, row: _Row, reason: str) -> None:
        log.warning(
            "the central pool refuses %s row %s of lead %s, set aside: %s",
            row.table,
            row.ids,
            row.lead_id,
            reason,
        )
        with self.sessions.begin() as session:
            outbox.quarantine(session, row.ids, reason)

    def _send(
        self, connection: Connection, *, batch: _Batch, rows: Sequence[_Row] | None = None
    ) -> int:
        """Upsert ``rows`` (the whole batch by default) in one pool transaction."""
        rows = batch.rows if rows is None else rows
        new_rows = 0
        by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            by_table[row.table].append(row.values)
        with deadline(connection, self.batch_deadline_s), connection.begin():
            for name, table_rows in by_table.items():
                new_rows += upsert_facts(connection, name, table_rows)
            sent = sum(len(row.ids) for row in rows)
            record_push(connection, self.kiosk_id, sent, batch.waiting_rows, batch.waiting_leads)
        return new_rows

    def _connection(self) -> Connection:
        if self._conn is None:
            if not self._schema_ready:
                # The first kiosk to reach a new pool creates its tables; nobody waits for it.
                upgrade(self.central, central=True)
                self._schema_ready = True
            self._conn = self.central.connect()
        return self._conn

    def _close(self) -> None:
        connection, self._conn = self._conn, None
        if connection is None:
            return
        try:
            connection.invalidate()
            connection.close()
        except Exception:  # a dead socket may complain on the way out; it is gone either way
            log.debug("closing the central connection failed", exc_info=True)

    # ------------------------------------------------------------------ state

    def _set(self, **changes: Any) -> None:
        with self._state_lock:
            self._status = replace(self._status, **changes)

    def _after_drain(self, error: str | None, waiting: tuple[int, int]) -> None:
        previous = self.status().last_error
        if error:
            if previous is None:
                log.warning("central pool unreachable, leads wait locally: %s", error)
            self._set(
                state="offline", last_error=error, waiting_rows=waiting[0], waiting_leads=waiting[1]
            )
        else:
            if previous is not None:
                log.info("central pool reachable again")
            self._set(
                state="idle" if self._thread else "stopped",
                last_error=None,
                retry_at=None,
                waiting_rows=waiting[0],
                waiting_leads=waiting[1],
            )
        if error != previous or (error is None and self._recorded_error is not None):
            self._remember_error(error)

    def _remember_error(self, error: str | None) -> None:
        """Keep the last error in the kiosk database, for ``kiosk sync --status`` elsewhere."""
        stored = f"{utcnow().isoformat(timespec='seconds')} {error}" if error else None
        try:
            with self.sessions.begin() as session:
                if stored:
                    set_setting(session, LAST_ERROR, stored)
                else:
                    delete_setting(session, LAST_ERROR)
            self._recorded_error = stored
        except Exception:
            log.debug("could not record the sync error", exc_info=True)


def stored_error(sessions: sessionmaker[Session]) -> str | None:
    """The error the last pusher left behind (time and message), if any."""
    with sessions() as session:
        return get_setting(session, LAST_ERROR)
