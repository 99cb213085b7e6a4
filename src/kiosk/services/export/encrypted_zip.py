"""An export as one AES-256 encrypted ZIP file, opened with a password staff type.

A USB stick with the leads on it gets lost. The export is written and verified as usual, but in
a staging folder in memory where the OS has one (``/dev/shm``, never on the stick), then packed
into ``<export folder>.zip`` with WinZip AES encryption (pyzipper; 7-Zip, WinRAR, macOS Archive
Utility and Windows 11 open it), written under a temporary name, read back with the password
(every file's SHA-256 against the staged file), and only then published. The export is recorded
with the ZIP as its place; if anything fails no ZIP and no record remain.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.engine import database_folder
from kiosk.data.models import ExportRecord
from kiosk.data.transactions import engine_of
from kiosk.errors import KioskError
from kiosk.services import audit
from kiosk.services.export.medium import Medium, check_start, check_still_there
from kiosk.services.export.outputs import ExportFailed, fsync_dir, fsync_file, io_failure
from kiosk.services.export.run import (
    CancelToken,
    ExportRequest,
    ExportResult,
    Progress,
    export_leads,
)
from kiosk.services.export.source import LeadSourceFactory

MIN_PASSWORD = 8
MEMORY_FOLDERS = (Path("/dev/shm"),)


def check_password(password: str) -> str:
    """A clear error for a password too short to protect anything."""
    if len(password) < MIN_PASSWORD:
        raise KioskError(f"ZIP password: at least {MIN_PASSWORD} characters, please")
    return password


def staging_root() -> Path | None:
    """A folder in memory where the OS has one (nothing of the plain files reaches a disk)."""
    for folder in MEMORY_FOLDERS:
        if folder.is_dir() and os.access(folder, os.W_OK):
            return folder
    return None


def export_leads_zip(
    sessions: sessionmaker[Session],
    request: ExportRequest,
    password: str,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    stage_in: Path | None = None,
    source: LeadSourceFactory | None = None,
) -> ExportResult:
    """``export_leads`` into a password-protected ZIP in ``request.destination``."""
    import pyzipper

    check_password(password)
    destination = Path(request.destination).expanduser()
    if not destination.is_dir():
        raise ExportFailed(
            f"export destination {destination} does not exist (is the drive plugged in?)",
            "gone",
            destination=destination,
        )
    own = database_folder(engine_of(sessions))
    folders = (*request.kiosk_folders, *((own,) if own is not None else ()))
    medium = check_start(destination, folders, request.internal)  # the ZIP's drive decides
    staging = Path(tempfile.mkdtemp(prefix="kiosk-export-", dir=stage_in or staging_root()))
    result: ExportResult | None = None
    final: Path | None = None
    try:
        result = export_leads(
            sessions,
            replace(request, destination=staging, internal=True, create=False),
            progress=progress,
            cancel=cancel,
            source=source,
        )
        final = _free_name(destination / f"{result.folder.name}.zip")
        part = final.with_name(final.name + ".part")
        try:
            _pack(pyzipper, result.folder, part, password)
            _check(pyzipper, result.folder, part, password)
            os.replace(part, final)
            fsync_dir(destination)
            check_still_there(medium, destination, destination)
        except OSError as exc:
            raise io_failure(exc, destination) from exc
        finally:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        if result.recorded:  # not in a read-only data folder
            _record_zip(sessions, result.export_id, final, medium, request.actor)
        return replace(result, folder=final, internal=not medium.counts_for_wipe)
    except BaseException:
        if result is not None:  # verified in staging, but never delivered: forget it
            _forget(sessions, result.export_id, destination, request.actor)
            if final is not None:
                with contextlib.suppress(OSError):
                    final.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}.zip")
    return candidate


def _members(folder: Path) -> list[tuple[Path, str]]:
    root = folder.parent
    return [(p, p.relative_to(root).as_posix()) for p in sorted(folder.rglob("*")) if p.is_file()]


def _pack(pyzipper: object, folder: Path, part: Path, password: str) -> None:
    with pyzipper.AESZipFile(  # type: ignore[attr-defined]
        part,
        "w",
        compression=pyzipper.ZIP_DEFLATED,  # type: ignore[attr-defined]
        encryption=pyzipper.WZ_AES,  # type: ignore[attr-defined]
    ) as archive:
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)  # type: ignore[attr-defined]
        for path, name in _members(folder):
            archive.write(path, name)
    fsync_file(part)


def _check(pyzipper: object, folder: Path, part: Path, password: str) -> None:
    """Every file reads back, with the password, exactly as staged."""
    expected = {name: _sha256(path.read_bytes()) for path, name in _members(folder)}
    with pyzipper.AESZipFile(part) as archive:  # type: ignore[attr-defined]
        archive.setpassword(password.encode("utf-8"))
        got = {name: _sha256(archive.read(name)) for name in archive.namelist()}
    if got != expected:
        raise KioskError(f"export check failed: {part.name} does not read back as written")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _record_zip(
    sessions: sessionmaker[Session], export_id: str, final: Path, medium: Medium, actor: str
) -> None:
    """The export recorded where it really is: the ZIP on its drive (a wipe counts it only
    when that is a drive of its own, as for a plain export)."""
    with sessions.begin() as session:
        record = session.get(ExportRecord, export_id)
        if record is None:
            raise KioskError("export check failed: the export record is gone")
        record.destination = str(final.parent)
        record.files = {
            **(record.files or {}),
            "folder": str(final),
            "medium": medium.kind,
            "encrypted_zip": True,
        }
        audit.record(
            session,
            "export.encrypted",
            actor=actor,
            detail={"export_id": export_id, "file": str(final)},
        )


def _forget(sessions: sessionmaker[Session], export_id: str, destination: Path, actor: str) -> None:
    """The staged export never reached the drive: no lead may count as exported by it."""
    with contextlib.suppress(Exception), sessions.begin() as session:
        record = session.get(ExportRecord, export_id)
        if record is not None:
            session.delete(record)
        audit.record(
            session,
            "export.failed",
            actor=actor,
            detail={"destination": str(destination), "reason": "the encrypted ZIP was not written"},
        )
