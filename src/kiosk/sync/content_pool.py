"""Content through the pool: publish a pack once, every kiosk loads it at its next idle moment.

``kiosk content publish PATH`` checks the pack exactly as ``import-content`` does (a pack with a
problem is refused whole and nothing is stored), packs ``content.json`` (a workbook's document,
for a workbook) and the images it names into a zip written the same way every time, and stores
it in ``content_packs`` under the archive's sha256: the *revision*. Publishing the same pack
again only makes it the current one again (a rollback is publishing the older pack).

A kiosk's fleet agent (:mod:`kiosk.sync.fleet_agent`) asks the pool which revision it should
show (the one staff hold it at, else the one published last), downloads it, checks its hash and
unpacks it into ``<data dir>/fleet/staged/<revision>/``. The window imports it when the attract
loop is on screen (:func:`apply_staged`): the import is the same atomic ``import_pack`` as
staff's, so on any failure the previous content stays, and the outcome goes into the next
heartbeat. A revision that failed here is not fetched again until another is published.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.content.sources import source_document
from kiosk.content.validate import CONTENT_FILE
from kiosk.content.workbook_file import is_workbook_path
from kiosk.errors import KioskError
from kiosk.services import fleet as local
from kiosk.services.content_packs import check_pack, import_pack
from kiosk.sync.central import content_packs, dialect_insert
from kiosk.sync.engine import deadline
from kiosk.sync.fleet import published_revision

FETCH_DEADLINE_S = 120.0  # a pack of images over a slow booth link
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_COMPRESSED = {".png", ".jpg", ".jpeg", ".webp", ".gif"}


@dataclass(frozen=True)
class Published:
    revision: str
    event_id: str
    summary: str
    size_bytes: int
    already: bool  # the same archive was in the pool before (now current again)


def pack_archive(path: Path | str) -> tuple[bytes, str, str, str]:
    """(zip bytes, event id, content.json sha256, summary) of a valid pack; PackInvalid else.
    A workbook is published as the pack it reads as: its document as content.json."""
    pack = check_pack(path)  # the kiosk's whole check: the format and every QR code fitting
    if is_workbook_path(pack.origin):
        document, _ = source_document(pack.origin)
        content = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        content_sha = hashlib.sha256(content).hexdigest()
    else:
        content = (pack.folder / CONTENT_FILE).read_bytes()
        content_sha = pack.sha256
    members: list[tuple[str, bytes | Path]] = [(CONTENT_FILE, content)]
    members += sorted((image.rel, image.source) for image in pack.images)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.external_attr = 0o644 << 16
            stored = PurePosixPath(name).suffix.lower() in _COMPRESSED
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data if isinstance(data, bytes) else data.read_bytes())
    return buffer.getvalue(), pack.event.id, content_sha, pack.summary()


def publish(connection: Connection, path: Path | str, *, by: str) -> Published:
    """Validate and store the pack at ``path`` as the fleet's current content."""
    data, event_id, content_sha, summary = pack_archive(path)
    revision = hashlib.sha256(data).hexdigest()
    with deadline(connection, FETCH_DEADLINE_S), connection.begin():
        existing = connection.execute(
            select(content_packs.c.revision).where(content_packs.c.revision == revision)
        ).scalar()
        if existing:
            connection.execute(
                update(content_packs)
                .where(content_packs.c.revision == revision)
                .values(published_at=func.now(), published_by=by)
            )
        else:
            connection.execute(
                dialect_insert(connection, content_packs).values(
                    revision=revision,
                    event_id=event_id,
                    content_sha256=content_sha,
                    summary=summary,
                    published_by=by,
                    size_bytes=len(data),
                    archive=data,
                    published_at=func.now(),
                )
            )
    return Published(revision, event_id, summary, len(data), bool(existing))


