"""One list model for every staff list (drives, folders, audit entries, validation messages,
figures): rows are dicts with the same keys, each key a role QML reads by name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

_FIRST_ROLE = Qt.ItemDataRole.UserRole + 1


@QmlElement
@QmlUncreatable("Staff lists are created by the staff bridge.")
class StaffListModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(self, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roles = list(roles)
        self._rows: list[dict[str, Any]] = []

    def roleNames(self) -> dict[int, QByteArray]:
        return {_FIRST_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(self._roles)}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        offset = role - _FIRST_ROLE
        if not 0 <= offset < len(self._roles):
            return None
        return self._rows[index.row()].get(self._roles[offset])

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def replace(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows]
        self.endResetModel()
        self.countChanged.emit()

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else {}
