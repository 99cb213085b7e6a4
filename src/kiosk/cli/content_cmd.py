"""``kiosk validate-content PATH`` and ``kiosk import-content PATH``.

Both list every problem of a bad pack, one per line, and exit with status 2 without changing
anything; a good pack gets a one-line summary.
"""

from __future__ import annotations

import argparse
import sys

from kiosk.cli.context import open_database, settings_from_args


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    commands = (
        ("validate-content", "check a content pack and list every problem (changes nothing)"),
        ("import-content", "check a content pack and load it in one transaction"),
    )
    for (name, help_text), func in zip(commands, (_validate, _import), strict=True):
        command = subparsers.add_parser(name, parents=parents, help=help_text)
        command.add_argument("path", metavar="PATH", help="pack folder (or its content.json)")
        command.set_defaults(func=func)


def _report_invalid(exc: Exception) -> int:
    from kiosk.content.problems import PackInvalid

    assert isinstance(exc, PackInvalid)
    if hasattr(sys.stderr, "reconfigure"):  # a pack's Chinese text on a cp1252 console
        sys.stderr.reconfigure(errors="backslashreplace")
    count = len(exc.problems)
    where = exc.source or "the pack"
    print(
        f"{where}: {count} problem{'s' if count != 1 else ''}; nothing was changed", file=sys.stderr
    )
    for problem in exc.problems:
        print(f"  {problem}", file=sys.stderr)
    return exc.exit_code


def _validate(args: argparse.Namespace) -> int:
    import time

    from kiosk.content.problems import PackInvalid
    from kiosk.content.validate import validate_pack

    started = time.perf_counter()
    try:
        pack = validate_pack(args.path)
    except PackInvalid as exc:
        return _report_invalid(exc)
    elapsed = time.perf_counter() - started
    print(f"ok: {pack.summary()} (event {pack.event.id}, checked in {elapsed:.2f} s)")
    return 0


def _import(args: argparse.Namespace) -> int:
    from kiosk.content.importer import import_pack
    from kiosk.content.problems import PackInvalid

    settings = settings_from_args(args)
    database = open_database(settings)
    try:
        report = import_pack(database.sessions, args.path, settings.content_dir, actor="cli")
    except PackInvalid as exc:
        return _report_invalid(exc)
    finally:
        database.dispose()
    print(report.summary())
    print(f"  images in {report.folder}")
    return 0
