"""``kiosk position``: where this kiosk stands on the maps ("You are here"), as staff Settings.

Without an argument it prints the chosen position and the ones the loaded content offers;
``kiosk position PAVILION/POSITION`` chooses one, ``kiosk position --clear`` shows none.
"""

from __future__ import annotations

import argparse

from kiosk.cli.context import database_from_args
from kiosk.domain.messages import Message
from kiosk.errors import KioskError


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    cmd = subparsers.add_parser(
        "position",
        parents=parents,
        help='show or choose where this kiosk stands on the maps ("You are here")',
    )
    cmd.add_argument(
        "position", nargs="?", metavar="PAVILION/POSITION", help="a position of the content pack"
    )
    cmd.add_argument("--clear", action="store_true", help='show no "You are here" marker')
    cmd.set_defaults(func=_position)


def _position(args: argparse.Namespace) -> int:
    from kiosk.services import kiosk_position
    from kiosk.services.audit import ACTOR_CLI

    if args.clear and args.position:
        raise KioskError(Message("position.both"))
    with database_from_args(args) as database:
        sessions = database.sessions
        if args.clear or args.position:
            chosen = kiosk_position.choose(sessions, args.position or "", actor=ACTOR_CLI)
            print(f"position: {chosen.key}" if chosen else "position: none (no marker)")
            return 0
        chosen = kiosk_position.stored(sessions)
        with sessions() as session:
            known = kiosk_position.known_positions(session)
    print(f"position: {chosen.key if chosen else 'none'}")
    for key, label in sorted(known.items()):
        print(f"  {key}  {label}")
    if not known:
        print("  (the content pack names no positions on its maps)")
    return 0
