"""The visitor's meeting booking as QML sees it: a small page object over the slot picker.

The rules live in :mod:`kiosk.services.matching_picker` (Qt-free); this object turns them into
lists for the QML components ``MeetingSection`` (in the form) and ``MeetingSlotPicker`` (days
and times of one exhibitor), and, once the lead is saved, the meetings and calendar QR codes
that "Thank you" shows. The lead form asks it for the chosen slots when it submits, so the
booking is saved in the lead's own transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime

from babel.dates import format_skeleton
from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.types import utcnow
from kiosk.domain.languages import DEFAULT_LANGUAGE, language
from kiosk.domain.ltext import localize
from kiosk.errors import KioskError
from kiosk.services.catalog import Catalog, active_event
from kiosk.services.matching import MeetingRequest
from kiosk.services.matching_picker import Picker, open_picker
from kiosk.ui.catalog_bridge import qr_text_source
from kiosk.ui.navigation import CONTACT

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("MatchingPage is created by the application and passed to the screens.")
class MatchingPage(QObject):
    """Slots to choose for the exhibitors on the form, and the meetings booked."""

    changed = Signal()  # slots, choices or language: every binding re-reads
    bookedChanged = Signal()
    pickerRequested = Signal(str)  # "Book a meeting" on an exhibitor page: open its picker

    def __init__(
        self, sessions: sessionmaker[Session], catalog: Catalog | None, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._catalog = catalog
        self._language = DEFAULT_LANGUAGE.tag
        self._picker: Picker | None = None
        self._revision = 0
        self._booked: list[dict[str, str]] = []
        self._qr: list[str] = []
        self._pending_open = ""
        self.refresh()

    # -- content and state ------------------------------------------------------------------

    def refresh(self, now: datetime | None = None) -> None:
        """Read the slots again (the form opens; a booking was refused; new content)."""
        chosen = dict(self._picker.chosen) if self._picker else {}
        try:
            self._picker = open_picker(self._sessions, now or utcnow())
        except KioskError as exc:
            log.error("meeting slots unavailable: %s", exc)
            self._picker = None
        if self._picker is not None:
            for exhibitor, start in chosen.items():
                self._picker.choose(exhibitor, start)
        self._bump()

    def reload(self, catalog: Catalog | None) -> None:
        self._catalog = catalog
        self._picker = None
        self.refresh()

    def _bump(self) -> None:
        self._revision += 1
        self.changed.emit()

    @Slot()
    def reset(self) -> None:
        """A visit ended: nothing chosen, no meetings shown."""
        if self._picker is not None:
            self._picker.chosen.clear()
        self._booked, self._qr, self._pending_open = [], [], ""
        self.bookedChanged.emit()
        self._bump()

    @Slot(str)
    def set_language(self, tag: str) -> None:
        self._language = language(tag).tag
        self._bump()

    @Slot(str, str)
    def screen_entered(self, screen: str, argument: str) -> None:
        if screen == CONTACT:
            self.refresh()
            if self._pending_open:
                self.pickerRequested.emit(self._pending_open)
                self._pending_open = ""

    @Property(int, notify=changed)
    def revision(self) -> int:
        """Changes whenever anything shown changes (bindings that call slots depend on it)."""
        return self._revision

    @Property(bool, notify=changed)
    def available(self) -> bool:
        return self._picker is not None

    # -- choosing ---------------------------------------------------------------------------

    @Slot(str, result=bool)
    def takesPart(self, exhibitor_id: str) -> bool:
        return self._picker is not None and self._picker.takes_part(exhibitor_id)

    @Slot(str)
    def requestPicker(self, exhibitor_id: str) -> None:
        """ "Book a meeting" on an exhibitor page: open its picker once the form shows."""
        self._pending_open = exhibitor_id

    def _name(self, exhibitor_id: str) -> str:
        found = self._catalog.exhibitor(exhibitor_id) if self._catalog else None
        return localize(found.name, self._language) if found else exhibitor_id

    @Slot(str, result=str)
    def exhibitorName(self, exhibitor_id: str) -> str:
        return self._name(exhibitor_id)

    @Slot(str, result="QVariantList")
    def days(self, exhibitor_id: str) -> list[dict[str, str]]:
        if self._picker is None:
            return []
        return [
            {"value": day.isoformat(), "label": self._day_label(day)}
            for day in self._picker.days(exhibitor_id)
        ]

    def _day_label(self, day: date) -> str:
        return format_skeleton("MMMEd", day, locale=language(self._language).qt_locale)

    @Slot(str, str, result="QVariantList")
    def slots(self, exhibitor_id: str, day: str) -> list[dict[str, str]]:
        """Times of one day: ``value`` (UTC ISO), ``label`` (``10:30``), ``state``."""
        if self._picker is None or not day:
            return []
        return [
            {
                "value": state.slot.starts_at.isoformat(),
                "label": state.slot.local_start.strftime("%H:%M"),
                "state": shown,
                "place": state.slot.place_text(self._language),
            }
            for state, shown in self._picker.slots(exhibitor_id, date.fromisoformat(day))
        ]

    @Slot(str, str, result=bool)
    def choose(self, exhibitor_id: str, value: str) -> bool:
        """Choose a slot (or drop it, chosen again); False if it cannot be chosen."""
        if self._picker is None:
            return False
        done = self._picker.choose(exhibitor_id, datetime.fromisoformat(value))
        self._bump()
        return done

    @Slot(str)
    def drop(self, exhibitor_id: str) -> None:
        if self._picker is not None:
            self._picker.drop(exhibitor_id)
            self._bump()

    @Slot(str, result=str)
    def chosenLabel(self, exhibitor_id: str) -> str:
        """``Mon, 7 Dec 10:30`` for the exhibitor's chosen slot, or ``""``."""
        if self._picker is None or exhibitor_id not in self._picker.chosen:
            return ""
        local = self._picker.program.local(self._picker.chosen[exhibitor_id])
        return f"{self._day_label(local.date())} {local:%H:%M}"

    def requests(self, exhibitors: Sequence[str]) -> list[MeetingRequest]:
        """The chosen slots of the exhibitors still on the form, for the lead's submit."""
        if self._picker is None:
            return []
        return [r for r in self._picker.requests() if r.exhibitor in exhibitors]

    # -- after the save ---------------------------------------------------------------------

    def show_booked(self, lead_id: str) -> None:
        """The lead's meetings and their calendar QR codes, for "Thank you"."""
        # icalendar takes ~0.1 s to import: paid at the first booking, not at every start
        from kiosk.services.calendar import (
            calendars_for_qr,
            exhibitor_contacts,
            lead_meetings_calendar,
        )

        self._booked, self._qr = [], []
        try:
            with self._sessions() as session:
                views, _data = lead_meetings_calendar(session, lead_id, lang=self._language)
                event = active_event(session)
                assert event is not None  # lead_meetings_calendar needs one
                contacts = exhibitor_contacts(session, event.id, {v.exhibitor for v in views})
                venue = event.venue
        except KioskError:
            self.bookedChanged.emit()
            return
        for view in views:
            self._booked.append(
                {
                    "exhibitor": localize(view.exhibitor_name, self._language),
                    "when": f"{self._day_label(view.local_start.date())} "
                    f"{view.local_start:%H:%M}–{view.local_end:%H:%M}",
                    "place": localize(view.place, self._language),
                    "status": view.status,
                }
            )
        for _shown, data in calendars_for_qr(
            views, lang=self._language, contacts=contacts, venue=venue, now=utcnow()
        ):
            # drawn by the QR provider in whole device pixels (QrCode.qml)
            self._qr.append(qr_text_source(data.decode("utf-8")))
        self.bookedChanged.emit()

    @Property("QVariantList", notify=bookedChanged)
    def booked(self) -> list[dict[str, str]]:
        return self._booked

    @Property("QVariantList", notify=bookedChanged)
    def calendarCodes(self) -> list[str]:
        return self._qr
