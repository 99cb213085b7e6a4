"""``kiosk leads erase`` and ``kiosk leads purge``: visitors' rights and retention."""

from __future__ import annotations

import argparse

from kiosk.cli.context import database_from_args, settings_from_args


def register_actions(
    actions: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    erase = actions.add_parser(
        "erase",
        parents=parents,
        help="delete a visitor's leads on request (withdrawal or erasure); audited; with a "
        "central database, the visitor is erased in the pool too",
    )
    who = erase.add_mutually_exclusive_group(required=True)
    who.add_argument("--email", metavar="ADDRESS", help="any email address the visitor gave")
    who.add_argument("--phone", metavar="NUMBER", help="any phone number the visitor gave")
    erase.add_argument(
        "--region",
        metavar="CC",
        help="country code (e.g. MO) for a phone number written without +country",
    )
    erase.set_defaults(func=_erase)

    purge = actions.add_parser(
        "purge",
        parents=parents,
        help="delete leads past their retention period (the consent notice's, by default) that "
        "a verified export to a drive holds and that reached the central pool if there is one",
    )
    purge.add_argument(
        "--older-than",
        metavar="DAYS",
        type=int,
        help="leads not updated for more than DAYS days (default: each event's retention_days)",
    )
    purge.add_argument(
        "--shorter-than-retention",
        action="store_true",
        help="allow --older-than below the retention period the consent notice states",
    )
    purge.add_argument(
        "--unexported",
        action="store_true",
        help="also delete leads past the period that no verified export holds (they are lost)",
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="say what would be deleted; delete nothing"
    )
    purge.set_defaults(func=_purge)


def _erase(args: argparse.Namespace) -> int:
    from kiosk.services.audit import ACTOR_CLI
    from kiosk.services.rights import erase
    from kiosk.sync.engine import describe, make_central_engine
    from kiosk.sync.erasure import erase_everywhere

    url = settings_from_args(args).central_database_url
    central = make_central_engine(url) if url else None
    visitor = {"email": args.email, "phone": args.phone, "region": args.region}
    try:
        with database_from_args(args) as database:
            if central is None:
                result = erase(database.sessions, actor=ACTOR_CLI, **visitor)
            else:
                result = erase_everywhere(database.sessions, central, actor=ACTOR_CLI, **visitor)
    finally:
        if central is not None:
            central.dispose()
    print(f"erased {result.deleted} lead(s)")
    if result.exports:
        print("earlier exports held this visitor's data; ask their recipients to delete it too:")
        for folder, when in result.exports:
            print(f"  {when:%Y-%m-%d %H:%M}Z  {folder}")
    pool = getattr(result, "central", None)
    if pool is not None and central is not None:
        if pool.applied:
            print(
                f"central pool {describe(central.url)}: erased {pool.erased_in_pool} lead(s) of "
                f"this visitor from every kiosk"
                + (f"; {pool.deleted_here} more linked lead(s) here" if pool.deleted_here else "")
            )
        if pool.pending:
            print(
                f"central pool {describe(central.url)} not reached ({pool.error}): the erasure "
                "is kept here and applied first at the next successful sync"
            )
    return 0


def _purge(args: argparse.Namespace) -> int:
    from kiosk.services.audit import ACTOR_CLI
    from kiosk.services.rights import purge

    with database_from_args(args) as database:
        result = purge(
            database.sessions,
            older_than_days=args.older_than,
            actor=ACTOR_CLI,
            dry_run=args.dry_run,
            shorter_than_retention=args.shorter_than_retention,
            unexported=args.unexported,
            central_configured=bool(settings_from_args(args).central_database_url),
        )
    verb = "dry run, nothing deleted: would purge" if args.dry_run else "purged"
    print(f"{verb} {result.deleted} lead(s)")
    for event_id, cutoff in sorted(result.cutoffs.items()):
        print(f"  {event_id}: not updated since {cutoff:%Y-%m-%d %H:%M}Z")
    if result.kept:
        print(
            f"kept {result.kept} lead(s) past the period: no verified export to a drive holds"
            " them as they are now, or they have not reached the central pool yet; export"
            " (and sync) first, or give --unexported to delete unexported ones anyway"
        )
    return 0
