"""The pusher: sends outbox batches to the central pool, off the UI thread, and never loses one.

One batch is three short steps, never overlapping: read the oldest waiting outbox rows and their
fact rows from SQLite (a read, so a lead save is never blocked behind the network); upsert them
into the pool in one PostgreSQL transaction; mark them sent in SQLite. A crash or a cut between
the second and third step only sends the batch again, which the upserts ignore.

Every batch runs under a deadline: if the pool does not answer in time (a frozen link holds TCP
open and keepalives cannot tell), the socket is shut down from a timer thread, so the push fails
instead of hanging, on Windows too. Failures back off exponentially with jitter; successes reset.

``push_pending()`` drains synchronously (``kiosk sync``); ``start()``/``stop()`` run the same loop
on a daemon thread (``kiosk run``), woken right after any commit that queued rows, polling
otherwise. ``status()`` is a snapshot safe to read from any thread.
"""

from __future__ import annotations

import logging
import random
import threading
from collections import defaultdict
from collections.abc import Callable
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
from kiosk.sync.engine import deadline, describe_error
from kiosk.sync.erasure import DEADLINE_S as ERASURE_DEADLINE_S
from kiosk.sync.erasure import apply_pending, has_pending

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


@dataclass
class _Batch:
    ids: list[int]
    rows: dict[str, list[dict[str, Any]]]
    leads: set[str]
    gone: int
    waiting_rows: int
    waiting_leads: int


@dataclass
class Pusher:
    """Pushes this kiosk's outbox to the pool; see the module docstring."""

    sessions: sessionmaker[Session]
    central: Engine
    kiosk_id: str
    batch_size: int = DEFAULT_BATCH
    poll_interval_s: float = 5.0
    batch_deadline_s: float = 15.0
    backoff: Backoff = field(default_factory=Backoff)

    def __post_init__(self) -> None:
        self._conn: Connection | None = None
        self._cycle = threading.Lock()
        self._state_lock = threading.Lock()
        self._status = SyncStatus(state="stopped")
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._swept = False
        self._schema_ready = False
        self._recorded_error: str | None = None  # as last written to the kiosk database

    # ------------------------------------------------------------------ thread API

    def start(self) -> None:
        """Push in a background thread until ``stop()``; returns at once."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        event.listen(self.sessions, "after_commit", self._after_commit)
        self._thread = threading.Thread(target=self._run, name="kiosk-sync-pusher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> bool:
        """Ask the thread to finish its batch and end; True if it ended within ``timeout``."""
        self._stopping.set()
        self._wake.set()
        if event.contains(self.sessions, "after_commit", self._after_commit):
            event.remove(self.sessions, "after_commit", self._after_commit)
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
                self._wake.wait(self.poll_interval_s)
            self._wake.clear()

    # ------------------------------------------------------------------ one drain

    def push_pending(self, *, max_batches: int | None = None) -> PushReport:
        """Send waiting batches until none is left (or ``max_batches``); never raises."""
        with self._cycle:
            return self._drain(max_batches, None)

    def _drain(self, max_batches: int | None, stop: threading.Event | None) -> PushReport:
        rows: dict[str, int] = defaultdict(int)
        leads: set[str] = set()
        new_rows = gone = batches = 0
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
                new_rows += self._on_pool(partial(self._send, batch=batch), fresh)
                with self.sessions.begin() as session:
                    outbox.mark_sent(session, batch.ids)
                batches += 1
                for name, table_rows in batch.rows.items():
                    rows[name] += len(table_rows)
                leads |= batch.leads
                gone += batch.gone
                waiting = (batch.waiting_rows, batch.waiting_leads)
                self._set(
                    last_push_at=utcnow(),
                    waiting_rows=waiting[0],
                    waiting_leads=waiting[1],
                    sent_rows_total=self.status().sent_rows_total + len(batch.ids),
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
            keys: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for entry in entries:
                keys[entry.table_name].append((entry.lead_id, entry.row_id))
            rows = {
                fact.name: outbox.fetch_rows(session, fact, keys[fact.name])
                for fact in outbox.FACT_TABLES
                if fact.name in keys
            }
            after = outbox.backlog(session, after_id=entries[-1].id)
        distinct = sum(len(set(table_keys)) for table_keys in keys.values())
        found = sum(len(table_rows) for table_rows in rows.values())
        return _Batch(
            ids=[entry.id for entry in entries],
            rows=rows,
            leads={entry.lead_id for entry in entries},
            gone=distinct - found,
            waiting_rows=after.rows,
            waiting_leads=after.leads,
        )

    def _on_pool(self, work: Callable[[Connection], T], fresh: list[bool]) -> T:
        """``work(connection)``; a connection kept from an earlier drain may have died while
        idle (a server restart), so its first use in a drain is tried once more on a fresh one
        before the pool is called away."""
        retry, fresh[0] = fresh[0] and self._conn is not None, False
        try:
            return work(self._connection())
        except Exception:
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

    def _send(self, connection: Connection, *, batch: _Batch) -> int:
        new_rows = 0
        with deadline(connection, self.batch_deadline_s), connection.begin():
            for name, table_rows in batch.rows.items():
                new_rows += upsert_facts(connection, name, table_rows)
            record_push(
                connection, self.kiosk_id, len(batch.ids), batch.waiting_rows, batch.waiting_leads
            )
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
