"""``kiosk audit``: the newest audit log entries (exports, wipes, erasures, PIN changes)."""

from __future__ import annotations

import argparse

from kiosk.cli.context import database_from_args


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    cmd = subparsers.add_parser("audit", parents=parents, help="show the audit log, newest first")
    cmd.add_argument("--limit", type=int, default=50, metavar="N", help="entries (default 50)")
    cmd.add_argument("--action", metavar="PREFIX", help="only actions starting so (e.g. leads.)")
    cmd.set_defaults(func=_audit)


def _audit(args: argparse.Namespace) -> int:
    from kiosk.services import audit

    with database_from_args(args) as database:
        entries = audit.entries(database.sessions, limit=args.limit, action_prefix=args.action)
    for entry in entries:
        print(audit.describe(entry))
    if not entries:
        print("the audit log is empty")
    return 0
