"""``kiosk doctor``: what is installed, where data lives, and how to fix each problem found."""

from __future__ import annotations

import argparse
import platform
import sys
from dataclasses import dataclass
from typing import Any

from kiosk import __version__
from kiosk.cli.context import settings_from_args
from kiosk.config import Settings


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    doctor = subparsers.add_parser(
        "doctor", parents=parents, help="check the installation and say how to fix problems"
    )
    doctor.add_argument("--no-qt", action="store_true", help="skip the Qt checks")
    # internal: the child process that opens the display for the "display" check
    doctor.add_argument("--display-probe", action="store_true", help=argparse.SUPPRESS)
    doctor.set_defaults(func=_doctor)


# What a technician does once on a new booth PC (the installers print the same list), and the
# check above that says whether it is done.
FIRST_RUN = (
    ("staff", "set the staff PIN", "kiosk set-pin, as the booth user"),
    (
        "content",
        "import the real content",
        "kiosk import-content PATH, or kiosk content publish PATH",
    ),
    (None, "kiosk doctor: every line ok", "fix what the lines above say"),
)


def _first_run(checks: list[Check]) -> list[tuple[bool, str, str]]:
    """The first-run checklist with what is done, read off the checks: (done, task, how)."""
    ok = {check.name: check.ok for check in checks}
    everything = all(ok.values())
    return [
        (ok.get(name, False) if name else everything, task, how) for name, task, how in FIRST_RUN
    ]


def _legacy_data_check(settings: Settings) -> Check | None:
    """Windows: a database left in the per-user folder of earlier versions (migration note)."""
    from kiosk.config import DATABASE_FILENAME, legacy_data_dir

    old = legacy_data_dir()
    if old is None or old == settings.data_dir or not (old / DATABASE_FILENAME).exists():
        return None
    return Check(
        "old data",
        False,
        f"a kiosk database is still in the per-user folder {old}",
        f"stop the kiosk, move the contents of {old} into {settings.data_dir} "
        "(packaging/README.md, 'Upgrading from a per-user data folder')",
    )


def _database_checks(args: argparse.Namespace) -> list[Check]:
    from kiosk.data.database import open_database
    from kiosk.data.migrate import current_revision
    from kiosk.errors import KioskError
    from kiosk.services import catalog
    from kiosk.services.startup import sample_event_id

    settings = settings_from_args(args)
    checks = [Check("data dir", True, str(settings.data_dir))]
    try:
        database = open_database(settings)
    except KioskError as exc:
        return [
            *checks,
            Check("database", False, str(exc), "check --database / KIOSK_DATABASE_URL and rights"),
        ]
    try:
        url = database.engine.url.render_as_string(hide_password=True)
        revision = current_revision(database.engine)
        checks.append(Check("database", True, f"{url} (revision {revision})"))
        if database.read_only:
            checks.append(
                Check(
                    "database",
                    False,
                    f"read-only: {settings.data_dir} cannot be written, no lead can be saved",
                    "make the data folder writable (a read-only mount, a full or failing disk?)",
                )
            )
        checks.append(_encryption_check(database, settings))
        summary = catalog.summary(database.sessions)
        if summary.event_id is None:
            checks.append(
                Check(
                    "content",
                    False,
                    "no content pack loaded",
                    "kiosk import-content PATH (or start 'kiosk run' to load the sample pack)",
                )
            )
        elif summary.event_id == sample_event_id():
            checks.append(
                Check(
                    "content",
                    False,
                    f"the bundled sample pack (event {summary.event_id}) is still loaded: "
                    "visitors would see made-up exhibitors",
                    "kiosk import-content PATH (the event's own pack)",
                )
            )
        else:
            checks.append(
                Check(
                    "content",
                    True,
                    f"event {summary.event_id}: {summary.exhibitor_count} exhibitors",
                )
            )
        checks.append(_pin_check(database.sessions))
        if settings.central_database_url:
            checks.append(_sync_check(database.sessions))
    finally:
        database.dispose()
    return checks


