"""Speech: the kiosk reads the screen's heading and each control touched, aloud.

EN 301 549 5.1.3 (closed functionality: audio output of what is on screen, in the displayed
language) and ADA §707 (repeat, volume). Qt TextToSpeech speaks through the PC's engine
(speech-dispatcher on Linux, SAPI/WinRT on Windows); the voice is chosen per kiosk language:
Cantonese for Traditional Chinese where the PC has one, else Mandarin; Mandarin for Simplified
Chinese; European Portuguese; British English. Where the PC has no voice for the language on
show, the controls say so instead of staying silent without a word.

Speech is on in accessibility mode, or for every visitor when staff set it (a setting in the
database). What is read comes from the items' accessible names (``Accessible.name``), the same
text a screen reader would get, so a control without one is also silent here (see the
accessible-name audit in tests/qt).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Property, QEvent, QObject, QPointF, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.settings_repo import get_setting, set_setting
from kiosk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.services import audit

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

ALWAYS = "kiosk.speech_always"  # staff: read aloud for every visitor, not only in a11y mode
ENGINE_VARIABLE = "KIOSK_TTS_ENGINE"  # a Qt TextToSpeech engine name, or "none"
VOLUME_STEP = 0.2
DEFAULT_VOLUME = 0.8
SPEECH_CONTROL_PREFIX = "speech"  # objectName of SpeechControls.qml's buttons
HEADING_DELAY_MS = 450  # after the screen's transition, so its heading is the one on show

# Accessible roles a visitor touches (read when touched).
CONTROL_ROLES = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.EditableText,
    QAccessible.Role.ComboBox,
    QAccessible.Role.ListItem,
    QAccessible.Role.Link,
    QAccessible.Role.PageTab,
    QAccessible.Role.MenuItem,
    QAccessible.Role.Slider,
}


@dataclass(frozen=True)
class Voice:
    """A voice the engine offers, described as plainly as QVoice and QLocale allow."""

    name: str
    language: str  # QLocale language name: "Cantonese", "Chinese", "Portuguese", "English"
    territory: str  # QLocale territory, no spaces: "Portugal", "HongKong", "UnitedKingdom", ""
    locale: str  # e.g. "yue_HK"


Rule = Callable[[Voice], bool]


def _named(word: str) -> Rule:
    return lambda v: word in v.name.lower()


def _is(language: str, *territories: str) -> Rule:
    return lambda v: v.language == language and (not territories or v.territory in territories)


# Per kiosk language, best first (espeak-ng lists Mandarin under no locale and European
# Portuguese as "Portuguese (Portugal)" under pt_BR: the names say what the locale does not).
PREFERENCES: dict[str, tuple[Rule, ...]] = {
    "zh-Hant": (
        _is("Cantonese"),
        _named("cantonese"),
        _is("Chinese", "Taiwan", "HongKong", "Macao", "Macau"),
        _named("mandarin"),
        _is("Chinese"),
    ),
    "zh-Hans": (
        _is("Chinese", "China"),
        _named("mandarin"),
        lambda v: v.language == "Chinese" and "cantonese" not in v.name.lower(),
    ),
    "pt": (
        _is("Portuguese", "Portugal"),
        lambda v: v.language == "Portuguese" and "portugal" in v.name.lower(),
        _named("portugal"),
        _is("Portuguese"),
    ),
    "en": (
        lambda v: v.language == "English" and "great britain" in v.name.lower(),
        _is("English", "UnitedKingdom"),
        _is("English"),
    ),
}


def choose_voice(tag: str, voices: Iterable[Voice]) -> Voice | None:
    """The voice to read language ``tag`` in, or None when the PC has none that fits."""
    offered = list(voices)
    for rule in PREFERENCES.get(tag, ()):
        fitting = [v for v in offered if rule(v)]
        if fitting:
            return min(fitting, key=lambda v: (len(v.name), v.name))  # the plain voice first
    return None


def _describe(voice: QVoice) -> Voice:
    locale = voice.locale()
    return Voice(
        voice.name(),
        locale.languageToString(locale.language()),
        # "United Kingdom" -> "UnitedKingdom", as the enum names it (PREFERENCES)
        locale.territoryToString(locale.territory()).replace(" ", "")
        if locale.territory().value
        else "",
        locale.name(),
    )


def engine_voices(engine: QTextToSpeech) -> list[tuple[Voice, QVoice]]:
    """Every voice of every locale the engine offers."""
    found: list[tuple[Voice, QVoice]] = []
    for locale in engine.availableLocales():
        engine.setLocale(locale)
        found += [(_describe(v), v) for v in engine.availableVoices()]
    return found


def make_engine(parent: QObject | None = None) -> QTextToSpeech | None:
    """The engine ``KIOSK_TTS_ENGINE`` names (default: the platform's), None for "none"."""
    name = os.environ.get(ENGINE_VARIABLE, "").strip()
    if name.lower() == "none":
        return None
    try:
        engine = QTextToSpeech(name, parent) if name else QTextToSpeech(parent)
    except Exception as exc:  # no plugin at all
        log.warning("text to speech unavailable: %s", exc)
        return None
    if engine.state() == QTextToSpeech.State.Error:
        log.warning("text to speech engine: %s", engine.errorString())
    return engine


def voices_per_language(engine: QTextToSpeech | None) -> dict[str, Voice | None]:
    """For ``kiosk doctor``: the voice each kiosk language would be read in."""
    offered = [v for v, _ in engine_voices(engine)] if engine is not None else []
    return {lang.tag: choose_voice(lang.tag, offered) for lang in LANGUAGES}


@QmlElement
@QmlUncreatable("SpeechBridge is created by the application.")
class SpeechBridge(QObject):
    """Reads aloud in the visitor's language, with repeat, stop and volume."""

    changed = Signal()
    spoken = Signal(str)  # what was handed to the engine, in a voice (tests, logs)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        access: QObject,
        *,
        engine: QTextToSpeech | None = None,
        start: bool = True,
        parent: QObject | None = None,
    ) -> None:
        """``start=False`` leaves the engine to :meth:`start`: a speech engine can take more
        than a second to open, which the kiosk window spends after its first frame."""
        super().__init__(parent)
        self._sessions = sessions
        self._access = access
        self._engine = engine
        self._voices: list[tuple[Voice, QVoice]] = []
        self._started = False
        self._language = DEFAULT_LANGUAGE.tag
        self._voice: tuple[Voice, QVoice] | None = None
        self._volume = DEFAULT_VOLUME
        self._last = ""
        self._always = self._load_always()
        self._window: QQuickWindow | None = None
        self._heading_timer = QTimer(self, singleShot=True, interval=HEADING_DELAY_MS)
        self._heading_timer.timeout.connect(self.readHeading)
        access.accessibleChanged.connect(self._active_changed)
        if start:
            self.start()
        else:
            self._pick_voice()

    def start(self) -> None:
        """Open the speech engine (once) and choose the voice for the language on show."""
        if self._started:
            return
        self._started = True
        if self._engine is None:
            self._engine = make_engine(self)
        self._voices = engine_voices(self._engine) if self._engine is not None else []
        self._pick_voice()

    # -- state ------------------------------------------------------------------------------

    def _load_always(self) -> bool:
        try:
            with self._sessions() as session:
                return get_setting(session, ALWAYS) == "1"
        except SQLAlchemyError as exc:
            log.warning("speech setting not read: %s", exc)
            return False

    def _pick_voice(self) -> None:
        chosen = choose_voice(self._language, [v for v, _ in self._voices])
        self._voice = next(((v, q) for v, q in self._voices if v == chosen), None)
        if self._engine is not None and self._voice is not None:
            self._engine.setVoice(self._voice[1])
            self._engine.setVolume(self._volume)
        self.changed.emit()

    @Slot()
    def _active_changed(self) -> None:
        if not self.active and self._engine is not None:
            self._engine.stop()
        self.changed.emit()
        if self.active:
            self._heading_timer.start()

    @Property(bool, notify=changed)
    def active(self) -> bool:
        """Reading aloud now: accessibility mode, or staff set it for everyone."""
        return self._always or bool(self._access.property("accessible"))

    @Property(bool, notify=changed)
    def available(self) -> bool:
        """The PC has a voice for the language on show."""
        return self._voice is not None

    @Property(str, notify=changed)
    def voiceName(self) -> str:
        return self._voice[0].name if self._voice else ""

    @Property(float, notify=changed)
    def volume(self) -> float:
        return self._volume

    @Property(str, notify=changed)
    def lastSpoken(self) -> str:
        return self._last

    @Property(bool, notify=changed)
    def always(self) -> bool:
        return self._always

    @Slot(bool)
    def setAlways(self, on: bool) -> None:
        """Staff Settings: read aloud for every visitor (stored, audited, applied at once)."""
        if on == self._always:
            return
        with self._sessions.begin() as session:
            set_setting(session, ALWAYS, "1" if on else "0")
            audit.record(
                session, "settings.changed", actor=audit.ACTOR_STAFF, detail={"speech_always": on}
            )
        self._always = on
        self._active_changed()

    # -- the visit --------------------------------------------------------------------------

    @Slot(str)
    def set_language(self, tag: str) -> None:
        self._language = tag
        self._pick_voice()
        if self.active:
            self._heading_timer.start()

    @Slot(str, str)
    def screen_entered(self, _screen: str, _argument: str) -> None:
        if self.active:
            self._heading_timer.start()

    @Slot()
    def reset(self) -> None:
        """The visit ended: silence, and the next visitor starts at the standard volume."""
        self.stop()
        self._last = ""
        self._volume = DEFAULT_VOLUME
        if self._engine is not None:
            self._engine.setVolume(self._volume)
        self.changed.emit()

    def attach_window(self, window: QQuickWindow) -> None:
        """Hear every touch on the window (to read the control touched)."""
        self._window = window
        window.installEventFilter(self)
        window.destroyed.connect(self._window_gone)
        window.visibleChanged.connect(self._window_shown)

    @Slot(bool)
    def _window_shown(self, shown: bool) -> None:
        """The host hides the window before tearing it down: no Python filter then."""
        if not shown and self._window is not None and shiboken6.isValid(self._window):
            self._window.removeEventFilter(self)
            self._window_gone()

    @Slot()
    def _window_gone(self) -> None:
        self._window = None
        self._heading_timer.stop()

    def _root(self) -> QQuickItem | None:
        """The window's content item, while the window still exists."""
        if self._window is None or not shiboken6.isValid(self._window):
            return None
        return self._window.contentItem()

    # -- speaking ---------------------------------------------------------------------------

    @Slot(str)
    def say(self, text: str) -> None:
        text = " ".join(text.split())
        if not text or not self.active:
            return
        self._last = text
        self.changed.emit()
        if self._engine is not None and self._voice is not None:
            self._engine.stop()
            self._engine.say(text)
            self.spoken.emit(text)

    @Slot()
    def repeat(self) -> None:
        if self._last:
            self.say(self._last)

    @Slot()
    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()

    @Slot(float)
    def setVolume(self, volume: float) -> None:
        self._volume = round(min(1.0, max(0.2, volume)), 2)
        if self._engine is not None:
            self._engine.setVolume(self._volume)
        self.changed.emit()

    @Slot()
    def louder(self) -> None:
        self.setVolume(self._volume + VOLUME_STEP)

    @Slot()
    def quieter(self) -> None:
        self.setVolume(self._volume - VOLUME_STEP)

    @Slot()
    def readHeading(self) -> None:
        """Read the heading on show (an overlay's, such as the age gate's, first)."""
        root = self._root() if self.active else None
        if root is not None:
            heading = screen_heading(root)
            if heading:
                self.say(heading)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd) and self.active:
            points = getattr(event, "points", lambda: [])()
            position = points[0].scenePosition() if points else event.scenePosition()
            root = self._root()
            if root is not None:
                name = control_name_at(root, position)
                if name:
                    self.say(name)
        return False


