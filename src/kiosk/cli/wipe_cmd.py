"""``kiosk wipe``: delete exported leads, or all leads after a typed confirmation."""

from __future__ import annotations

import argparse

from kiosk.cli.context import database_from_args, settings_from_args


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    from kiosk.domain.wipe_phrase import CONFIRMATION

    cmd = subparsers.add_parser(
        "wipe",
        parents=parents,
        help="delete leads from this kiosk (audited; the database file is compacted); refused "
        "while leads still wait to reach the central pool this kiosk feeds",
    )
    mode = cmd.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--verified-only",
        action="store_true",
        help="delete only the leads a verified export holds as they are now",
    )
    mode.add_argument(
        "--confirm",
        metavar="TEXT",
        help=f'delete ALL leads, exported or not: give exactly "{CONFIRMATION}"',
    )
    cmd.add_argument(
        "--dry-run",
        action="store_true",
        help="say how many leads would be wiped and kept; delete nothing",
    )
    cmd.set_defaults(func=_wipe)


def _wipe(args: argparse.Namespace) -> int:
    from kiosk.services.audit import ACTOR_CLI
    from kiosk.services.wipe import wipe_all, wipe_exported

    pool = bool(settings_from_args(args).central_database_url)
    options = {"actor": ACTOR_CLI, "central_configured": pool, "dry_run": args.dry_run}
    with database_from_args(args) as database:
        if args.verified_only:
            result = wipe_exported(database.sessions, **options)
        else:
            result = wipe_all(database.sessions, confirmation=args.confirm, **options)
    if args.dry_run:
        print(f"dry run, nothing deleted: {result.summary.replace('wiped', 'would be wiped')}")
    else:
        print(result.summary)
    return 0
