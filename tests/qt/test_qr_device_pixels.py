"""QR codes on the exhibitor page are drawn in whole device pixels at every screen size: a real
decoder reads them from the rendered window, and the audit's QR check (module size whole and
large enough, quiet zone, never resampled) finds nothing, whatever the canvas's scale."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.config import Settings
from kiosk.ui.catalog_bridge import qr_module_px
from kiosk.ui.screenshots import render

SIZES = [(1366, 768), (1920, 1080), (1080, 1920), (3840, 2160)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_exhibitor_codes_decode_and_pass_the_audit(
    qapp, settings: Settings, event: str, tmp_path: Path, size: tuple[int, int]
) -> None:
    findings: list[str] = []
    (shot,) = render(
        settings,
        tmp_path,
        languages=["en"],
        screens=["exhibitor"],
        size=size,
        audit=lambda finding: findings.append(finding.line()),
    )
    with Image.open(shot) as picture:
        assert picture.size == size
        texts = [result.text for result in zxingcpp.read_barcodes(picture)]
    assert any(text.startswith("BEGIN:VCARD") for text in texts), texts
    assert [line for line in findings if ": QR " in line] == []


@pytest.mark.parametrize(
    ("modules", "scale", "px"),
    [(33, 1.0, 10), (33, 0.7111, 7), (33, 2.0, 20), (57, 0.5, 4), (97, 1.0, 6), (97, 2.0, 12)],
)
def test_module_size_is_whole_device_pixels_for_the_scale(
    modules: int, scale: float, px: int
) -> None:
    assert qr_module_px(modules, scale) == px
