"""Composition root of the kiosk window: Qt application, QML engine, bridges, fonts.

``run()`` is called by ``kiosk run``. Every QML warning is collected; at start any error means
a non-zero exit with the messages printed, never a half-working window.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, MutableMapping
from typing import TYPE_CHECKING

from kiosk.config import Settings
from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.data.database import Database
    from kiosk.ui.curtain import Curtain

QML_MODULE = "Kiosk"

log = logging.getLogger("kiosk")


def ensure_display(smoke_test: bool) -> None:
    """Pick a Qt platform, or explain how to run where there is no screen."""
    if smoke_test and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise KioskError(
            "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "  On a booth PC, start the kiosk from the graphical session.\n"
            "  On a server, run it in a virtual screen: xvfb-run -a kiosk run --windowed\n"
            "  To check that it starts at all: kiosk run --smoke-test",
            exit_code=3,
        )


def prepare_environment(env: MutableMapping[str, str] | None = None) -> None:
    """Settings Qt reads only before the application object exists.

    In a Wayland session that also offers Xwayland (cage, GNOME, KDE) the kiosk runs as an X11
    client: Qt Virtual Keyboard refuses to work in a Wayland client ("not supported at
    client-side"), and the on-screen keyboard is the only keyboard a booth has.
    ``QT_QPA_PLATFORM`` set by hand wins.
    """
    env = os.environ if env is None else env
    env.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    env.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    wayland_with_x = env.get("WAYLAND_DISPLAY") and env.get("DISPLAY")
    if sys.platform.startswith("linux") and wayland_with_x and not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "xcb"


def application(settings: Settings) -> object:
    """The Qt application (made once per process, by the curtain or by ``run``)."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.qt_log import install_qt_message_handler

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    prepare_environment()
    install_qt_message_handler(echo=settings.debug)
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("Pavilion Kiosk")
    app.setOrganizationName("PavilionKiosk")
    return app


def run(
    settings: Settings,
    *,
    smoke_test: bool = False,
    started: float | None = None,
    on_ready: Callable[[object], None] | None = None,
    database: Database | None = None,
    pause: tuple[str, float] | None = None,
    curtain: Curtain | None = None,
) -> int:
    """Show the kiosk until it quits; with ``smoke_test`` exit 0 after the first frame. With
    ``pause`` (why, seconds), the calm "back in a moment" screen shows first (a crash loop).
    ``curtain``: the first picture already shown (``kiosk.ui.curtain``), lifted once the
    kiosk's window has drawn over it."""
    started = time.perf_counter() if started is None else started
    ensure_display(smoke_test)
    prepare_environment()

    from PySide6.QtCore import QTimer

    from kiosk.ui.qt_log import mark_started
    from kiosk.ui.recovery import ErrorRecovery
    from kiosk.ui.window import KioskWindowHost

    app = application(settings)
    if pause is not None:
        _pause_calmly(settings, *pause)

    host = KioskWindowHost(settings, database=database)
    try:
        host.load()
    except KioskError:
        host.close()
        raise
    if curtain is not None:
        curtain.lift_after_first_frame_of(host.window)
    # An exception in a slot is logged, then the window goes back to attract (AppBridge.reset).
    recovery = ErrorRecovery(getattr(host.app_bridge, "reset", None))

    if smoke_test:
        exit_code: list[int] = []

        def first_frame() -> None:
            if exit_code:
                return
            elapsed = time.perf_counter() - started
            problems = host.problems()
            if problems:
                print("\n".join(problems), file=sys.stderr)
                exit_code.append(4)
            else:  # with a curtain, its line said when the first frame came
                what = "kiosk window drawn" if curtain is not None else "first frame"
                print(f"smoke test: {what} after {elapsed:.3f} s")
                exit_code.append(0)
            app.exit(0)  # quit() would ask the kiosk window to close, which it refuses

        host.window.frameSwapped.connect(first_frame)
        timeout = QTimer()
        timeout.setSingleShot(True)
        timeout.timeout.connect(lambda: (exit_code.append(5), app.exit(5)))
        timeout.start(30_000)
        host.window.update()
        app.exec()
        host.note_first_picture()  # the queued after-first-frame work did not get its turn
        recovery.close()
        host.close()
        if exit_code and exit_code[0] == 5:
            raise KioskError("smoke test: no frame was rendered within 30 s", exit_code=5)
        return exit_code[0] if exit_code else 5

    from kiosk.ui.stop_signals import JOBS_TIMEOUT_AFTER_SIGNAL_MS, StopOnSignals
    from kiosk.ui.watchdog import Watchdog

    stop_code: list[int] = []
    signals = StopOnSignals(lambda code: (stop_code.append(code), app.exit(code)))
    watchdog = Watchdog(
        is_idle=host.is_idle,
        restart_window=None if settings.windowed else settings.restart_window,
        parent=host,
    )
    watchdog.start()
    if on_ready is not None:
        on_ready(host)
    mark_started()
    log.info("kiosk running (pid %d)", os.getpid())
    code = app.exec()
    watchdog.stop()
    signals.close()
    recovery.close()
    host.close(JOBS_TIMEOUT_AFTER_SIGNAL_MS if signals.received else 30_000)
    log.info("kiosk stopped%s", f" on {signals.received}" if signals.received else "")
    return stop_code[0] if stop_code else code


def _pause_calmly(settings: Settings, why: str, seconds: float) -> None:
    """Log why, then show "back in a moment" for ``seconds`` before trying the kiosk again."""
    import logging

    from kiosk.ui.back_soon import pause_calmly

    logging.getLogger("kiosk.ui").critical(
        "the kiosk keeps stopping (%s); showing 'back in a moment' for %.0f s, then trying again",
        why,
        seconds,
    )
    try:
        pause_calmly(seconds, full_screen=not settings.windowed)
    except RuntimeError:
        logging.getLogger("kiosk.ui").exception("the calm screen failed too")
        time.sleep(seconds)  # still slow the restarts down
