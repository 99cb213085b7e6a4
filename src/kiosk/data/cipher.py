"""SQLCipher: the kiosk's SQLite file encrypted at rest, and the one-way conversion to it.

With a key configured (``kiosk.data.keystore``) the SQLite driver is SQLCipher's
(``sqlcipher3``, the same DB-API and SQL as Python's sqlite3): every page of the database and
of its write-ahead log is AES-256 encrypted, so the file read on another machine, or copied from
a stolen PC, is noise. Which driver opens a file is read from its first 16 bytes: a plain SQLite
file starts with ``SQLite format 3``; an encrypted one does not.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from kiosk.errors import KioskError
from kiosk.private_files import PRIVATE_FILE, tighten

SQLITE_MAGIC = b"SQLite format 3\x00"
PLAIN, ENCRYPTED, MISSING = "plain", "encrypted", "missing"


def file_state(path: Path) -> str:
    """``plain``, ``encrypted`` or ``missing`` (absent or empty: a new database)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return MISSING
    except OSError as exc:
        raise KioskError(f"database {path}: {exc.strerror}") from None
    if not head:
        return MISSING
    return PLAIN if head == SQLITE_MAGIC else ENCRYPTED


def driver() -> ModuleType:
    """SQLCipher's DB-API module; a clear error where it is not installed."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise KioskError(
            "database encryption needs SQLCipher: pip install sqlcipher3-binary "
            "(sqlcipher3-wheels on Windows)"
        ) from None
    return dbapi2


def key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form: used as is, no passphrase derivation per connection."""
    return f"x'{key.hex()}'"


def apply_key(dbapi_connection: Any, key: bytes) -> None:
    """First statement on every connection: without it SQLCipher reads nothing."""
    dbapi_connection.execute(f'PRAGMA key = "{key_literal(key)}"')


def check_key(connection: Any, path: Path) -> None:
    """Read the first page: a wrong key (or a damaged file) fails here, before any change."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # the driver's DatabaseError: "file is not a database"
        raise KioskError(
            f"database {path}: the key does not open it (wrong key, or not a kiosk database); "
            "nothing was changed"
        ) from exc


def quiet_logging(module: ModuleType) -> None:
    """SQLCipher prints decryption failures on stderr; the kiosk says it once, in words."""
    connection = module.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    except Exception:  # older SQLCipher: no such pragma, nothing to quieten
        pass
    finally:
        connection.close()


@dataclass(frozen=True)
class Conversion:
    """What ``encrypt_file`` copied: rows per table (equal on both sides) and the check."""

    tables: dict[str, int]
    integrity: str


def _counts(connection: Any, schema: str) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
        for name in names
    }


def encrypt_file(path: Path, key: bytes) -> Conversion:
    """Replace the plain SQLite file ``path`` by an encrypted copy, atomically.

    Refused while another process has the database open (the kiosk running would go on writing
    to the old file). The copy (``sqlcipher_export``) is written beside it, checked (integrity,
    same tables and row counts, same schema version), synced, and only then renamed over the
    original. On any failure the original is untouched and the copy removed.
    """
    module = driver()
    quiet_logging(module)
    if file_state(path) != PLAIN:
        raise KioskError(f"database {path} is not a plain SQLite file; nothing was changed")
    staged = path.with_name(path.name + ".encrypting")
    staged.unlink(missing_ok=True)
    plain = module.connect(str(path), isolation_level=None, timeout=1.0)
    try:
        _take_alone(plain, path)
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(staged), key_literal(key)))
        plain.execute("BEGIN IMMEDIATE")
        try:
            plain.execute("SELECT sqlcipher_export('encrypted')")
            version = plain.execute("PRAGMA main.user_version").fetchone()[0]
            plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            before = _counts(plain, "main")
            plain.execute("COMMIT")
        except BaseException:
            plain.execute("ROLLBACK")
            raise
        plain.execute("DETACH DATABASE encrypted")
        conversion = _verify_copy(module, staged, key, before, int(version))
        tighten(staged, PRIVATE_FILE)  # as private as the file it replaces
        _fsync(staged)
        os.replace(staged, path)
        _fsync_dir(path.parent)
        return conversion
    except module.Error as exc:
        raise KioskError(
            f"database {path}: encryption failed ({exc}); nothing was changed"
        ) from exc
    finally:
        plain.close()
        staged.unlink(missing_ok=True)


def _take_alone(plain: Any, path: Path) -> None:
    """Leave WAL mode (folding the log into the file), which SQLite allows only to the sole
    connection: the proof that no kiosk or command has the database open."""
    try:
        mode = plain.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except Exception as exc:
        mode = str(exc)
    if str(mode).lower() != "delete":
        raise KioskError(
            f"database {path} is in use (is the kiosk running?): stop it, then run "
            "'kiosk db encrypt' again; nothing was changed"
        )


def _verify_copy(
    module: ModuleType, staged: Path, key: bytes, expected: dict[str, int], version: int
) -> Conversion:
    copy = module.connect(str(staged))
    try:
        apply_key(copy, key)
        check_key(copy, staged)
        integrity = copy.execute("PRAGMA integrity_check").fetchone()[0]
        counts = _counts(copy, "main")
        copied_version = copy.execute("PRAGMA user_version").fetchone()[0]
    finally:
        copy.close()
    if integrity != "ok" or counts != expected or copied_version != version:
        raise KioskError(
            f"database {staged.with_suffix('')}: the encrypted copy does not match the "
            f"original (integrity {integrity!r}); nothing was changed"
        )
    return Conversion(counts, integrity)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
