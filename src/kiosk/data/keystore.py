"""Where the database key lives: kept by the operating system, never in the data folder.

A stolen booth PC's data folder (or a copy of it on a stick) must not carry its own key. So:

- Linux: a file readable by its owner only (``chmod 600``), by default
  ``/etc/pavilion-kiosk/db.key``, owned by root; a kiosk that runs as another user gets it from
  systemd (``LoadCredential=kiosk-db-key:/etc/pavilion-kiosk/db.key``), which hands the service
  a private copy in ``$CREDENTIALS_DIRECTORY``.
- Windows: ``%ProgramData%\\PavilionKiosk\\db.key.dpapi``, the key sealed with DPAPI for the
  machine (``CRYPTPROTECT_LOCAL_MACHINE``): only this Windows installation can open it, and a
  copy of the disk alone is not enough once it leaves the PC.
- ``KIOSK_DB_KEY_FILE`` names another file (same rules).

The key is 32 random bytes, stored as 64 hex digits; SQLCipher uses it as a raw key (no
passphrase derivation at each connection).
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import Settings
from kiosk.errors import KioskError

CREDENTIAL_NAME = "kiosk-db-key"
KEY_BYTES = 32
LINUX_KEY_PATH = Path("/etc/pavilion-kiosk/db.key")
WINDOWS_KEY_NAME = "db.key.dpapi"


@dataclass(frozen=True)
class KeySource:
    """Where the key is (or would be created) and how it is sealed."""

    path: Path
    how: str  # "file", "systemd credential", "DPAPI (machine)"

    @property
    def dpapi(self) -> bool:
        return self.how.startswith("DPAPI")

    def describe(self) -> str:
        return f"{self.path} ({self.how})"


def default_source() -> KeySource:
    """The platform's own place for the key."""
    if sys.platform == "win32":
        program_data = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return KeySource(program_data / "PavilionKiosk" / WINDOWS_KEY_NAME, "DPAPI (machine)")
    return KeySource(LINUX_KEY_PATH, "file")


def candidates(settings: Settings) -> list[KeySource]:
    """Every place looked at, in order: the configured file, systemd's credential, the default."""
    if settings.db_key_file is not None:
        how = "DPAPI (machine)" if settings.db_key_file.suffix == ".dpapi" else "file"
        return [KeySource(settings.db_key_file, how)]
    found: list[KeySource] = []
    credentials = os.environ.get("CREDENTIALS_DIRECTORY")
    if credentials:
        found.append(KeySource(Path(credentials) / CREDENTIAL_NAME, "systemd credential"))
    found.append(default_source())
    return found


def find_key(settings: Settings) -> KeySource | None:
    """The first place that holds a key; None when encryption is not configured."""
    for source in candidates(settings):
        if source.path.is_file():
            return source
    return None


def _refuse_inside_data_dir(path: Path, settings: Settings) -> None:
    data_dir = settings.data_dir.expanduser().resolve()
    target = path.expanduser().resolve()
    if target == data_dir or data_dir in target.parents:
        raise KioskError(
            f"database key {path}: it is inside the data folder {settings.data_dir}, which "
            "would carry its own key; keep it where the OS protects it (see 'kiosk db encrypt "
            "--help')"
        )


def load_key(source: KeySource, settings: Settings) -> bytes:
    """The raw key; a clear error when it cannot be read, is readable by others, or is no key."""
    _refuse_inside_data_dir(source.path, settings)
    try:
        if not source.dpapi and os.name == "posix" and source.how == "file":
            mode = source.path.stat().st_mode
            if mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise KioskError(
                    f"database key {source.path}: readable by other users "
                    f"(mode {stat.S_IMODE(mode):o}); run 'chmod 600 {source.path}'"
                )
        data = source.path.read_bytes()
    except PermissionError:
        raise KioskError(
            f"database key {source.describe()}: permission denied; run the kiosk as its owner "
            "or hand it over with systemd's LoadCredential=" + CREDENTIAL_NAME
        ) from None
    except OSError as exc:
        raise KioskError(f"database key {source.describe()}: {exc.strerror}") from None
    if source.dpapi:
        data = dpapi_unprotect(data)
    try:
        key = bytes.fromhex(data.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise KioskError(
            f"database key {source.describe()}: not a key (expected {2 * KEY_BYTES} hex digits)"
        )
    return key


def create_key(source: KeySource, settings: Settings) -> bytes:
    """A new random key written to ``source`` (never over an existing file), owner-only."""
    _refuse_inside_data_dir(source.path, settings)
    key = secrets.token_bytes(KEY_BYTES)
    data = key.hex().encode("ascii") + b"\n"
    if source.dpapi:
        data = dpapi_protect(data)
    try:
        source.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(source.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _binary(), 0o600)
    except FileExistsError:
        raise KioskError(
            f"database key {source.path} already exists; it was left as it is"
        ) from None
    except OSError as exc:
        raise KioskError(
            f"cannot create the database key {source.path}: {exc.strerror} (run as "
            "root/administrator, or choose another place with --key-file)"
        ) from None
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    return key


def _binary() -> int:
    return getattr(os, "O_BINARY", 0)


# -- Windows DPAPI (machine scope) ------------------------------------------------------------
# Written against the Win32 documentation of CryptProtectData / CryptUnprotectData; this path
# only runs on Windows and is not exercised by the Linux test suite.

CRYPTPROTECT_UI_FORBIDDEN = 0x1
CRYPTPROTECT_LOCAL_MACHINE = 0x4


def _dpapi(data: bytes, protect: bool) -> bytes:
    if sys.platform != "win32":
        raise KioskError("a DPAPI-sealed key can only be opened on Windows")
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = (("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char)))

    crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    buffer = ctypes.create_string_buffer(data, len(data))
    blob_in = Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    blob_out = Blob()
    flags = CRYPTPROTECT_UI_FORBIDDEN | (CRYPTPROTECT_LOCAL_MACHINE if protect else 0)
    call = crypt32.CryptProtectData if protect else crypt32.CryptUnprotectData
    ok = call(ctypes.byref(blob_in), None, None, None, None, flags, ctypes.byref(blob_out))
    if not ok:
        error = ctypes.get_last_error()
        action = "seal" if protect else "open"
        raise KioskError(f"Windows could not {action} the database key (DPAPI error {error})")
    try:
        return ctypes.string_at(blob_out.pbData, blob_out.cbData)
    finally:
        kernel32.LocalFree(blob_out.pbData)


def dpapi_protect(data: bytes) -> bytes:
    return _dpapi(data, protect=True)


def dpapi_unprotect(data: bytes) -> bytes:
    return _dpapi(data, protect=False)
