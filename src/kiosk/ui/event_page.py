"""The event's own texts and pictures, for the attract loop, Home, About and "Thank you".

A page object like the catalogue screens' (``kiosk.ui.catalog_pages``): the ``AppBridge`` keeps
only the shell (language, navigation, idle), and what the content pack says about the brand,
the event and its organiser lives here, re-read when staff load a new pack.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.domain.countries import country_name
from kiosk.domain.languages import DEFAULT_LANGUAGE
from kiosk.domain.ltext import localize
from kiosk.services.catalog import Catalog
from kiosk.ui.catalog_models import file_url
from kiosk.ui.shell_content import ShellContent, attract_playlist, display_phone, event_dates
from kiosk.ui.shell_content import from_catalog as shell_content

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("EventPage is created by the application and passed to the screens.")
class EventPage(QObject):
    """Brand, event, organiser and the attract loop's slides, in the visitor's language."""

    textsChanged = Signal()  # content or language changed: every shown content text
    defaultLanguageChanged = Signal(str)  # the new event's language for each new visitor

    def __init__(
        self, content: ShellContent, lang: str = DEFAULT_LANGUAGE.tag, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._language = lang

    def reload(self, catalog: Catalog | None) -> None:
        """New content pack loaded: the texts and images follow."""
        self.set_content(shell_content(catalog))

    def set_content(self, content: ShellContent) -> None:
        self._content = content
        self.textsChanged.emit()
        self.defaultLanguageChanged.emit(self.defaultLanguage)

    @Property(str, notify=textsChanged)
    def defaultLanguage(self) -> str:
        """The pack's ``event.default_language``: each new visit starts in it ("": English)."""
        return self._content.default_language or ""

    @Slot(str)
    def set_language(self, lang: str) -> None:
        if lang != self._language:
            self._language = lang
            self.textsChanged.emit()

    def _text(self, value: object) -> str:
        return localize(value, self._language)  # type: ignore[arg-type]

    @Property(str, notify=textsChanged)
    def brandName(self) -> str:
        return self._content.brand_name

    @Property(str, notify=textsChanged)
    def brandLogo(self) -> str:
        return file_url(self._content.logo)

    @Property(float, notify=textsChanged)
    def brandLogoAspect(self) -> float:
        """The logo's width / height, so the mark is laid out before it is drawn (0: none)."""
        return self._content.logo_aspect if self._content.logo else 0.0

    @Property("QVariantList", notify=textsChanged)
    def attractImages(self) -> list[str]:
        return [file_url(path) for path in self._content.attract]

    @Property(int, notify=textsChanged)
    def exhibitorCount(self) -> int:
        return self._content.exhibitor_count

    @Property(str, notify=textsChanged)
    def tagline(self) -> str:
        return self._text(self._content.tagline)

    @Property(str, notify=textsChanged)
    def eventName(self) -> str:
        return self._text(self._content.event_name)

    @Property(str, notify=textsChanged)
    def venue(self) -> str:
        return self._text(self._content.venue)

    @Property(str, notify=textsChanged)
    def eventDates(self) -> str:
        return event_dates(self._content.starts, self._content.ends, self._language)

    @Property(str, notify=textsChanged)
    def organizerName(self) -> str:
        return self._text(self._content.organizer_name)

    @Property(str, notify=textsChanged)
    def organizerEmail(self) -> str:
        return self._content.organizer_email or ""

    @Property(str, notify=textsChanged)
    def organizerPhone(self) -> str:
        return display_phone(self._content.organizer_phone)

    @Property(str, notify=textsChanged)
    def organizerWebsite(self) -> str:
        return self._content.organizer_website or ""

    @Property("QVariantList", notify=textsChanged)
    def highlights(self) -> list[dict[str, str]]:
        """The attract loop's exhibitors, in the visitor's language."""
        return [
            {
                "id": h.id,
                "name": self._text(h.name),
                "summary": self._text(h.summary),
                "country": country_name(h.country, self._language),
                "pavilion": self._text(h.pavilion),
                "booth": h.booth or "",
                "logo": file_url(h.logo),
            }
            for h in self._content.highlights
        ]

    @Property("QVariantList", notify=textsChanged)
    def attractSlides(self) -> list[dict[str, object]]:
        """The attract loop's playlist: {kind: image|highlight|brand, index}."""
        playlist = attract_playlist(len(self._content.attract), len(self._content.highlights))
        return [{"kind": kind, "index": index} for kind, index in playlist]