# -- reading the item tree ---------------------------------------------------------------------


def accessible(item: QQuickItem) -> tuple[QAccessible.Role, str] | None:
    """An item's accessible role and name, where QML gave it an accessible interface."""
    interface = QAccessible.queryAccessibleInterface(item)
    if interface is None or not interface.isValid():
        return None
    return interface.role(), interface.text(QAccessible.Text.Name)


def _shown(item: QQuickItem) -> bool:
    return item.isVisible() and item.opacity() > 0.01 and item.width() > 0 and item.height() > 0


def control_name_at(root: QQuickItem, scene: QPointF) -> str:
    """The accessible name of the topmost visible control under ``scene`` (none for the speech
    controls themselves: "Repeat" repeats what was read before, "Stop" stays silent)."""
    found = ""

    def visit(item: QQuickItem) -> None:
        nonlocal found
        if not _shown(item):
            return
        local = item.mapFromScene(scene)
        inside = 0 <= local.x() <= item.width() and 0 <= local.y() <= item.height()
        if inside:
            described = accessible(item)
            if described and described[0] in CONTROL_ROLES and described[1]:
                own = item.objectName().startswith(SPEECH_CONTROL_PREFIX)
                found = "" if own else described[1]  # later (painted above) wins
        if inside or not item.clip():
            for child in sorted(item.childItems(), key=lambda c: c.z()):
                visit(child)

    visit(root)
    return found


