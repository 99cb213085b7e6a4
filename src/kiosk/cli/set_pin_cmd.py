"""``kiosk set-pin``: set or replace the staff PIN (asked twice, never echoed).

Without a terminal (an installer, ssh without -t, a pipe) the PIN is the first line of
standard input, as with ``--pin-stdin``: nothing to ask twice, and no prompt that would wait
on a terminal that is not there. An empty standard input is a clear error, never a stray
EOFError.
"""

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
        help="read the PIN from the first line of standard input (the default when standard "
        "input is not a terminal)",
    )
    cmd.set_defaults(func=_set_pin)


def _read_pin(from_stdin: bool) -> str:
    stdin = sys.stdin
    if from_stdin or stdin is None or not stdin.isatty():
        line = stdin.readline() if stdin is not None else ""
        if not line.strip():
            raise KioskError(
                "set-pin: no PIN on standard input (it is not a terminal); run it in a "
                "terminal, or give the PIN as the first line: kiosk set-pin < pin.txt"
            )
        return line.strip()
    try:
        first = getpass.getpass("New staff PIN: ")
        second = getpass.getpass("Repeat the PIN: ")
    except EOFError:
        raise KioskError("set-pin: no PIN entered; nothing was changed") from None
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
