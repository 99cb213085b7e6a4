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
from kiosk.content.problems import PackInvalid
from kiosk.content.schema import ContentPack
from kiosk.content.validate import validate_pack


def check_pack(path: Path | str) -> ContentPack:
    """The validated pack at ``path``, or :class:`PackInvalid` with every problem found."""
    from kiosk.services.qr_fit import pack_code_problems  # qrcode loads only to check a pack

    pack = validate_pack(path)
    problems = pack_code_problems(pack)
    if problems:
        raise PackInvalid(problems, source=str(pack.folder))
    return pack


def import_pack(
    sessions: sessionmaker[Session], path: Path | str, content_dir: Path, *, actor: str = "cli"
) -> ImportReport:
    """Check the pack at ``path`` and load it; :class:`PackInvalid` changes nothing."""
    return content_import(sessions, path, content_dir, actor=actor, check=check_pack)
