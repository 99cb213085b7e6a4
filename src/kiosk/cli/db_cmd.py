"""``kiosk db upgrade``, ``kiosk db current`` and ``kiosk db encrypt``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.context import open_database, settings_from_args
from kiosk.errors import KioskError


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    db = subparsers.add_parser("db", parents=parents, help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", parents=parents, help="apply migrations up to the newest")
    up.set_defaults(func=_upgrade)
    cur = db_sub.add_parser("current", parents=parents, help="show the schema revision")
    cur.set_defaults(func=_current)
    enc = db_sub.add_parser(
        "encrypt",
        parents=parents,
        help="encrypt the kiosk database with SQLCipher (stop the kiosk first)",
        description="Converts the plain SQLite database into an encrypted one, atomically, and "
        "checks the copy before it replaces the original. The key is taken from where the OS "
        "keeps it (KIOSK_DB_KEY_FILE, $CREDENTIALS_DIRECTORY/kiosk-db-key, "
        "/etc/pavilion-kiosk/db.key, or on Windows %ProgramData%\\PavilionKiosk\\"
        "db.key.dpapi sealed with DPAPI); when there is none, a new random key is written "
        "there (owner-only). Never keep the key in the data folder.",
    )
    enc.add_argument(
        "--key-file",
        metavar="FILE",
        type=Path,
        help="the key file to use or create (default: the platform's place, see above)",
    )
    enc.set_defaults(func=_encrypt)


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
    from kiosk.data.migrate import current_revision, head_revision

    settings = settings_from_args(args)
    database = open_database(settings, upgrade=False)  # an encrypted file needs its key
    try:
        current = current_revision(database.engine)
    finally:
        database.dispose()
    head = head_revision()
    state = "up to date" if current == head else f"behind head {head}: run 'kiosk db upgrade'"
    print(f"revision {current or 'none (empty database)'}: {state}")
    return 0


def _encrypt(args: argparse.Namespace) -> int:
    from kiosk.data import cipher, keystore
    from kiosk.data.database import sqlite_file

    settings = settings_from_args(args).with_overrides(db_key_file=args.key_file)
    path = sqlite_file(settings.effective_database_url)
    if path is None:
        raise KioskError("db encrypt: only the kiosk's SQLite file can be encrypted")
    state = cipher.file_state(path)
    if state == cipher.ENCRYPTED:
        database = open_database(settings)  # a missing or wrong key is a clear error here
        database.dispose()
        assert database.key_source is not None
        print(f"database {path} is already encrypted; {database.key_source.describe()} opens it")
        return 0
    if state == cipher.PLAIN:
        open_database(settings).dispose()  # at the newest schema, and a kiosk database
    source = keystore.find_key(settings)
    if source is None:
        source = keystore.candidates(settings)[0] if args.key_file else keystore.default_source()
        keystore.create_key(source, settings)
        print(f"new database key written to {source.describe()}")
    key = keystore.load_key(source, settings)
    if state == cipher.PLAIN:
        conversion = cipher.encrypt_file(path, key)
        rows = sum(conversion.tables.values())
        print(f"encrypted {path}: {len(conversion.tables)} tables, {rows} rows copied and checked")
    database = open_database(settings)  # proves the key opens it (creates a new one)
    database.dispose()
    if not database.encrypted:
        raise KioskError(f"database {path} is still plain after encryption")
    if state == cipher.MISSING:
        print(f"new encrypted database {path}")
    if args.key_file is not None:
        print(f"tell the kiosk where the key is: KIOSK_DB_KEY_FILE={args.key_file}")
    return 0
