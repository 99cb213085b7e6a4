"""``kiosk wipe``: delete exported leads, or all leads after a typed confirmation."""

from __future__ import annotations

import argparse

from kiosk.cli.context import database_from_args, settings_from_args


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    from kiosk.services.wipe import CONFIRMATION

    cmd = subparsers.add_parser(
        "wipe",
        parents=parents,
        help="delete leads from this kiosk (audited; the database file is compacted); with a "
        "central database, refused while leads still wait to reach the pool",
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
    cmd.set_defaults(func=_wipe)


def _wipe(args: argparse.Namespace) -> int:
    from kiosk.services.audit import ACTOR_CLI
    from kiosk.services.wipe import wipe_all, wipe_exported

    pool = bool(settings_from_args(args).central_database_url)
    with database_from_args(args) as database:
        if args.verified_only:
            result = wipe_exported(database.sessions, actor=ACTOR_CLI, central_configured=pool)
        else:
            result = wipe_all(
                database.sessions,
                confirmation=args.confirm,
                actor=ACTOR_CLI,
                central_configured=pool,
            )
    print(result.summary)
    return 0
