""" "You are here": where this kiosk stands, for the map screens and staff Settings.

The content pack names positions on each pavilion map; staff choose this kiosk's
(``services.kiosk_position``). The map screen and the exhibitor page's mini-map draw a marker
at ``x``, ``y`` (fractions of the map) when they show ``pavilionId``'s map. Nothing is marked
before a position is chosen, or when the loaded content no longer has it.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from sqlalchemy.orm import Session, sessionmaker

from kiosk.domain.ltext import localize, localize_short
from kiosk.domain.messages import Message, to_data
from kiosk.errors import KioskError
from kiosk.services import audit, kiosk_position
from kiosk.services.catalog import Catalog, PavilionView, PositionView

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("Created by the window.")
class YouAreHere(QObject):
    """The kiosk's own position on the loaded maps, and the choice of it."""

    changed = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        catalog: Catalog | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._catalog = catalog
        self._lang = "en"
        self._chosen = kiosk_position.stored(sessions)
        self._error: Message | None = None

    # -- followed by the window ------------------------------------------------------------

    def reload(self, catalog: Catalog | None) -> None:
        self._catalog = catalog
        self.changed.emit()

    @Slot(str)
    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.changed.emit()

    # -- where -----------------------------------------------------------------------------

    def _found(self) -> tuple[PavilionView, PositionView] | None:
        if self._chosen is None or self._catalog is None:
            return None
        pavilion = self._catalog.pavilion(self._chosen.pavilion_id)
        position = pavilion.position(self._chosen.position_id) if pavilion else None
        return (pavilion, position) if pavilion and position else None

    @Property(bool, notify=changed)
    def shown(self) -> bool:
        """A position is chosen and the loaded content has it."""
        return self._found() is not None

    @Property(str, notify=changed)
    def pavilionId(self) -> str:
        found = self._found()
        return found[0].id if found else ""

    @Property(float, notify=changed)
    def x(self) -> float:
        found = self._found()
        return found[1].x if found else 0.0

    @Property(float, notify=changed)
    def y(self) -> float:
        found = self._found()
        return found[1].y if found else 0.0

    @Property(str, notify=changed)
    def label(self) -> str:
        found = self._found()
        return localize(found[1].label, self._lang) if found else ""

    # -- staff's choice --------------------------------------------------------------------

    @Property(str, notify=changed)
    def chosen(self) -> str:
        return self._chosen.key if self._chosen else ""

    @Property("QVariantList", notify=changed)
    def options(self) -> list[dict[str, str]]:
        """Every position of the loaded maps: {key, label} with its pavilion's short name."""
        if self._catalog is None:
            return []
        return [
            {
                "key": f"{pavilion.id}/{position.id}",
                "label": f"{localize_short(pavilion.short_name, pavilion.name, self._lang)}: "
                f"{localize(position.label, self._lang)}",
            }
            for pavilion in self._catalog.pavilions
            for position in pavilion.positions
        ]

    @Property(str, notify=changed)
    def error(self) -> str:
        """Why the last choice was refused, in English (logs, tests); "" when it was taken."""
        return str(self._error) if self._error else ""

    @Property("QVariantMap", notify=changed)
    def errorMessage(self) -> dict[str, object]:
        """The same, for ``Messages.text`` to show in the visitor's language."""
        return to_data(self._error) if self._error else {}

    @Slot(str)
    def choose(self, key: str) -> None:
        """Staff picked ``key`` (``pavilion/position``), or ``""`` for no marker."""
        try:
            self._chosen = kiosk_position.choose(self._sessions, key, actor=audit.ACTOR_STAFF)
            self._error = None
        except KioskError as exc:  # kiosk_position says why as a Message
            self._error = exc.problem or Message("position.malformed", value=f'"{key}"')
        self.changed.emit()
