"""Builds the kiosk window: fonts, database, translations, bridges, QML engine, kiosk window.

This is the composition root of the visitor UI: every bridge is created here and wired to the
others (language changes and visit resets fan out from the ``AppBridge``), then handed to QML as
initial properties of the root window.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QtMsgType, Slot, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.config import Settings
from kiosk.data.database import Database, open_database
from kiosk.domain.languages import DEFAULT_LANGUAGE, language
from kiosk.errors import KioskError
from kiosk.resources import qml_dir
from kiosk.services import kiosk_prefs
from kiosk.services.analytics import AnalyticsRecorder
from kiosk.services.catalog import Catalog, load_catalog
from kiosk.services.identity import kiosk_id
from kiosk.services.kiosk_display import pixel_shift_on
from kiosk.ui import bridges, shell_content
from kiosk.ui.access import AccessBridge
from kiosk.ui.burnin import PixelShift
from kiosk.ui.catalog_pages import CatalogPages
from kiosk.ui.event_page import EventPage
from kiosk.ui.fonts import apply_default_font, font_family, load_fonts
from kiosk.ui.i18n import Translations
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.keyboard_script import KeyboardScript, TraditionalCommit
from kiosk.ui.lead_form import LeadFormBridge
from kiosk.ui.matching_page import MatchingPage
from kiosk.ui.screen_fit import ScreenFit
from kiosk.ui.speech import SpeechBridge
from kiosk.ui.staff.bridge import OFF, StaffBridge
from kiosk.ui.you_are_here import YouAreHere

if TYPE_CHECKING:
    from kiosk.services.catalog import Catalog
    from kiosk.services.kiosk_prefs import KioskPrefs
    from kiosk.sync.pusher import Pusher
    from kiosk.ui.fleet import FleetController

QML_MODULE = "Kiosk"
_QML_CATEGORIES = ("qt.qml", "qt.quick", "qt.virtualkeyboard", "js")
# Warnings about Qt's own QML that no kiosk code can cause or fix. Qt Virtual Keyboard 6.11's
# PopupList.qml redeclares ListView.contentWidth; the message names no file, so match it. Its
# Pinyin engine reports, as a warning, that it made its user-dictionary folder (the first start
# on a new PC): a notice, not a fault.
_QT_OWN_WARNINGS = (
    "Member contentWidth of the object PopupList_QMLTYPE_",
    "PinyinDecoderService::init(): creating directory for user dictionary",
)


def _from_qml(context: object, message: str) -> bool:
    """A message from QML code, the QML engine or Qt Quick (not e.g. a font or GPU notice)."""
    file = getattr(context, "file", None) or ""
    category = getattr(context, "category", None) or ""
    return "qml" in message.lower() or file.endswith(".qml") or category.startswith(_QML_CATEGORIES)


class KioskWindowHost(QObject):
    """Owns everything the window needs and collects every QML warning."""

    def __init__(
        self,
        settings: Settings,
        *,
        i18n_cache: Path | None = None,
        database: Database | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.i18n_cache = i18n_cache or settings.data_dir / "cache" / "i18n"
        self.database = database  # the caller's (it disposes of it), or opened by load()
        self._owns_database = database is None
        self.engine: QQmlApplicationEngine | None = None
        self.window: QQuickWindow | None = None
        self.app_bridge: bridges.AppBridge | None = None
        self.staff_bridge: StaffBridge | None = None
        self.idle: IdleMonitor | None = None
        self.traditional_commit: TraditionalCommit | None = None
        self.translations: Translations | None = None
        self.bridges: dict[str, QObject] = {}
        self.analytics: AnalyticsRecorder | None = None
        self.sync: Pusher | None = None  # sends leads to the central pool, when one is set
        self.fleet: FleetController | None = None  # heartbeats and published content
        self.pixel_shift: PixelShift | None = None  # burn-in protection
        self._problems: list[str] = []
        self._previous_handler = None
        self._cursor_hidden = False

    # -- diagnostics ----------------------------------------------------------------------

    def problems(self) -> list[str]:
        """QML errors and warnings seen so far (empty means a clean load)."""
        return list(self._problems)

    def _on_qt_message(self, mode: QtMsgType, context: object, message: str) -> None:
        serious = mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if serious and _from_qml(context, message) and not message.startswith(_QT_OWN_WARNINGS):
            self._problems.append(f"QML warning: {message}")
        if self._previous_handler is not None:
            self._previous_handler(mode, context, message)

    @Slot("QList<QQmlError>")
    def _on_warnings(self, warnings: list) -> None:
        self._problems.extend(f"QML error: {w.toString()}" for w in warnings)

    # -- lifecycle ------------------------------------------------------------------------

    def load(self) -> None:
        load_fonts()
        if self.database is None:
            self.database = open_database(self.settings)
        self.settings = kiosk_prefs.apply(self.settings, self.database.sessions)  # staff's choice
        self.translations = Translations(self.i18n_cache)
        self.idle = IdleMonitor(self.settings.idle_timeout_s, self.settings.idle_countdown_s, self)
        self.idle.install(QGuiApplication.instance())
        self.traditional_commit = TraditionalCommit(QGuiApplication.instance(), self)
        self._create_bridges()
        self._create_pixel_shift()

        self._previous_handler = qInstallMessageHandler(self._on_qt_message)
        self.engine = QQmlApplicationEngine()
        self.engine.warnings.connect(self._on_warnings)
        self.engine.addImportPath(str(qml_dir()))
        self.engine.rootContext().setContextProperty("keyboardScript", KeyboardScript(self))
        self.bridges["exhibitorPage"].install(self.engine)  # its QR codes
        self.engine.setInitialProperties({"app": self.app_bridge, "bridges": self.bridges})
        self.engine.loadFromModule(QML_MODULE, "Main")
        roots = self.engine.rootObjects()
        if not roots or self._has_errors():
            details = "\n".join(self._problems) or "the QML engine created no window"
            raise KioskError(f"the user interface failed to load:\n{details}", exit_code=4)
        window = roots[0]
        if not isinstance(window, QQuickWindow):
            raise KioskError("the QML root object is not a window", exit_code=4)
        self.window = window
        self._first_frame_seen = False
        window.frameSwapped.connect(self._after_first_frame, Qt.ConnectionType.QueuedConnection)
        for bridge in self.bridges.values():
            if hasattr(bridge, "attach_window"):  # e.g. the lead form's card scanner
                bridge.attach_window(window)
        self._show()
        if self.settings.central_database_url:
            # imported only with a central pool: the sync stack costs 0.3 s of start-up
            from kiosk.sync.background import start_background_sync

            self.sync = start_background_sync(self.database, self.settings)
            if self.staff_bridge is not None:
                self.staff_bridge.sync.pusher = self.sync  # its state shows in the sync panel
            from kiosk.ui.fleet import FleetController

            self.fleet = FleetController(self, self)
            self.fleet.start(self.settings.central_database_url)

    def _create_bridges(self) -> None:
        """Every bridge QML can use, by the name screens declare in ``navigation.SCREENS``.

        Each bridge with a ``reset()`` is wiped when a visit ends, one with ``set_language(tag)``
        follows the visitor's language, one with ``screen_coming(screen, argument)`` readies a
        screen's content before the screen is built (e.g. the exhibitor to show), one with
        ``screen_entered(screen, argument)`` hears where the visitor went once the screen is
        there (e.g. the lead form's pending picker), and ``attach_window`` gets the window once
        it exists (e.g. the lead form's card scanner). The catalogue is read once, for the
        shell's texts, the catalogue screens and the lead form alike.
        """
        assert self.database is not None and self.idle is not None
        assert self.translations is not None
        catalog = load_catalog(self.database.sessions, self.settings.content_dir)
        event_page = EventPage(shell_content.from_catalog(catalog), parent=self)
        others: dict[str, QObject] = {"eventPage": event_page}
        others.update(self._catalogue_bridges(catalog))
        others["leadForm"] = lead_form = LeadFormBridge(
            self.database.sessions, catalog, parent=self
        )
        others["matching"] = MatchingPage(self.database.sessions, catalog, parent=self)
        others["here"] = YouAreHere(self.database.sessions, catalog, parent=self)
        lead_form.matching_page = others["matching"]
        others["access"] = access = AccessBridge(
            self.database.sessions, trace=self.analytics, parent=self
        )
        # The speech engine opens after the first frame (_after_first_frame): it can take
        # more than a second, which would otherwise delay the kiosk's first picture.
        others["speech"] = SpeechBridge(self.database.sessions, access, start=False, parent=self)
        self.app_bridge = bridges.AppBridge(
            self.idle,
            qml_folder=qml_dir() / QML_MODULE,
            bridges=("app", *others),
            translate=self.translations.translate,
            parent=self,
        )
        self.bridges = {"app": self.app_bridge, **others}
        for bridge in others.values():
            if hasattr(bridge, "reset"):
                self.app_bridge.resetRequested.connect(bridge.reset)
            if hasattr(bridge, "set_language"):
                self.app_bridge.languageChanged.connect(bridge.set_language)
            if hasattr(bridge, "screen_coming"):
                self.app_bridge.screenComing.connect(bridge.screen_coming)
            if hasattr(bridge, "screen_entered"):
                self.app_bridge.screenEntered.connect(bridge.screen_entered)
        self.bridges["staff"] = self.staff_bridge = self._create_staff_bridge()
        self.staff_bridge.prefs.attach_speech(others["speech"])
        self.bridges["screenFit"] = fit = ScreenFit(self.database.sessions, self.settings, self)
        self.staff_bridge.prefs.attach_screen_fit(fit)
        self.staff_bridge.prefs.attach_here(others["here"])
        self.app_bridge.set_default_language(event_page.defaultLanguage)
        event_page.defaultLanguageChanged.connect(self.app_bridge.set_default_language)
        self.app_bridge.languageChanged.connect(self._apply_language)
        self.app_bridge.start_in_default_language()  # every bridge follows from here
        self._apply_language(self.app_bridge.language)

    def _catalogue_bridges(self, catalog: Catalog | None) -> dict[str, QObject]:
        """The catalogue screens' page objects (``catalog_pages``), with the anonymous analytics
        the exhibitor page records into (written at the end of each visit and at exit)."""
        assert self.database is not None
        sessions = self.database.sessions
        event_id = catalog.event_id if catalog is not None else None
        self.analytics = AnalyticsRecorder(sessions, kiosk_id(sessions), event_id)
        pages = CatalogPages.create(catalog, analytics=self.analytics, parent=self)
        return pages.as_bridges()

    def _create_staff_bridge(self) -> StaffBridge:
        """Staff mode (PIN pad and dashboard, over every screen): not a visitor screen, so not
        reset with a visit; it follows the language and asks the window for what follows."""
        assert self.database is not None and self.idle is not None
        assert self.app_bridge is not None
        staff = StaffBridge(
            self.database.sessions, self.settings, self.app_bridge, self.idle, parent=self
        )
        self.app_bridge.languageChanged.connect(staff.set_language)
        staff.quitRequested.connect(self.quit)
        staff.contentLoaded.connect(self.reload_content)
        staff.prefsSaved.connect(self.apply_prefs)
        return staff

    def _create_pixel_shift(self) -> None:
        """Burn-in protection (``kiosk.ui.burnin``), on unless configured or switched off."""
        assert self.database is not None and self.staff_bridge is not None
        settings = self.settings
        on = pixel_shift_on(self.database.sessions, settings.pixel_shift_px > 0)
        self.pixel_shift = PixelShift(
            settings.pixel_shift_px, settings.pixel_shift_interval_s, on, self
        )
        self.bridges["pixelShift"] = self.pixel_shift
        self.staff_bridge.prefs.pixelShiftSet.connect(self.pixel_shift.set_enabled)

    # -- staff mode's hooks ---------------------------------------------------------------

    @Slot(object)
    def reload_content(self, catalog: Catalog | None) -> None:
        """Show a newly imported content pack everywhere, without a restart.

        Staff mode's "Reload content" imports the pack, reads the active event's ``Catalog``
        off the UI thread (``services.catalog.load_catalog``) and calls this. Every bridge with
        a ``reload(catalog)`` takes its slice (the event page: brand, attract loop, about; the
        catalogue pages, the exhibitor page also moving the analytics to the new event; the
        lead form: the new event's consents and exhibitors). The visit in progress, if any,
        ends: its screens may show exhibitors that no longer exist. Staff who loaded it keep
        their panel's language; the new event's language greets the next visitor.
        """
        assert self.app_bridge is not None
        for bridge in self.bridges.values():
            reload = getattr(bridge, "reload", None)
            if callable(reload):
                reload(catalog)
        staff_at_work = self.staff_bridge is not None and self.staff_bridge.stage != OFF
        self.app_bridge.end_visit(keep_language=staff_at_work)
        self.note_first_picture()

    @Slot(object)
    def apply_prefs(self, prefs: KioskPrefs) -> None:
        """Staff changed the settings: the idle timer, the cursor and the kiosk id follow at
        once."""
        assert self.idle is not None
        self.settings = replace(
            self.settings, idle_timeout_s=prefs.idle_timeout_s, hide_cursor=not prefs.show_cursor
        )
        self.idle.set_timeouts(prefs.idle_timeout_s, self.settings.idle_countdown_s)
        self._hide_cursor(self.settings.hide_cursor and not self.settings.windowed)
        self.apply_kiosk_id(prefs.kiosk_id)

    def apply_kiosk_id(self, kiosk: str) -> None:
        """Leads, analytics and pushes to the central pool carry ``kiosk`` from now on, with
        no restart (what was recorded before keeps the id it was recorded under)."""
        for bridge in self.bridges.values():
            if hasattr(bridge, "set_kiosk_id"):
                bridge.set_kiosk_id(kiosk)
        if self.analytics is not None:
            self.analytics.set_kiosk_id(kiosk)
        if self.sync is not None:
            self.sync.kiosk_id = kiosk

    def _hide_cursor(self, hidden: bool) -> None:
        if hidden and not self._cursor_hidden:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        elif not hidden and self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
        self._cursor_hidden = hidden

    @Slot(str)
    def _apply_language(self, tag: str) -> None:
        """UI strings (translator + retranslate) and the default font follow the language;
        not once the window is closed (a bridge outliving it must not install a translator
        under the next window)."""
        if self.translations is None:
            return
        self.translations.activate(tag)
        QLocale.setDefault(QLocale(language(tag).qt_locale))  # Messages.qml groups numbers so
        apply_default_font(font_family(tag))
        if self.engine is not None:
            self.engine.retranslate()

    def _has_errors(self) -> bool:
        return any(p.startswith("QML error") for p in self._problems)

    @Slot()
    def _after_first_frame(self) -> None:
        """Work that need not delay the first picture: the speech engine, the note of what the
        next start shows first."""
        if self._first_frame_seen:  # frames queued before the disconnect below took effect
            return
        self._first_frame_seen = True
        if self.window is not None:
            self.window.frameSwapped.disconnect(self._after_first_frame)
        speech = self.bridges.get("speech")
        if speech is not None:
            speech.start()
        self.note_first_picture()

    def note_first_picture(self) -> None:
        """What the attract loop shows, for the next start's first picture (the curtain)."""
        from kiosk.ui.curtain import write_snapshot

        event_page = self.bridges.get("eventPage")
        if self.app_bridge is not None and event_page is not None:
            write_snapshot(self.settings, self.app_bridge, event_page)

    def _show(self) -> None:
        assert self.window is not None
        self._hide_cursor(self.settings.hide_cursor and not self.settings.windowed)
        if self.settings.windowed:
            self.window.resize(1920 // 2, 1080 // 2)
            self.window.show()
        else:
            self.window.setFlag(Qt.WindowType.FramelessWindowHint, True)
            # Sized to its screen before asking for full screen: an X session without a window
            # manager (a bare kiosk) ignores the request, and a portrait totem then showed a
            # 1920x1080 window cut at the screen's edge. The primary screen (where a new window
            # opens): a QScreen reached through QWindow.screen() from Python left later windows
            # of the process on a dangling screen (a crash in QWindowPrivate::connectToScreen).
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                self.window.setGeometry(screen.geometry())
            self.window.showFullScreen()

    def is_idle(self) -> bool:
        """The attract loop shows: no visit under way, staff mode closed (a moment to load new
        content or restart without taking anything from anyone)."""
        if self.app_bridge is None or self.app_bridge.inVisit:
            return False
        return not (self.staff_bridge is not None and self.staff_bridge.shown)

    def is_settled(self) -> bool:
        """No shell transition is running or about to: the screen stack is still, the attract
        loop is fully shown (and loaded) or gone, the idle overlay and the on-screen keyboard
        fully shown or gone."""
        if self.window is None or self.app_bridge is None or self.idle is None:
            return True
        stack = self.window.findChild(QObject, "screenStack")
        attract = self.window.findChild(QObject, "attractLayer")
        overlay = self.window.findChild(QObject, "idleOverlay")
        if stack is None or attract is None or overlay is None or stack.property("busy"):
            return False
        in_visit = self.app_bridge.inVisit
        slides = attract.property("item")
        attract_done = attract.property("cover") == (0.0 if in_visit else 1.0) and (
            in_visit or (slides is not None and not slides.property("slideChanging"))
        )
        overlay_done = overlay.property("opacity") == (1.0 if self.idle.countingDown else 0.0)
        return attract_done and overlay_done and self._keyboard_settled()

    def images_loading(self) -> bool:
        """A picture on show is still loading (asynchronous images: logos, products, the
        attract loop's photographs); a screenshot waits for them rather than a fixed time."""
        from kiosk.ui.layout_audit import qml_int

        loading = 2  # Image.Loading

        def shown(item: QQuickItem) -> Iterator[QQuickItem]:
            if item.isVisible():
                yield item
                for child in item.childItems():
                    yield from shown(child)

        if self.window is None:
            return False
        return any(
            item.inherits("QQuickImage") and qml_int(item, "status") == loading
            for item in shown(self.window.contentItem())
        )

    def _keyboard_settled(self) -> bool:
        """The on-screen keyboard is fully up or fully down (it slides; not loaded: still)."""
        panel = self.window.findChild(QObject, "keyboardPanel")
        keys = self.window.findChild(QObject, "inputPanel")
        if panel is None or keys is None:
            return True
        return panel.property("shown") == (1.0 if keys.property("active") else 0.0)

    def set_motion_scale(self, scale: float) -> None:
        """Shorten every shell animation (``Theme.motionScale``, 0 < scale <= 1)."""
        assert self.engine is not None
        theme = self.engine.singletonInstance("KioskStyle", "Theme")
        theme.setProperty("motionScale", min(1.0, max(0.01, scale)))

    @Slot()
    def quit(self) -> None:
        """Staff asked to leave kiosk mode: allow the window to close, then close it."""
        if self.app_bridge is not None:
            self.app_bridge.allow_close(True)
        if self.window is not None:
            self.window.close()

    def close(self, jobs_timeout_ms: int = 30_000) -> None:
        """Tear down window before bridges (QML bindings must not see a vanished bridge).

        Running staff jobs get ``jobs_timeout_ms`` to finish before the database closes (less
        when the system asked the kiosk to stop and will kill it after its own delay)."""
        if self.staff_bridge is not None:
            self.staff_bridge.shutdown(jobs_timeout_ms)
        if self.idle is not None:
            self.idle.uninstall()
            self.idle.set_enabled(False)  # a closed window's visit never times out later
        if self.traditional_commit is not None:
            self.traditional_commit.detach()
            self.traditional_commit = None
        self._hide_cursor(False)
        if self.window is not None:
            input_method = QGuiApplication.inputMethod()  # application-wide: leave it closed
            input_method.reset()
            input_method.hide()
            self.window.hide()
            self.window = None
        if self.engine is not None:
            engine, self.engine = self.engine, None
            del engine
        qInstallMessageHandler(self._previous_handler)
        if self.analytics is not None:
            self.analytics.flush()
        if self.fleet is not None:
            self.fleet.stop()
            self.fleet = None
        if self.sync is not None:
            from kiosk.sync.background import stop_background_sync

            stop_background_sync(self.sync)
            self.sync = None
        if self.translations is not None:  # the translator is application-wide too
            self.translations.activate(DEFAULT_LANGUAGE.tag)
            self.translations = None  # and stays so: _apply_language now does nothing
        if self.database is not None and self._owns_database:
            self.database.dispose()
        self.database = None
