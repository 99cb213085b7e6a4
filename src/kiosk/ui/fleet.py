"""The window's part of the fleet (with a central pool): the fleet agent's thread, and content
published through the pool loaded at the kiosk's next idle moment.

The agent (``kiosk.sync.fleet_agent``) beats every minute and downloads a newly published pack
into a staging folder. Here a timer on the UI thread waits for an idle moment — the attract
loop on screen, no visitor in a visit, staff mode closed — and imports the staged pack on a
worker thread (``kiosk.sync.content_pool.apply_staged``: atomic, the previous content stays on
any failure). The new catalogue is shown only while still idle; if a visitor started a visit
during the import, it waits for the visit to end, so nobody's form is swept away. The outcome
goes into the next heartbeat, sent at once.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from kiosk.services.catalog import Catalog
    from kiosk.sync.content_pool import Applied
    from kiosk.sync.fleet_agent import FleetAgent
    from kiosk.ui.window import KioskWindowHost

log = logging.getLogger("kiosk.ui.fleet")

CHECK_INTERVAL_MS = 5_000


class FleetController(QObject):
    """Starts the agent and applies staged content when the kiosk is idle."""

    _staged = Signal(str)  # from the agent's thread
    _imported = Signal(object, object)  # (Applied, Catalog | None) from the import thread
    applied = Signal(object)  # Applied, on the UI thread, once shown (or failed)

    def __init__(self, host: KioskWindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._importing = False
        self._waiting: tuple[Applied, Catalog | None] | None = None  # imported, not yet shown
        self.agent: FleetAgent | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.try_apply)
        self._staged.connect(lambda _revision: self.try_apply())
        self._imported.connect(self._on_imported)

    def start(self, url: str) -> None:
        """Start the agent on the pool at ``url`` (returns at once; never connects here)."""
        from kiosk.services.identity import kiosk_id
        from kiosk.sync.engine import make_central_engine
        from kiosk.sync.fleet_agent import FleetAgent

        host = self._host
        assert host.database is not None
        sessions = host.database.sessions
        self.agent = FleetAgent(
            sessions,
            make_central_engine(url),
            lambda: kiosk_id(sessions),
            host.settings.data_dir,
            last_touch=self.last_touch,
            on_staged=self._staged.emit,
        )
        self.agent.start()
        self._timer.start()

    def last_touch(self) -> datetime | None:
        """When a visitor last touched the screen (read by the agent's thread: one float)."""
        idle = self._host.idle
        at = idle.last_input_at if idle is not None else 0.0
        return datetime.fromtimestamp(at, UTC) if at else None

    def is_idle(self) -> bool:
        return self._host.is_idle()

    @Slot()
    def try_apply(self) -> None:
        """Show what was imported, or import what is staged, if the kiosk is idle now."""
        if self._importing or not self.is_idle():
            return
        if self._waiting is not None:
            applied, catalog = self._waiting
            self._waiting = None
            self._show(applied, catalog)
            return
        from kiosk.sync.content_pool import staged_revision

        settings = self._host.settings
        if staged_revision(settings.data_dir) is None:
            return
        self._importing = True
        threading.Thread(target=self._import, name="kiosk-fleet-import", daemon=True).start()

    def _import(self) -> None:
        from kiosk.services.catalog import load_catalog
        from kiosk.sync.content_pool import apply_staged

        host = self._host
        assert host.database is not None
        sessions, settings = host.database.sessions, host.settings
        catalog = None
        try:
            applied = apply_staged(sessions, settings.data_dir, settings.content_dir)
            if applied is not None and applied.ok:
                catalog = load_catalog(sessions, settings.content_dir)
        except Exception:  # the database went away under us: log it, try at the next moment
            log.exception("fleet: applying the staged content failed")
            applied = None
        self._imported.emit(applied, catalog)

    @Slot(object, object)
    def _on_imported(self, applied: Applied | None, catalog: Catalog | None) -> None:
        self._importing = False
        if applied is None:
            return
        if applied.ok and not self.is_idle():
            self._waiting = (applied, catalog)  # a visitor arrived meanwhile: after the visit
            return
        self._show(applied, catalog)

    def _show(self, applied: Applied, catalog: Catalog | None) -> None:
        if applied.ok:
            log.info("fleet: content revision %s is on screen", applied.revision[:12])
            self._host.reload_content(catalog)
        else:
            log.warning(
                "fleet: content revision %s failed, the previous content stays: %s",
                applied.revision[:12],
                applied.message,
            )
        if self.agent is not None:
            self.agent.wake()  # the fleet sees the outcome at once
        self.applied.emit(applied)

    def stop(self) -> None:
        self._timer.stop()
        if self.agent is not None:
            self.agent.stop()
            self.agent.central.dispose()
            self.agent = None
