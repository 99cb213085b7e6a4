"""A searchable list of choices for the lead form's pickers (countries, exhibitors).

Each choice carries a folded "haystack" built once per catalogue (its name in every language,
its code), so a keystroke in the picker's search box is only substring tests, even over 5,000
exhibitors, and a language switch only relabels: labels come from a ``describe`` callback that
the ListView calls for the rows it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.services.search import fold
from kiosk.ui.collation import collated
from kiosk.ui.listmodel import RoleListModel

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@dataclass(frozen=True)
class Choice:
    id: str
    haystack: str  # folded texts the search matches against


def choice(ident: str, *texts: str) -> Choice:
    """A choice found by its id and any of ``texts`` (names in every language, details)."""
    return Choice(ident, fold(" | ".join((ident, *texts))))


Describe = Callable[[str], tuple[str, str]]  # id -> (label, detail) in the visitor's language


@QmlElement
@QmlUncreatable("Choice lists are made by the bridges that offer them.")
class ChoiceListModel(RoleListModel):
    """Roles: ``choiceId``, ``label``, ``detail``, ``selected``. ``filter(text)`` narrows it."""

    ROLES = ("choiceId", "label", "detail", "selected")
    queryChanged = Signal()

    def __init__(self, describe: Describe, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._labels: dict[str, tuple[str, str]] = {}
        self._all: list[Choice] = []
        self._pending: Callable[[], Iterable[Choice]] | None = None
        self._shown: list[Choice] = []
        self._selected: set[str] = set()
        self._query = ""
        self._sort_tag: str | None = None  # sorted by label in this language, else as given

    # -- Qt model -----------------------------------------------------------------------------

    def size(self) -> int:
        return len(self._shown)

    def value(self, row: int, role: str) -> object:
        item = self._shown[row]
        if role == "choiceId":
            return item.id
        if role == "selected":
            return item.id in self._selected
        label, detail = self._label(item.id)
        return detail if role == "detail" else label

    def _label(self, ident: str) -> tuple[str, str]:
        found = self._labels.get(ident)
        if found is None:
            found = self._labels[ident] = self._describe(ident)
        return found

    # -- QML --------------------------------------------------------------------------------

    @Property(str, notify=queryChanged)
    def query(self) -> str:
        return self._query

    @Slot(str)
    def filter(self, text: str) -> None:
        """Show the choices whose label (in any language), detail or id contain ``text``."""
        self._ensure()
        self._set_query(text)

    def clear_query(self) -> None:
        """Back to the whole list (a new visitor), without making pending choices now."""
        self._set_query("")

    def _set_query(self, text: str) -> None:
        if text != self._query:
            self._query = text
            self.queryChanged.emit()
        self._apply()

    # -- Python -----------------------------------------------------------------------------

    @property
    def ids(self) -> list[str]:
        """The ids shown now, in order."""
        return [c.id for c in self._shown]

    def set_choices(self, choices: Iterable[Choice] | Callable[[], Iterable[Choice]]) -> None:
        """The choices, or a function making them: then they are made when first searched
        (the picker's opening), not at start."""
        self._labels.clear()
        if callable(choices):
            self._pending = choices
            self._all = []
        else:
            self._pending = None
            self._all = self._sorted(choices)
        self._apply()

    def _ensure(self) -> None:
        if self._pending is not None:
            make, self._pending = self._pending, None
            self._all = self._sorted(make())

    def sort_by_label(self, tag: str) -> None:
        """Order the choices by their labels as readers of ``tag`` expect (ICU collation)."""
        self._sort_tag = tag
        if self._pending is None and self._all:
            self._all = self._sorted(self._all)
            self._apply()

    def _sorted(self, choices: Iterable[Choice]) -> list[Choice]:
        if self._sort_tag is None:
            return list(choices)
        return collated(choices, lambda c: self._label(c.id)[0], self._sort_tag)

    def relabel(self) -> None:
        """The language changed: shown rows ask ``describe`` again."""
        self._labels.clear()
        self.emit_changed(("label", "detail"))

    def set_selected(self, ids: Iterable[str]) -> None:
        """Mark the chosen ones (a tick in the picker) without rebuilding the list."""
        selected = set(ids)
        changed = selected ^ self._selected
        self._selected = selected
        for row, item in enumerate(self._shown):
            if item.id in changed:
                self.emit_changed(("selected",), row, row)

    def _apply(self) -> None:
        needle = fold(self._query)
        shown = [c for c in self._all if needle in c.haystack] if needle else list(self._all)
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()
