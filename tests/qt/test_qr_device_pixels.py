"""QR codes on the exhibitor page are drawn in whole device pixels at every screen size: a real
decoder reads them from the rendered window, and the audit's QR check (module size whole and
large enough, quiet zone, never resampled) finds nothing, whatever the canvas's scale."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.config import Settings
from kiosk.services.qr import module_count
from kiosk.ui.catalog_pages.qr_provider import QR_BORDER, QrImageProvider, qr_module_px
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


@pytest.mark.parametrize("scale", [0.7111, 1.0, 1.5, 2.0, 2.4, 4.0])
@pytest.mark.parametrize(
    "text", ["https://www.goldenlotus.example.mo/", "https://e.mo/" + "x" * 90]
)
def test_every_module_of_a_served_code_is_the_same_whole_size(
    qapp, tmp_path: Path, scale: float, text: str
) -> None:
    """At 4K a short website's code gets 20 pixels per module; the quiet zone and each of the
    finder's 7 modules must be exactly that (Qt's own fast scaling drew a 141-pixel finder)."""
    image = QrImageProvider(lambda: None).render(text, scale, 6)
    side = module_count(text) + 2 * QR_BORDER
    px = image.width() // side
    assert image.width() == image.height() == px * side
    assert px == qr_module_px(side - 2 * QR_BORDER, scale, 6)
    row = [image.pixelColor(x, QR_BORDER * px).value() < 128 for x in range(image.width())]
    assert row[: QR_BORDER * px] == [False] * (QR_BORDER * px), "quiet zone"
    finder = row[QR_BORDER * px : (QR_BORDER + 8) * px]
    assert finder == [True] * (7 * px) + [False] * px, "finder's top row: 7 whole modules"
    image.save(str(tmp_path / "code.png"))
    with Image.open(tmp_path / "code.png") as picture:
        assert [result.text for result in zxingcpp.read_barcodes(picture)] == [text]
