"""The visitor's access to the kiosk: the age gate before the lead form, and accessibility mode.

Both belong to one visitor and end with the visit (``reset``). The age gate asks for an age band
before anything personal is asked; under the event's ``minimum_age`` the kiosk collects nothing
(the form stays closed and the visit's pending anonymous analytics are dropped too).
Accessibility mode switches the Theme to larger type and targets and a high-contrast palette;
the speech that goes with it lives in ``kiosk.ui.speech``.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.domain.leads.consent import CROSS_BORDER_ITEMS, DEFAULT_MINIMUM_AGE, Purpose
from kiosk.domain.ltext import localize
from kiosk.errors import KioskError
from kiosk.services.leads import active_lead_rules

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

# The age gate's answers.
UNKNOWN, UNDER, OLD_ENOUGH = "", "under", "old-enough"


def cross_border_rows(purpose: Purpose, language: str) -> list[dict[str, str]]:
    """A purpose's Art. 39 notice as table rows (item key, text) in the visitor's language."""
    if not purpose.cross_border:
        return []
    return [
        {"item": item, "text": localize(purpose.cross_border.get(item, {}), language)}
        for item in CROSS_BORDER_ITEMS
    ]


class VisitTrace(Protocol):
    """The visit's anonymous analytics (``services.analytics.AnalyticsRecorder``)."""

    def pause(self) -> None: ...

    def resume(self) -> None: ...


@QmlElement
@QmlUncreatable("AccessBridge is created by the application.")
class AccessBridge(QObject):
    """Age gate and accessibility mode for the visitor in front of the kiosk."""

    ageChanged = Signal()
    accessibleChanged = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        trace: VisitTrace | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._trace = trace
        self._minimum_age = DEFAULT_MINIMUM_AGE
        self._answer = UNKNOWN
        self._accessible = False
        self._load()

    def _load(self) -> None:
        try:
            rules = active_lead_rules(self._sessions)
        except (KioskError, SQLAlchemyError) as exc:
            log.error("age gate: the event's minimum age could not be read: %s", exc)
            rules = None
        self._minimum_age = rules.consent.minimum_age if rules else DEFAULT_MINIMUM_AGE

    def reload(self, _catalog: object) -> None:
        """New content: the new event's minimum age."""
        self._load()
        self.ageChanged.emit()

    # -- age gate ---------------------------------------------------------------------------

    @Property(int, notify=ageChanged)
    def minimumAge(self) -> int:
        return self._minimum_age

    @Property(str, notify=ageChanged)
    def ageAnswer(self) -> str:
        """ "" (not asked yet), "under" or "old-enough"."""
        return self._answer

    @Property(bool, notify=ageChanged)
    def mayCollect(self) -> bool:
        """Only a visitor who said they are old enough is asked for personal data."""
        return self._answer == OLD_ENOUGH

    @Slot(bool)
    def confirmAge(self, old_enough: bool) -> None:
        self._answer = OLD_ENOUGH if old_enough else UNDER
        if not old_enough and self._trace is not None:
            self._trace.pause()  # until the visit ends: nothing of it is written
        self.ageChanged.emit()

    # -- accessibility mode -----------------------------------------------------------------

    @Property(bool, notify=accessibleChanged)
    def accessible(self) -> bool:
        return self._accessible

    @Slot(bool)
    def setAccessible(self, on: bool) -> None:
        if on != self._accessible:
            self._accessible = on
            self.accessibleChanged.emit()

    @Slot()
    def toggleAccessible(self) -> None:
        self.setAccessible(not self._accessible)

    # -- the visit --------------------------------------------------------------------------

    @Slot()
    def reset(self) -> None:
        """The visit ended: the next visitor is asked their age again, in the standard look."""
        if self._trace is not None:
            self._trace.resume()  # other bridges flushed (nothing) before: reset order
        self._answer = UNKNOWN
        self.ageChanged.emit()
        self.setAccessible(False)
