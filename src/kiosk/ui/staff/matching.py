"""The staff's business matching panel: the schedule board of a day, a slot's meetings with
confirm, cancel, move and no-show, and the exhibitors' agendas written to a folder.

The board is computed by :mod:`kiosk.services.matching_board` (a few thousand rows at most: read
on the UI thread like the settings); the agendas are written on a worker thread.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from babel.dates import format_skeleton
from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from sqlalchemy import select

from kiosk.data.models import Exhibitor
from kiosk.domain.languages import language
from kiosk.domain.ltext import localize
from kiosk.domain.messages import Message, to_data
from kiosk.errors import KioskError
from kiosk.services import audit
from kiosk.services.catalog import active_event
from kiosk.services.matching import (
    STATUS_NAMES,
    active_program,
    change_status,
    meetings,
    move,
)
from kiosk.services.matching_board import Board, board
from kiosk.ui.staff.jobs import error_message
from kiosk.ui.staff.panel import Panel, StaffContext

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffMatching(Panel):
    changed = Signal()
    agendasChanged = Signal()

    def __init__(self, context: StaffContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self._board: Board | None = None
        self._day: date | None = None
        self._selected: tuple[str, str] = ("", "")
        self._agendas = ""

    # -- reading ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        try:
            with self.context.sessions() as session:
                program = active_program(session)
                if program is None:
                    self._board = None
                else:
                    event = active_event(session)
                    assert event is not None
                    names = dict(
                        session.execute(
                            select(Exhibitor.slug, Exhibitor.name).where(
                                Exhibitor.event_id == event.id
                            )
                        ).all()
                    )
                    self._board = board(session, program, names, day=self._day)
                    self._day = self._board.day
        except KioskError as exc:
            self.set_error(error_message(exc))
        self.changed.emit()

    @Property(bool, notify=changed)
    def available(self) -> bool:
        return self._board is not None

    def _lang(self) -> str:
        return self.context.language()

    @Property("QVariantList", notify=changed)
    def days(self) -> list[dict[str, str]]:
        if self._board is None:
            return []
        locale = language(self._lang()).qt_locale
        return [
            {"value": d.isoformat(), "label": format_skeleton("MMMEd", d, locale=locale)}
            for d in self._board.days
        ]

    @Property(str, notify=changed)
    def day(self) -> str:
        return self._board.day.isoformat() if self._board else ""

    @Slot(str)
    def showDay(self, value: str) -> None:
        self._day = date.fromisoformat(value)
        self._selected = ("", "")
        self.refresh()

    @Property("QVariantList", notify=changed)
    def times(self) -> list[str]:
        return list(self._board.times) if self._board else []

    @Property("QVariantList", notify=changed)
    def rows(self) -> list[dict[str, Any]]:
        if self._board is None:
            return []
        return [
            {
                "id": row.exhibitor,
                "name": localize(row.name, self._lang()),
                "cells": [
                    {
                        "state": cell.state,
                        "booked": sum(
                            1 for m in cell.meetings if m.status in ("pending", "confirmed")
                        ),
                        "capacity": cell.capacity,
                    }
                    for cell in row.cells
                ],
            }
            for row in self._board.rows
        ]

    # -- one slot ---------------------------------------------------------------------------

    @Slot(str, str)
    def select(self, exhibitor: str, time: str) -> None:
        self._selected = (exhibitor, time)
        self.changed.emit()

    @Property(str, notify=changed)
    def selectedTitle(self) -> str:
        exhibitor, time = self._selected
        if not exhibitor or self._board is None:
            return ""
        row = next((r for r in self._board.rows if r.exhibitor == exhibitor), None)
        name = localize(row.name, self._lang()) if row else exhibitor
        return f"{name} · {self._board.day.isoformat()} {time}"

    @Property("QVariantList", notify=changed)
    def selectedMeetings(self) -> list[dict[str, str]]:
        exhibitor, time = self._selected
        if not exhibitor or self._board is None or time not in self._board.times:
            return []
        row = next((r for r in self._board.rows if r.exhibitor == exhibitor), None)
        if row is None:
            return []
        cell = row.cells[self._board.times.index(time)]
        return [
            {
                "id": m.id,
                "visitor": m.visitor,
                "company": m.company or "",
                "contact": " · ".join(x for x in (m.email, m.phone) if x),
                "status": m.status,
                "statusText": to_data(STATUS_NAMES[m.status])
                if m.status in STATUS_NAMES
                else to_data(Message("audit.other", action=m.status)),
                "table": str(m.table_no),
            }
            for m in cell.meetings
        ]

    @Property("QVariantList", notify=changed)
    def moveTimes(self) -> list[str]:
        """Times of the selected exhibitor's day with a free table (where a meeting may go)."""
        exhibitor, time = self._selected
        if not exhibitor or self._board is None:
            return []
        row = next((r for r in self._board.rows if r.exhibitor == exhibitor), None)
        if row is None:
            return []
        return [
            t
            for t, cell in zip(self._board.times, row.cells, strict=True)
            if t != time and cell.state not in ("none", "full")
        ]

    # -- staff's changes --------------------------------------------------------------------

    def _act(self, change) -> None:
        try:
            change()
        except KioskError as exc:
            self.set_error(error_message(exc))
        self.refresh()

    @Slot(str)
    def confirm(self, meeting_id: str) -> None:
        self._act(
            lambda: change_status(
                self.context.sessions, meeting_id, "confirm", actor=audit.ACTOR_STAFF
            )
        )

    @Slot(str)
    def cancel(self, meeting_id: str) -> None:
        self._act(
            lambda: change_status(
                self.context.sessions, meeting_id, "cancel", actor=audit.ACTOR_STAFF
            )
        )

    @Slot(str)
    def noShow(self, meeting_id: str) -> None:
        self._act(
            lambda: change_status(
                self.context.sessions, meeting_id, "no_show", actor=audit.ACTOR_STAFF
            )
        )

    @Slot(str, str)
    def moveTo(self, meeting_id: str, time: str) -> None:
        if self._board is None:
            return
        local = datetime.combine(self._board.day, datetime.strptime(time, "%H:%M").time())
        self._act(lambda: move(self.context.sessions, meeting_id, local, actor=audit.ACTOR_STAFF))
        self._selected = (self._selected[0], time)
        self.changed.emit()

    # -- agendas ----------------------------------------------------------------------------

    @Slot()
    def exportAgendas(self) -> None:
        """Every exhibitor's agenda (XLSX and printable page) into the data folder."""
        sessions = self.context.sessions
        folder = (
            self.context.settings.data_dir / "agendas" / datetime.now().strftime("%Y%m%d-%H%M%S")
        )

        def work(_report: object) -> Path:
            # openpyxl loads when staff ask for agendas, not with the visitors' window
            from kiosk.services.matching_agenda import write_agendas

            with sessions() as session:
                program = active_program(session)
                event = active_event(session)
                if program is None or event is None:
                    raise KioskError("the loaded event has no business matching sessions")
                names = dict(
                    session.execute(
                        select(Exhibitor.slug, Exhibitor.name).where(Exhibitor.event_id == event.id)
                    ).all()
                )
                views = meetings(session, program)
                exhibitors = {e: names.get(e) or {"en": e} for e in program.capacity}
                write_agendas(folder, views, exhibitors, event_name=event.name)
            return folder

        def done(path: Path) -> None:
            self._agendas = str(path)
            self.agendasChanged.emit()

        self._agendas = ""
        self.agendasChanged.emit()
        self.run(work, done)

    @Property(str, notify=agendasChanged)
    def agendaFolder(self) -> str:
        """Where the last agendas were written ("" before any)."""
        return self._agendas
