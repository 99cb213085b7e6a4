"""``kiosk set-pin``: set or replace the staff PIN (asked twice, never echoed)."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli.context import database_from_args
from kiosk.errors import KioskError


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    cmd = subparsers.add_parser(
        "set-pin",
        parents=parents,
        help="set the staff PIN (at least 6 digits); clears any lockout",
    )
    cmd.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from the first line of standard input (for scripts)",
    )
    cmd.set_defaults(func=_set_pin)


def _read_pin(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise KioskError("set-pin: no PIN on standard input")
        return line.strip()
    first = getpass.getpass("New staff PIN: ")
    second = getpass.getpass("Repeat the PIN: ")
    if first != second:
        raise KioskError("set-pin: the two PINs differ; nothing was changed")
    return first.strip()


def _set_pin(args: argparse.Namespace) -> int:
    from kiosk.services.audit import ACTOR_CLI
    from kiosk.services.staff_pin import StaffPin, pin_problem

    pin = _read_pin(args.pin_stdin)
    problem = pin_problem(pin)
    if problem:
        raise KioskError(f"set-pin: {problem}; nothing was changed")
    with database_from_args(args) as database:
        StaffPin(database.sessions).set_pin(pin, actor=ACTOR_CLI)
    print("staff PIN set")
    return 0
