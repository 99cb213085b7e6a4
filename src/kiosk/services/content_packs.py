"""Checking and importing content packs as the kiosk does it: the format, then what the format
alone cannot tell (every exhibitor's QR code must fit, ``kiosk.services.qr_fit``).

``kiosk validate-content``, ``kiosk import-content``, staff mode's "Reload content" and the
sample pack at start all come here, so a pack the kiosk accepts is one it can show.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from kiosk.content.importer import ImportReport
from kiosk.content.importer import import_pack as content_import
from kiosk.content.schema import ContentPack
from kiosk.content.sources import validate_source


def check_pack(path: Path | str) -> ContentPack:
    """The validated pack (folder or workbook) at ``path``, or :class:`PackInvalid` with every
    problem found."""
    from kiosk.services.qr_fit import pack_code_problems  # qrcode loads only to check a pack

    return validate_source(path, extra=pack_code_problems)


def import_pack(
    sessions: sessionmaker[Session], path: Path | str, content_dir: Path, *, actor: str = "cli"
) -> ImportReport:
    """Check the pack at ``path`` and load it; :class:`PackInvalid` changes nothing."""
    return content_import(sessions, path, content_dir, actor=actor, check=check_pack)
