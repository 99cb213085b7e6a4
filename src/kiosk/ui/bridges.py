"""QObject bridges exposed to QML. State is a notifying Property; commands are Slots.

``AppBridge`` is the shell's brain: the visitor's language, where they are (a ``Navigator``), the
idle monitor and the brand/event texts of the attract loop, home and about screens. QML shows
what it says; every decision (which screen, which font, which keyboard, when to reset) is here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.domain.countries import country_name
from kiosk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES, language
from kiosk.domain.ltext import localize
from kiosk.ui.fonts import font_family
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.navigation import CONTACT, SCREENS, Entry, Navigator, UnknownScreen
from kiosk.ui.shell_content import ShellContent, attract_playlist, display_phone, event_dates

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

PLACEHOLDER_QML = "PlaceholderScreen.qml"
# Marks the "Touch to start" prompt for lupdate (QT_TRANSLATE_NOOP in AttractScreen.qml).
START_PROMPT = ("AttractScreen", "Touch to start")

Translate = Callable[[str, str, str], str]  # (language tag, context, source) -> text


def file_url(path: Path | None) -> str:
    return QUrl.fromLocalFile(str(path)).toString() if path else ""


@QmlElement
@QmlUncreatable("AppBridge is created by the application and passed to the window.")
class AppBridge(QObject):
    """Language, navigation, idle state and the shell's texts, for the whole window."""

    languageChanged = Signal(str)
    stackChanged = Signal()
    textsChanged = Signal()  # content or language changed: every shown content text
    closeAllowedChanged = Signal()
    resetRequested = Signal()
    screenEntered = Signal(str, str)  # screen, argument: for analytics and catalogue selection

    def __init__(
        self,
        content: ShellContent,
        idle: IdleMonitor,
        *,
        qml_folder: Path,
        bridges: tuple[str, ...] = ("app",),
        translate: Translate | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._idle = idle
        self._qml_folder = qml_folder
        self._available = {
            name: (qml_folder / spec.qml).exists() and set(spec.bridges) <= set(bridges)
            for name, spec in SCREENS.items()
        }
        self._translate = translate or (lambda _tag, _context, source: source)
        self._language = DEFAULT_LANGUAGE.tag
        self._navigator = Navigator()
        self._close_allowed = False
        idle.timedOut.connect(self.reset)

    # -- language -------------------------------------------------------------------------

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    @Slot(str)
    def setLanguage(self, tag: str) -> None:
        """Switch every text in place; the visitor stays on the same screen."""
        tag = language(tag).tag
        if tag != self._language:
            self._language = tag
            self.languageChanged.emit(tag)
            self.textsChanged.emit()

    @Property(str, notify=textsChanged)
    def defaultLanguage(self) -> str:
        """The language each new visitor starts in: the event's (content pack), else English."""
        return language(self._content.default_language or DEFAULT_LANGUAGE.tag).tag

    def start_in_default_language(self) -> None:
        """At start and after a visit: the event's language, for every bridge that follows."""
        self.setLanguage(self.defaultLanguage)

    @Property("QVariantList", constant=True)
    def languages(self) -> list[dict[str, str]]:
        """The switch's buttons, each named in its own language and font."""
        return [
            {"tag": lang.tag, "name": lang.native_name, "family": font_family(lang.tag)}
            for lang in LANGUAGES
        ]

    @Property(str, notify=languageChanged)
    def fontFamily(self) -> str:
        return font_family(self._language)

    @Property(str, notify=languageChanged)
    def keyboardLocale(self) -> str:
        return language(self._language).keyboard_locales[0]

    @Property("QVariantList", notify=languageChanged)
    def keyboardLocales(self) -> list[str]:
        """Layouts the visitor can cycle through with the keyboard's language key."""
        return list(language(self._language).keyboard_locales)

    @Property("QVariantList", constant=True)
    def startPrompts(self) -> list[dict[str, str]]:
        """ "Touch to start" in every language at once, for the attract loop."""
        return [
            {
                "tag": lang.tag,
                "text": self._translate(lang.tag, *START_PROMPT),
                "family": font_family(lang.tag),
            }
            for lang in LANGUAGES
        ]

    # -- navigation -----------------------------------------------------------------------

    @property
    def navigator(self) -> Navigator:
        return self._navigator

    @Property("QVariantList", notify=stackChanged)
    def stack(self) -> list[dict[str, object]]:
        """What the shell's StackView must hold, bottom first."""
        return [self._describe(entry) for entry in self._navigator.stack]

    @Property(str, notify=stackChanged)
    def screen(self) -> str:
        return self._navigator.current.screen

    @Property(str, notify=stackChanged)
    def screenArgument(self) -> str:
        return self._navigator.current.argument

    @Property(bool, notify=stackChanged)
    def canGoBack(self) -> bool:
        return self._navigator.can_go_back

    @Property(bool, notify=stackChanged)
    def inVisit(self) -> bool:
        return self._navigator.in_visit

    def screen_available(self, name: str) -> bool:
        """A screen shows itself when its QML file and the bridges it needs are present;
        otherwise a placeholder stands in (e.g. before the catalogue screens are merged)."""
        return self._available[name]

    def _describe(self, entry: Entry) -> dict[str, object]:
        spec = SCREENS[entry.screen]
        if self.screen_available(entry.screen):
            source, bridges, extra = spec.qml, list(spec.bridges), {}
        else:
            source, bridges, extra = PLACEHOLDER_QML, ["app"], {"screenTitle": spec.title}
        return {
            "key": entry.key,
            "screen": entry.screen,
            "argument": entry.argument,
            "source": QUrl.fromLocalFile(str(self._qml_folder / source)).toString(),
            "bridges": bridges,
            "extra": extra,
        }

    def _navigate(self, change: Callable[[], bool]) -> None:
        try:
            changed = change()
        except UnknownScreen as exc:
            log.error("navigation: %s", exc)
            return
        if changed:
            self._idle.set_enabled(self._navigator.in_visit)
            self.stackChanged.emit()
            current = self._navigator.current
            self.screenEntered.emit(current.screen, current.argument)

    @Slot(str)
    @Slot(str, str)
    def go(self, screen: str, argument: str = "") -> None:
        self._navigate(lambda: self._navigator.go(screen, argument))

    @Slot(str)
    def openLeadForm(self, exhibitor_id: str) -> None:
        """ "I'm interested": the lead form, with this exhibitor added to the visitor's list."""
        self.go(CONTACT, exhibitor_id)

    @Slot()
    def back(self) -> None:
        self._navigate(self._navigator.back)

    @Slot()
    def home(self) -> None:
        self._navigate(self._navigator.home)

    @Slot()
    @Slot(str)
    def start(self, tag: str = "") -> None:
        """Leave the attract loop for Home, optionally in the language the visitor touched."""
        if tag:
            self.setLanguage(tag)
        self.home()

    @Slot()
    def reset(self) -> None:
        """End the visit: every bridge wipes its inputs, the event's language, attract loop."""
        self.resetRequested.emit()
        self.start_in_default_language()
        self._navigate(self._navigator.reset)

    @Slot()
    def finishVisit(self) -> None:
        """ "Thank you" is done: the next person at Home finds nothing of this visitor's
        (search, filters, form, language), as after an idle reset."""
        self.resetRequested.emit()
        self.start_in_default_language()
        self._navigate(self._navigator.restart)

    # -- idle and window ------------------------------------------------------------------

    @Property(QObject, constant=True)
    def idle(self) -> IdleMonitor:
        return self._idle

    @Property(bool, notify=closeAllowedChanged)
    def closeAllowed(self) -> bool:
        """The window refuses to close (Alt+F4, window manager) unless staff allowed it."""
        return self._close_allowed

    def allow_close(self, allowed: bool = True) -> None:
        if allowed != self._close_allowed:
            self._close_allowed = allowed
            self.closeAllowedChanged.emit()

    # -- content --------------------------------------------------------------------------

    def set_content(self, content: ShellContent) -> None:
        """New content pack loaded: the shell's texts and images follow."""
        self._content = content
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
