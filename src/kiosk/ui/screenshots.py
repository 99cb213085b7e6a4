"""Render every screen in every language to PNG, offscreen, for review and the README.

Visitor screens: the real window is built on the configured database and driven through the
``AppBridge`` as a visitor would be (reset, language, screen). With ``content`` (a pack or a
workbook) they show that content instead, loaded into a throwaway data folder: organisers see
their content before the show and the kiosk's own database is not touched. Staff screens
(``staff-*``) are rendered on a throwaway kiosk with its own PIN, never the configured one: see
``kiosk.ui.staff_screenshots``. Each picture is taken once the shell's transitions have finished,
at the kiosk's design size of 1920x1080 unless told otherwise.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Settings
from kiosk.data.database import Database, open_database
from kiosk.domain.languages import LANGUAGES
from kiosk.errors import KioskError
from kiosk.services.startup import ensure_content
from kiosk.ui.navigation import ATTRACT, SCREENS
from kiosk.ui.staff_screenshots import MOTION_SCALE, STAFF_SHOTS, render_staff

if TYPE_CHECKING:
    from kiosk.ui.layout_audit import Finding

IDLE = "idle"  # the "Still there?" overlay, over Home
FEATURED = "featured"  # the attract loop on its first featured-exhibitor slide
# The age gate before the lead form, its kind refusal, and screens in accessibility mode.
AGE_GATE, UNDER_AGE = "age-gate", "age-under"
ACCESSIBLE = {"accessible-home": "home", "accessible-contact": "contact"}
VISITOR_SHOTS: tuple[str, ...] = (*SCREENS, FEATURED, IDLE, AGE_GATE, UNDER_AGE, *ACCESSIBLE)
SHOTS: tuple[str, ...] = (*VISITOR_SHOTS, *STAFF_SHOTS)


def render(
    settings: Settings,
    out_dir: Path,
    *,
    languages: Iterable[str] | None = None,
    screens: Iterable[str] | None = None,
    size: tuple[int, int] = (1920, 1080),
    report: Callable[[Path], None] | None = None,
    content: Path | None = None,
    audit: Callable[[Finding], None] | None = None,
) -> list[Path]:
    """Write ``SCREEN-LANG.png`` for each screen and language; returns the files written.

    ``content``: a pack or workbook to show instead of the database's content (checked first;
    :class:`PackInvalid` lists its problems before anything is rendered). ``audit``: called
    with each problem :mod:`kiosk.ui.layout_audit` finds on each picture."""
    tags = list(languages or (lang.tag for lang in LANGUAGES))
    names = list(screens or SHOTS)
    known_tags = [lang.tag for lang in LANGUAGES]
    unknown = [n for n in names if n not in SHOTS] + [t for t in tags if t not in known_tags]
    if unknown:
        raise KioskError(
            f"unknown screen or language: {', '.join(unknown)} "
            f"(screens: {', '.join(SHOTS)}; languages: {', '.join(known_tags)})"
        )
    pack = None
    if content is not None:
        from kiosk.content.sources import validate_source

        pack = validate_source(content)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.app import prepare_environment

    prepare_environment()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["kiosk-screenshots"])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def grab_into(app: object, host: object) -> Callable[[str, str], None]:
        def grab(name: str, tag: str) -> None:
            _settle(app, host)
            path = out_dir / f"{name}-{tag}.png"
            image = host.window.grabWindow()
            if image.isNull() or not image.save(str(path)):
                raise KioskError(f"{path}: could not write the screenshot")
            written.append(path)
            if report:
                report(path)
            if audit is not None:
                from kiosk.ui.layout_audit import audit_window

                for finding in audit_window(host.window, name, tag, image):
                    audit(finding)

        return grab

    visitor = [n for n in names if n in VISITOR_SHOTS]
    if visitor:
        with _visitor_database(settings, pack) as (database, shown):
            _render_visitor(app, shown, database, visitor, tags, size, grab_into)
    staff = [n for n in names if n in STAFF_SHOTS]
    if staff:
        render_staff(settings, staff, tags, size, grab_into, content=content)
    del app
    return written


@contextmanager
def _visitor_database(
    settings: Settings, pack: object | None
) -> Iterator[tuple[Database, Settings]]:
    """The configured database (with the sample pack if it is empty, like 'kiosk run'), or a
    throwaway one holding ``pack``."""
    if pack is None:
        database = open_database(settings)
        try:
            ensure_content(database, settings)
            yield database, settings
        finally:
            database.dispose()
        return
    from kiosk.content.importer import load_pack

    with tempfile.TemporaryDirectory(prefix="kiosk-preview-") as folder:
        preview = Settings(
            data_dir=Path(folder) / "data",
            idle_timeout_s=settings.idle_timeout_s,
            idle_countdown_s=settings.idle_countdown_s,
        )
        database = open_database(preview)
        try:
            load_pack(database.sessions, pack, preview.content_dir, actor="screenshots")
            yield database, preview
        finally:
            database.dispose()


def _render_visitor(
    app: object,
    settings: Settings,
    database: Database,
    names: list[str],
    tags: list[str],
    size: tuple[int, int],
    grab_into: Callable[[object, object], Callable[[str, str], None]],
) -> None:
    from kiosk.ui.window import KioskWindowHost

    host = KioskWindowHost(
        settings.with_overrides(windowed=True, hide_cursor=False), database=database
    )
    try:
        host.load()
        host.set_motion_scale(MOTION_SCALE)
        host.window.resize(*size)
        host.idle.set_timeouts(24 * 3600, settings.idle_countdown_s)
        bridge = host.app_bridge
        grab = grab_into(app, host)
        for tag in tags:
            for name in names:
                bridge.reset()
                bridge.setLanguage(tag)
                if name == IDLE:
                    bridge.home()
                    _settle(app, host)
                    host.idle.show_countdown()
                elif name == FEATURED:
                    _settle(app, host)
                    _show_first_featured(host)  # grab waits for its cross-fade
                elif name in (AGE_GATE, UNDER_AGE):
                    bridge.go("contact")
                    if name == UNDER_AGE:
                        host.bridges["access"].confirmAge(False)
                elif name != ATTRACT:
                    screen = ACCESSIBLE.get(name, name)
                    host.bridges["access"].confirmAge(True)  # past the age gate
                    host.bridges["access"].setAccessible(name in ACCESSIBLE)
                    bridge.go(screen, _argument_for(screen, host.bridges["eventPage"]))
                grab(name, tag)
        problems = host.problems()
        if problems:
            raise KioskError("QML reported problems while rendering:\n" + "\n".join(problems))
    finally:
        host.close()


def _show_first_featured(host: object) -> None:
    from PySide6.QtCore import QObject

    slides = host.bridges["eventPage"].attractSlides
    first = next((i for i, s in enumerate(slides) if s["kind"] == "highlight"), 0)
    attract = host.window.findChild(QObject, "attractScreen")
    if attract is not None:
        attract.setProperty("slideIndex", first)


def _argument_for(screen: str, event_page: object) -> str:
    """The exhibitor pictured on per-exhibitor screens: the first highlight."""
    if screen not in ("exhibitor", "map"):
        return ""
    highlights = event_page.highlights
    return str(highlights[0]["id"]) if highlights else ""


def _settle(app: object, host: object, timeout_s: float = 10.0) -> None:
    """Process events until the shell's transitions are over and every picture on show has
    loaded, then one frame more."""
    deadline = time.monotonic() + timeout_s
    _spin(app, 30)
    while (host.images_loading() or not host.is_settled()) and time.monotonic() < deadline:
        _spin(app, 20)
    _spin(app, 20)


def wait_for(app: object, done: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Process events until ``done()`` (or the timeout: the picture then shows what is there)."""
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        _spin(app, 20)


def _spin(app: object, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
