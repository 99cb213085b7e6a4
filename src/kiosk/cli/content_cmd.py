"""``kiosk validate-content PATH``, ``kiosk import-content PATH`` and ``kiosk content ...``.

PATH is a pack folder (or its content.json) or an organiser's workbook (``.xlsx``). Both list
every problem of bad content, one per line, and exit with status 2 without changing anything;
good content gets a one-line summary. ``kiosk content`` holds the fleet's actions (publish,
hold, status, below) and the workbook's (template, export: ``content_workbook_cmd``).
"""

from __future__ import annotations

import argparse
import sys

from kiosk.cli.context import open_database, settings_from_args
from kiosk.config import Settings

PATH_HELP = "pack folder (or its content.json), or a workbook (.xlsx) with its images beside it"


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    commands = (
        ("validate-content", "check a content pack or workbook and list every problem"),
        ("import-content", "check a content pack or workbook and load it in one transaction"),
    )
    for (name, help_text), func in zip(commands, (_validate, _import), strict=True):
        command = subparsers.add_parser(name, parents=parents, help=help_text)
        command.add_argument("path", metavar="PATH", help=PATH_HELP)
        command.set_defaults(func=func)
    content = subparsers.add_parser(
        "content",
        parents=parents,
        help="content workbooks (template, export); the fleet's content through the central "
        "pool (publish, hold, status)",
        description="Content workbooks for organisers, and content for the whole fleet through "
        "the central pool.",
    )
    actions = content.add_subparsers(dest="action", metavar="ACTION", required=True)
    from kiosk.cli import content_workbook_cmd

    content_workbook_cmd.register_actions(actions, parents)
    _register_fleet(actions, parents)


def _register_fleet(
    actions: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    """``kiosk content publish|hold|status``: content through the central pool."""
    publish = actions.add_parser(
        "publish",
        parents=parents,
        help="check a pack and store it in the pool: every kiosk loads it when idle",
        description="Checks the pack like import-content (a pack with a problem is refused "
        "and nothing is stored), then stores it in the central pool under its sha256. Each "
        "kiosk fetches it and loads it the next time its attract loop is on screen; a kiosk "
        "offline now catches up when it returns.",
    )
    publish.add_argument("path", metavar="PATH", help=PATH_HELP)
    publish.set_defaults(func=_publish)
    hold = actions.add_parser(
        "hold",
        parents=parents,
        help="keep this kiosk at a content revision (or --release it)",
        description="Holds this kiosk at the content it shows now (or at REVISION, fetched "
        "from the pool): publishing a newer pack no longer changes it until --release.",
    )
    hold.add_argument("revision", nargs="?", metavar="REVISION", help="a published revision")
    hold.add_argument("--release", action="store_true", help="follow the pool again")
    hold.set_defaults(func=_hold)
    status = actions.add_parser(
        "status", parents=parents, help="the content revision this kiosk shows, held or not"
    )
    status.set_defaults(func=_status)


def _publish(args: argparse.Namespace) -> int:
    import getpass
    import socket

    from kiosk.cli.sync_cmd import _central_url
    from kiosk.content.problems import PackInvalid
    from kiosk.sync.content_pool import pack_archive, publish
    from kiosk.sync.engine import describe, open_central

    try:
        pack_archive(args.path)  # refused before the pool is even reached
    except PackInvalid as exc:
        return report_invalid(exc)
    central = open_central(_central_url(settings_from_args(args)))
    try:
        with central.connect() as connection:
            done = publish(connection, args.path, by=f"{getpass.getuser()}@{socket.gethostname()}")
        where = describe(central.url)
    finally:
        central.dispose()
    again = " (already in the pool: current again)" if done.already else ""
    print(f"published event {done.event_id} revision {done.revision[:12]} to {where}{again}")
    print(f"  {done.summary}; {done.size_bytes / 1e6:.1f} MB")
    print("  every kiosk loads it at its next idle moment; 'kiosk fleet' shows who has it")
    return 0


def _hold(args: argparse.Namespace) -> int:
    from kiosk.errors import KioskError
    from kiosk.services import fleet

    settings = settings_from_args(args)
    database = open_database(settings)
    try:
        if args.release:
            fleet.set_hold(database.sessions, None)
            print("released: this kiosk loads the content published last")
            return 0
        if args.revision:
            revision = _full_revision(settings, args.revision)
            fleet.set_hold(database.sessions, revision)
        else:
            revision = fleet.hold_current(database.sessions)
            if revision is None:
                raise KioskError(
                    "this kiosk shows no content from the pool to hold; give a REVISION"
                )
    finally:
        database.dispose()
    print(f"held at revision {revision[:12]}: newer packs wait until 'content hold --release'")
    return 0


def _full_revision(settings: Settings, prefix: str) -> str:
    """A revision typed in part, completed from the pool when one is configured."""
    if not settings.central_database_url:
        if len(prefix) != 64:
            from kiosk.errors import KioskError

            raise KioskError("without --central-database give the whole revision (64 characters)")
        return prefix
    from kiosk.sync.content_pool import resolve_revision
    from kiosk.sync.engine import open_central

    central = open_central(settings.central_database_url)
    try:
        with central.connect() as connection:
            return resolve_revision(connection, prefix)
    finally:
        central.dispose()


def _status(args: argparse.Namespace) -> int:
    from kiosk.services import fleet

    database = open_database(settings_from_args(args))
    try:
        state = fleet.read_content_state(database.sessions)
    finally:
        database.dispose()
    print(f"event {state.event_id or 'none'}, revision {state.revision or 'none'}")
    print(f"  held at: {state.held or 'not held (follows the pool)'}")
    print(f"  last fleet import: {state.outcome or 'none'}")
    return 0


def report_invalid(exc: Exception) -> int:
    """Every problem of bad content on stderr, one per line; the exit status (2)."""
    from kiosk.content.problems import PackInvalid

    assert isinstance(exc, PackInvalid)
    if hasattr(sys.stderr, "reconfigure"):  # a pack's Chinese text on a cp1252 console
        sys.stderr.reconfigure(errors="backslashreplace")
    count = len(exc.problems)
    where = exc.source or "the pack"
    print(
        f"{where}: {count} problem{'s' if count != 1 else ''}; nothing was changed", file=sys.stderr
    )
    for problem in exc.problems:
        print(f"  {problem}", file=sys.stderr)
    return exc.exit_code


def _validate(args: argparse.Namespace) -> int:
    import time

    from kiosk.content.problems import PackInvalid
    from kiosk.services.content_packs import check_pack

    started = time.perf_counter()
    try:
        pack = check_pack(args.path)
    except PackInvalid as exc:
        return report_invalid(exc)
    elapsed = time.perf_counter() - started
    print(f"ok: {pack.summary()} (event {pack.event.id}, checked in {elapsed:.2f} s)")
    return 0


def _import(args: argparse.Namespace) -> int:
    from kiosk.content.problems import PackInvalid
    from kiosk.services.content_packs import import_pack

    settings = settings_from_args(args)
    database = open_database(settings)
    try:
        report = import_pack(database.sessions, args.path, settings.content_dir, actor="cli")
    except PackInvalid as exc:
        return report_invalid(exc)
    finally:
        database.dispose()
    print(report.summary())
    print(f"  images in {report.folder}")
    return 0
