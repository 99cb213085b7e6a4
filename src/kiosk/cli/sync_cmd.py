"""``kiosk sync`` (push now, or ``--status``) and ``kiosk merge FILE...`` (USB sticks).

Both need the central pool (``--central-database URL`` or ``KIOSK_CENTRAL_DATABASE_URL``);
without one the kiosk works alone and these commands say so.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.context import open_database, settings_from_args
from kiosk.config import Settings
from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.data.database import Database
    from kiosk.sync.status import LocalStatus

NO_CENTRAL = (
    "no central database is configured: give --central-database URL "
    "(e.g. postgresql+psycopg://kiosk@server/pool) or set KIOSK_CENTRAL_DATABASE_URL"
)


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    sync = subparsers.add_parser(
        "sync",
        parents=parents,
        help="send waiting leads to the central pool now",
        description="Pushes this kiosk's waiting leads to the central pool, merges people, "
        "and reports what was sent and what still waits.",
    )
    mode = sync.add_mutually_exclusive_group()
    mode.add_argument(
        "--status", action="store_true", help="show what waits here and every kiosk's last push"
    )
    mode.add_argument(
        "--replay",
        action="store_true",
        help="send every local lead again, rows the pool refused before included "
        "(changes nothing that is already pooled)",
    )
    sync.set_defaults(func=_sync)
    merge = subparsers.add_parser(
        "merge",
        parents=parents,
        help="merge kiosk database files (from USB sticks) into the central pool",
        description="Imports other kiosks' kiosk.db files into the central pool; merging the "
        "same file again changes nothing. The files are only read.",
    )
    merge.add_argument("files", nargs="+", metavar="FILE", type=Path, help="a kiosk.db file")
    merge.set_defaults(func=_merge)


def _central_url(settings: Settings) -> str:
    if not settings.central_database_url:
        raise KioskError(NO_CENTRAL)
    return settings.central_database_url


def _when(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S UTC") if at else "never"


def _leads(count: int, rows: int) -> str:
    if not rows:
        return "nothing"
    return f"{count} lead{'s' if count != 1 else ''} ({rows} rows)"


def _refused(count: int, rows: int) -> str:
    return f"{count} lead{'s' if count != 1 else ''} ({rows} row{'s' if rows != 1 else ''})"


def _print_set_aside(local: LocalStatus) -> None:
    """Rows the pool refused, by reason, and what to do."""
    print(
        f"  set aside, the central pool refuses them: "
        f"{_refused(local.set_aside_leads, local.set_aside_rows)}; kept here, not sent"
    )
    for group in local.set_aside:
        tables = ", ".join(group.tables)
        print(f"    {group.rows} row(s) of {tables} since {_when(group.first_at)}: {group.reason}")
    print("  fix the cause (the pool's schema, or the lead), then run 'kiosk sync --replay'")


def _sync(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    url = _central_url(settings)
    database = open_database(settings)
    try:
        if args.status:
            return _status(database, url)
        return _push(database, url, replay=args.replay)
    finally:
        database.dispose()


def _push(database: Database, url: str, *, replay: bool) -> int:
    from kiosk.data import outbox
    from kiosk.services.identity import kiosk_id
    from kiosk.sync.engine import describe, open_central
    from kiosk.sync.people import merge_people
    from kiosk.sync.pusher import Pusher
    from kiosk.sync.status import local_status
    from kiosk.sync.transfer import copy_facts

    try:
        central = open_central(url)
    except KioskError as exc:
        waiting = local_status(database.sessions)
        raise KioskError(
            f"{exc}; waiting here: {_leads(waiting.waiting_leads, waiting.waiting_rows)}"
        ) from exc
    try:
        if replay:
            with database.sessions.begin() as session:
                released = outbox.release_quarantined(session)
            if released:
                print(f"queued {released} row(s) the pool refused before again")
        pusher = Pusher(database.sessions, central, kiosk_id(database.sessions))
        report = pusher.push_pending()
        if report.erasures:
            print(f"applied {report.erasures} visitor erasure(s) in the pool first")
        print(
            f"sent {_leads(report.leads, report.sent_rows)} to {describe(central.url)}"
            f" in {report.batches} batch{'es' if report.batches != 1 else ''};"
            f" new or newer in the pool: {report.new_rows} rows"
        )
        if report.gone:
            print(f"skipped {report.gone} rows deleted here before they were sent")
        if report.set_aside:
            print(f"set aside {report.set_aside} row(s) the pool refuses (see below)")
        if report.error:
            raise KioskError(
                f"push stopped: {report.error}; waiting here: "
                f"{_leads(report.waiting_leads, report.waiting_rows)} (sent at the next sync)"
            )
        print(f"waiting: {_leads(report.waiting_leads, report.waiting_rows)}")
        if replay:
            copied = copy_facts(database.engine, central, label="this kiosk")
            print(
                f"replayed {copied.leads} leads ({sum(copied.rows.values())} rows); "
                f"new or newer in the pool: {copied.total_new} rows"
            )
        merged = merge_people(central)
        print(f"central pool: {merged.leads} leads, {merged.people} people")
    finally:
        central.dispose()
    local = local_status(database.sessions)
    if local.set_aside_rows:
        _print_set_aside(local)
        return 1  # everything else went; this needs someone to look
    return 0


def _status(database: Database, url: str) -> int:
    from kiosk.sync.status import sync_overview

    overview = sync_overview(database.sessions, url)
    local = overview.local
    assert local is not None
    print(f"kiosk {overview.kiosks[0].kiosk_id}")
    print(f"  waiting to sync: {_leads(local.waiting_leads, local.waiting_rows)}")
    print(f"  last successful push: {_when(local.last_sent_at)}")
    if local.pending_erasures:
        print(f"  erasures waiting for the pool: {local.pending_erasures}")
    if local.last_error:
        print(f"  last error: {local.last_error}")
    if local.set_aside_rows:
        _print_set_aside(local)
    if overview.pool_error:
        print(f"central pool {overview.pool}: not reachable ({overview.pool_error})")
        return 1  # the local part is shown, but a script must see that the pool is away
    print(
        f"central pool {overview.pool}: {overview.pool_leads} leads, "
        f"{overview.pool_people} people at the last merge"
    )
    for row in overview.kiosks:
        if row.leads_in_pool is None:
            continue  # this kiosk, not yet seen by the pool
        when = "now waiting" if row.this_kiosk else "then waiting"
        print(
            f"  {row.kiosk_id}: {row.leads_in_pool} leads pooled, "
            f"last push {_when(row.pool_last_push_at)}, "
            f"{when} {_leads(row.waiting_leads, row.waiting_rows)}"
        )
    return 0


def _merge(args: argparse.Namespace) -> int:
    from kiosk.sync.engine import describe, open_central
    from kiosk.sync.people import merge_people
    from kiosk.sync.transfer import CopyReport, merge_files

    settings = settings_from_args(args)
    central = open_central(_central_url(settings))

    refused = 0

    def show(report: CopyReport) -> None:
        nonlocal refused
        kiosks = ", ".join(report.kiosk_ids) or "no leads"
        print(
            f"{report.source}: {kiosks}: {report.leads} leads, {sum(report.rows.values())} rows "
            f"read, {report.total_new} new or newer in the pool"
        )
        for row in report.refused:
            print(f"  refused by the pool: {row.table} row {row.row_id} of lead {row.lead_id}:")
            print(f"    {row.reason}")
        refused += len(report.refused)

    try:
        merge_files(args.files, central, progress=show)
        merged = merge_people(central)
        print(f"central pool {describe(central.url)}: {merged.leads} leads, {merged.people} people")
    finally:
        central.dispose()
    if refused:
        print(
            f"{refused} row(s) were refused and stay in their files: fix the cause "
            "(the pool's schema, or the kiosk's lead), then merge the files again",
            file=sys.stderr,
        )
        return 1
    return 0
