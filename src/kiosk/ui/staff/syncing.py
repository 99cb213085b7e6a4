"""The sync panel (only when a central database is configured): per kiosk, the leads waiting to
reach the pool and the last successful push. ``kiosk.sync.status.sync_overview`` reads this
kiosk's figures locally (they show with the link down) and the pool under a deadline; it runs
on the job runner, so a frozen link never holds the screen. The running pusher's state (idle,
pushing, offline, its last error) comes with it. Rows the pool refused for what they hold are
set aside by the pusher; the panel says how many and why, and "Try again" queues them once the
cause is fixed (the same as ``kiosk sync --replay`` does first)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui.listmodel import RowListModel
from kiosk.ui.staff.panel import Panel, StaffContext

if TYPE_CHECKING:
    from kiosk.sync.fleet import FleetKiosk
    from kiosk.sync.pusher import Pusher
    from kiosk.sync.status import SyncOverview

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

KIOSK_ROLES = (
    "kioskId",
    "thisKiosk",
    "waitingLeads",
    "lastPush",
    "pooledLeads",
    "fleetState",  # online / late / offline, or empty: no heartbeat from it yet
    "version",
    "revision",  # the content revision it shows (short)
    "flags",  # "version differs", "content differs", "content held" (QML translates them)
    "fleetError",
)


def when(moment: datetime | None) -> str:
    """A time in the kiosk's local time, or empty for never."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def kiosk_rows(overview: SyncOverview) -> list[dict[str, object]]:
    return [
        {
            "kioskId": row.kiosk_id,
            "thisKiosk": row.this_kiosk,
            "waitingLeads": row.waiting_leads,
            "lastPush": when(row.last_push_at),
            "pooledLeads": -1 if row.leads_in_pool is None else row.leads_in_pool,
            **_fleet_roles(row.fleet),
        }
        for row in overview.kiosks
    ]


def _fleet_roles(beat: FleetKiosk | None) -> dict[str, object]:
    if beat is None:
        return {"fleetState": "", "version": "", "revision": "", "flags": [], "fleetError": ""}
    revision = beat.content_revision or ""
    return {
        "fleetState": beat.state,
        "version": beat.version,
        "revision": revision if revision.startswith("local:") else revision[:12],
        "flags": list(beat.flags),
        "fleetError": beat.last_error or "",
    }


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffSync(Panel):
    changed = Signal()

    def __init__(self, context: StaffContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self._url = context.settings.central_database_url or ""
        self._overview: SyncOverview | None = None
        self.pusher: Pusher | None = None  # the window's background pusher, once started
        self.kiosk_model = RowListModel(KIOSK_ROLES, self)

    @Property(bool, constant=True)
    def available(self) -> bool:
        return bool(self._url)

    @Slot()
    def refresh(self) -> None:
        if not self._url or self.busy:
            return
        from kiosk.sync.status import sync_overview  # the sync modules load only when used

        sessions, url = self.context.sessions, self._url
        state = self.pusher.status() if self.pusher is not None else None
        self.run(lambda _report: sync_overview(sessions, url, pusher=state), self._show)

    def _show(self, overview: SyncOverview) -> None:
        self._overview = overview
        self.kiosk_model.replace(kiosk_rows(overview))
        self.changed.emit()

    @Slot()
    def retrySetAside(self) -> None:
        """Queue the rows set aside again and wake the pusher; then show the new state."""
        if not self._url or self.busy:
            return
        from kiosk.data import outbox
        from kiosk.sync.status import sync_overview

        sessions, url, pusher = self.context.sessions, self._url, self.pusher

        def retry(_report: object) -> SyncOverview:
            with sessions.begin() as session:
                outbox.release_quarantined(session)
            if pusher is not None:
                pusher.wake()
            return sync_overview(sessions, url, pusher=pusher.status() if pusher else None)

        self.run(retry, self._show)

    @Property(bool, notify=changed)
    def loaded(self) -> bool:
        return self._overview is not None

    @Property(int, notify=changed)
    def setAsideLeads(self) -> int:
        """Leads with rows the pool refused (kept here, not sent, not wiped)."""
        local = self._overview.local if self._overview else None
        return local.set_aside_leads if local else 0

    @Property(str, notify=changed)
    def setAsideReasons(self) -> str:
        """The pool's own words, one line per reason (PostgreSQL's text is not translated)."""
        local = self._overview.local if self._overview else None
        if local is None:
            return ""
        return "\n".join(group.reason for group in local.set_aside)

    @Property(int, notify=changed)
    def waitingLeads(self) -> int:
        local = self._overview.local if self._overview else None
        return local.waiting_leads if local else 0

    @Property(str, notify=changed)
    def lastSent(self) -> str:
        local = self._overview.local if self._overview else None
        return when(local.last_sent_at) if local else ""

    @Property(str, notify=changed)
    def lastError(self) -> str:
        """The pusher's (or the last push's) error, if the last attempt failed."""
        if self._overview is None:
            return ""
        pusher, local = self._overview.pusher, self._overview.local
        if pusher is not None:
            return pusher.last_error or ""
        return (local.last_error or "") if local else ""

    @Property(str, notify=changed)
    def pusherState(self) -> str:
        """``idle``, ``pushing``, ``offline``, ``stopped``, or empty (no pusher running)."""
        pusher = self._overview.pusher if self._overview else None
        return pusher.state if pusher else ""

    @Property(str, notify=changed)
    def pool(self) -> str:
        return (self._overview.pool or "") if self._overview else ""

    @Property(str, notify=changed)
    def poolError(self) -> str:
        return (self._overview.pool_error or "") if self._overview else ""

    @Property(int, notify=changed)
    def poolLeads(self) -> int:
        return (self._overview.pool_leads or 0) if self._overview else 0

    @Property(int, notify=changed)
    def poolPeople(self) -> int:
        return (self._overview.pool_people or 0) if self._overview else 0

    @Property(QObject, constant=True)
    def kiosks(self) -> RowListModel:
        return self.kiosk_model
