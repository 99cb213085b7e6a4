"""The sync panel (only when a central database is configured): what this kiosk still has to
send and when it last sent, read locally so it works with the link down, and every kiosk's last
push as the pool saw it, read from the pool on a worker thread with a short connect timeout."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui.staff.listmodel import StaffListModel
from kiosk.ui.staff.panel import Panel, StaffContext

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

CONNECT_TIMEOUT_S = 3


def when(moment: datetime | None) -> str:
    """A time in the kiosk's local time, or empty for never."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


@dataclass(frozen=True)
class SyncView:
    waiting_leads: int
    last_sent: str
    last_error: str
    pool: str  # the pool's address without its password
    pool_error: str
    pool_leads: int
    pool_people: int
    kiosks: list[dict[str, object]]


def read_status(sessions: object, url: str) -> SyncView:
    from kiosk.sync.engine import describe, make_central_engine, reason
    from kiosk.sync.status import local_status, pool_status

    local = local_status(sessions)  # type: ignore[arg-type]
    central = make_central_engine(url, connect_timeout_s=CONNECT_TIMEOUT_S)
    pool_error, pool = "", None
    try:
        pool = pool_status(central)
    except Exception as exc:  # unreachable, no schema yet: say so, keep the local figures
        pool_error = reason(exc)
    finally:
        central.dispose()
    kiosks = [
        {
            "kioskId": k.kiosk_id,
            "lastPush": when(k.last_push_at),
            "waitingLeads": k.waiting_leads,
            "pooledLeads": k.leads_in_pool,
        }
        for k in (pool.kiosks if pool else [])
    ]
    return SyncView(
        waiting_leads=local.waiting_leads,
        last_sent=when(local.last_sent_at),
        last_error=local.last_error or "",
        pool=describe(central.url),
        pool_error=pool_error,
        pool_leads=pool.leads if pool else 0,
        pool_people=pool.people if pool else 0,
        kiosks=kiosks,
    )


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffSync(Panel):
    changed = Signal()

    def __init__(self, context: StaffContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self._url = context.settings.central_database_url or ""
        self._view: SyncView | None = None
        self.kiosk_model = StaffListModel(
            ("kioskId", "lastPush", "waitingLeads", "pooledLeads"), self
        )

    @Property(bool, constant=True)
    def available(self) -> bool:
        return bool(self._url)

    @Slot()
    def refresh(self) -> None:
        if not self._url or self.busy:
            return
        sessions, url = self.context.sessions, self._url
        self.run(lambda _report: read_status(sessions, url), self._show)

    def _show(self, view: SyncView) -> None:
        self._view = view
        self.kiosk_model.replace(view.kiosks)
        self.changed.emit()

    def _get(self, name: str, default: object) -> object:
        return getattr(self._view, name) if self._view else default

    @Property(bool, notify=changed)
    def loaded(self) -> bool:
        return self._view is not None

    @Property(int, notify=changed)
    def waitingLeads(self) -> int:
        return int(self._get("waiting_leads", 0))  # type: ignore[call-overload]

    @Property(str, notify=changed)
    def lastSent(self) -> str:
        return str(self._get("last_sent", ""))

    @Property(str, notify=changed)
    def lastError(self) -> str:
        return str(self._get("last_error", ""))

    @Property(str, notify=changed)
    def pool(self) -> str:
        return str(self._get("pool", ""))

    @Property(str, notify=changed)
    def poolError(self) -> str:
        return str(self._get("pool_error", ""))

    @Property(int, notify=changed)
    def poolLeads(self) -> int:
        return int(self._get("pool_leads", 0))  # type: ignore[call-overload]

    @Property(int, notify=changed)
    def poolPeople(self) -> int:
        return int(self._get("pool_people", 0))  # type: ignore[call-overload]

    @Property(QObject, constant=True)
    def kiosks(self) -> StaffListModel:
        return self.kiosk_model
