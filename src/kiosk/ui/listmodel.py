"""The one list-model base of the UI: roles named once, a ``count`` QML can bind to.

The catalogue's models, the lead form's pickers and every staff list used to carry their own
copy of role numbering, ``data`` dispatch and ``count``; they now differ only in where their
rows come from (``size`` and ``value``). Role names avoid ``id``, because a QML delegate
cannot declare a required property of that name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar

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

Index = QModelIndex | QPersistentModelIndex
USER = int(Qt.ItemDataRole.UserRole)


class RoleListModel(QAbstractListModel):
    """A list model whose roles are named once (``ROLES``, or per instance); subclasses give
    ``size`` and ``value``.

    ``TEXT_ROLES`` are the roles whose value depends on the language: ``set_language``
    re-emits them so bound delegates re-translate without being recreated.
    """

    ROLES: ClassVar[tuple[str, ...]] = ()
    TEXT_ROLES: ClassVar[tuple[str, ...]] = ()
    countChanged = Signal()

    def __init__(self, parent: QObject | None = None, roles: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self._lang = "en"
        names = tuple(self.ROLES if roles is None else roles)
        self._role_ids = {name: USER + 1 + i for i, name in enumerate(names)}
        self._role_by_id = {v: k for k, v in self._role_ids.items()}
        self.modelReset.connect(self.countChanged)
        self.rowsInserted.connect(self.countChanged)
        self.rowsRemoved.connect(self.countChanged)

    # -- Qt interface -----------------------------------------------------------------------

    def roleNames(self) -> dict[int, QByteArray]:
        return {v: QByteArray(k.encode()) for k, v in self._role_ids.items()}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.size()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        name = self._role_by_id.get(role)
        if name is None or not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        return self.value(index.row(), name)

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return self.rowCount()

    # -- for subclasses ---------------------------------------------------------------------

    def size(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def value(self, row: int, role: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def role_id(self, name: str) -> int:
        return self._role_ids[name]

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.emit_changed(self.TEXT_ROLES)

    def rebuild(self, change: Callable[[], None]) -> None:
        """Rows change order (``change`` does it): one reset, which a view answers by building
        only the delegates in sight (PySide6 cannot emit ``layoutChanged`` with a sort hint)."""
        self.beginResetModel()
        change()
        self.endResetModel()

    def emit_changed(self, roles: Iterable[str], first: int = 0, last: int | None = None) -> None:
        rows = self.rowCount()
        last = rows - 1 if last is None else last
        if rows and last >= first:
            ids = [self._role_ids[r] for r in roles]
            self.dataChanged.emit(self.index(first), self.index(last), ids)


@QmlElement
@QmlUncreatable("Row lists are created by the page objects that show them.")
class RowListModel(RoleListModel):
    """Rows that are dicts with the same keys, each key a role QML reads by name (staff lists:
    drives, folders, audit entries, validation messages, figures)."""

    def __init__(self, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent, roles)
        self._rows: list[dict[str, Any]] = []

    def size(self) -> int:
        return len(self._rows)

    def value(self, row: int, role: str) -> Any:
        return self._rows[row].get(role)

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def replace(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows]
        self.endResetModel()

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else {}
