"""The audit log panel: the newest entries, optionally only failed lead saves (a visitor saw an
error instead of "Thank you")."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.domain.messages import Message, to_data
from kiosk.services import audit
from kiosk.ui.listmodel import RowListModel
from kiosk.ui.staff.panel import Panel, StaffContext

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

SHOWN = 200
SAVE_FAILED = "lead.save_failed"
PROBLEM_ACTIONS = (SAVE_FAILED, "export.failed", "pin.locked")


# What each logged action is, and each detail the code records (a key not named here shows
# as it is): said in the staff's language by Messages.qml.
ACTIONS = {
    "content.import": Message("audit.content.import"),
    "content.hold": Message("audit.content.hold"),
    "export.verified": Message("audit.export.verified"),
    "export.failed": Message("audit.export.failed"),
    "export.cancelled": Message("audit.export.cancelled"),
    "lead.save_failed": Message("audit.lead.save_failed"),
    "leads.wipe": Message("audit.leads.wipe"),
    "leads.erase": Message("audit.leads.erase"),
    "leads.erase.central": Message("audit.leads.erase.central"),
    "leads.purge": Message("audit.leads.purge"),
    "pin.set": Message("audit.pin.set"),
    "pin.locked": Message("audit.pin.locked"),
    "settings.changed": Message("audit.settings.changed"),
    "settings.position": Message("audit.settings.position"),
    "export.encrypted": Message("audit.export.encrypted"),
    "leads.wipe.started": Message("audit.leads.wipe.started"),
    "leads.purge.started": Message("audit.leads.purge.started"),
    "matching.confirm": Message("audit.matching.confirm"),
    "matching.cancel": Message("audit.matching.cancel"),
    "matching.no_show": Message("audit.matching.no_show"),
    "matching.move": Message("audit.matching.move"),
}
DETAILS = {
    "by": Message("audit_detail.by"),
    "central": Message("audit_detail.central"),
    "content_sha256": Message("audit_detail.content_sha256"),
    "deleted": Message("audit_detail.deleted"),
    "deleted_here": Message("audit_detail.deleted_here"),
    "deleted_in_pool": Message("audit_detail.deleted_in_pool"),
    "destination": Message("audit_detail.destination"),
    "error": Message("audit_detail.error"),
    "event_id": Message("audit_detail.event_id"),
    "exhibitor": Message("audit_detail.exhibitor"),
    "exhibitors": Message("audit_detail.exhibitors"),
    "export_id": Message("audit_detail.export_id"),
    "exports_holding": Message("audit_detail.exports_holding"),
    "failures": Message("audit_detail.failures"),
    "files": Message("audit_detail.files"),
    "folder": Message("audit_detail.folder"),
    "formats": Message("audit_detail.formats"),
    "idle_timeout_s": Message("audit_detail.idle_timeout_s"),
    "import_id": Message("audit_detail.import_id"),
    "kept": Message("audit_detail.kept"),
    "kiosk_id": Message("audit_detail.kiosk_id"),
    "leads": Message("audit_detail.leads"),
    "mode": Message("audit_detail.mode"),
    "older_than_days": Message("audit_detail.older_than_days"),
    "position": Message("audit_detail.position"),
    "reason": Message("audit_detail.reason"),
    "replaced": Message("audit_detail.replaced"),
    "revision": Message("audit_detail.revision"),
    "seconds": Message("audit_detail.seconds"),
    "show_cursor": Message("audit_detail.show_cursor"),
    "since": Message("audit_detail.since"),
    "source": Message("audit_detail.source"),
    "meeting": Message("audit_detail.meeting"),
    "before": Message("audit_detail.before"),
    "kiosk": Message("audit_detail.kiosk"),
}


def action_message(action: str) -> Message:
    """What happened; an action this kiosk does not know by name shows its id."""
    return ACTIONS.get(action) or Message("audit.other", action=action)


def detail_message(key: str, value: object) -> Message:
    """One detail: its name in the staff's language and the value as it was recorded (a yes/no
    value said in the staff's language too)."""
    shown: str | Message = str(value)
    if isinstance(value, bool):
        shown = Message("term.yes") if value else Message("term.no")
    return Message("audit.detail", name=DETAILS.get(key, key), value=shown)


def row(entry: audit.AuditView) -> dict[str, object]:
    """One entry for QML: the action's id, and what happened and its details as messages."""
    return {
        "when": entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        "actor": entry.actor,
        "action": entry.action,
        "actionText": to_data(action_message(entry.action)),
        "details": [
            to_data(detail_message(key, value)) for key, value in sorted(entry.detail.items())
        ],
        "problem": entry.action in PROBLEM_ACTIONS,
    }


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffAudit(Panel):
    changed = Signal()

    def __init__(self, context: StaffContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.entry_model = RowListModel(
            ("when", "actor", "action", "actionText", "details", "problem"), self
        )
        self._only_failures = False

    @Slot()
    def refresh(self) -> None:
        prefix = SAVE_FAILED if self._only_failures else None
        sessions = self.context.sessions
        self.run(
            lambda _report: [
                row(e) for e in audit.entries(sessions, limit=SHOWN, action_prefix=prefix)
            ],
            self.entry_model.replace,
        )

    @Slot(bool)
    def showOnlyFailures(self, only: bool) -> None:
        if only != self._only_failures:
            self._only_failures = only
            self.changed.emit()
            self.refresh()

    @Property(bool, notify=changed)
    def onlyFailures(self) -> bool:
        return self._only_failures

    @Property(QObject, constant=True)
    def entries(self) -> RowListModel:
        return self.entry_model
