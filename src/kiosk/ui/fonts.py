"""Load the bundled Noto Sans CJK collection so Chinese never renders as tofu boxes.

A fresh booth PC (and Qt's offscreen platform) may have no CJK font at all. The collection from
the ``noto-cjk-sans-otc`` package holds the TC, SC, HK, JP and KR families; the UI picks TC for
Traditional Chinese and SC for Simplified so glyph shapes follow each script's conventions.
That package has the regular weight only: the bold SC and TC faces come from ``assets/fonts``
(subsets, see its README), so bold Chinese headings are drawn bold rather than smeared.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.domain.languages import language
from kiosk.resources import assets_dir

LATIN_FALLBACK = "Noto Sans CJK SC"


def font_family(tag: str) -> str:
    """The family for language ``tag``: Noto Sans CJK TC for Traditional Chinese, SC otherwise
    (SC's Latin glyphs serve Portuguese and English)."""
    return language(tag).cjk_family or LATIN_FALLBACK


def cjk_font_file() -> Path | None:
    """Path of the bundled ``NotoSansCJK-Regular.ttc`` or None if the package is missing."""
    try:
        import noto_cjk_sans_otc
    except ImportError:
        return None
    path = Path(noto_cjk_sans_otc.__file__).resolve().parent / "NotoSansCJK-Regular.ttc"
    return path if path.exists() else None


def bold_font_files() -> list[Path]:
    """The bundled bold Noto Sans CJK SC and TC subsets."""
    return sorted((assets_dir() / "fonts").glob("NotoSansCJK*-Bold.otf"))


_loaded: list[str] = []


def load_fonts() -> list[str]:
    """Register the bundled fonts with Qt once per process; returns the families available."""
    if not _loaded:
        regular = cjk_font_file()
        for path in [*([regular] if regular else []), *bold_font_files()]:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families = QFontDatabase.applicationFontFamilies(font_id)
                _loaded.extend(f for f in families if f not in _loaded)
    return list(_loaded)


def apply_default_font(family: str, point_size: int = 18) -> None:
    """Make ``family`` the application font (QML ``Text`` without a family uses it)."""
    font = QFont(family)
    font.setPointSize(point_size)
    QGuiApplication.setFont(font)
