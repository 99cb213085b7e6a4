"""Load a validated content pack: bounded image copies first, then one database transaction.

Order matters for "a failed import leaves the previous content untouched": images are written
into a new folder ``content_dir/<event_id>/<import-id>/`` that nothing refers to yet; the
event's rows are then replaced in a single transaction that also makes it the active event and
writes an audit entry. Only after the commit is the previous import's folder removed. Any
failure before that removes the new folder and leaves database and old files as they were.
Leads never refer to content rows by key, so they are not touched. Imports into one data
folder run one at a time (``import_lock``): two at once would each remove the other's images.
"""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.content import images as img
from kiosk.content.import_lock import import_lock
from kiosk.content.problems import PackInvalid, Problem
from kiosk.content.schema import ContentPack, ImageFile
from kiosk.content.sources import validate_source
from kiosk.data import models
from kiosk.data.settings_repo import ACTIVE_EVENT, KIOSK_ID, get_setting, set_setting
from kiosk.errors import KioskError

AUDIT_ACTION = "content.import"


@dataclass(frozen=True)
class ImportReport:
    """What an import loaded and how long each stage took."""

    event_id: str
    source: Path
    folder: Path  # where this import's images live
    pavilions: int
    sectors: int
    exhibitors: int
    products: int
    contacts: int
    images: int  # distinct image files named by the pack
    files_written: int  # copies and thumbnails in ``folder``
    validate_seconds: float
    files_seconds: float
    database_seconds: float

    @property
    def seconds(self) -> float:
        return self.validate_seconds + self.files_seconds + self.database_seconds

    def summary(self) -> str:
        return (
            f"imported event {self.event_id}: {self.exhibitors:,} exhibitors, "
            f"{self.pavilions} pavilions, {self.sectors} sectors, {self.products:,} products, "
            f"{self.contacts:,} contacts, {self.images:,} images in {self.seconds:.2f} s "
            f"(check {self.validate_seconds:.2f} s, images {self.files_seconds:.2f} s, "
            f"database {self.database_seconds:.2f} s)"
        )


def import_pack(
    sessions: sessionmaker[Session],
    pack_dir: Path | str,
    content_dir: Path,
    *,
    actor: str = "cli",
    check: Callable[[Path | str], ContentPack] = validate_source,
) -> ImportReport:
    """Check the pack (folder or workbook) at ``pack_dir`` with ``check`` and load it;
    :class:`PackInvalid` changes nothing. (The kiosk's own check adds what the format cannot tell:
    ``kiosk.services.content_packs``.)"""
    started = time.perf_counter()
    pack = check(pack_dir)
    return load_pack(
        sessions, pack, content_dir, actor=actor, validate_seconds=time.perf_counter() - started
    )


def load_pack(
    sessions: sessionmaker[Session],
    pack: ContentPack,
    content_dir: Path,
    *,
    actor: str = "cli",
    validate_seconds: float = 0.0,
) -> ImportReport:
    """Load an already validated pack (see the module docstring for the order of steps), one
    import at a time per data folder (``import_lock``)."""
    with import_lock(content_dir):
        return _load_locked(
            sessions, pack, content_dir, actor=actor, validate_seconds=validate_seconds
        )


def _load_locked(
    sessions: sessionmaker[Session],
    pack: ContentPack,
    content_dir: Path,
    *,
    actor: str,
    validate_seconds: float,
) -> ImportReport:
    import_id = uuid.uuid4().hex[:12]
    event_dir = content_dir / pack.event.id
    renderer = img.Renderer(content_dir, f"{pack.event.id}/{import_id}")
    try:
        started = time.perf_counter()
        event = _build_rows(pack, renderer)
        files_done = time.perf_counter()
        _replace_event(sessions, pack, event, actor=actor, import_id=import_id)
        db_done = time.perf_counter()
    except BaseException:
        shutil.rmtree(renderer.folder, ignore_errors=True)
        raise
    _remove_previous_imports(event_dir, keep=import_id)
    return ImportReport(
        event_id=pack.event.id,
        source=Path(pack.origin),
        folder=renderer.folder,
        pavilions=len(pack.pavilions),
        sectors=len(pack.sectors),
        exhibitors=len(pack.exhibitors),
        products=pack.product_count,
        contacts=sum(1 for e in pack.exhibitors if e.contact is not None),
        images=len(pack.images),
        files_written=renderer.files_written,
        validate_seconds=validate_seconds,
        files_seconds=files_done - started,
        database_seconds=db_done - files_done,
    )


def _image_jobs(pack: ContentPack) -> Iterator[tuple[ImageFile, tuple[int, int]]]:
    """Every (image, box) ``_build_event`` asks for, so they can be made in parallel first."""
    if pack.brand is not None:
        if pack.brand.logo is not None:
            yield pack.brand.logo, img.BRAND_LOGO_BOX
        yield from ((a, img.ATTRACT_BOX) for a in pack.brand.attract)
    yield from ((p.map, img.MAP_BOX) for p in pack.pavilions if p.map is not None)
    for exhibitor in pack.exhibitors:
        if exhibitor.logo is not None:
            yield exhibitor.logo, img.LOGO_BOX
            yield exhibitor.logo, img.LOGO_THUMB_BOX
        for product in exhibitor.products:
            if product.image is not None:
                yield product.image, img.PRODUCT_BOX
                yield product.image, img.PRODUCT_THUMB_BOX


