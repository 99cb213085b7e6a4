"""The dashboard's figures and charts. ``dashboard.stats`` takes over a second on a busy event
(100,000 leads), so it runs on the job runner while QML shows a busy indicator; the previous
figures stay on screen until the new ones arrive."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from sqlalchemy.orm import Session, sessionmaker

from kiosk.ui.listmodel import RowListModel
from kiosk.ui.staff.panel import Panel, StaffContext

if TYPE_CHECKING:  # the services load when staff first open the dashboard, not at start
    from kiosk.services.cross_border import Transfers
    from kiosk.services.dashboard import Count, DashboardStats

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

BAR_ROLES = ("key", "label", "count", "fraction")
CONSENT_ROLES = ("key", "label", "granted", "refused", "fraction")


def axis_top(values: Sequence[int]) -> int:
    """A round top for a count axis (5, 10, 25, 50, 100, 250, ...) at or above the largest value;
    a fifth of it is a whole number, so the axis has five whole ticks."""
    peak = max(max(values, default=0), 5)
    magnitude = 1
    while True:
        for multiple in (1, 2, 5):
            top = multiple * magnitude * 5
            if top >= peak:
                return top
        magnitude *= 10


def bars(counts: Sequence[Count], limit: int | None = None) -> list[dict[str, Any]]:
    """Rows for a bar list: each count with its share of the largest (bar length)."""
    shown = list(counts)[:limit] if limit else list(counts)
    peak = max((c.count for c in shown), default=0) or 1
    return [
        {"key": c.key, "label": c.label or c.key, "count": c.count, "fraction": c.count / peak}
        for c in shown
    ]


@dataclass(frozen=True)
class Figures:
    stats: DashboardStats
    purposes: dict[str, str]  # purpose id -> its text in the staff's language
    transfers: Transfers | None = None  # people whose data went abroad this year (PIPL)


def load_figures(sessions: sessionmaker[Session], lang: str) -> Figures:
    from kiosk.domain.ltext import localize
    from kiosk.services import dashboard
    from kiosk.services.catalog import active_event
    from kiosk.services.cross_border import transfers_this_year

    figures = dashboard.stats(sessions, lang=lang)
    with sessions() as session:
        event = active_event(session)
        raw = (event.consent or {}).get("purposes", []) if event else []
    purposes = {p["id"]: localize(p.get("text") or {}, lang) for p in raw if "id" in p}
    return Figures(figures, purposes, transfers_this_year(sessions))


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffOverview(Panel):
    """Counts, the four charts and the breakdowns, in the staff's language."""

    changed = Signal()

    def __init__(self, context: StaffContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self._figures: Figures | None = None
        self._again = False
        self.top_exhibitors = RowListModel(BAR_ROLES, self)
        self.taps = RowListModel(BAR_ROLES, self)
        self.exhibitors = RowListModel(BAR_ROLES, self)
        self.pavilions = RowListModel(BAR_ROLES, self)
        self.countries = RowListModel(BAR_ROLES, self)
        self.ui_languages = RowListModel(BAR_ROLES, self)
        self.consent_model = RowListModel(CONSENT_ROLES, self)

    @property
    def figures(self) -> DashboardStats | None:
        return self._figures.stats if self._figures else None

    @Slot()
    def refresh(self) -> None:
        """Compute the figures again (a second request while busy runs once this one ends)."""
        if self.busy:
            self._again = True
            return
        lang = self.context.language()
        self.run(lambda _report: load_figures(self.context.sessions, lang), self._show)

    def _show(self, figures: Figures) -> None:
        from kiosk.services.dashboard import TOP_EXHIBITORS  # loaded by load_figures

        self._figures = figures
        stats = figures.stats
        self.top_exhibitors.replace(bars(stats.top_exhibitors))
        self.taps.replace(bars(stats.taps_per_exhibitor, TOP_EXHIBITORS))
        self.exhibitors.replace(bars(stats.by_exhibitor))
        self.pavilions.replace(bars(stats.by_pavilion))
        self.countries.replace(bars(stats.by_country))
        self.ui_languages.replace(bars(stats.by_language))
        answered = max((c.granted + c.refused for c in stats.consents), default=0) or 1
        self.consent_model.replace(
            {
                "key": c.purpose,
                "label": figures.purposes.get(c.purpose) or c.purpose,
                "granted": c.granted,
                "refused": c.refused,
                "fraction": c.granted / answered,
            }
            for c in stats.consents
        )
        self.changed.emit()
        if self._again:
            self._again = False
            self.refresh()

    # -- figures ------------------------------------------------------------------------------

    def _stat(self, name: str, default: Any = 0) -> Any:
        return getattr(self._figures.stats, name) if self._figures else default

    @Property(bool, notify=changed)
    def loaded(self) -> bool:
        return self._figures is not None

    @Property(int, notify=changed)
    def transfersAbroad(self) -> int:
        """People whose data was sent abroad this calendar year (CrossBorderFigure.qml)."""
        transfers = self._figures.transfers if self._figures else None
        return transfers.people if transfers else 0

    @Property(int, notify=changed)
    def transfersYear(self) -> int:
        transfers = self._figures.transfers if self._figures else None
        return transfers.year if transfers else 0

    @Property(bool, notify=changed)
    def transfersDeclared(self) -> bool:
        """The loaded packs have a purpose that sends data abroad."""
        transfers = self._figures.transfers if self._figures else None
        return bool(transfers and transfers.purposes)

    @Property(int, notify=changed)
    def leadsToday(self) -> int:
        return self._stat("leads_today")

    @Property(int, notify=changed)
    def leadsTotal(self) -> int:
        return self._stat("leads_total")

    @Property(int, notify=changed)
    def matchingRequests(self) -> int:
        return self._stat("matching_requests")

    @Property(str, notify=changed)
    def today(self) -> str:
        return self._stat("today", "")

    @Property("QVariantList", notify=changed)
    def leadsPerHour(self) -> list[int]:
        return list(self._stat("leads_per_hour", [0] * 24))

    @Property(int, notify=changed)
    def hourAxisTop(self) -> int:
        return axis_top(self._stat("leads_per_hour", []))

    @Property("QVariantList", notify=changed)
    def languageLabels(self) -> list[str]:
        return [c.label for c in self._stat("languages_used", [])]

    @Property("QVariantList", notify=changed)
    def languageCounts(self) -> list[int]:
        return [c.count for c in self._stat("languages_used", [])]

    @Property(int, notify=changed)
    def languageAxisTop(self) -> int:
        return axis_top(self.languageCounts)

    @Property(QObject, constant=True)
    def topExhibitors(self) -> RowListModel:
        return self.top_exhibitors

    @Property(QObject, constant=True)
    def tapsPerExhibitor(self) -> RowListModel:
        return self.taps

    @Property(QObject, constant=True)
    def byExhibitor(self) -> RowListModel:
        return self.exhibitors

    @Property(QObject, constant=True)
    def byPavilion(self) -> RowListModel:
        return self.pavilions

    @Property(QObject, constant=True)
    def byCountry(self) -> RowListModel:
        return self.countries

    @Property(QObject, constant=True)
    def byLanguage(self) -> RowListModel:
        return self.ui_languages

    @Property(QObject, constant=True)
    def consents(self) -> RowListModel:
        return self.consent_model