def resolve_revision(connection: Connection, prefix: str) -> str:
    """The full revision a staff member typed the start of (at least 8 characters)."""
    if len(prefix) < 8:
        raise KioskError(f"revision {prefix!r}: give at least 8 characters of it")
    found = (
        connection.execute(
            select(content_packs.c.revision).where(content_packs.c.revision.startswith(prefix))
        )
        .scalars()
        .all()
    )
    if len(found) != 1:
        why = "no published pack" if not found else f"{len(found)} published packs"
        raise KioskError(f"revision {prefix!r}: {why} start with it")
    return found[0]


# --------------------------------------------------------------------------- the kiosk's side


def staging_root(data_dir: Path) -> Path:
    return data_dir / "fleet" / "staged"


def staged_revision(data_dir: Path) -> str | None:
    """The revision downloaded and waiting for an idle moment, if any."""
    root = staging_root(data_dir)
    try:
        ready = sorted(p for p in root.iterdir() if (p / ".complete").exists())
    except OSError:
        return None
    return ready[-1].name if ready else None


def wanted_revision(connection: Connection, state: local.ContentState) -> str | None:
    """The revision this kiosk should fetch now, or None (up to date, held there, nothing
    published, or the wanted one already failed here)."""
    target = state.held or published_revision(connection)
    if not target or target == state.revision or target == state.failed_revision:
        return None
    return target


def fetch(connection: Connection, revision: str, data_dir: Path) -> Path:
    """Download ``revision``, check its hash, unpack it into the staging folder; the folder."""
    with deadline(connection, FETCH_DEADLINE_S):
        data = connection.execute(
            select(content_packs.c.archive).where(content_packs.c.revision == revision)
        ).scalar()
    if data is None:
        raise KioskError(f"revision {revision[:12]} is not in the pool")
    data = bytes(data)
    if hashlib.sha256(data).hexdigest() != revision:
        raise KioskError(f"revision {revision[:12]}: the download does not match its hash")
    root = staging_root(data_dir)
    final = root / revision
    partial = root / f".{revision}.part"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        _unpack(data, partial)
        (partial / ".complete").write_text(revision)
        for older in root.iterdir():  # only the newest wanted revision waits
            if older.name not in (partial.name, revision):
                shutil.rmtree(older, ignore_errors=True)
        shutil.rmtree(final, ignore_errors=True)
        partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final


def _unpack(data: bytes, into: Path) -> None:
    """Extract, refusing any name that would land outside ``into``."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            name = PurePosixPath(info.filename)
            if name.is_absolute() or ".." in name.parts or "\\" in info.filename:
                raise KioskError(f"the pack holds an unsafe file name: {info.filename!r}")
            if info.is_dir():
                continue
            target = into.joinpath(*name.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(info))


@dataclass(frozen=True)
class Applied:
    revision: str
    ok: bool
    message: str


def apply_staged(
    sessions: sessionmaker[Session], data_dir: Path, content_dir: Path
) -> Applied | None:
    """Import the staged revision (the caller made sure no visitor is mid-visit). On failure the
    previous content stays (``import_pack`` is atomic) and the reason is recorded for the
    heartbeat; either way the staged pack's files go."""
    revision = staged_revision(data_dir)
    if revision is None:
        return None
    # Out of the staging folder first: a newer revision fetched meanwhile clears that folder.
    folder = data_dir / "fleet" / "applying" / revision
    shutil.rmtree(folder.parent, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    (staging_root(data_dir) / revision).rename(folder)
    try:
        report = import_pack(sessions, folder, content_dir, actor="fleet")
    except Exception as exc:  # PackInvalid, KioskError, OSError: all reported the same way
        reason = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        if getattr(exc, "problems", None):
            reason = f"{reason}: {exc.problems[0]}"  # type: ignore[attr-defined]
        local.record_failed(sessions, revision, reason)
        result = Applied(revision, False, reason)
    else:
        local.record_applied(sessions, revision)
        result = Applied(revision, True, report.summary())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return result