def _pin_check(sessions: Any) -> Check:
    """Staff mode opens only once a PIN is set on the PC (never on the touchscreen)."""
    from kiosk.services.staff_pin import StaffPin

    if StaffPin(sessions).is_set():
        return Check("staff", True, "PIN set")
    return Check(
        "staff",
        False,
        "no staff PIN set: staff mode cannot be opened on this kiosk",
        "kiosk set-pin",
    )


def _encryption_check(database: Any, settings: Settings) -> Check:
    """Whether the visitors' data is encrypted at rest, and with which key."""
    from kiosk.data import keystore
    from kiosk.data.database import sqlite_file

    if database.encrypted:
        return Check(
            "encryption", True, f"encrypted (SQLCipher), key {database.key_source.describe()}"
        )
    if sqlite_file(settings.effective_database_url) is None:
        return Check("encryption", True, "not a SQLite file: the database server's own")
    waiting = keystore.find_key(settings)
    if waiting is not None:
        return Check(
            "encryption",
            False,
            f"a key is configured ({waiting.describe()}) but the database is plain SQLite",
            "stop the kiosk, then 'kiosk db encrypt'",
        )
    return Check("encryption", True, "not encrypted (plain SQLite; 'kiosk db encrypt' to encrypt)")


def _sync_check(sessions: Any) -> Check:
    """This kiosk's side of the central pool, read locally (the doctor never waits on a link):
    rows the pool refused are a problem someone must fix; rows waiting are not."""
    from kiosk.sync.status import local_status

    local = local_status(sessions)
    waiting = f"{local.waiting_leads} lead(s) waiting to reach the central pool"
    if not local.set_aside_rows:
        return Check("sync", True, waiting)
    reasons = "; ".join(f"{group.reason} ({group.rows} row(s))" for group in local.set_aside)
    return Check(
        "sync",
        False,
        f"{waiting}; the pool refused {local.set_aside_rows} row(s) of "
        f"{local.set_aside_leads} lead(s), kept here: {reasons}",
        "fix the cause (the pool's columns or constraints, or the lead), then "
        "'kiosk sync --replay'; 'kiosk sync --status' lists them",
    )


def _log_check(settings: Settings) -> Check:
    """The rotating log file every command writes to (kiosk.logging_setup)."""
    from kiosk.logging_setup import log_file_path

    log_file = log_file_path(settings)
    if not log_file.is_file():
        fix = f"make {log_file.parent} writable for the kiosk user"
        return Check("log file", False, f"{log_file} (cannot be written)", fix)
    return Check("log file", True, str(log_file))


def _doctor(args: argparse.Namespace) -> int:
    if args.display_probe:
        from kiosk.ui.diagnostics import display_probe

        return display_probe()
    checks = [
        Check("kiosk", True, __version__),
        Check("python", True, f"{platform.python_version()} ({sys.executable})"),
    ]
    checks += _database_checks(args)
    checks.append(_log_check(settings_from_args(args)))
    legacy = _legacy_data_check(settings_from_args(args))
    if legacy is not None:
        checks.append(legacy)
    if not args.no_qt:
        from kiosk.ui.diagnostics import qt_checks

        checks += [Check(*c) for c in qt_checks(settings_from_args(args).data_dir)]
    width = max(len(c.name) for c in checks)
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        print(f"{mark} {check.name.ljust(width)}  {check.detail}")
        if not check.ok and check.fix:
            print(f"     {' ' * width}  fix: {check.fix}")
    failed = [c for c in checks if not c.ok]
    print(f"\n{len(checks) - len(failed)} ok, {len(failed)} problem(s)")
    print("\nFirst-run checklist:")
    for done, task, how in _first_run(checks):
        print(f"  [{'x' if done else ' '}] {task}" + ("" if done else f"  ({how})"))
    return 1 if failed else 0
