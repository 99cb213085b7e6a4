"""The audit log panel: the newest entries, optionally only failed lead saves (a visitor saw an
error instead of "Thank you")."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.services import audit
from kiosk.ui.listmodel import RowListModel
from kiosk.ui.staff.panel import Panel, StaffContext

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

SHOWN = 200
SAVE_FAILED = "lead.save_failed"
PROBLEM_ACTIONS = (SAVE_FAILED, "export.failed", "pin.locked")


def row(entry: audit.AuditView) -> dict[str, object]:
    """One entry for QML. The details go as (key, value) pairs: QML names each key in the
    staff's language (StaffAuditPanel.detailNames) and shows the value as it was recorded."""
    details = [
        # A yes/no value goes as such, for QML to say in the staff's language.
        {"key": key, "value": str(value), "yes": value if isinstance(value, bool) else None}
        for key, value in sorted(entry.detail.items())
    ]
    return {
        "when": entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        "actor": entry.actor,
        "action": entry.action,
        "details": details,
        "problem": entry.action in PROBLEM_ACTIONS,
    }


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffAudit(Panel):
    changed = Signal()

    def __init__(self, context: StaffContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.entry_model = RowListModel(("when", "actor", "action", "details", "problem"), self)
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