def screen_heading(root: QQuickItem) -> str:
    """The last visible item with the Heading role (overlays paint last), else the largest
    visible text of the screen on show."""
    headings: list[str] = []
    largest: tuple[float, str] = (0.0, "")

    def visit(item: QQuickItem) -> None:
        nonlocal largest
        if not _shown(item):
            return
        described = accessible(item)
        if described and described[0] == QAccessible.Role.Heading and described[1]:
            headings.append(described[1])
        text = item.property("text")
        font = item.property("font")
        if (
            isinstance(text, str)
            and text.strip()
            and font is not None
            and item.inherits("QQuickText")
        ):
            size = float(font.pixelSize())
            if size > largest[0]:
                largest = (size, text)
        for child in sorted(item.childItems(), key=lambda c: c.z()):
            visit(child)

    visit(root)
    return headings[-1] if headings else largest[1]


# -- kiosk doctor ------------------------------------------------------------------------------

VOICE_FIX = (
    "install a voice: on Debian/Ubuntu 'apt install speech-dispatcher-espeak-ng' (Cantonese, "
    "Mandarin, Portuguese, English); on Windows Settings > Time & language > Speech > Add voices"
)


def speech_checks() -> list[tuple[str, bool, str, str]]:
    """One line per kiosk language: the voice it is read in, or that the PC has none."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    app = QCoreApplication.instance() or QCoreApplication(["kiosk-doctor"])
    engine = make_engine()
    if engine is None:
        return [("speech", False, "no text-to-speech engine", VOICE_FIX)]
    deadline = QDeadlineTimer(3000)  # speech-dispatcher may be starting on demand
    while not engine.availableLocales() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
    name = engine.engine() or "default"
    results = []
    for tag, voice in voices_per_language(engine).items():
        detail = f"{voice.name} ({voice.locale}) via {name}" if voice else f"no voice via {name}"
        results.append((f"voice {tag}", voice is not None, detail, VOICE_FIX))
    return results
