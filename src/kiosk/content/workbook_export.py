"""``kiosk content export``: a pack folder, or the content the kiosk shows, as a workbook.

The workbook names its images as paths from its own folder, so the images it names are copied
beside it (unless it is written into the pack folder itself). An image already there with
other content is never overwritten: the export stops before writing anything.
"""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from kiosk.content.document import image_rels, loaded_document
from kiosk.content.images import normalise_rel
from kiosk.content.sources import source_document, validate_source
from kiosk.content.workbook_layout import unheld
from kiosk.content.workbook_write import write_workbook
from kiosk.errors import KioskError


def export_source(source: Path | str, out: Path) -> int:
    """Write the pack (folder or workbook) at ``source`` as the workbook ``out``, its fields as
    written there (once they pass the checks); the number of images copied beside it."""
    validate_source(source)
    document, folder = source_document(source)
    images = {rel: folder.joinpath(*normalise_rel(rel).split("/")) for rel in image_rels(document)}
    return _export(document, images, out)


def export_loaded(sessions: sessionmaker[Session], content_dir: Path, out: Path) -> int:
    """Write the content the kiosk shows as the workbook ``out`` (with its images)."""
    document, rels = loaded_document(sessions)
    images = {name: content_dir.joinpath(*rel.split("/")) for name, rel in rels.items()}
    return _export(document, images, out)


def _export(document: dict, images: dict[str, Path], out: Path) -> int:
    lost = unheld(document)
    if lost:
        raise KioskError(
            f"the workbook has no place yet for {', '.join(lost)}; an export would lose them "
            "(nothing was written)"
        )
    folder = out.parent.resolve() if out.parent.exists() else out.parent
    copies = []
    for rel, source in images.items():
        target = folder.joinpath(*normalise_rel(rel).split("/"))
        if target.exists():
            if target.resolve() == source.resolve() or filecmp.cmp(target, source, shallow=False):
                continue
            raise KioskError(
                f"{target} already exists with other content; export into an empty folder "
                "(nothing was written)"
            )
        copies.append((source, target))
    for source, target in copies:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    write_workbook(out, document)
    return len(copies)
