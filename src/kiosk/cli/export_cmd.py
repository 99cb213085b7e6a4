"""``kiosk export``: leads to a folder (a USB drive's mount point), verified by reading back;
``--central``: the merged central pool instead of this kiosk's leads."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from kiosk.cli.context import database_from_args, settings_from_args
from kiosk.errors import KioskError


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    cmd = subparsers.add_parser(
        "export",
        parents=parents,
        help="export leads to CSV/XLSX/CRM files in a new folder under DIR, then verify them",
    )
    cmd.add_argument(
        "--out",
        metavar="DIR",
        required=True,
        type=Path,
        help="destination: a drive's folder (created if only its last part is missing)",
    )
    cmd.add_argument(
        "--internal",
        action="store_true",
        help="allow a folder on the kiosk's own disk (not a drive); such an export never "
        "allows 'wipe --verified-only'",
    )
    cmd.add_argument(
        "--format",
        metavar="LIST",
        default="csv,xlsx",
        help="comma-separated: csv, xlsx, salesforce (a Lead import file), hubspot (a contacts "
        "import file); default: csv,xlsx",
    )
    cmd.add_argument(
        "--language",
        default="en",
        choices=["zh-Hant", "zh-Hans", "pt", "en"],
        help="language of the names and questions in the files (default en)",
    )
    cmd.add_argument(
        "--exhibitor",
        metavar="ID",
        help="only the file for this exhibitor: its leads who agreed to share with exhibitors",
    )
    cmd.add_argument(
        "--since",
        metavar="DATE",
        help="only leads captured or updated since DATE (YYYY-MM-DD, the event's local time)",
    )
    cmd.add_argument(
        "--central",
        action="store_true",
        help="export the merged central pool (every kiosk's leads, one row per person) instead "
        "of this kiosk's leads; needs --central-database or KIOSK_CENTRAL_DATABASE_URL",
    )
    cmd.add_argument(
        "--no-exhibitor-files",
        action="store_true",
        help="leave out the one-file-per-exhibitor folder",
    )
    cmd.add_argument(
        "--zip",
        action="store_true",
        help="write one AES-256 encrypted ZIP instead of a folder; the password is asked twice",
    )
    cmd.add_argument(
        "--zip-password-file",
        metavar="FILE",
        type=Path,
        help="like --zip, with the password read from the first line of FILE ('-': stdin)",
    )
    cmd.set_defaults(func=_export)


def zip_password(args: argparse.Namespace) -> str | None:
    """The ZIP password from ``--zip-password-file`` or typed twice; None without a ZIP."""
    from kiosk.services.export.encrypted_zip import check_password

    if args.zip_password_file is not None:
        try:
            if str(args.zip_password_file) == "-":
                text = sys.stdin.readline()
            else:
                text = args.zip_password_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KioskError(f"--zip-password-file {args.zip_password_file}: {exc}") from None
        lines = text.splitlines()
        return check_password(lines[0] if lines else "")
    if not args.zip:
        return None
    import getpass

    if not sys.stdin.isatty():
        raise KioskError("export --zip: no terminal to type the password; use --zip-password-file")
    first = check_password(getpass.getpass("ZIP password: "))
    if getpass.getpass("ZIP password again: ") != first:
        raise KioskError("export --zip: the two passwords differ; nothing was exported")
    return first


def parse_since(text: str, zone_name: str | None) -> datetime:
    """``2026-11-05`` (midnight, event time) or an ISO date-time; a clear error otherwise."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(zone_name) if zone_name else datetime.now().astimezone().tzinfo
    try:
        if len(text.strip()) == 10:
            return datetime.combine(date.fromisoformat(text.strip()), time(0), tzinfo=zone)
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise KioskError(f"--since: {text!r} is not a date (YYYY-MM-DD)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _export(args: argparse.Namespace) -> int:
    from kiosk.domain.sizes import format_size
    from kiosk.services.audit import ACTOR_CLI
    from kiosk.services.catalog import active_event
    from kiosk.services.export import ExportRequest, export_leads, parse_formats

    formats = parse_formats(args.format)
    password = zip_password(args)
    with _central_pool(args) as pool, database_from_args(args) as database:
        with database.sessions() as session:
            event = active_event(session)
            zone = event.timezone if event else None
        request = ExportRequest(
            destination=args.out,
            formats=formats,
            since=parse_since(args.since, zone) if args.since else None,
            exhibitor=args.exhibitor,
            exhibitor_files=not args.no_exhibitor_files,
            actor=ACTOR_CLI,
            internal=args.internal,
            kiosk_folders=(settings_from_args(args).data_dir,),
            create=True,
            language=args.language,
        )
        shown = [-1]

        def progress(done: int, total: int, stage: str) -> None:
            percent = 100 * done // total if total else 100
            if sys.stderr.isatty() and percent != shown[0]:
                shown[0] = percent
                print(f"\r{stage:<12} {percent:3d}%", end="", file=sys.stderr, flush=True)

        if password is not None:
            from kiosk.services.export.encrypted_zip import export_leads_zip

            result = export_leads_zip(
                database.sessions, request, password, progress=progress, source=pool
            )
        else:
            result = export_leads(database.sessions, request, progress=progress, source=pool)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for leftover in result.cleaned:
        print(
            f"removed {leftover.name} ({format_size(leftover.size)}), left on the drive by an"
            " earlier export that did not finish"
        )
    if pool is not None:
        print(f"exported {result.lead_count} people from the central pool to {result.folder}")
    else:
        print(f"exported {result.lead_count} lead(s) to {result.folder}")
    for report in result.files:
        rows = ", ".join(f"{sheet} {count}" for sheet, count in report.rows.items())
        print(f"  {report.name}: {rows}")
    print("  manifest.json")
    print("verified: every file was read back and matches the database")
    if not result.recorded:
        print(
            "not recorded: the kiosk's data folder is read-only, so this export is not in its"
            " records and no wipe counts it"
        )
    if result.internal:
        print(
            "internal: this folder is on the kiosk's own disk; 'wipe --verified-only' does not"
            " count it (export to a drive for that)"
        )
    if password is not None:
        print("encrypted: AES-256 ZIP, read back with the password (keep it apart from the stick)")
    return 0


@contextmanager
def _central_pool(args: argparse.Namespace) -> Iterator[Any]:
    """With ``--central``: the merged pool as the export's source (``CentralLeads``), its
    engine disposed afterwards; a clear error when no pool is configured. Else None."""
    if not args.central:
        yield None
        return
    from kiosk.cli.context import settings_from_args
    from kiosk.cli.sync_cmd import NO_CENTRAL
    from kiosk.sync.engine import open_central
    from kiosk.sync.export_source import CentralLeads

    url = settings_from_args(args).central_database_url
    if not url:
        raise KioskError(f"export --central: {NO_CENTRAL}")
    central = open_central(url)
    try:
        yield CentralLeads(central)
    finally:
        central.dispose()