def _build_rows(pack: ContentPack, renderer: img.Renderer) -> models.Event:
    """Copy the images, then build the rows; a file that changed since validation is a problem."""
    try:
        renderer.render_all(_image_jobs(pack))
        return _build_event(pack, renderer)
    except img.ImageProblem as exc:
        raise PackInvalid([Problem(exc.rel or "image", exc.message)]) from None
    except OSError as exc:
        raise KioskError(
            f"could not write the pack's images into {renderer.folder}: {exc.strerror or exc}"
        ) from None


def _build_event(pack: ContentPack, renderer: img.Renderer) -> models.Event:
    """The event's rows (not yet in a session); images come from ``renderer``."""

    def rel(image: ImageFile | None, box: tuple[int, int]) -> str | None:
        return renderer.render(image, box).rel if image is not None else None

    brand: dict[str, Any] | None = None
    if pack.brand is not None:
        brand = {"name": pack.brand.name}
        if pack.brand.tagline is not None:
            brand["tagline"] = pack.brand.tagline
        if pack.brand.logo is not None:
            shown = renderer.render(pack.brand.logo, img.BRAND_LOGO_BOX)
            # its shape, so the UI can lay the mark out before the file is drawn
            brand["logo"], brand["logo_size"] = shown.rel, [shown.width, shown.height]
        brand["attract"] = [rel(a, img.ATTRACT_BOX) for a in pack.brand.attract]

    event = models.Event(
        **asdict(pack.event),
        organizer=pack.organizer.to_json() if pack.organizer else None,
        brand=brand,
        consent=pack.consent.to_json(),
        matching=pack.matching.to_json() if pack.matching else None,
        content_sha256=pack.sha256,
        source_path=pack.origin,
    )
    pavilions: dict[str, models.Pavilion] = {}
    for position, pavilion in enumerate(pack.pavilions):
        row = models.Pavilion(
            slug=pavilion.id,
            name=pavilion.name,
            short_name=pavilion.short_name,
            positions=[p.to_json() for p in pavilion.positions] or None,
            position=position,
        )
        if pavilion.map is not None:
            shown = renderer.render(pavilion.map, img.MAP_BOX)
            row.map_path, row.map_width, row.map_height = shown.rel, shown.width, shown.height
        pavilions[pavilion.id] = row
    event.pavilions = list(pavilions.values())
    sectors = {
        s.id: models.Sector(slug=s.id, name=s.name, short_name=s.short_name, position=i)
        for i, s in enumerate(pack.sectors)
    }
    event.sectors = list(sectors.values())

    exhibitors = []
    for position, item in enumerate(pack.exhibitors):
        booth = item.booth
        row = models.Exhibitor(
            slug=item.id,
            name=item.name,
            short_name=item.short_name,
            pavilion=pavilions[item.pavilion],
            country=item.country,
            booth_code=booth.code if booth else None,
            booth_x=booth.x if booth else None,
            booth_y=booth.y if booth else None,
            summary=item.summary,
            description=item.description,
            logo_path=rel(item.logo, img.LOGO_BOX),
            logo_thumb_path=rel(item.logo, img.LOGO_THUMB_BOX),
            position=position,
            questions=[q.to_json() for q in item.questions] or None,
            sectors=[sectors[s] for s in item.sectors],
            products=[
                models.Product(
                    name=p.name,
                    origin=p.origin,
                    image_path=rel(p.image, img.PRODUCT_BOX),
                    thumb_path=rel(p.image, img.PRODUCT_THUMB_BOX),
                    position=i,
                )
                for i, p in enumerate(item.products)
            ],
        )
        if item.contact is not None:
            row.contact = models.Contact(**asdict(item.contact))
        exhibitors.append(row)
    event.exhibitors = exhibitors
    return event


def _replace_event(
    sessions: sessionmaker[Session],
    pack: ContentPack,
    event: models.Event,
    *,
    actor: str,
    import_id: str,
) -> None:
    """One transaction: drop the event's old rows (the database cascades), add the new ones."""
    try:
        with sessions.begin() as session:
            session.execute(
                delete(models.Event).where(models.Event.id == pack.event.id),
                execution_options={"synchronize_session": False},
            )
            session.add(event)
            set_setting(session, ACTIVE_EVENT, pack.event.id)
            session.add(
                models.AuditEntry(
                    actor=actor,
                    action=AUDIT_ACTION,
                    kiosk_id=get_setting(session, KIOSK_ID),
                    detail={
                        "event_id": pack.event.id,
                        "source": pack.origin,
                        "content_sha256": pack.sha256,
                        "exhibitors": len(pack.exhibitors),
                        "import_id": import_id,
                    },
                )
            )
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise KioskError(
            f"could not save the content to the database ({reason}); nothing changed"
        ) from exc


def _remove_previous_imports(event_dir: Path, *, keep: str) -> None:
    """After a commit, earlier (or abandoned) import folders of the event are no longer used."""
    try:
        children = list(event_dir.iterdir())
    except OSError:
        return
    for child in children:
        if child.name != keep and child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
