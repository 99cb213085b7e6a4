"""``kiosk fleet [--json]``: every kiosk of the pool, online / late / offline, with the version
and content revision each runs and a flag where one differs from the rest."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from kiosk.cli.context import settings_from_args
from kiosk.cli.sync_cmd import _central_url
from kiosk.domain.sizes import format_size

if TYPE_CHECKING:
    from kiosk.sync.fleet import FleetKiosk, FleetReport


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    fleet = subparsers.add_parser(
        "fleet",
        parents=parents,
        help="every kiosk of the central pool: online, late or offline, version, content",
        description="Lists every kiosk that sent a heartbeat to the central pool: online (a "
        "heartbeat within 3 minutes), late (within 10) or offline; its version, content "
        "revision, leads today, backlog, free disk and last error. A version or content "
        "revision that differs from the rest of the fleet is flagged. Exit status 1 when a "
        "kiosk is late, offline or flagged.",
    )
    fleet.add_argument("--json", action="store_true", help="print the report as JSON")
    fleet.add_argument(
        "--forget",
        metavar="KIOSK",
        action="append",
        default=[],
        help="drop a kiosk that was retired or renamed from the list (its heartbeat history "
        "stays; a kiosk that beats again comes back)",
    )
    fleet.set_defaults(func=_fleet)


def _size(value: int | None) -> str:
    if value is None:
        return "?"
    return format_size(value)


def _ago(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"


def _short(revision: str | None) -> str:
    if not revision:
        return "none"
    return revision if revision.startswith("local:") else revision[:12]


def _line(kiosk: FleetKiosk) -> list[str]:
    lines = [
        f"{kiosk.kiosk_id}  {kiosk.state.upper()}  seen {_ago(kiosk.seen_ago_s)}  "
        f"v{kiosk.version}  "
        + (
            f"content {kiosk.event_id} @ {_short(kiosk.content_revision)}"
            if kiosk.event_id
            else "no content"
        )
        + (f" (held at {_short(kiosk.held_revision)})" if kiosk.held_revision else ""),
        f"    up {kiosk.uptime_s // 3600} h {kiosk.uptime_s % 3600 // 60} min, "
        f"{kiosk.leads_today} leads today, {kiosk.outbox_rows} rows waiting, "
        f"{_size(kiosk.free_disk_bytes)} free, "
        + (
            f"last touch {kiosk.last_touch_at:%H:%M} UTC"
            if kiosk.last_touch_at
            else "no touch since it started"
        ),
    ]
    if kiosk.flags:
        lines.append(f"    ! {', '.join(kiosk.flags)}")
    if kiosk.last_error:
        lines.append(f"    last error: {kiosk.last_error}")
    return lines


def print_report(report: FleetReport) -> None:
    counts = report.counts
    print(
        f"{len(report.kiosks)} kiosk(s): {counts.get('online', 0)} online, "
        f"{counts.get('late', 0)} late, {counts.get('offline', 0)} offline; "
        f"published content: {_short(report.published_revision)}"
    )
    for kiosk in report.kiosks:
        print("\n".join(_line(kiosk)))


def _fleet(args: argparse.Namespace) -> int:
    from kiosk.errors import KioskError
    from kiosk.sync.engine import open_central
    from kiosk.sync.fleet import ONLINE, forget_kiosk, read_fleet_on

    central = open_central(_central_url(settings_from_args(args)))
    try:
        with central.connect() as connection:
            for kiosk_id in args.forget:
                if not forget_kiosk(connection, kiosk_id):
                    raise KioskError(f"--forget {kiosk_id}: no such kiosk in the fleet")
                print(f"forgot {kiosk_id}")
            report = read_fleet_on(connection)
    finally:
        central.dispose()
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        print_report(report)
    troubled = any(k.state != ONLINE or k.flags for k in report.kiosks)
    return 1 if troubled else 0
