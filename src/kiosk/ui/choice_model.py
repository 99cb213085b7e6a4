"""A searchable list of choices for the lead form's pickers (countries, exhibitors).

Each choice carries a folded "haystack" built once (its label in every language, its code), so a
keystroke in the picker's search box is only substring tests, even over 5,000 exhibitors; the
ListView creates delegates for the visible rows only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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

from kiosk.services.search import fold

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
SELECTED_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    detail: str
    haystack: str  # folded texts the search matches against


def choice(ident: str, label: str, detail: str = "", extra: Iterable[str] = ()) -> Choice:
    """A choice found by its label, its detail, its id and any ``extra`` texts."""
    return Choice(ident, label, detail, fold(" | ".join((label, detail, ident, *extra))))


@QmlElement
@QmlUncreatable("Choice lists are made by the bridges that offer them.")
class ChoiceListModel(QAbstractListModel):
    """Roles: ``choiceId``, ``label``, ``detail``, ``selected``. ``filter(text)`` narrows it."""

    countChanged = Signal()
    queryChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Choice] = []
        self._shown: list[Choice] = []
        self._selected: set[str] = set()
        self._query = ""

    # -- Qt model -----------------------------------------------------------------------------

    def roleNames(self) -> dict[int, QByteArray]:
        return {
            ID_ROLE: QByteArray(b"choiceId"),
            LABEL_ROLE: QByteArray(b"label"),
            DETAIL_ROLE: QByteArray(b"detail"),
            SELECTED_ROLE: QByteArray(b"selected"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        item = self._shown[index.row()]
        if role == ID_ROLE:
            return item.id
        if role in (LABEL_ROLE, Qt.ItemDataRole.DisplayRole):
            return item.label
        if role == DETAIL_ROLE:
            return item.detail
        if role == SELECTED_ROLE:
            return item.id in self._selected
        return None

    # -- QML --------------------------------------------------------------------------------

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._shown)

    @Property(str, notify=queryChanged)
    def query(self) -> str:
        return self._query

    @Slot(str)
    def filter(self, text: str) -> None:
        """Show the choices whose label (in any language), detail or id contain ``text``."""
        if text != self._query:
            self._query = text
            self.queryChanged.emit()
        self._apply()

    # -- Python -----------------------------------------------------------------------------

    @property
    def ids(self) -> list[str]:
        """The ids shown now, in order."""
        return [c.id for c in self._shown]

    def set_choices(self, choices: Iterable[Choice]) -> None:
        self._all = list(choices)
        self._apply()

    def set_selected(self, ids: Iterable[str]) -> None:
        """Mark the chosen ones (a tick in the picker) without rebuilding the list."""
        selected = set(ids)
        changed = selected ^ self._selected
        self._selected = selected
        for row, item in enumerate(self._shown):
            if item.id in changed:
                index = self.index(row)
                self.dataChanged.emit(index, index, [SELECTED_ROLE])

    def _apply(self) -> None:
        needle = fold(self._query)
        shown = [c for c in self._all if needle in c.haystack] if needle else list(self._all)
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()
        self.countChanged.emit()
