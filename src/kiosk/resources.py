"""Locate files shipped with the kiosk: assets, Alembic migrations, QML, translations, fonts.

The same lookup serves three layouts: a wheel (``assets`` and ``db`` are force-included as
``kiosk/_assets`` and ``kiosk/_db``), a PyInstaller bundle (the same folders next to the frozen
``kiosk`` package inside ``sys._MEIPASS``) and a source checkout or editable install (the top-level
``assets/`` and ``db/`` folders). Nothing here reads the current working directory.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


@cache
def assets_dir() -> Path:
    """Folder holding brand images, fonts and the sample content pack."""
    return _first_existing(PACKAGE_DIR / "_assets", PACKAGE_DIR.parents[1] / "assets")


@cache
def migrations_dir() -> Path:
    """Alembic script location (``env.py`` and ``versions/``)."""
    return _first_existing(PACKAGE_DIR / "_db", PACKAGE_DIR.parents[1] / "db")


def central_migrations_dir() -> Path:
    """Alembic script location of the central pool's schema (its own ``env.py`` and chain)."""
    return migrations_dir() / "central"


def sample_pack_dir() -> Path:
    """The bundled sample content pack loaded into an empty database."""
    return assets_dir() / "sample-pack"


def qml_dir() -> Path:
    """Import path that holds the ``Kiosk`` and ``KioskStyle`` QML modules."""
    return PACKAGE_DIR / "ui" / "qml"


def keyboard_layouts_dir() -> Path:
    """The on-screen keyboard's layouts (QT_VIRTUALKEYBOARD_LAYOUT_PATH), one folder a locale."""
    return qml_dir() / "keyboard" / "layouts"


def i18n_dir() -> Path:
    """Qt Linguist ``.ts`` sources and, once built, the ``.qm`` files."""
    return PACKAGE_DIR / "i18n"
