"""``kiosk db upgrade`` and ``kiosk db current``."""

from __future__ import annotations

import argparse

from kiosk.cli.context import open_database, settings_from_args


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    db = subparsers.add_parser("db", parents=parents, help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", parents=parents, help="apply migrations up to the newest")
    up.set_defaults(func=_upgrade)
    cur = db_sub.add_parser("current", parents=parents, help="show the schema revision")
    cur.set_defaults(func=_current)


def _upgrade(args: argparse.Namespace) -> int:
    from kiosk.data.migrate import current_revision

    settings = settings_from_args(args)
    database = open_database(settings)
    try:
        print(f"database at revision {current_revision(database.engine)} (head)")
        print(f"  {database.engine.url.render_as_string(hide_password=True)}")
    finally:
        database.dispose()
    return 0


def _current(args: argparse.Namespace) -> int:
    from kiosk.data.engine import make_engine
    from kiosk.data.migrate import current_revision, head_revision

    settings = settings_from_args(args)
    engine = make_engine(settings.effective_database_url)
    try:
        current = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    state = "up to date" if current == head else f"behind head {head}: run 'kiosk db upgrade'"
    print(f"revision {current or 'none (empty database)'}: {state}")
    return 0
