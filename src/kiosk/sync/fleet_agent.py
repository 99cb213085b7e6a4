"""The fleet agent inside ``kiosk run`` (with a pool): a heartbeat every minute, new content
fetched when it is published.

Each cycle, on its own daemon thread (never the UI's): record a heartbeat in the local queue
(it is kept even while the pool is away), send the queue, then ask the pool which content
revision this kiosk should show and, when it is new here, download and stage it. The window
imports a staged pack at its next idle moment (``on_staged`` tells it one is waiting). A
failure of the link is logged once and tried again at the next cycle; the lead pusher runs
apart, so a large download never delays a lead.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.migrate import upgrade
from kiosk.services import fleet as local
from kiosk.sync.content_pool import fetch, staged_revision, wanted_revision
from kiosk.sync.engine import describe_error
from kiosk.sync.fleet import send_heartbeats

log = logging.getLogger("kiosk.sync.fleet")

HEARTBEAT_INTERVAL_S = 60.0


@dataclass
class FleetAgent:
    """See the module docstring. ``last_touch`` returns when a visitor last touched the screen."""

    sessions: sessionmaker[Session]
    central: Engine
    kiosk_id: Callable[[], str]
    data_dir: Path
    last_touch: Callable[[], datetime | None] = lambda: None
    on_staged: Callable[[str], None] = lambda _revision: None
    interval_s: float = HEARTBEAT_INTERVAL_S
    started: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._schema_ready = False
        self.last_error: str | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="kiosk-fleet", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> bool:
        self._stopping.set()
        self._wake.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def wake(self) -> None:
        """A beat now (content was just applied: the fleet should see it at once)."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self.cycle()
            self._wake.wait(self.interval_s)
            self._wake.clear()

    def beat(self) -> local.Heartbeat:
        """Record this kiosk's heartbeat in the local queue."""
        heartbeat = local.collect(
            self.sessions,
            self.kiosk_id(),
            self.data_dir,
            uptime_s=time.monotonic() - self.started,
            last_touch_at=self.last_touch(),
        )
        local.record_heartbeat(self.sessions, heartbeat)
        return heartbeat

    def cycle(self) -> str | None:
        """One beat, one send, one content check; returns the revision staged, if any. Never
        raises: a failure is kept in ``last_error`` and logged when it changes."""
        staged = None
        step = "the heartbeat"
        try:
            self.beat()
            if not self._schema_ready:
                upgrade(self.central, central=True)
                self._schema_ready = True
            with self.central.connect() as connection:
                send_heartbeats(self.sessions, connection)
                step = "the content check"
                staged = self._check_content(connection)
        except Exception as exc:
            error = f"{step}: {describe_error(exc)}"
            if error != self.last_error:
                log.warning("fleet: %s failed, tried again in a minute", error)
            self.last_error = error
            return None
        if self.last_error is not None:
            log.info("fleet: heartbeats reach the central pool again")
        self.last_error = None
        return staged

    def _check_content(self, connection: Connection) -> str | None:
        state = local.read_content_state(self.sessions)
        wanted = wanted_revision(connection, state)
        if wanted is None or staged_revision(self.data_dir) == wanted:
            return None
        log.info("fleet: fetching content revision %s", wanted[:12])
        fetch(connection, wanted, self.data_dir)
        self.on_staged(wanted)
        return wanted
