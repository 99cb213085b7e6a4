"""``kiosk run``: the kiosk window (full screen; ``--windowed`` for development)."""

from __future__ import annotations

import argparse
import os
import time
from typing import TYPE_CHECKING

from kiosk.cli.context import settings_from_args
from kiosk.config import Settings
from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.data.database import Database

BACK_SOON_S = 60.0  # the calm screen after repeated crashes, before the next try


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    run = subparsers.add_parser("run", parents=parents, help="start the kiosk")
    run.add_argument("--windowed", action="store_true", help="a normal window (development)")
    run.add_argument(
        "--smoke-test",
        action="store_true",
        help="start offscreen, wait for the first rendered frame, print the time, exit",
    )
    run.add_argument("--show-cursor", action="store_true", help="keep the mouse cursor visible")
    run.add_argument(
        "--kiosk-id",
        metavar="ID",
        type=_kiosk_id,
        help="name this kiosk (letters, digits, '.', '_', '-'); stored like the staff "
        "Settings' kiosk id, so it stays until changed",
    )
    run.set_defaults(func=_run)


def _kiosk_id(value: str) -> str:
    from kiosk.services.kiosk_prefs import kiosk_id_problem

    problem = kiosk_id_problem(value.strip())
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return value.strip()


def _run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    settings = settings_from_args(args).with_overrides(
        windowed=True if args.windowed else None,
        hide_cursor=False if args.show_cursor else None,
    )
    from kiosk.data.instance_lock import InstanceLock
    from kiosk.logging_setup import enable_crash_dump
    from kiosk.ui.app import ensure_display

    ensure_display(args.smoke_test)  # fail fast on a headless machine, before any work
    with InstanceLock(settings.data_dir):  # one kiosk per data folder
        if args.smoke_test:
            return _run_window(settings, args, started, None)
        enable_crash_dump(settings)
        return _run_recorded(settings, args, started)


def _run_recorded(settings: Settings, args: argparse.Namespace, started: float) -> int:
    """The kiosk, its run recorded (``services.restarts``): after repeated bad ends it first
    shows the calm "back in a moment" screen."""
    from kiosk.data.types import utcnow
    from kiosk.services.restarts import RunHistory

    history = RunHistory(settings.data_dir)
    why = history.crash_loop(utcnow())
    pause = (why, _back_soon_seconds()) if why else None
    history.begin(utcnow())
    code = 1  # an exception on the way out is a bad end too
    try:
        code = _run_window(settings, args, started, pause)
    except KioskError as exc:
        code = exc.exit_code
        raise
    finally:
        history.end(utcnow(), code)
    return code


def _back_soon_seconds() -> float:
    """How long the calm screen shows after repeated crashes (``KIOSK_BACK_SOON_SECONDS``)."""
    raw = os.environ.get("KIOSK_BACK_SOON_SECONDS", "")
    return float(raw) if raw.replace(".", "", 1).isdigit() else BACK_SOON_S


def _run_window(
    settings: Settings,
    args: argparse.Namespace,
    started: float,
    pause: tuple[str, float] | None,
) -> int:
    from kiosk.ui.app import run

    curtain = None
    # The previous run's attract slide, before the database and the rest (KIOSK_CURTAIN=0: no).
    if pause is None and os.environ.get("KIOSK_CURTAIN") != "0":
        from kiosk.ui.curtain import raise_curtain

        curtain = raise_curtain(settings, started=started, smoke_test=args.smoke_test)
    from kiosk.data.database import open_database

    database = open_database(settings)  # opened (and migrated) once, for content and window
    if database.read_only:  # visitors would fill in the form and never be saved
        database.dispose()
        raise KioskError(
            f"the data folder {settings.data_dir} is read-only: the kiosk could not save any"
            " visitor's details; make it writable (or choose another with --data-dir) and start"
            " again ('kiosk export' and 'kiosk leads list' work meanwhile)"
        )
    try:
        if args.kiosk_id:
            from kiosk.services.audit import ACTOR_CLI
            from kiosk.services.kiosk_prefs import save_kiosk_id

            save_kiosk_id(database.sessions, args.kiosk_id, settings, actor=ACTOR_CLI)
        _ensure_content(settings, database)
        return run(
            settings,
            smoke_test=args.smoke_test,
            started=started,
            database=database,
            pause=pause,
            curtain=curtain,
        )
    finally:
        database.dispose()


def _ensure_content(settings: Settings, database: Database | None = None) -> None:
    """Load the sample pack into an empty database; a broken one is a warning, not a stop."""
    import sys

    from kiosk.data.database import open_database
    from kiosk.services.startup import ensure_content

    opened = open_database(settings) if database is None else database
    try:
        message = ensure_content(opened, settings)
    finally:
        if database is None:
            opened.dispose()
    if message:
        print(message, file=sys.stderr)
