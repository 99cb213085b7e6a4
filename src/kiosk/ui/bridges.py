"""QObject bridges exposed to QML. State is a notifying Property; commands are Slots.

``AppBridge`` is the shell's brain: the visitor's language, where they are (a ``Navigator``) and
the idle monitor. QML shows what it says; every decision (which screen, which font, which
keyboard, when to reset) is here. What the screens show has its own page objects (the event's
texts in ``event_page``, the catalogue in ``catalog_pages``, the lead form in ``lead_form``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES, language
from kiosk.ui.fonts import font_family
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.navigation import CONTACT, SCREENS, Entry, Navigator, UnknownScreen

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

PLACEHOLDER_QML = "PlaceholderScreen.qml"
# Marks the "Touch to start" prompt for lupdate (QT_TRANSLATE_NOOP in AttractScreen.qml).
START_PROMPT = ("AttractScreen", "Touch to start")

Translate = Callable[[str, str, str], str]  # (language tag, context, source) -> text


@QmlElement
@QmlUncreatable("AppBridge is created by the application and passed to the window.")
class AppBridge(QObject):
    """Language, navigation and idle state, for the whole window."""

    languageChanged = Signal(str)
    defaultLanguageChanged = Signal()
    stackChanged = Signal()
    closeAllowedChanged = Signal()
    resetRequested = Signal()
    screenComing = Signal(str, str)  # screen, argument, before it is built: its content
    screenEntered = Signal(str, str)  # screen, argument, once built: the form, speech, analytics

    def __init__(
        self,
        idle: IdleMonitor,
        *,
        qml_folder: Path,
        bridges: tuple[str, ...] = ("app",),
        translate: Translate | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle = idle
        self._qml_folder = qml_folder
        self._available = {
            name: (qml_folder / spec.qml).exists() and set(spec.bridges) <= set(bridges)
            for name, spec in SCREENS.items()
        }
        self._translate = translate or (lambda _tag, _context, source: source)
        self._language = DEFAULT_LANGUAGE.tag
        self._default_language = DEFAULT_LANGUAGE.tag
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

    @Property(str, notify=defaultLanguageChanged)
    def defaultLanguage(self) -> str:
        """The language each new visitor starts in: the event's (content pack), else English."""
        return self._default_language

    @Slot(str)
    def set_default_language(self, tag: str) -> None:
        """The loaded event's ``default_language`` (``EventPage``); "" for English. Takes
        effect at the next visit (``start_in_default_language``), not in the middle of one."""
        tag = language(tag or DEFAULT_LANGUAGE.tag).tag
        if tag != self._default_language:
            self._default_language = tag
            self.defaultLanguageChanged.emit()

    def start_in_default_language(self) -> None:
        """At start and after a visit: the event's language, for every bridge that follows."""
        self.setLanguage(self._default_language)

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
            # The content bridges take the new screen's argument first (the exhibitor to show,
            # the booth to highlight), then the shell builds the screen: it is built once,
            # with its content, before its slide starts (not built with the last exhibitor's
            # page and rebuilt while it slides in). The others hear of it once it exists.
            current = self._navigator.current
            self.screenComing.emit(current.screen, current.argument)
            self.stackChanged.emit()
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
        self.end_visit()

    def end_visit(self, *, keep_language: bool = False) -> None:
        """``reset``; ``keep_language`` when staff are at work in a language of their choice
        (a pack loaded from staff mode): the next visitor's language is set when they leave."""
        self.resetRequested.emit()
        if not keep_language:
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
